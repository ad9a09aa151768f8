using Krait.Syntax.Ast;
using Krait.Syntax.Tokenizer;
using Attribute = Krait.Syntax.Ast.Attribute;
using Tuple = Krait.Syntax.Ast.Tuple;

namespace Krait.Syntax.Parser;

// Assignment and del targets (python.gram "ASSIGNMENT TARGETS"), and the helpers CPython's
// actions use on targets: _PyPegen_set_expr_context, _PyPegen_get_expr_name and
// _PyPegen_get_invalid_target.
public sealed partial class PythonParser
{
    // star_targets: star_target !',' | star_target (',' star_target)* [',']
    internal ExprNode? StarTargets()
    {
        int start = _mark;
        var a = StarTarget();
        if (a is null) return null;
        if (PeekKind() != TokenKind.Comma) return a;
        var elts = new List<ExprNode> { a };
        GatherCommaSeparated(elts, static p => p.StarTarget());
        Match(TokenKind.Comma);
        return Loc(new Tuple { Elts = elts.ToArray(), Ctx = ExprContext.Store }, start);
    }

    // star_targets_list_seq: ','.star_target+ [',']
    private List<ExprNode>? StarTargetsListSeq()
    {
        var a = StarTarget();
        if (a is null) return null;
        var list = new List<ExprNode> { a };
        GatherCommaSeparated(list, static p => p.StarTarget());
        Match(TokenKind.Comma);
        return list;
    }

    // star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','
    private List<ExprNode>? StarTargetsTupleSeq()
    {
        int start = _mark;
        var a = StarTarget();
        if (a is null) return null;
        var list = new List<ExprNode> { a };
        GatherCommaSeparated(list, static p => p.StarTarget());
        if (list.Count > 1)
        {
            Match(TokenKind.Comma);
            return list;
        }
        if (Match(TokenKind.Comma)) return list;
        _mark = start;
        return null;
    }

    // star_target (memo): '*' (!'*' star_target) | target_with_star_atom
    internal ExprNode? StarTarget()
    {
        int start = _mark;
        if (TryExprMemo(MemoStarTarget, SlotStarTarget, out ExprNode? memo)) return memo;
        Enter();
        ExprNode? result = null;
        if (Match(TokenKind.Star))
        {
            if (PeekKind() != TokenKind.Star)
            {
                var a = StarTarget();
                if (a is not null)
                    result = Loc(new Starred { Value = SetExprContext(a, ExprContext.Store), Ctx = ExprContext.Store }, start);
            }
            if (result is null) _mark = start;
        }
        result ??= TargetWithStarAtom();
        Leave();
        return ExprMemoize(MemoStarTarget, SlotStarTarget, start, result);
    }

    // target_with_star_atom (memo):
    //     | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom
    private ExprNode? TargetWithStarAtom()
    {
        int start = _mark;
        if (TryExprMemo(MemoTargetWithStarAtom, SlotTargetWithStarAtom, out ExprNode? memo)) return memo;
        var result = SubscriptAttributeTarget(ExprContext.Store) ?? StarAtom();
        return ExprMemoize(MemoTargetWithStarAtom, SlotTargetWithStarAtom, start, result);
    }

    /// <summary>The two alternatives shared by target_with_star_atom, single_subscript_attribute_target
    /// and del_target: <c>t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead</c>.</summary>
    private ExprNode? SubscriptAttributeTarget(ExprContext ctx)
    {
        int start = _mark;
        var a = TPrimary();
        if (a is null) return null;
        int afterPrimary = _mark;
        if (Match(TokenKind.Dot))
        {
            var name = Peek();
            if (name.Kind == TokenKind.Name)
            {
                _mark++;
                if (!TLookahead())
                    return Loc(new Attribute { Value = a, Attr = Identifier(name), Ctx = ctx }, start);
            }
            _mark = afterPrimary;
        }
        if (Match(TokenKind.LSqb))
        {
            var s = Slices();
            if (s is not null && Match(TokenKind.RSqb) && !TLookahead())
                return Loc(new Subscript { Value = a, Slice = s, Ctx = ctx }, start);
        }
        _mark = start;
        return null;
    }

    // star_atom:
    //     | NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')'
    //     | '[' [star_targets_list_seq] ']'
    private ExprNode? StarAtom() => TargetAtom(ExprContext.Store,
        static p => p.TargetWithStarAtom(), static p => p.StarTargetsTupleSeq(), static p => p.StarTargetsListSeq());

    // single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
    internal ExprNode? SingleTarget()
    {
        var a = SingleSubscriptAttributeTarget();
        if (a is not null) return a;
        int start = _mark;
        var t = Peek();
        if (t.Kind == TokenKind.Name)
        {
            _mark++;
            var n = new Name { Id = Identifier(t), Ctx = ExprContext.Store };
            n.SetLocation(t.Lineno, t.ColOffset, t.EndLineno, t.EndColOffset);
            return n;
        }
        if (t.Kind == TokenKind.LPar)
        {
            _mark++;
            Enter();
            a = SingleTarget();
            Leave();
            if (a is not null && Match(TokenKind.RPar)) return a;
            _mark = start;
        }
        return null;
    }

    // single_subscript_attribute_target: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
    internal ExprNode? SingleSubscriptAttributeTarget() => SubscriptAttributeTarget(ExprContext.Store);

    // t_primary (left-recursive):
    //     | t_primary '.' NAME &t_lookahead | t_primary '[' slices ']' &t_lookahead
    //     | t_primary genexp &t_lookahead | t_primary '(' [arguments] ')' &t_lookahead
    //     | atom &t_lookahead
    private ExprNode? TPrimary()
    {
        int start = _mark;
        if (TryExprMemo(MemoTPrimary, SlotTPrimary, out ExprNode? memo)) return memo;
        Enter();
        var a = Atom();
        if (a is not null && !TLookahead()) a = null;
        if (a is null)
        {
            _mark = start;
        }
        else
        {
            while (true)
            {
                var next = TPrimaryTrailer(a, start);
                if (next is null) break;
                a = next;
            }
        }
        Leave();
        return ExprMemoize(MemoTPrimary, SlotTPrimary, start, a);
    }

    /// <summary>One growth step of t_primary's left recursion, in the grammar's order.</summary>
    private ExprNode? TPrimaryTrailer(ExprNode a, int start)
    {
        int m = _mark;
        if (Match(TokenKind.Dot))
        {
            var name = Peek();
            if (name.Kind == TokenKind.Name)
            {
                _mark++;
                if (TLookahead())
                    return Loc(new Attribute { Value = a, Attr = Identifier(name), Ctx = ExprContext.Load }, start);
            }
            _mark = m;
        }
        if (Match(TokenKind.LSqb))
        {
            var s = Slices();
            if (s is not null && Match(TokenKind.RSqb) && TLookahead())
                return Loc(new Subscript { Value = a, Slice = s, Ctx = ExprContext.Load }, start);
            _mark = m;
        }
        var kind = PeekKind();
        // genexp: its invalid_comprehension alternative also looks at '[' and '{'.
        if (kind == TokenKind.LPar || (CallInvalidRules && kind is TokenKind.LSqb or TokenKind.LBrace))
        {
            var g = Genexp();
            if (g is not null)
            {
                if (TLookahead()) return Loc(new Call { Func = a, Args = [g] }, start);
                _mark = m;
            }
        }
        if (kind == TokenKind.LPar)
        {
            _mark++;
            var b = ArgumentsRule();
            if (Match(TokenKind.RPar) && TLookahead())
                return Loc(new Call { Func = a, Args = b?.Args ?? [], Keywords = b?.Keywords ?? [] }, start);
            _mark = m;
        }
        return null;
    }

    // t_lookahead: '(' | '[' | '.'
    private bool TLookahead()
    {
        var k = PeekKind();
        return k is TokenKind.LPar or TokenKind.LSqb or TokenKind.Dot;
    }

    // del_targets: ','.del_target+ [',']
    internal List<ExprNode>? DelTargets()
    {
        var a = DelTarget();
        if (a is null) return null;
        var list = new List<ExprNode> { a };
        GatherCommaSeparated(list, static p => p.DelTarget());
        Match(TokenKind.Comma);
        return list;
    }

    // del_target (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom
    private ExprNode? DelTarget()
    {
        int start = _mark;
        if (TryExprMemo(MemoDelTarget, SlotDelTarget, out ExprNode? memo)) return memo;
        Enter();
        var result = SubscriptAttributeTarget(ExprContext.Del) ?? DelTAtom();
        Leave();
        return ExprMemoize(MemoDelTarget, SlotDelTarget, start, result);
    }

    // del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'
    private ExprNode? DelTAtom() => TargetAtom(ExprContext.Del,
        static p => p.DelTarget(), static p => p.DelTargets(), static p => p.DelTargets());

    /// <summary>The shape star_atom and del_t_atom share: <c>NAME | '(' inner ')' | '(' [tuple_seq] ')'
    /// | '[' [list_seq] ']'</c>, every node in context <paramref name="ctx"/>.</summary>
    private ExprNode? TargetAtom(ExprContext ctx, Func<PythonParser, ExprNode?> inner,
        Func<PythonParser, List<ExprNode>?> tupleSeq, Func<PythonParser, List<ExprNode>?> listSeq)
    {
        int start = _mark;
        var t = Peek();
        if (t.Kind == TokenKind.Name)
        {
            _mark++;
            var n = new Name { Id = Identifier(t), Ctx = ctx };
            n.SetLocation(t.Lineno, t.ColOffset, t.EndLineno, t.EndColOffset);
            return n;
        }
        if (t.Kind == TokenKind.LPar)
        {
            _mark++;
            var a = inner(this);
            if (a is not null && Match(TokenKind.RPar)) return SetExprContext(a, ctx);
            _mark = start + 1;
            var seq = tupleSeq(this);
            if (Match(TokenKind.RPar))
                return Loc(new Tuple { Elts = seq?.ToArray() ?? [], Ctx = ctx }, start);
            _mark = start;
            return null;
        }
        if (t.Kind == TokenKind.LSqb)
        {
            _mark++;
            var seq = listSeq(this);
            if (Match(TokenKind.RSqb))
                return Loc(new List { Elts = seq?.ToArray() ?? [], Ctx = ctx }, start);
            _mark = start;
        }
        return null;
    }

    /// <summary>RAISE_SYNTAX_ERROR_INVALID_TARGET(kind, e): the error for the first invalid target
    /// inside <paramref name="e"/>, or null when every target in it is valid (CPython then raises
    /// nothing and the rule simply fails).</summary>
    internal PythonSyntaxError? RaiseInvalidTarget(TargetsKind kind, ExprNode e)
    {
        var invalid = GetInvalidTarget(e, kind);
        if (invalid is null) return null;
        string msg = kind == TargetsKind.DelTargets ? "cannot delete " : "cannot assign to ";
        return RaiseAt(invalid, msg + GetExprName(invalid));
    }

    /// <summary>_PyPegen_get_invalid_target.</summary>
    private static ExprNode? GetInvalidTarget(ExprNode? e, TargetsKind kind)
    {
        switch (e)
        {
            case null:
                return null;
            case List l:
                foreach (var elt in l.Elts)
                {
                    var child = GetInvalidTarget(elt, kind);
                    if (child is not null) return child;
                }
                return null;
            case Tuple t:
                foreach (var elt in t.Elts)
                {
                    var child = GetInvalidTarget(elt, kind);
                    if (child is not null) return child;
                }
                return null;
            case Starred s:
                return kind == TargetsKind.DelTargets ? s : GetInvalidTarget(s.Value, kind);
            case Compare c:
                // In `for a in b`, the `a in b` part parses as a comparison: look at its left side.
                if (kind == TargetsKind.ForTargets)
                    return c.Ops[0] == CmpOpKind.In ? GetInvalidTarget(c.Left, kind) : null;
                return c;
            case Name or Subscript or Attribute:
                return null;
            default:
                return e;
        }
    }

    /// <summary>_PyPegen_get_expr_name: how error messages name an expression ("literal", "tuple", …).</summary>
    internal static string GetExprName(ExprNode e) => e switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        List => "list",
        Tuple => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Dict => "dict literal",
        Set => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant c => c.Value switch
        {
            null => "None",
            false => "False",
            true => "True",
            EllipsisValue => "ellipsis",
            _ => "literal",
        },
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => throw new InvalidOperationException("unexpected expression kind " + e.TypeName),
    };

    /// <summary>_PyPegen_set_expr_context: a copy of <paramref name="e"/> (same location) with its
    /// context, and that of the targets inside it, set to <paramref name="ctx"/>. Copies, like
    /// CPython, because the original may be a memoized result still in use elsewhere.</summary>
    internal static ExprNode SetExprContext(ExprNode e, ExprContext ctx)
    {
        ExprNode copy;
        switch (e)
        {
            case Name n:
                copy = new Name { Id = n.Id, Ctx = ctx };
                break;
            case Tuple t:
                copy = new Tuple { Elts = SetContexts(t.Elts, ctx), Ctx = ctx };
                break;
            case List l:
                copy = new List { Elts = SetContexts(l.Elts, ctx), Ctx = ctx };
                break;
            case Subscript s:
                copy = new Subscript { Value = s.Value, Slice = s.Slice, Ctx = ctx };
                break;
            case Attribute a:
                copy = new Attribute { Value = a.Value, Attr = a.Attr, Ctx = ctx };
                break;
            case Starred st:
                copy = new Starred { Value = SetExprContext(st.Value, ctx), Ctx = ctx };
                break;
            default:
                return e;
        }
        copy.CopyLocation(e);
        return copy;
    }

    private static ExprNode[] SetContexts(ExprNode[] elts, ExprContext ctx)
    {
        var result = new ExprNode[elts.Length];
        for (int i = 0; i < elts.Length; i++) result[i] = SetExprContext(elts[i], ctx);
        return result;
    }
}

/// <summary>CPython's TARGETS_TYPE for invalid-target errors.</summary>
internal enum TargetsKind { StarTargets, DelTargets, ForTargets }
