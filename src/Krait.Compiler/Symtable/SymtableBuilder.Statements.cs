using Krait.Syntax.Ast;

namespace Krait.Compiler.Symtable;

internal sealed partial class SymtableBuilder
{
    private void VisitStmts(StmtNode[] body)
    {
        foreach (var s in body) VisitStmt(s);
    }

    /// <summary>symtable_visit_stmt, with CPython's recursion accounting.</summary>
    private void VisitStmt(StmtNode s)
    {
        EnterRecursion();
        VisitStmtKind(s);
        _depth--;
    }

    private void VisitStmtKind(StmtNode s)
    {
        switch (s)
        {
            case FunctionDef f:
                VisitFunction(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, isAsync: false);
                break;
            case AsyncFunctionDef f:
                VisitFunction(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, isAsync: true);
                break;
            case ClassDef c:
            {
                AddDef(c.Name, SymbolFlags.DefLocal, c);
                VisitExprs(c.Bases);
                foreach (var k in c.Keywords) VisitExpr(k.Value);
                VisitExprs(c.DecoratorList);
                EnterBlock(c.Name, BlockType.Class, c);
                string? saved = _private;
                _private = c.Name;
                VisitStmts(c.Body);
                _private = saved;
                ExitBlock();
                break;
            }
            case Return r:
                if (r.Value is not null)
                {
                    VisitExpr(r.Value);
                    _cur.ReturnsValue = true;
                }
                break;
            case Delete d:
                VisitExprs(d.Targets);
                break;
            case Assign a:
                VisitExprs(a.Targets);
                VisitExpr(a.Value);
                break;
            case AnnAssign a:
                VisitAnnAssign(a);
                break;
            case AugAssign a:
                VisitExpr(a.Target);
                VisitExpr(a.Value);
                break;
            case For f:
                VisitExpr(f.Target);
                VisitExpr(f.Iter);
                VisitStmts(f.Body);
                VisitStmts(f.Orelse);
                break;
            case AsyncFor f:
                VisitExpr(f.Target);
                VisitExpr(f.Iter);
                VisitStmts(f.Body);
                VisitStmts(f.Orelse);
                break;
            case While w:
                VisitExpr(w.Test);
                VisitStmts(w.Body);
                VisitStmts(w.Orelse);
                break;
            case If i:
                VisitExpr(i.Test);
                VisitStmts(i.Body);
                VisitStmts(i.Orelse);
                break;
            case Match m:
                VisitExpr(m.Subject);
                foreach (var c in m.Cases)
                {
                    VisitPattern(c.Pattern);
                    if (c.Guard is not null) VisitExpr(c.Guard);
                    VisitStmts(c.Body);
                }
                break;
            case Raise r:
                if (r.Exc is not null)
                {
                    VisitExpr(r.Exc);
                    if (r.Cause is not null) VisitExpr(r.Cause);
                }
                break;
            case Try t:
                VisitStmts(t.Body);
                VisitStmts(t.Orelse);
                VisitHandlers(t.Handlers);
                VisitStmts(t.Finalbody);
                break;
            case TryStar t:
                VisitStmts(t.Body);
                VisitStmts(t.Orelse);
                VisitHandlers(t.Handlers);
                VisitStmts(t.Finalbody);
                break;
            case Assert a:
                VisitExpr(a.Test);
                if (a.Msg is not null) VisitExpr(a.Msg);
                break;
            case Import imp:
                foreach (var al in imp.Names) VisitAlias(al);
                break;
            case ImportFrom imp:
                foreach (var al in imp.Names) VisitAlias(al);
                break;
            case Global g:
                VisitGlobal(g);
                break;
            case Nonlocal n:
                VisitNonlocal(n);
                break;
            case Expr e:
                VisitExpr(e.Value);
                break;
            case With w:
                VisitWithItems(w.Items);
                VisitStmts(w.Body);
                break;
            case AsyncWith w:
                VisitWithItems(w.Items);
                VisitStmts(w.Body);
                break;
            case Pass or Break or Continue:
                break;
            default:
                throw new InvalidOperationException("unknown statement " + s.TypeName);
        }
    }

    private void VisitFunction(StmtNode s, string name, Arguments args, StmtNode[] body,
        ExprNode[] decorators, ExprNode? returns, bool isAsync)
    {
        AddDef(name, SymbolFlags.DefLocal, s);
        VisitExprs(args.Defaults);
        VisitExprsWithNull(args.KwDefaults);
        VisitAnnotations(s, args, returns);
        VisitExprs(decorators);
        EnterBlock(name, BlockType.Function, s);
        if (isAsync) _cur.IsCoroutine = true;
        VisitParameters(args);
        VisitStmts(body);
        ExitBlock();
    }

    private void VisitAnnAssign(AnnAssign a)
    {
        if (a.Target is Name n)
        {
            int cur = _cur.GetRawFlags(SymbolTable.Mangle(_private, n.Id));
            if ((cur & (int)(SymbolFlags.DefGlobal | SymbolFlags.DefNonlocal)) != 0
                && _cur != _top && a.Simple != 0)
            {
                string msg = (cur & (int)SymbolFlags.DefGlobal) != 0 ? GlobalAnnot : NonlocalAnnot;
                throw Error(string.Format(msg, n.Id), a);
            }
            if (a.Simple != 0)
                AddDef(n.Id, SymbolFlags.DefAnnot | SymbolFlags.DefLocal, n);
            else if (a.Value is not null)
                AddDef(n.Id, SymbolFlags.DefLocal, n);
        }
        else
        {
            VisitExpr(a.Target);
        }
        VisitAnnotation(a.Annotation);
        if (a.Value is not null) VisitExpr(a.Value);
    }

    private void VisitGlobal(Global g)
    {
        foreach (var name in g.Names)
        {
            int cur = _cur.GetRawFlags(SymbolTable.Mangle(_private, name));
            if ((cur & (int)(SymbolFlags.DefParam | SymbolFlags.DefLocal | SymbolFlags.Use | SymbolFlags.DefAnnot)) != 0)
            {
                string msg = (cur & (int)SymbolFlags.DefParam) != 0 ? GlobalParam
                    : (cur & (int)SymbolFlags.Use) != 0 ? GlobalAfterUse
                    : (cur & (int)SymbolFlags.DefAnnot) != 0 ? GlobalAnnot
                    : GlobalAfterAssign;
                throw Error(string.Format(msg, name), g);
            }
            AddDef(name, SymbolFlags.DefGlobal, g);
            RecordDirective(name, g.Lineno, g.ColOffset, g.EndLineno, g.EndColOffset);
        }
    }

    private void VisitNonlocal(Nonlocal nl)
    {
        foreach (var name in nl.Names)
        {
            int cur = _cur.GetRawFlags(SymbolTable.Mangle(_private, name));
            if ((cur & (int)(SymbolFlags.DefParam | SymbolFlags.DefLocal | SymbolFlags.Use | SymbolFlags.DefAnnot)) != 0)
            {
                string msg = (cur & (int)SymbolFlags.DefParam) != 0 ? NonlocalParam
                    : (cur & (int)SymbolFlags.Use) != 0 ? NonlocalAfterUse
                    : (cur & (int)SymbolFlags.DefAnnot) != 0 ? NonlocalAnnot
                    : NonlocalAfterAssign;
                throw Error(string.Format(msg, name), nl);
            }
            AddDef(name, SymbolFlags.DefNonlocal, nl);
            RecordDirective(name, nl.Lineno, nl.ColOffset, nl.EndLineno, nl.EndColOffset);
        }
    }

    private void VisitHandlers(ExceptHandlerNode[] handlers)
    {
        foreach (var h0 in handlers)
        {
            var h = (ExceptHandler)h0;
            if (h.Type is not null) VisitExpr(h.Type);
            if (h.Name is not null) AddDef(h.Name, SymbolFlags.DefLocal, h);
            VisitStmts(h.Body);
        }
    }

    private void VisitWithItems(Withitem[] items)
    {
        foreach (var it in items)
        {
            VisitExpr(it.ContextExpr);
            if (it.OptionalVars is not null) VisitExpr(it.OptionalVars);
        }
    }

    /// <summary>symtable_visit_alias: binds the as-name, or the first component of a dotted name.</summary>
    private void VisitAlias(Alias a)
    {
        string name = a.Asname ?? a.Name;
        if (name != "*")
        {
            int dot = name.IndexOf('.');
            string store = dot >= 0 ? name[..dot] : name;
            AddDef(store, SymbolFlags.DefImport, a);
            return;
        }
        if (_cur.Type != BlockType.Module)
            throw Error(ImportStarWarning, a);
    }

    /// <summary>symtable_visit_pattern.</summary>
    private void VisitPattern(PatternNode p)
    {
        switch (p)
        {
            case MatchValue v:
                VisitExpr(v.Value);
                break;
            case MatchSingleton:
                break;
            case MatchSequence s:
                foreach (var q in s.Patterns) VisitPattern(q);
                break;
            case MatchStar s:
                if (s.Name is not null) AddDef(s.Name, SymbolFlags.DefLocal, p);
                break;
            case MatchMapping m:
                VisitExprs(m.Keys);
                foreach (var q in m.Patterns) VisitPattern(q);
                if (m.Rest is not null) AddDef(m.Rest, SymbolFlags.DefLocal, p);
                break;
            case MatchClass c:
                VisitExpr(c.Cls);
                foreach (var q in c.Patterns) VisitPattern(q);
                foreach (var q in c.KwdPatterns) VisitPattern(q);
                break;
            case MatchAs a:
                if (a.Pattern is not null) VisitPattern(a.Pattern);
                if (a.Name is not null) AddDef(a.Name, SymbolFlags.DefLocal, p);
                break;
            case MatchOr o:
                foreach (var q in o.Patterns) VisitPattern(q);
                break;
        }
    }

    /// <summary>symtable_visit_arguments: parameters in CPython's varnames order.</summary>
    private void VisitParameters(Arguments a)
    {
        foreach (var p in a.Posonlyargs) AddDef(p.ArgName, SymbolFlags.DefParam, p);
        foreach (var p in a.Args) AddDef(p.ArgName, SymbolFlags.DefParam, p);
        foreach (var p in a.Kwonlyargs) AddDef(p.ArgName, SymbolFlags.DefParam, p);
        if (a.Vararg is not null)
        {
            AddDef(a.Vararg.ArgName, SymbolFlags.DefParam, a.Vararg);
            _cur.HasVarargs = true;
        }
        if (a.Kwarg is not null)
        {
            AddDef(a.Kwarg.ArgName, SymbolFlags.DefParam, a.Kwarg);
            _cur.HasVarkeywords = true;
        }
    }

    /// <summary>symtable_visit_annotations: parameter annotations (in one annotation block under
    /// future annotations), then the return annotation.</summary>
    private void VisitAnnotations(StmtNode s, Arguments a, ExprNode? returns)
    {
        bool future = FutureAnnotations;
        if (future) EnterBlock("_annotation", BlockType.Annotation, s);
        VisitArgAnnotations(a.Posonlyargs);
        VisitArgAnnotations(a.Args);
        if (a.Vararg?.Annotation is { } va) VisitExpr(va);
        if (a.Kwarg?.Annotation is { } ka) VisitExpr(ka);
        VisitArgAnnotations(a.Kwonlyargs);
        if (future) ExitBlock();
        if (returns is not null) VisitAnnotation(returns);
    }

    private void VisitArgAnnotations(Arg[] args)
    {
        foreach (var p in args)
            if (p.Annotation is not null) VisitExpr(p.Annotation);
    }

    /// <summary>symtable_visit_annotation.</summary>
    private void VisitAnnotation(ExprNode annotation)
    {
        bool future = FutureAnnotations;
        if (future) EnterBlock("_annotation", BlockType.Annotation, annotation);
        VisitExpr(annotation);
        if (future) ExitBlock();
    }
}
