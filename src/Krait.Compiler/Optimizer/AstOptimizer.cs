using Krait.Compiler.Bytecode;
using Krait.Compiler.CodeGen;
using Krait.Syntax.Ast;

using Attribute = Krait.Syntax.Ast.Attribute;
using Tuple = Krait.Syntax.Ast.Tuple;

namespace Krait.Compiler.Optimizer;

/// <summary>CPython 3.11's AST optimizer (Python/ast_opt.c): constant folding of unary and binary
/// operators (with the size limits), constant tuples, subscripts of constants, <c>not</c> into
/// comparisons, lists/sets in <c>in</c> tests and for-iterables, <c>__debug__</c>, and
/// <c>'%s' % (...)</c> into f-strings. Rewrites the tree in place.</summary>
internal sealed partial class AstOptimizer
{
    private readonly int _optimize;
    private readonly bool _futureAnnotations;

    private AstOptimizer(int optimize, int futureFlags)
    {
        _optimize = optimize;
        _futureAnnotations = (futureFlags & CodeFlags.FutureAnnotations) != 0;
    }

    public static void Optimize(ModNode mod, int optimize, int futureFlags)
    {
        var o = new AstOptimizer(optimize, futureFlags);
        switch (mod)
        {
            case Module m: o.Body(m.Body); break;
            case Interactive i: o.Stmts(i.Body); break;
            case Expression e: e.Body = o.E(e.Body); break;
        }
    }

    private static bool IsDocString(StmtNode[] body) =>
        body.Length > 0 && body[0] is Expr { Value: Constant { Value: string } };

    private void Body(StmtNode[] stmts)
    {
        bool docstring = IsDocString(stmts);
        Stmts(stmts);
        if (!docstring && IsDocString(stmts))
        {
            // A folded constant string must not become a docstring.
            var st = (Expr)stmts[0];
            var js = new JoinedStr { Values = [st.Value] };
            js.CopyLocation(st);
            st.Value = js;
        }
    }

    private void Stmts(StmtNode[] stmts)
    {
        foreach (var s in stmts) Stmt(s);
    }

    private ExprNode[] Exprs(ExprNode[] es)
    {
        for (int i = 0; i < es.Length; i++) es[i] = E(es[i]);
        return es;
    }

    private ExprNode? Opt(ExprNode? e) => e is null ? null : E(e);

    private void WithItems(Withitem[] items)
    {
        foreach (var item in items)
        {
            item.ContextExpr = E(item.ContextExpr);
            item.OptionalVars = Opt(item.OptionalVars);
        }
    }

    private void Args(Arguments a)
    {
        foreach (var x in a.Posonlyargs) ArgAnn(x);
        foreach (var x in a.Args) ArgAnn(x);
        if (a.Vararg is not null) ArgAnn(a.Vararg);
        foreach (var x in a.Kwonlyargs) ArgAnn(x);
        if (a.Kwarg is not null) ArgAnn(a.Kwarg);
        for (int i = 0; i < a.KwDefaults.Length; i++) if (a.KwDefaults[i] is not null) a.KwDefaults[i] = E(a.KwDefaults[i]);
        Exprs(a.Defaults);
    }

    private void ArgAnn(Arg a)
    {
        if (!_futureAnnotations) a.Annotation = Opt(a.Annotation);
    }

    private void Stmt(StmtNode s)
    {
        switch (s)
        {
            case FunctionDef f:
                Args(f.Args);
                Body(f.Body);
                Exprs(f.DecoratorList);
                if (!_futureAnnotations) f.Returns = Opt(f.Returns);
                break;
            case AsyncFunctionDef f:
                Args(f.Args);
                Body(f.Body);
                Exprs(f.DecoratorList);
                if (!_futureAnnotations) f.Returns = Opt(f.Returns);
                break;
            case ClassDef c:
                Exprs(c.Bases);
                foreach (var k in c.Keywords) k.Value = E(k.Value);
                Body(c.Body);
                Exprs(c.DecoratorList);
                break;
            case Return r: r.Value = Opt(r.Value); break;
            case Delete d: Exprs(d.Targets); break;
            case Assign a:
                Exprs(a.Targets);
                a.Value = E(a.Value);
                break;
            case AugAssign a:
                a.Target = E(a.Target);
                a.Value = E(a.Value);
                break;
            case AnnAssign a:
                a.Target = E(a.Target);
                if (!_futureAnnotations) a.Annotation = E(a.Annotation);
                a.Value = Opt(a.Value);
                break;
            case For f:
                f.Target = E(f.Target);
                f.Iter = E(f.Iter);
                Stmts(f.Body);
                Stmts(f.Orelse);
                f.Iter = FoldIter(f.Iter);
                break;
            case AsyncFor f:
                f.Target = E(f.Target);
                f.Iter = E(f.Iter);
                Stmts(f.Body);
                Stmts(f.Orelse);
                break;
            case While w:
                w.Test = E(w.Test);
                Stmts(w.Body);
                Stmts(w.Orelse);
                break;
            case If i:
                i.Test = E(i.Test);
                Stmts(i.Body);
                Stmts(i.Orelse);
                break;
            case With w:
                WithItems(w.Items);
                Stmts(w.Body);
                break;
            case AsyncWith w:
                WithItems(w.Items);
                Stmts(w.Body);
                break;
            case Raise r:
                r.Exc = Opt(r.Exc);
                r.Cause = Opt(r.Cause);
                break;
            case Match m:
                m.Subject = E(m.Subject);
                foreach (var c in m.Cases)
                {
                    Pattern(c.Pattern);
                    c.Guard = Opt(c.Guard);
                    Stmts(c.Body);
                }
                break;
            case Try t:
                Stmts(t.Body);
                Handlers(t.Handlers);
                Stmts(t.Orelse);
                Stmts(t.Finalbody);
                break;
            case TryStar t:
                Stmts(t.Body);
                Handlers(t.Handlers);
                Stmts(t.Orelse);
                Stmts(t.Finalbody);
                break;
            case Assert a:
                a.Test = E(a.Test);
                a.Msg = Opt(a.Msg);
                break;
            case Expr e: e.Value = E(e.Value); break;
        }
    }

    private void Handlers(ExceptHandlerNode[] hs)
    {
        foreach (ExceptHandler h in hs)
        {
            h.Type = Opt(h.Type);
            Stmts(h.Body);
        }
    }

    private void Pattern(PatternNode p)
    {
        switch (p)
        {
            case MatchValue v: v.Value = E(v.Value); break;
            case MatchSequence s: foreach (var x in s.Patterns) Pattern(x); break;
            case MatchMapping m:
                Exprs(m.Keys);
                foreach (var x in m.Patterns) Pattern(x);
                break;
            case MatchClass c:
                c.Cls = E(c.Cls);
                foreach (var x in c.Patterns) Pattern(x);
                foreach (var x in c.KwdPatterns) Pattern(x);
                break;
            case MatchAs a: if (a.Pattern is not null) Pattern(a.Pattern); break;
            case MatchOr o: foreach (var x in o.Patterns) Pattern(x); break;
        }
    }

    private void Comprehensions(Comprehension[] gens)
    {
        foreach (var g in gens)
        {
            g.Target = E(g.Target);
            g.Iter = E(g.Iter);
            Exprs(g.Ifs);
            g.Iter = FoldIter(g.Iter);
        }
    }

    private static Constant MakeConst(ExprNode node, object? value)
    {
        var c = new Constant { Value = value };
        c.CopyLocation(node);
        return c;
    }

    private ExprNode E(ExprNode e)
    {
        switch (e)
        {
            case BoolOp b: Exprs(b.Values); return e;
            case BinOp b:
                b.Left = E(b.Left);
                b.Right = E(b.Right);
                return FoldBinOp(b);
            case UnaryOp u:
                u.Operand = E(u.Operand);
                return FoldUnaryOp(u);
            case Lambda l:
                Args(l.Args);
                l.Body = E(l.Body);
                return e;
            case IfExp i:
                i.Test = E(i.Test);
                i.Body = E(i.Body);
                i.Orelse = E(i.Orelse);
                return e;
            case Dict d:
                for (int k = 0; k < d.Keys.Length; k++) if (d.Keys[k] is not null) d.Keys[k] = E(d.Keys[k]!);
                Exprs(d.Values);
                return e;
            case Set s: Exprs(s.Elts); return e;
            case ListComp l:
                l.Elt = E(l.Elt);
                Comprehensions(l.Generators);
                return e;
            case SetComp s:
                s.Elt = E(s.Elt);
                Comprehensions(s.Generators);
                return e;
            case DictComp d:
                d.Key = E(d.Key);
                d.Value = E(d.Value);
                Comprehensions(d.Generators);
                return e;
            case GeneratorExp g:
                g.Elt = E(g.Elt);
                Comprehensions(g.Generators);
                return e;
            case Await a: a.Value = E(a.Value); return e;
            case Yield y: y.Value = Opt(y.Value); return e;
            case YieldFrom y: y.Value = E(y.Value); return e;
            case Compare c:
                c.Left = E(c.Left);
                Exprs(c.Comparators);
                int last = c.Ops.Length - 1;
                if (c.Ops[last] is CmpOpKind.In or CmpOpKind.NotIn) c.Comparators[last] = FoldIter(c.Comparators[last]);
                return e;
            case Call c:
                c.Func = E(c.Func);
                Exprs(c.Args);
                foreach (var k in c.Keywords) k.Value = E(k.Value);
                return e;
            case FormattedValue f:
                f.Value = E(f.Value);
                f.FormatSpec = Opt(f.FormatSpec);
                return e;
            case JoinedStr j: Exprs(j.Values); return e;
            case Attribute a: a.Value = E(a.Value); return e;
            case Subscript s:
                s.Value = E(s.Value);
                s.Slice = E(s.Slice);
                if (s.Ctx == ExprContext.Load && s.Value is Constant cv && s.Slice is Constant ci
                    && ConstOps.Subscript(CodeGen.Compiler.NormalizeConst(cv.Value), CodeGen.Compiler.NormalizeConst(ci.Value), out var item))
                    return MakeConst(s, item);
                return e;
            case Starred s: s.Value = E(s.Value); return e;
            case Slice s:
                s.Lower = Opt(s.Lower);
                s.Upper = Opt(s.Upper);
                s.Step = Opt(s.Step);
                return e;
            case List l: Exprs(l.Elts); return e;
            case Tuple t:
                Exprs(t.Elts);
                if (t.Ctx == ExprContext.Load && MakeConstTuple(t.Elts) is { } tuple) return MakeConst(t, tuple);
                return e;
            case Name n:
                if (n.Ctx == ExprContext.Load && n.Id == "__debug__") return MakeConst(n, _optimize == 0);
                return e;
            case NamedExpr n: n.Value = E(n.Value); return e;
            default: return e;
        }
    }

    private static ConstTuple? MakeConstTuple(ExprNode[] elts)
    {
        var items = new object?[elts.Length];
        for (int i = 0; i < elts.Length; i++)
        {
            if (elts[i] is not Constant c) return null;
            items[i] = CodeGen.Compiler.NormalizeConst(c.Value);
        }
        return new ConstTuple(items);
    }

    private static ExprNode FoldIter(ExprNode arg)
    {
        if (arg is List l)
        {
            foreach (var x in l.Elts) if (x is Starred) return arg;
            var t = new Tuple { Elts = l.Elts, Ctx = l.Ctx };
            t.CopyLocation(l);
            return MakeConstTuple(t.Elts) is { } c ? MakeConst(t, c) : t;
        }
        if (arg is Set s)
        {
            var c = MakeConstTuple(s.Elts);
            return c is null ? arg : MakeConst(s, CodeGen.Compiler.MakeFrozenSet(c.Items));
        }
        return arg;
    }

    private static ExprNode FoldUnaryOp(UnaryOp node)
    {
        if (node.Operand is not Constant c)
        {
            if (node.Op == UnaryOpKind.Not && node.Operand is Compare cmp && cmp.Ops.Length == 1)
            {
                CmpOpKind? op = cmp.Ops[0] switch
                {
                    CmpOpKind.Is => CmpOpKind.IsNot,
                    CmpOpKind.IsNot => CmpOpKind.Is,
                    CmpOpKind.In => CmpOpKind.NotIn,
                    CmpOpKind.NotIn => CmpOpKind.In,
                    _ => null,
                };
                if (op is { } o)
                {
                    cmp.Ops[0] = o;
                    return cmp;
                }
            }
            return node;
        }
        return ConstOps.Unary(node.Op, CodeGen.Compiler.NormalizeConst(c.Value), out var v) ? MakeConst(node, v) : node;
    }

    private static ExprNode FoldBinOp(BinOp node)
    {
        if (node.Left is not Constant lc) return node;
        var lv = CodeGen.Compiler.NormalizeConst(lc.Value);
        if (node.Op == OperatorKind.Mod && node.Right is Tuple t && lv is string fmt)
        {
            foreach (var x in t.Elts) if (x is Starred) goto general;
            return OptimizeFormat(node, fmt, t.Elts) ?? node;
        }
    general:
        if (node.Right is not Constant rc) return node;
        if (node.Op == OperatorKind.MatMult) return node;
        var rv = CodeGen.Compiler.NormalizeConst(rc.Value);
        return ConstOps.Binary(node.Op, lv, rv, out var res) ? MakeConst(node, res) : node;
    }
}
