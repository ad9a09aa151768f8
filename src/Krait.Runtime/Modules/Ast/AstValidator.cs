using System.Numerics;
using Krait.Compiler.Bytecode;
using Krait.Syntax.Ast;
using Attribute = Krait.Syntax.Ast.Attribute;
using Tuple = Krait.Syntax.Ast.Tuple;

namespace Krait.Runtime;

/// <summary>CPython 3.11's Python/ast.c (_PyAST_Validate): the checks compile() makes on a tree that came
/// from Python objects, with its ValueErrors and TypeErrors word for word. Where CPython would crash on a
/// None in a list it never checks, this raises a ValueError instead.</summary>
internal sealed class AstValidator
{
    private int _depth;
    private readonly int _limit = PythonRuntime.RecursionLimit;

    public static void Validate(ModNode mod)
    {
        var v = new AstValidator();
        switch (mod)
        {
            case Module m: v.Stmts(m.Body); break;
            case Interactive i: v.Stmts(i.Body); break;
            case Expression e: v.CheckExpr(e.Body, ExprContext.Load); break;
            case FunctionType f: v.Exprs(f.Argtypes, ExprContext.Load, false); v.CheckExpr(f.Returns, ExprContext.Load); break;
        }
    }

    private static PythonException Value(string msg) => PyErr.ValueError(msg);

    private void Enter()
    {
        if (++_depth > _limit)
        {
            _depth--;
            throw PyErr.New(PyExc.RecursionError, "maximum recursion depth exceeded during compilation");
        }
    }

    private static void Positions(LocatedNode n)
    {
        if (n.Lineno > n.EndLineno)
            throw Value($"AST node line range ({n.Lineno}, {n.EndLineno}) is not valid");
        if ((n.Lineno < 0 && n.EndLineno != n.Lineno) || (n.ColOffset < 0 && n.ColOffset != n.EndColOffset))
            throw Value($"AST node column range ({n.ColOffset}, {n.EndColOffset}) for line range ({n.Lineno}, {n.EndLineno}) is not valid");
        if (n.Lineno == n.EndLineno && n.ColOffset > n.EndColOffset)
            throw Value($"line {n.Lineno}, column {n.ColOffset}-{n.EndColOffset} is not a valid range");
    }

    private static void CheckName(string? name)
    {
        if (name is "None" or "True" or "False") throw Value($"identifier field can't represent '{name}' constant");
    }

    private void CheckComprehension(Comprehension[] gens)
    {
        if (gens.Length == 0) throw Value("comprehension with no generators");
        foreach (var comp in gens)
        {
            CheckExpr(comp.Target, ExprContext.Store);
            CheckExpr(comp.Iter, ExprContext.Load);
            Exprs(comp.Ifs, ExprContext.Load, false);
        }
    }

    private void Keywords(Keyword[] keywords)
    {
        foreach (var k in keywords) CheckExpr(k.Value, ExprContext.Load);
    }

    private void Args(Arg[] args)
    {
        foreach (var a in args)
        {
            Positions(a);
            if (a.Annotation is { } ann) CheckExpr(ann, ExprContext.Load);
        }
    }

    private void CheckArguments(Arguments args)
    {
        Args(args.Posonlyargs);
        Args(args.Args);
        if (args.Vararg?.Annotation is { } va) CheckExpr(va, ExprContext.Load);
        Args(args.Kwonlyargs);
        if (args.Kwarg?.Annotation is { } ka) CheckExpr(ka, ExprContext.Load);
        if (args.Defaults.Length > args.Posonlyargs.Length + args.Args.Length)
            throw Value("more positional defaults than args on arguments");
        if (args.KwDefaults.Length != args.Kwonlyargs.Length)
            throw Value("length of kwonlyargs is not the same as kw_defaults on arguments");
        Exprs(args.Defaults, ExprContext.Load, false);
        Exprs(args.KwDefaults, ExprContext.Load, true);
    }

    private static void CheckConstant(object? value)
    {
        if (value is AstFromPy.InvalidConstant bad)
            throw PyErr.TypeError($"got an invalid type in Constant: {ShortName(bad.Offender.Type)}");
    }

    private static string ShortName(PyType t)
    {
        string n = t.Name;
        int dot = n.LastIndexOf('.');
        return dot < 0 ? n : n[(dot + 1)..];
    }

    private void CheckExpr(ExprNode exp, ExprContext ctx)
    {
        Positions(exp);
        Enter();
        ExprContext? actual = exp switch
        {
            Attribute a => a.Ctx,
            Subscript s => s.Ctx,
            Starred s => s.Ctx,
            Name n => NameCtx(n),
            List l => l.Ctx,
            Tuple t => t.Ctx,
            _ => null,
        };
        if (actual is null)
        {
            if (ctx != ExprContext.Load) throw Value($"expression which can't be assigned to in {ctx} context");
        }
        else if (actual != ctx)
            throw Value($"expression must have {ctx} context but has {actual} instead");

        switch (exp)
        {
            case BoolOp b:
                if (b.Values.Length < 2) throw Value("BoolOp with less than 2 values");
                Exprs(b.Values, ExprContext.Load, false);
                break;
            case BinOp b: CheckExpr(b.Left, ExprContext.Load); CheckExpr(b.Right, ExprContext.Load); break;
            case UnaryOp u: CheckExpr(u.Operand, ExprContext.Load); break;
            case Lambda l: CheckArguments(l.Args); CheckExpr(l.Body, ExprContext.Load); break;
            case IfExp i: CheckExpr(i.Test, ExprContext.Load); CheckExpr(i.Body, ExprContext.Load); CheckExpr(i.Orelse, ExprContext.Load); break;
            case Dict d:
                if (d.Keys.Length != d.Values.Length) throw Value("Dict doesn't have the same number of keys as values");
                Exprs(d.Keys, ExprContext.Load, true);
                Exprs(d.Values, ExprContext.Load, false);
                break;
            case Set s: Exprs(s.Elts, ExprContext.Load, false); break;
            case ListComp c: CheckComprehension(c.Generators); CheckExpr(c.Elt, ExprContext.Load); break;
            case SetComp c: CheckComprehension(c.Generators); CheckExpr(c.Elt, ExprContext.Load); break;
            case GeneratorExp c: CheckComprehension(c.Generators); CheckExpr(c.Elt, ExprContext.Load); break;
            case DictComp c: CheckComprehension(c.Generators); CheckExpr(c.Key, ExprContext.Load); CheckExpr(c.Value, ExprContext.Load); break;
            case Yield y: if (y.Value is { } yv) CheckExpr(yv, ExprContext.Load); break;
            case YieldFrom y: CheckExpr(y.Value, ExprContext.Load); break;
            case Await a: CheckExpr(a.Value, ExprContext.Load); break;
            case Compare c:
                if (c.Comparators.Length == 0) throw Value("Compare with no comparators");
                if (c.Comparators.Length != c.Ops.Length) throw Value("Compare has a different number of comparators and operands");
                Exprs(c.Comparators, ExprContext.Load, false);
                CheckExpr(c.Left, ExprContext.Load);
                break;
            case Call c: CheckExpr(c.Func, ExprContext.Load); Exprs(c.Args, ExprContext.Load, false); Keywords(c.Keywords); break;
            case Constant c: CheckConstant(c.Value); break;
            case JoinedStr j: Exprs(j.Values, ExprContext.Load, false); break;
            case FormattedValue f:
                CheckExpr(f.Value, ExprContext.Load);
                if (f.FormatSpec is { } spec) CheckExpr(spec, ExprContext.Load);
                break;
            case Attribute a: CheckExpr(a.Value, ExprContext.Load); break;
            case Subscript s: CheckExpr(s.Slice, ExprContext.Load); CheckExpr(s.Value, ExprContext.Load); break;
            case Starred s: CheckExpr(s.Value, ctx); break;
            case Slice s:
                if (s.Lower is { } lo) CheckExpr(lo, ExprContext.Load);
                if (s.Upper is { } up) CheckExpr(up, ExprContext.Load);
                if (s.Step is { } st) CheckExpr(st, ExprContext.Load);
                break;
            case List l: Exprs(l.Elts, ctx, false); break;
            case Tuple t: Exprs(t.Elts, ctx, false); break;
            case NamedExpr n:
                // 3.11 checks neither the target's kind nor its context.
                CheckExpr(n.Value, ExprContext.Load);
                break;
        }
        _depth--;
    }

    private static ExprContext NameCtx(Name n)
    {
        CheckName(n.Id);
        return n.Ctx;
    }

    private static bool LiteralNumber(ExprNode e, bool real, bool imaginary) =>
        e is Constant { Value: var v } && ((real && v is double or BigInteger) || (imaginary && v is Complex));

    private static bool LiteralNegative(UnaryOp u, bool real, bool imaginary) =>
        u.Op == UnaryOpKind.USub && u.Operand is Constant && LiteralNumber(u.Operand, real, imaginary);

    private static bool LiteralComplex(BinOp b)
    {
        if (b.Op is not (OperatorKind.Add or OperatorKind.Sub)) return false;
        bool leftOk = b.Left switch
        {
            Constant => LiteralNumber(b.Left, true, false),
            UnaryOp u => LiteralNegative(u, true, false),
            _ => false,
        };
        return leftOk && b.Right is Constant && LiteralNumber(b.Right, false, true);
    }

    private void PatternMatchValue(ExprNode exp)
    {
        CheckExpr(exp, ExprContext.Load);
        switch (exp)
        {
            case Constant c:
                if (c.Value is BigInteger or double or byte[] or Complex or string or Krait.Syntax.Text.CodePointString) return;
                throw Value("unexpected constant inside of a literal pattern");
            case Attribute: return;
            case UnaryOp u when LiteralNegative(u, true, true): return;
            case BinOp b when LiteralComplex(b): return;
            case JoinedStr: return;
        }
        throw Value("patterns may only match literals and attribute lookups");
    }

    private static void Capture(string name)
    {
        if (name == "_") throw Value("can't capture name '_' in patterns");
        CheckName(name);
    }

    private void CheckPattern(PatternNode p, bool starOk)
    {
        Positions(p);
        Enter();
        switch (p)
        {
            case MatchValue mv: PatternMatchValue(mv.Value); break;
            case MatchSingleton ms:
                if (!(ms.Value is null or bool)) throw Value("MatchSingleton can only contain True, False and None");
                break;
            case MatchSequence seq: Patterns(seq.Patterns, true); break;
            case MatchMapping mm:
                if (mm.Keys.Length != mm.Patterns.Length) throw Value("MatchMapping doesn't have the same number of keys as patterns");
                if (mm.Rest is { } rest) Capture(rest);
                foreach (var key in mm.Keys)
                {
                    if (key is Constant { Value: null or bool }) continue;
                    PatternMatchValue(NotNull(key));
                }
                Patterns(mm.Patterns, false);
                break;
            case MatchClass mc:
                if (mc.KwdAttrs.Length != mc.KwdPatterns.Length)
                    throw Value("MatchClass doesn't have the same number of keyword attributes as patterns");
                CheckExpr(mc.Cls, ExprContext.Load);
                for (var cls = mc.Cls; cls is not Name;)
                {
                    if (cls is Attribute a) cls = a.Value;
                    else throw Value("MatchClass cls field can only contain Name or Attribute nodes.");
                }
                foreach (var id in mc.KwdAttrs) CheckName(id);
                Patterns(mc.Patterns, false);
                Patterns(mc.KwdPatterns, false);
                break;
            case MatchStar star:
                if (!starOk) throw Value("can't use MatchStar here");
                if (star.Name is { } sn) Capture(sn);
                break;
            case MatchAs ma:
                if (ma.Name is { } an) Capture(an);
                if (ma.Pattern is { } inner)
                {
                    if (ma.Name is null) throw Value("MatchAs must specify a target name if a pattern is given");
                    CheckPattern(inner, false);
                }
                break;
            case MatchOr mo:
                if (mo.Patterns.Length < 2) throw Value("MatchOr requires at least 2 patterns");
                Patterns(mo.Patterns, false);
                break;
        }
        _depth--;
    }

    private static T NotNull<T>(T? node) where T : Node =>
        node ?? throw Value("None disallowed in this position of the AST (CPython would crash here)");

    private static void NonEmpty(int length, string what, string owner)
    {
        if (length == 0) throw Value($"empty {what} on {owner}");
    }

    private void AssignList(ExprNode[] targets, ExprContext ctx)
    {
        NonEmpty(targets.Length, "targets", ctx == ExprContext.Del ? "Delete" : "Assign");
        Exprs(targets, ctx, false);
    }

    private void Body(StmtNode[] body, string owner)
    {
        NonEmpty(body.Length, "body", owner);
        Stmts(body);
    }

    private void WithItems(Withitem[] items, string owner)
    {
        NonEmpty(items.Length, "items", owner);
        foreach (var item in items)
        {
            CheckExpr(item.ContextExpr, ExprContext.Load);
            if (item.OptionalVars is { } ov) CheckExpr(ov, ExprContext.Store);
        }
    }

    private void Handlers(ExceptHandlerNode[] handlers, bool positions)
    {
        foreach (var h in handlers)
        {
            var handler = (ExceptHandler)NotNull(h);
            if (positions) Positions(handler);
            if (handler.Type is { } t) CheckExpr(t, ExprContext.Load);
            Body(handler.Body, "ExceptHandler");
        }
    }

    private void CheckStmt(StmtNode stmt)
    {
        Positions(stmt);
        Enter();
        switch (stmt)
        {
            case FunctionDef f:
                Body(f.Body, "FunctionDef");
                CheckArguments(f.Args);
                Exprs(f.DecoratorList, ExprContext.Load, false);
                if (f.Returns is { } fr) CheckExpr(fr, ExprContext.Load);
                break;
            case AsyncFunctionDef f:
                Body(f.Body, "AsyncFunctionDef");
                CheckArguments(f.Args);
                Exprs(f.DecoratorList, ExprContext.Load, false);
                if (f.Returns is { } ar) CheckExpr(ar, ExprContext.Load);
                break;
            case ClassDef c:
                Body(c.Body, "ClassDef");
                Exprs(c.Bases, ExprContext.Load, false);
                Keywords(c.Keywords);
                Exprs(c.DecoratorList, ExprContext.Load, false);
                break;
            case Return ret: if (ret.Value is { } rv) CheckExpr(rv, ExprContext.Load); break;
            case Delete d: AssignList(d.Targets, ExprContext.Del); break;
            case Assign a: AssignList(a.Targets, ExprContext.Store); CheckExpr(a.Value, ExprContext.Load); break;
            case AugAssign a: CheckExpr(a.Target, ExprContext.Store); CheckExpr(a.Value, ExprContext.Load); break;
            case AnnAssign a:
                if (a.Target is not Name && a.Simple != 0) throw PyErr.TypeError("AnnAssign with simple non-Name target");
                CheckExpr(a.Target, ExprContext.Store);
                if (a.Value is { } av) CheckExpr(av, ExprContext.Load);
                CheckExpr(a.Annotation, ExprContext.Load);
                break;
            case For f:
                CheckExpr(f.Target, ExprContext.Store); CheckExpr(f.Iter, ExprContext.Load);
                Body(f.Body, "For"); Stmts(f.Orelse);
                break;
            case AsyncFor f:
                CheckExpr(f.Target, ExprContext.Store); CheckExpr(f.Iter, ExprContext.Load);
                Body(f.Body, "AsyncFor"); Stmts(f.Orelse);
                break;
            case While w: CheckExpr(w.Test, ExprContext.Load); Body(w.Body, "While"); Stmts(w.Orelse); break;
            case If i: CheckExpr(i.Test, ExprContext.Load); Body(i.Body, "If"); Stmts(i.Orelse); break;
            case With w: WithItems(w.Items, "With"); Body(w.Body, "With"); break;
            case AsyncWith w: WithItems(w.Items, "AsyncWith"); Body(w.Body, "AsyncWith"); break;
            case Match m:
                CheckExpr(m.Subject, ExprContext.Load);
                NonEmpty(m.Cases.Length, "cases", "Match");
                foreach (var mc in m.Cases)
                {
                    CheckPattern(NotNull(mc.Pattern), false);
                    if (mc.Guard is { } g) CheckExpr(g, ExprContext.Load);
                    Body(mc.Body, "match_case");
                }
                break;
            case Raise rs:
                if (rs.Exc is { } exc)
                {
                    CheckExpr(exc, ExprContext.Load);
                    if (rs.Cause is { } cause) CheckExpr(cause, ExprContext.Load);
                }
                else if (rs.Cause is not null) throw Value("Raise with cause but no exception");
                break;
            case Try t:
                Body(t.Body, "Try");
                if (t.Handlers.Length == 0 && t.Finalbody.Length == 0) throw Value("Try has neither except handlers nor finalbody");
                if (t.Handlers.Length == 0 && t.Orelse.Length > 0) throw Value("Try has orelse but no except handlers");
                Handlers(t.Handlers, true);
                Stmts(t.Finalbody);
                Stmts(t.Orelse);
                break;
            case TryStar t:
                Body(t.Body, "TryStar");
                if (t.Handlers.Length == 0 && t.Finalbody.Length == 0) throw Value("TryStar has neither except handlers nor finalbody");
                if (t.Handlers.Length == 0 && t.Orelse.Length > 0) throw Value("TryStar has orelse but no except handlers");
                Handlers(t.Handlers, false);
                Stmts(t.Finalbody);
                Stmts(t.Orelse);
                break;
            case Assert a: CheckExpr(a.Test, ExprContext.Load); if (a.Msg is { } msg) CheckExpr(msg, ExprContext.Load); break;
            case Import i: NonEmpty(i.Names.Length, "names", "Import"); break;
            case ImportFrom f:
                if (f.Level < 0) throw Value("Negative ImportFrom level");
                NonEmpty(f.Names.Length, "names", "ImportFrom");
                break;
            case Global g: NonEmpty(g.Names.Length, "names", "Global"); NoNullNames(g.Names); break;
            case Nonlocal n: NonEmpty(n.Names.Length, "names", "Nonlocal"); NoNullNames(n.Names); break;
            case Expr e: CheckExpr(e.Value, ExprContext.Load); break;
        }
        _depth--;
    }

    private static void NoNullNames(string[] names)
    {
        foreach (var n in names)
            if (n is null) throw Value("None disallowed in this position of the AST (CPython would crash here)");
    }

    private void Stmts(StmtNode[] seq)
    {
        foreach (var s in seq)
        {
            if (s is null) throw Value("None disallowed in statement list");
            CheckStmt(s);
        }
    }

    private void Exprs(ExprNode[] exprs, ExprContext ctx, bool nullOk)
    {
        foreach (var e in exprs)
        {
            if (e is not null) CheckExpr(e, ctx);
            else if (!nullOk) throw Value("None disallowed in expression list");
        }
    }

    private void Patterns(PatternNode[] patterns, bool starOk)
    {
        foreach (var p in patterns) CheckPattern(NotNull(p), starOk);
    }
}
