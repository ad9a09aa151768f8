using Krait.Syntax.Ast;
using Krait.Syntax.Tokenizer;
using Attribute = Krait.Syntax.Ast.Attribute;
using Tuple = Krait.Syntax.Ast.Tuple;

namespace Krait.Syntax.Parser;

// The invalid_* rules of call arguments (error pass only).
public sealed partial class PythonParser
{
    // invalid_arguments:
    //     | args ',' '*' → "iterable argument unpacking follows keyword argument unpacking"
    //     | expression for_if_clauses ',' [args | expression for_if_clauses]
    //         → "Generator expression must be parenthesized"
    //     | NAME '=' expression for_if_clauses → "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
    //     | args for_if_clauses → _PyPegen_nonparen_genexp_in_call
    //     | args ',' expression for_if_clauses → "Generator expression must be parenthesized"
    //     | args ',' args → _PyPegen_arguments_parsing_error
    private void InvalidArguments()
    {
        int start = _mark;

        var first = Args();
        if (first is not null && Match(TokenKind.Comma) && PeekKind() == TokenKind.Star)
            throw RaiseAt(first, "iterable argument unpacking follows keyword argument unpacking");
        _mark = start;

        var a = ExpressionRule();
        if (a is not null)
        {
            var b = ForIfClauses();
            if (b is not null && Match(TokenKind.Comma))
            {
                int m = _mark;
                if (Args() is null)
                {
                    _mark = m;
                    if (ExpressionRule() is null || ForIfClauses() is null) _mark = m;
                }
                throw RaiseRange(a, LastComprehensionItem(b[^1]), "Generator expression must be parenthesized");
            }
        }
        _mark = start;

        var name = Peek();
        if (name.Kind == TokenKind.Name)
        {
            _mark++;
            var eq = Peek();
            if (Match(TokenKind.Equal) && ExpressionRule() is not null && ForIfClauses() is not null)
                throw RaiseRange(name, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            _mark = start;
        }

        var args = Args();
        if (args is not null)
        {
            int afterArgs = _mark;
            var clauses = ForIfClauses();
            if (clauses is not null)
            {
                // _PyPegen_nonparen_genexp_in_call: f(a, b for b in c) — but not dict((a, b) for …).
                int n = args.Args.Length;
                if (n > 1)
                    throw RaiseRange(args.Args[n - 1], LastComprehensionItem(clauses[^1]), "Generator expression must be parenthesized");
                // The alternative matched and its action gave NULL: pegen stops here.
                _mark = start;
                return;
            }
            _mark = afterArgs;
            if (Match(TokenKind.Comma))
            {
                var e = ExpressionRule();
                if (e is not null)
                {
                    var c = ForIfClauses();
                    if (c is not null)
                        throw RaiseRange(e, LastComprehensionItem(c[^1]), "Generator expression must be parenthesized");
                }
            }
            _mark = afterArgs;
            if (Match(TokenKind.Comma) && Args() is not null)
                throw ArgumentsParsingError(args);
        }
        _mark = start;
    }

    /// <summary>_PyPegen_get_last_comprehension_item.</summary>
    private static ExprNode LastComprehensionItem(Comprehension c) => c.Ifs.Length == 0 ? c.Iter : c.Ifs[^1];

    /// <summary>_PyPegen_arguments_parsing_error: a positional argument after keywords.</summary>
    private PythonSyntaxError ArgumentsParsingError(Call e)
    {
        foreach (var k in e.Keywords)
        {
            if (k.Arg is null) return RaiseSyntaxError("positional argument follows keyword argument unpacking");
        }
        return RaiseSyntaxError("positional argument follows keyword argument");
    }

    // invalid_kwarg:
    //     | ('True'|'False'|'None') '=' → "cannot assign to %s"
    //     | NAME '=' expression for_if_clauses → "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
    //     | !(NAME '=') expression '=' → "expression cannot contain assignment, perhaps you meant \"==\"?"
    private void InvalidKwarg()
    {
        int start = _mark;
        var a = Peek();
        if (a.Kind is TokenKind.True or TokenKind.False or TokenKind.None)
        {
            _mark++;
            var b = Peek();
            if (b.Kind == TokenKind.Equal)
                throw RaiseRange(a, b, "cannot assign to " + TokenString(a));
            _mark = start;
        }
        bool nameEquals = false;
        if (a.Kind == TokenKind.Name)
        {
            _mark++;
            var b = Peek();
            if (Match(TokenKind.Equal))
            {
                nameEquals = true;
                if (ExpressionRule() is not null && ForIfClauses() is not null)
                    throw RaiseRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            _mark = start;
        }
        if (!nameEquals)
        {
            var e = ExpressionRule();
            if (e is not null)
            {
                var b = Peek();
                if (b.Kind == TokenKind.Equal)
                    throw RaiseRange(e, b, "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            _mark = start;
        }
    }
}
