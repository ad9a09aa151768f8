using Krait.Syntax.Ast;
using Krait.Syntax.Tokenizer;
using Attribute = Krait.Syntax.Ast.Attribute;
using Tuple = Krait.Syntax.Ast.Tuple;

namespace Krait.Syntax.Parser;

// Primary elements (python.gram "Primary elements"): primary, slices, slice, atom, group.
public sealed partial class PythonParser
{
    // primary (left-recursive):
    //     | primary '.' NAME | primary genexp | primary '(' [arguments] ')'
    //     | primary '[' slices ']' | atom
    private ExprNode? Primary()
    {
        AddLevels(1); // primary_raw
        var result = PrimaryBody();
        RemoveLevels(1);
        return result;
    }

    private ExprNode? PrimaryBody()
    {
        int start = _mark;
        if (TryChainMemo(MemoPrimary, out var memo)) return memo;
        Enter();
        var a = Atom();
        if (a is not null)
        {
            while (true)
            {
                var next = PrimaryTrailer(a, start);
                if (next is null) break;
                a = next;
            }
        }
        Leave();
        return ChainMemoize(MemoPrimary, start, a);
    }

    /// <summary>One growth step of primary's left recursion: the alternatives after the seed
    /// <paramref name="a"/>, in the grammar's order.</summary>
    private ExprNode? PrimaryTrailer(ExprNode a, int start)
    {
        int m = _mark;
        var kind = PeekKind();
        if (kind == TokenKind.Dot)
        {
            _mark++;
            var name = Peek();
            if (name.Kind == TokenKind.Name)
            {
                _mark++;
                return Loc(new Attribute { Value = a, Attr = Identifier(name), Ctx = ExprContext.Load }, start);
            }
            _mark = m;
            return null;
        }
        // genexp: its invalid_comprehension alternative also looks at '[' and '{'.
        if (kind == TokenKind.LPar || (CallInvalidRules && kind is TokenKind.LSqb or TokenKind.LBrace))
        {
            var g = Genexp();
            if (g is not null) return Loc(new Call { Func = a, Args = [g] }, start);
        }
        if (kind == TokenKind.LPar)
        {
            _mark++;
            var b = ArgumentsRule();
            if (Match(TokenKind.RPar))
                return Loc(new Call { Func = a, Args = b?.Args ?? [], Keywords = b?.Keywords ?? [] }, start);
            _mark = m;
            return null;
        }
        if (kind == TokenKind.LSqb)
        {
            _mark++;
            var s = Slices();
            if (s is not null && Match(TokenKind.RSqb))
                return Loc(new Subscript { Value = a, Slice = s, Ctx = ExprContext.Load }, start);
            _mark = m;
        }
        return null;
    }

    // slices: slice !',' | ','.(slice | starred_expression)+ [',']
    private ExprNode? Slices()
    {
        int start = _mark;
        var s = SliceRule();
        if (s is not null && PeekKind() != TokenKind.Comma) return s;
        // The gather re-reads the first element; slice is not memoized, so this is the same parse.
        s ??= StarredExpression();
        if (s is null) { _mark = start; return null; }
        var elts = new List<ExprNode> { s };
        while (true)
        {
            int m = _mark;
            if (!Match(TokenKind.Comma)) break;
            var c = SliceRule() ?? StarredExpression();
            if (c is null) { _mark = m; break; }
            elts.Add(c);
        }
        Match(TokenKind.Comma);
        return Loc(new Tuple { Elts = elts.ToArray(), Ctx = ExprContext.Load }, start);
    }

    // slice: [expression] ':' [expression] [':' [expression]] | named_expression
    private ExprNode? SliceRule()
    {
        int start = _mark;
        var lower = ExpressionRule();
        if (Match(TokenKind.Colon))
        {
            var upper = ExpressionRule();
            ExprNode? step = null;
            if (Match(TokenKind.Colon)) step = ExpressionRule();
            return Loc(new Slice { Lower = lower, Upper = upper, Step = step }, start);
        }
        _mark = start;
        return NamedExpression();
    }

    // atom:
    //     | NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER
    //     | &'(' (tuple | group | genexp) | &'[' (list | listcomp)
    //     | &'{' (dict | set | dictcomp | setcomp) | '...'
    private ExprNode? Atom()
    {
        AddLevels(1);
        var result = AtomBody();
        RemoveLevels(1);
        return result;
    }

    private ExprNode? AtomBody()
    {
        var t = Peek();
        switch (t.Kind)
        {
            case TokenKind.Name:
            {
                _mark++;
                var n = new Name { Id = Identifier(t), Ctx = ExprContext.Load };
                n.SetLocation(t.Lineno, t.ColOffset, t.EndLineno, t.EndColOffset);
                return n;
            }
            case TokenKind.True: return TokenConstant(t, true);
            case TokenKind.False: return TokenConstant(t, false);
            case TokenKind.None: return TokenConstant(t, null);
            case TokenKind.Ellipsis: return TokenConstant(t, EllipsisValue.Instance);
            case TokenKind.String: return Strings();
            case TokenKind.Number:
            {
                var value = NumberValue(t);
                return TokenConstant(t, value);
            }
            case TokenKind.LPar:
                return TupleRule() ?? Group() ?? Genexp();
            case TokenKind.LSqb:
                return ListRule() ?? ListCompRule();
            case TokenKind.LBrace:
                return DictRule() ?? SetRule() ?? DictCompRule() ?? SetCompRule();
            default:
                return null;
        }
    }

    /// <summary>Consumes token <paramref name="t"/> (the current one) as a Constant.</summary>
    private Constant TokenConstant(in Token t, object? value)
    {
        _mark++;
        var c = new Constant { Value = value };
        c.SetLocation(t.Lineno, t.ColOffset, t.EndLineno, t.EndColOffset);
        return c;
    }

    // group: '(' (yield_expr | named_expression) ')' | invalid_group
    private ExprNode? Group()
    {
        int start = _mark;
        if (Match(TokenKind.LPar))
        {
            var a = YieldExpr() ?? NamedExpression();
            if (a is not null && Match(TokenKind.RPar)) return a;
            _mark = start;
        }
        if (CallInvalidRules) InvalidGroup();
        return null;
    }

    // starred_expression: '*' expression
    private ExprNode? StarredExpression()
    {
        int start = _mark;
        if (!Match(TokenKind.Star)) return null;
        var a = ExpressionRule();
        if (a is null) { _mark = start; return null; }
        return Loc(new Starred { Value = a, Ctx = ExprContext.Load }, start);
    }
}
