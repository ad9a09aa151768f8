using Krait.Syntax.Ast;
using Krait.Syntax.Tokenizer;

namespace Krait.Syntax.Parser;

// Start rules of Grammar/python.gram: file, interactive, eval, func_type (and type_expressions).
public sealed partial class PythonParser
{
    // file: [statements] ENDMARKER   (_PyPegen_make_module; type_ignores stay empty because
    // type comments are never tokenized for ast.parse's default flags)
    private ModNode? FileRule()
    {
        int start = Mark;
        AddLevels(1); // file_rule's own parser level
        var body = Statements();
        RemoveLevels(1);
        if (!Match(TokenKind.EndMarker))
        {
            Mark = start;
            return null;
        }
        return new Module { Body = body is null ? [] : body.ToArray() };
    }

    // interactive: statement_newline
    private ModNode? InteractiveRule()
    {
        var body = StatementNewline();
        return body is null ? null : new Interactive { Body = body };
    }

    // eval: expressions NEWLINE* ENDMARKER
    private ModNode? EvalRule()
    {
        int start = Mark;
        var e = Expressions();
        if (e is null) return null;
        while (Match(TokenKind.Newline)) { }
        if (!Match(TokenKind.EndMarker))
        {
            Mark = start;
            return null;
        }
        return new Expression { Body = e };
    }

    // func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
    private ModNode? FuncTypeRule()
    {
        int start = Mark;
        if (!Match(TokenKind.LPar)) return null;
        var argTypes = TypeExpressions();
        ExprNode? returns;
        if (Match(TokenKind.RPar) && Match(TokenKind.RArrow) && (returns = ExpressionRule()) is not null)
        {
            while (Match(TokenKind.Newline)) { }
            if (Match(TokenKind.EndMarker))
                return new FunctionType { Argtypes = argTypes is null ? [] : argTypes.ToArray(), Returns = returns };
        }
        Mark = start;
        return null;
    }

    // type_expressions (the '*'/'**' markers are dropped, keeping their expressions):
    //     | ','.expression+ ',' '*' expression ',' '**' expression
    //     | ','.expression+ ',' '*' expression
    //     | ','.expression+ ',' '**' expression
    //     | '*' expression ',' '**' expression
    //     | '*' expression
    //     | '**' expression
    //     | ','.expression+
    private List<ExprNode>? TypeExpressions()
    {
        int start = Mark;
        var list = ExpressionGather();
        if (list is not null)
        {
            int afterList = Mark;
            if (Match(TokenKind.Comma))
            {
                if (Match(TokenKind.Star))
                {
                    var b = ExpressionRule();
                    if (b is not null)
                    {
                        list.Add(b);
                        int m = Mark;
                        ExprNode? c;
                        if (Match(TokenKind.Comma) && Match(TokenKind.DoubleStar) && (c = ExpressionRule()) is not null)
                        {
                            list.Add(c);
                            return list;
                        }
                        Mark = m;
                        return list;
                    }
                }
                Mark = afterList + 1;
                if (Match(TokenKind.DoubleStar))
                {
                    var b = ExpressionRule();
                    if (b is not null)
                    {
                        list.Add(b);
                        return list;
                    }
                }
            }
            Mark = afterList;
            return list;
        }
        Mark = start;
        if (Match(TokenKind.Star))
        {
            var a = ExpressionRule();
            if (a is not null)
            {
                int m = Mark;
                ExprNode? b;
                if (Match(TokenKind.Comma) && Match(TokenKind.DoubleStar) && (b = ExpressionRule()) is not null)
                    return [a, b];
                Mark = m;
                return [a];
            }
            Mark = start;
        }
        if (Match(TokenKind.DoubleStar))
        {
            var a = ExpressionRule();
            if (a is not null) return [a];
            Mark = start;
        }
        return null;
    }

    /// <summary>','.expression+ (a separator not followed by an expression is left unread).</summary>
    private List<ExprNode>? ExpressionGather()
    {
        var first = ExpressionRule();
        if (first is null) return null;
        var list = new List<ExprNode> { first };
        while (true)
        {
            int m = Mark;
            ExprNode? next;
            if (!Match(TokenKind.Comma) || (next = ExpressionRule()) is null)
            {
                Mark = m;
                return list;
            }
            list.Add(next);
        }
    }
}
