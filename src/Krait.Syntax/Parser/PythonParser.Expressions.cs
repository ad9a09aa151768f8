using Krait.Syntax.Ast;
using Krait.Syntax.Tokenizer;
using Attribute = Krait.Syntax.Ast.Attribute;
using Tuple = Krait.Syntax.Ast.Tuple;

namespace Krait.Syntax.Parser;

// The top of the expression grammar (python.gram "EXPRESSIONS"): expressions … comparison.
public sealed partial class PythonParser
{
    // expressions:
    //     | expression (',' expression)+ [','] | expression ',' | expression
    internal ExprNode? Expressions()
    {
        int start = _mark;
        var a = ExpressionRule();
        if (a is null) return null;
        if (PeekKind() != TokenKind.Comma) return a;
        var elts = new List<ExprNode> { a };
        GatherCommaSeparated(elts, static p => p.ExpressionRule());
        Match(TokenKind.Comma);
        return Loc(new Tuple { Elts = elts.ToArray(), Ctx = ExprContext.Load }, start);
    }

    // expression (memo):
    //     | invalid_expression | invalid_legacy_expression
    //     | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
    internal ExprNode? ExpressionRule()
    {
        int start = _mark;
        if (TryExprMemo(MemoExpression, SlotExpression, out ExprNode? memo)) return memo;
        Enter();
        if (CallInvalidRules)
        {
            InvalidExpression();
            InvalidLegacyExpression();
        }
        var result = ExpressionAlternatives(start);
        Leave();
        return ExprMemoize(MemoExpression, SlotExpression, start, result);
    }

    /// <summary>The non-invalid alternatives of expression (shared with expression_without_invalid).</summary>
    private ExprNode? ExpressionAlternatives(int start)
    {
        var a = Disjunction();
        if (a is null) return Lambdef();
        int afterA = _mark;
        if (Match(TokenKind.If))
        {
            var b = Disjunction();
            if (b is not null && Match(TokenKind.Else))
            {
                var c = ExpressionRule();
                if (c is not null)
                    return Loc(new IfExp { Test = b, Body = a, Orelse = c }, start);
            }
            _mark = afterA;
        }
        return a;
    }

    // expression_without_invalid: expression's alternatives with the invalid_* rules switched off
    // below it (pegen's "_without_invalid" suffix).
    private ExprNode? ExpressionWithoutInvalid()
    {
        bool saved = CallInvalidRules;
        CallInvalidRules = false;
        _withoutInvalidDepth++;
        Enter();
        var result = ExpressionAlternatives(_mark);
        Leave();
        _withoutInvalidDepth--;
        CallInvalidRules = saved;
        return result;
    }

    /// <summary><c>expression !':='</c>: an expression not followed by a walrus.</summary>
    private ExprNode? ExpressionNoWalrus()
    {
        int start = _mark;
        var e = ExpressionRule();
        if (e is not null && PeekKind() == TokenKind.ColonEqual)
        {
            _mark = start;
            return null;
        }
        return e;
    }

    // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    internal ExprNode? YieldExpr()
    {
        int start = _mark;
        if (!Match(TokenKind.Yield)) return null;
        if (Match(TokenKind.From))
        {
            var a = ExpressionRule();
            if (a is not null) return Loc(new YieldFrom { Value = a }, start);
            _mark = start + 1;
        }
        var v = StarExpressions();
        return Loc(new Yield { Value = v }, start);
    }

    // star_expressions:
    //     | star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression
    internal ExprNode? StarExpressions()
    {
        AddLevels(1);
        var result = StarExpressionsBody();
        RemoveLevels(1);
        return result;
    }

    private ExprNode? StarExpressionsBody()
    {
        int start = _mark;
        var a = StarExpression();
        if (a is null) return null;
        if (PeekKind() != TokenKind.Comma) return a;
        var elts = new List<ExprNode> { a };
        GatherCommaSeparated(elts, static p => p.StarExpression());
        Match(TokenKind.Comma);
        return Loc(new Tuple { Elts = elts.ToArray(), Ctx = ExprContext.Load }, start);
    }

    // star_expression (memo): '*' bitwise_or | expression
    internal ExprNode? StarExpression()
    {
        AddLevels(1);
        var result = StarExpressionBody();
        RemoveLevels(1);
        return result;
    }

    private ExprNode? StarExpressionBody()
    {
        int start = _mark;
        if (TryExprMemo(MemoStarExpression, SlotStarExpression, out ExprNode? memo)) return memo;
        ExprNode? result = null;
        if (Match(TokenKind.Star))
        {
            var a = BitwiseOr();
            if (a is not null) result = Loc(new Starred { Value = a, Ctx = ExprContext.Load }, start);
            else _mark = start;
        }
        result ??= ExpressionRule();
        return ExprMemoize(MemoStarExpression, SlotStarExpression, start, result);
    }

    // star_named_expressions: ','.star_named_expression+ [',']
    internal List<ExprNode>? StarNamedExpressions()
    {
        var a = StarNamedExpression();
        if (a is null) return null;
        var list = new List<ExprNode> { a };
        GatherCommaSeparated(list, static p => p.StarNamedExpression());
        Match(TokenKind.Comma);
        return list;
    }

    // star_named_expression: '*' bitwise_or | named_expression
    internal ExprNode? StarNamedExpression()
    {
        int start = _mark;
        if (Match(TokenKind.Star))
        {
            var a = BitwiseOr();
            if (a is not null) return Loc(new Starred { Value = a, Ctx = ExprContext.Load }, start);
            _mark = start;
        }
        return NamedExpression();
    }

    // assignment_expression: NAME ':=' ~ expression
    private ExprNode? AssignmentExpression()
    {
        int start = _mark;
        var t = Peek();
        if (t.Kind != TokenKind.Name) return null;
        _mark++;
        if (!Match(TokenKind.ColonEqual)) { _mark = start; return null; }
        var b = ExpressionRule();
        if (b is null) { _mark = start; return null; }
        var target = new Name { Id = Identifier(t), Ctx = ExprContext.Store };
        target.SetLocation(t.Lineno, t.ColOffset, t.EndLineno, t.EndColOffset);
        return Loc(new NamedExpr { Target = target, Value = b }, start);
    }

    // named_expression: assignment_expression | invalid_named_expression | expression !':='
    internal ExprNode? NamedExpression()
    {
        var a = AssignmentExpression();
        if (a is not null) return a;
        if (CallInvalidRules) InvalidNamedExpression();
        return ExpressionNoWalrus();
    }

    // disjunction (memo): conjunction ('or' conjunction)+ | conjunction
    internal ExprNode? Disjunction()
    {
        AddLevels(1);
        var result = DisjunctionBody();
        RemoveLevels(1);
        return result;
    }

    private ExprNode? DisjunctionBody()
    {
        int start = _mark;
        if (TryChainMemo(MemoDisjunction, out var memo)) return memo;
        var a = Conjunction();
        if (a is not null && PeekKind() == TokenKind.Or)
        {
            List<ExprNode>? values = null;
            while (true)
            {
                int m = _mark;
                if (!Match(TokenKind.Or)) break;
                var c = Conjunction();
                if (c is null) { _mark = m; break; }
                (values ??= new List<ExprNode> { a }).Add(c);
            }
            if (values is not null)
                a = Loc(new BoolOp { Op = BoolOpKind.Or, Values = values.ToArray() }, start);
        }
        return ChainMemoize(MemoDisjunction, start, a);
    }

    // conjunction (memo): inversion ('and' inversion)+ | inversion
    private ExprNode? Conjunction()
    {
        AddLevels(1);
        var result = ConjunctionBody();
        RemoveLevels(1);
        return result;
    }

    private ExprNode? ConjunctionBody()
    {
        int start = _mark;
        if (TryChainMemo(MemoConjunction, out var memo)) return memo;
        var a = Inversion();
        if (a is not null && PeekKind() == TokenKind.And)
        {
            List<ExprNode>? values = null;
            while (true)
            {
                int m = _mark;
                if (!Match(TokenKind.And)) break;
                var c = Inversion();
                if (c is null) { _mark = m; break; }
                (values ??= new List<ExprNode> { a }).Add(c);
            }
            if (values is not null)
                a = Loc(new BoolOp { Op = BoolOpKind.And, Values = values.ToArray() }, start);
        }
        return ChainMemoize(MemoConjunction, start, a);
    }

    // inversion (memo): 'not' inversion | comparison
    private ExprNode? Inversion()
    {
        int start = _mark;
        if (TryChainMemo(MemoInversion, out var memo)) return memo;
        Enter();
        ExprNode? result = null;
        if (Match(TokenKind.Not))
        {
            var a = Inversion();
            if (a is not null) result = Loc(new UnaryOp { Op = UnaryOpKind.Not, Operand = a }, start);
            else _mark = start;
        }
        result ??= Comparison();
        Leave();
        return ChainMemoize(MemoInversion, start, result);
    }

    // comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
    private ExprNode? Comparison()
    {
        AddLevels(1);
        var result = ComparisonBody();
        RemoveLevels(1);
        return result;
    }

    private static CmpOpKind[] Trim(CmpOpKind[] ops, int n)
    {
        if (n == ops.Length) return ops;
        var exact = new CmpOpKind[n];
        Array.Copy(ops, exact, n);
        return exact;
    }

    private ExprNode? ComparisonBody()
    {
        int start = _mark;
        var a = BitwiseOr();
        if (a is null) return null;
        // An array, not List<CmpOpKind>: a framework generic over one of our value types is compiled by the JIT.
        CmpOpKind[]? ops = null;
        int nops = 0;
        List<ExprNode>? comparators = null;
        while (true)
        {
            int m = _mark;
            if (!CompareOp(out var op)) break;
            var b = BitwiseOr();
            if (b is null && op == CmpOpKind.IsNot)
            {
                // 'is' 'not' bitwise_or failed: the 'is' bitwise_or alternative starts at 'not'.
                _mark = m + 1;
                op = CmpOpKind.Is;
                b = BitwiseOr();
            }
            if (b is null) { _mark = m; break; }
            if (ops is null) ops = new CmpOpKind[2];
            else if (nops == ops.Length)
            {
                var bigger = new CmpOpKind[nops * 2];
                Array.Copy(ops, bigger, nops);
                ops = bigger;
            }
            ops[nops++] = op;
            (comparators ??= new List<ExprNode>()).Add(b);
        }
        if (ops is null) return a;
        return Loc(new Compare { Left = a, Ops = Trim(ops, nops), Comparators = comparators!.ToArray() }, start);
    }

    /// <summary>Consumes the operator of compare_op_bitwise_or_pair ("not in" and "is not" are two
    /// tokens). Returns false, consuming nothing, when no operator is there.</summary>
    private bool CompareOp(out CmpOpKind op)
    {
        var t = Peek();
        switch (t.Kind)
        {
            case TokenKind.EqEqual: op = CmpOpKind.Eq; break;
            case TokenKind.NotEqual:
                // _PyPegen_check_barry_as_flufl: without the barry_as_FLUFL future, "<>" fails.
                op = CmpOpKind.NotEq;
                if (!TokenText(t).SequenceEqual("!=")) return false;
                break;
            case TokenKind.LessEqual: op = CmpOpKind.LtE; break;
            case TokenKind.Less: op = CmpOpKind.Lt; break;
            case TokenKind.GreaterEqual: op = CmpOpKind.GtE; break;
            case TokenKind.Greater: op = CmpOpKind.Gt; break;
            case TokenKind.In: op = CmpOpKind.In; break;
            case TokenKind.Not:
                op = CmpOpKind.NotIn;
                _mark++;
                if (Match(TokenKind.In)) return true;
                _mark--;
                return false;
            case TokenKind.Is:
                _mark++;
                op = Match(TokenKind.Not) ? CmpOpKind.IsNot : CmpOpKind.Is;
                return true;
            default: op = default; return false;
        }
        _mark++;
        return true;
    }
}
