using Krait.Syntax.Ast;
using Krait.Syntax.Tokenizer;
using Attribute = Krait.Syntax.Ast.Attribute;
using Tuple = Krait.Syntax.Ast.Tuple;

namespace Krait.Syntax.Parser;

// The invalid_* rules of the expression grammar (error pass only). Each either throws CPython's
// SyntaxError or returns with the mark where it found it.
public sealed partial class PythonParser
{
    // invalid_expression:
    //     | !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
    //         → "invalid syntax. Perhaps you forgot a comma?" (only inside brackets, not for print/exec)
    //     | disjunction 'if' disjunction !('else'|':') → "expected 'else' after 'if' expression"
    private void InvalidExpression()
    {
        int start = _mark;
        if (!NameStringOrSoftKeywordAhead())
        {
            var a = Disjunction();
            if (a is not null)
            {
                var b = ExpressionWithoutInvalid();
                if (b is not null)
                {
                    if (!IsLegacyName(a) && TokenLevel(_mark - 1) != 0)
                        throw RaiseRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
                    // The alternative matched and its action gave NULL: pegen returns without
                    // trying the next alternative.
                    _mark = start;
                    return;
                }
            }
            _mark = start;
        }
        var c = Disjunction();
        if (c is not null && Match(TokenKind.If))
        {
            var d = Disjunction();
            if (d is not null)
            {
                var k = PeekKind();
                if (k != TokenKind.Else && k != TokenKind.Colon)
                    throw RaiseRange(c, d, "expected 'else' after 'if' expression");
            }
        }
        _mark = start;
    }

    /// <summary>The lookahead <c>(NAME STRING | SOFT_KEYWORD)</c>.</summary>
    private bool NameStringOrSoftKeywordAhead()
    {
        var t = Peek();
        if (t.Kind != TokenKind.Name) return false;
        int start = _mark;
        _mark++;
        bool nameString = PeekKind() == TokenKind.String;
        _mark = start;
        return nameString || IsSoftKeyword(t);
    }

    /// <summary>SOFT_KEYWORD as _PyPegen_soft_keyword_token matches it: it compares only the
    /// token's length (strncmp), so any non-empty prefix of "_", "case" or "match" counts, e.g. `c`.</summary>
    private bool IsSoftKeyword(in Token t)
    {
        var text = TokenText(t);
        return text.Length > 0 &&
            ("_".AsSpan().StartsWith(text) || "case".AsSpan().StartsWith(text) || "match".AsSpan().StartsWith(text));
    }

    /// <summary>_PyPegen_check_legacy_stmt: a bare name that was a statement in Python 2.</summary>
    private static bool IsLegacyName(ExprNode e) => e is Name { Id: "print" or "exec" };

    // invalid_legacy_expression: NAME !'(' star_expressions → "Missing parentheses in call to …"
    private void InvalidLegacyExpression()
    {
        int start = _mark;
        var t = Peek();
        if (t.Kind != TokenKind.Name) return;
        _mark++;
        if (PeekKind() != TokenKind.LPar)
        {
            var b = StarExpressions();
            if (b is not null)
            {
                string id = Identifier(t);
                if (id is "print" or "exec")
                    throw RaiseRange(t, b, $"Missing parentheses in call to '{id}'. Did you mean {id}(...)?");
            }
        }
        _mark = start;
    }

    // invalid_named_expression (memo):
    //     | expression ':=' expression → "cannot use assignment expressions with %s"
    //     | NAME '=' bitwise_or !('='|':=') → "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
    //     | !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
    //         → "cannot assign to %s here. Maybe you meant '==' instead of '='?"
    private void InvalidNamedExpression()
    {
        int start = _mark;
        if (TryMemo(MemoInvalidNamedExpression, out object? _)) return;
        var a = ExpressionRule();
        if (a is not null && Match(TokenKind.ColonEqual) && ExpressionRule() is not null)
            throw RaiseAt(a, "cannot use assignment expressions with " + GetExprName(a));
        _mark = start;

        var t = Peek();
        if (t.Kind == TokenKind.Name)
        {
            _mark++;
            if (Match(TokenKind.Equal))
            {
                var b = BitwiseOr();
                if (b is not null && !AtEqualOrWalrus())
                    throw RaiseRange(t, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            _mark = start;
        }

        bool excluded = ListRule() is not null || TupleRule() is not null || Genexp() is not null;
        _mark = start;
        var k = PeekKind();
        if (!excluded && k != TokenKind.True && k != TokenKind.None && k != TokenKind.False)
        {
            var c = BitwiseOr();
            if (c is not null && Match(TokenKind.Equal) && BitwiseOr() is not null && !AtEqualOrWalrus())
                throw RaiseAt(c, "cannot assign to " + GetExprName(c) + " here. Maybe you meant '==' instead of '='?");
        }
        _mark = start;
        Memoize<object>(MemoInvalidNamedExpression, start, null);
    }

    private bool AtEqualOrWalrus()
    {
        var k = PeekKind();
        return k == TokenKind.Equal || k == TokenKind.ColonEqual;
    }

    // invalid_group:
    //     | '(' starred_expression ')' → "cannot use starred expression here"
    //     | '(' '**' expression ')' → "cannot use double starred expression here"
    private void InvalidGroup()
    {
        int start = _mark;
        if (!Match(TokenKind.LPar)) return;
        var a = StarredExpression();
        if (a is not null && Match(TokenKind.RPar))
            throw RaiseAt(a, "cannot use starred expression here");
        _mark = start + 1;
        var t = Peek();
        if (t.Kind == TokenKind.DoubleStar)
        {
            _mark++;
            if (ExpressionRule() is not null && Match(TokenKind.RPar))
                throw RaiseAt(t, "cannot use double starred expression here");
        }
        _mark = start;
    }

    // invalid_comprehension:
    //     | ('[' | '(' | '{') starred_expression for_if_clauses
    //         → "iterable unpacking cannot be used in comprehension"
    //     | ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
    //         → "did you forget parentheses around the comprehension target?"
    //     | ('[' | '{') star_named_expression ',' for_if_clauses → the same
    private void InvalidComprehension()
    {
        int start = _mark;
        var k = PeekKind();
        if (k is not (TokenKind.LSqb or TokenKind.LPar or TokenKind.LBrace)) return;
        _mark++;
        var a = StarredExpression();
        if (a is not null && ForIfClauses() is not null)
            throw RaiseAt(a, "iterable unpacking cannot be used in comprehension");
        _mark = start;
        if (k == TokenKind.LPar) return;

        _mark++;
        var b = StarNamedExpression();
        if (b is not null && Match(TokenKind.Comma))
        {
            var c = StarNamedExpressions();
            if (c is not null && ForIfClauses() is not null)
                throw RaiseRange(b, c[^1], "did you forget parentheses around the comprehension target?");
        }
        _mark = start + 1;
        b = StarNamedExpression();
        if (b is not null)
        {
            var comma = Peek();
            if (Match(TokenKind.Comma) && ForIfClauses() is not null)
                throw RaiseRange(b, comma, "did you forget parentheses around the comprehension target?");
        }
        _mark = start;
    }

    // invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
    private void InvalidDictComprehension()
    {
        int start = _mark;
        if (Match(TokenKind.LBrace))
        {
            var a = Peek();
            if (Match(TokenKind.DoubleStar) && BitwiseOr() is not null && ForIfClauses() is not null && Match(TokenKind.RBrace))
                throw RaiseAt(a, "dict unpacking cannot be used in dict comprehension");
        }
        _mark = start;
    }

    // invalid_double_starred_kvpairs (after the '{'):
    //     | ','.double_starred_kvpair+ ',' invalid_kvpair
    //     | expression ':' '*' bitwise_or → "cannot use a starred expression in a dictionary value"
    //     | expression ':' &('}'|',') → "expression expected after dictionary key and ':'"
    private void InvalidDoubleStarredKvpairs()
    {
        int start = _mark;
        if (DoubleStarredKvpair(out _))
        {
            while (true)
            {
                int m = _mark;
                if (!Match(TokenKind.Comma)) break;
                if (!DoubleStarredKvpair(out _)) { _mark = m; break; }
            }
            if (Match(TokenKind.Comma)) InvalidKvpair();
        }
        _mark = start;
        StarredOrMissingDictValue();
    }

    // invalid_kvpair:
    //     | expression !(':') → "':' expected after dictionary key"
    //     | expression ':' '*' bitwise_or | expression ':' &('}'|',') (as above)
    private void InvalidKvpair()
    {
        int start = _mark;
        var a = ExpressionRule();
        if (a is not null && PeekKind() != TokenKind.Colon)
            throw ErrorAt("SyntaxError", "':' expected after dictionary key", a.Lineno, a.EndColOffset, a.EndLineno, 0);
        _mark = start;
        StarredOrMissingDictValue();
    }

    /// <summary>The last two alternatives shared by invalid_double_starred_kvpairs and invalid_kvpair.</summary>
    private void StarredOrMissingDictValue()
    {
        int start = _mark;
        if (ExpressionRule() is not null && Match(TokenKind.Colon))
        {
            var star = Peek();
            if (Match(TokenKind.Star) && BitwiseOr() is not null)
                throw RaiseStartingFrom(star, "cannot use a starred expression in a dictionary value");
        }
        _mark = start;
        if (ExpressionRule() is not null)
        {
            var colon = Peek();
            if (Match(TokenKind.Colon) && PeekKind() is TokenKind.RBrace or TokenKind.Comma)
                throw RaiseAt(colon, "expression expected after dictionary key and ':'");
        }
        _mark = start;
    }

    // invalid_for_target lives with the statements (PythonParser.Invalid.Statements.cs): for_stmt uses it too.

    // ---- token nesting level ------------------------------------------------------------------

    private int[] _tokenLevels = [];
    private int _tokenLevelsCount;

    /// <summary>The bracket nesting level after token <paramref name="index"/> (CPython's
    /// token->level: the tokenizer's level once the token is read).</summary>
    private int TokenLevel(int index)
    {
        if (index < 0) return 0;
        if (index >= _tokenLevelsCount)
        {
            if (_tokenLevels.Length <= index) Array.Resize(ref _tokenLevels, Math.Max(index + 1, _tokenLevels.Length * 2));
            int level = _tokenLevelsCount == 0 ? 0 : _tokenLevels[_tokenLevelsCount - 1];
            for (int i = _tokenLevelsCount; i <= index; i++)
            {
                switch (_tokens[i].Kind)
                {
                    case TokenKind.LPar or TokenKind.LSqb or TokenKind.LBrace: level++; break;
                    case TokenKind.RPar or TokenKind.RSqb or TokenKind.RBrace: level--; break;
                }
                _tokenLevels[i] = level;
            }
            _tokenLevelsCount = index + 1;
        }
        return _tokenLevels[index];
    }
}
