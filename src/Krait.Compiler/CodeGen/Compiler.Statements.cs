using Krait.Compiler.Assembler;
using Krait.Compiler.Bytecode;
using Krait.Compiler.Optimizer;
using Krait.Compiler.Symtable;
using Krait.Syntax.Ast;

using Attribute = Krait.Syntax.Ast.Attribute;
using Tuple = Krait.Syntax.Ast.Tuple;

namespace Krait.Compiler.CodeGen;

public sealed partial class Compiler
{
    private static string? GetDocString(StmtNode[] body) =>
        body.Length > 0 && body[0] is Expr { Value: Constant { Value: string s } } ? s : null;

    private static bool FindAnn(StmtNode[] stmts)
    {
        foreach (var st in stmts)
        {
            bool res = st switch
            {
                AnnAssign => true,
                For f => FindAnn(f.Body) || FindAnn(f.Orelse),
                AsyncFor f => FindAnn(f.Body) || FindAnn(f.Orelse),
                While w => FindAnn(w.Body) || FindAnn(w.Orelse),
                If i => FindAnn(i.Body) || FindAnn(i.Orelse),
                With w => FindAnn(w.Body),
                AsyncWith w => FindAnn(w.Body),
                Try t => HandlersHaveAnn(t.Handlers) || FindAnn(t.Body) || FindAnn(t.Finalbody) || FindAnn(t.Orelse),
                TryStar t => HandlersHaveAnn(t.Handlers) || FindAnn(t.Body) || FindAnn(t.Finalbody) || FindAnn(t.Orelse),
                Match m => CasesHaveAnn(m.Cases),
                _ => false,
            };
            if (res) return true;
        }
        return false;
    }

    private static bool HandlersHaveAnn(ExceptHandlerNode[] hs)
    {
        foreach (var h in hs) if (FindAnn(((ExceptHandler)h).Body)) return true;
        return false;
    }

    private static bool CasesHaveAnn(MatchCase[] cs)
    {
        foreach (var c in cs) if (FindAnn(c.Body)) return true;
        return false;
    }

    /// <summary>compiler_body: SETUP_ANNOTATIONS, the docstring into __doc__, then the statements.</summary>
    private void Body(StmtNode[] stmts)
    {
        if (_u.ScopeType == ScopeType.Module && stmts.Length > 0) SetLoc(stmts[0]);
        if (FindAnn(stmts)) AddOp(Op.SETUP_ANNOTATIONS);
        if (stmts.Length == 0) return;
        int i = 0;
        if (_optimize < 2 && GetDocString(stmts) is not null)
        {
            i = 1;
            VisitExpr(((Expr)stmts[0]).Value);
            UnsetLoc();
            NameOp("__doc__", ExprContext.Store);
        }
        for (; i < stmts.Length; i++) VisitStmt(stmts[i]);
    }

    private void VisitStmts(StmtNode[] stmts)
    {
        foreach (var s in stmts) VisitStmt(s);
    }

    private void VisitStmt(StmtNode s)
    {
        SetLoc(s);
        switch (s)
        {
            case FunctionDef f: CompileFunction(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, false); break;
            case AsyncFunctionDef f: CompileFunction(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, true); break;
            case ClassDef c: CompileClass(c); break;
            case Return r: CompileReturn(r); break;
            case Delete d: foreach (var t in d.Targets) VisitExpr(t); break;
            case Assign a:
                VisitExpr(a.Value);
                for (int i = 0; i < a.Targets.Length; i++)
                {
                    if (i < a.Targets.Length - 1) AddOpI(Op.COPY, 1);
                    VisitExpr(a.Targets[i]);
                }
                break;
            case AugAssign a: CompileAugAssign(a); break;
            case AnnAssign a: CompileAnnAssign(a); break;
            case For f: CompileFor(f); break;
            case While w: CompileWhile(w); break;
            case If i: CompileIf(i); break;
            case Match m: CompileMatch(m); break;
            case Raise r:
            {
                int n = 0;
                if (r.Exc is not null)
                {
                    VisitExpr(r.Exc);
                    n++;
                    if (r.Cause is not null)
                    {
                        VisitExpr(r.Cause);
                        n++;
                    }
                }
                AddOpI(Op.RAISE_VARARGS, n);
                break;
            }
            case Try t:
                if (t.Finalbody.Length > 0) CompileTryFinally(t.Body, t.Handlers, t.Orelse, t.Finalbody, false);
                else CompileTryExcept(t.Body, t.Handlers, t.Orelse);
                break;
            case TryStar t:
                if (t.Finalbody.Length > 0) CompileTryFinally(t.Body, t.Handlers, t.Orelse, t.Finalbody, true);
                else CompileTryStarExcept(t.Body, t.Handlers, t.Orelse);
                break;
            case Assert a: CompileAssert(a); break;
            case Import i: CompileImport(i); break;
            case ImportFrom i: CompileFromImport(i); break;
            case Global or Nonlocal: break;
            case Expr e: CompileStmtExpr(e.Value); break;
            case Pass: AddOp(Op.NOP); break;
            case Break: CompileBreak(); break;
            case Continue: CompileContinue(); break;
            case With w: CompileWith(w, 0); break;
            case AsyncWith w: CompileAsyncWith(w, 0); break;
            case AsyncFor f: CompileAsyncFor(f); break;
            default: throw new NotSupportedException("statement " + s.TypeName);
        }
    }

    private void CompileStmtExpr(ExprNode value)
    {
        if (_interactive && _nestLevel <= 1)
        {
            VisitExpr(value);
            AddOp(Op.PRINT_EXPR);
            return;
        }
        if (value is Constant)
        {
            AddOp(Op.NOP);
            return;
        }
        VisitExpr(value);
        UnsetLoc();
        AddOp(Op.POP_TOP);
    }

    private void CompileIf(If s)
    {
        var end = NewBlock();
        var next = s.Orelse.Length > 0 ? NewBlock() : end;
        JumpIf(s.Test, next, false);
        VisitStmts(s.Body);
        if (s.Orelse.Length > 0)
        {
            AddOpJumpNoLine(Op.JUMP, end);
            UseNextBlock(next);
            VisitStmts(s.Orelse);
        }
        UseNextBlock(end);
    }

    private void CompileFor(For s)
    {
        var start = NewBlock();
        var body = NewBlock();
        var cleanup = NewBlock();
        var end = NewBlock();
        PushFBlock(FBlockType.ForLoop, start, end, null);
        VisitExpr(s.Iter);
        AddOp(Op.GET_ITER);
        UseNextBlock(start);
        AddOpJump(Op.FOR_ITER, cleanup);
        UseNextBlock(body);
        VisitExpr(s.Target);
        VisitStmts(s.Body);
        UnsetLoc();
        AddOpJump(Op.JUMP, start);
        UseNextBlock(cleanup);
        PopFBlock();
        VisitStmts(s.Orelse);
        UseNextBlock(end);
    }

    private void CompileAsyncFor(AsyncFor s)
    {
        if (_u.ScopeType != ScopeType.AsyncFunction) throw Error("'async for' outside async function");
        var start = NewBlock();
        var except = NewBlock();
        var end = NewBlock();
        VisitExpr(s.Iter);
        AddOp(Op.GET_AITER);
        UseNextBlock(start);
        PushFBlock(FBlockType.ForLoop, start, end, null);
        AddOpJump(Op.SETUP_FINALLY, except);
        AddOp(Op.GET_ANEXT);
        LoadConst(null);
        AddYieldFrom(true);
        AddOp(Op.POP_BLOCK);
        VisitExpr(s.Target);
        VisitStmts(s.Body);
        UnsetLoc();
        AddOpJump(Op.JUMP, start);
        PopFBlock();
        UseNextBlock(except);
        SetLoc(s.Iter);
        AddOp(Op.END_ASYNC_FOR);
        VisitStmts(s.Orelse);
        UseNextBlock(end);
    }

    private void CompileWhile(While s)
    {
        var loop = NewBlock();
        var body = NewBlock();
        var anchor = NewBlock();
        var end = NewBlock();
        UseNextBlock(loop);
        PushFBlock(FBlockType.WhileLoop, loop, end, null);
        JumpIf(s.Test, anchor, false);
        UseNextBlock(body);
        VisitStmts(s.Body);
        SetLoc(s);
        JumpIf(s.Test, body, true);
        PopFBlock();
        UseNextBlock(anchor);
        VisitStmts(s.Orelse);
        UseNextBlock(end);
    }

    private void CompileReturn(Return s)
    {
        bool preserveTos = s.Value is not null and not Constant;
        if (_u.Ste.Type != BlockType.Function) throw Error("'return' outside function");
        if (s.Value is not null && _u.Ste.IsCoroutine && _u.Ste.IsGenerator)
            throw Error("'return' with value in async generator");
        if (preserveTos) VisitExpr(s.Value!);
        else if (s.Value is not null)
        {
            SetLoc(s.Value);
            AddOp(Op.NOP);
        }
        if (s.Value is null || s.Value.Lineno != s.Lineno)
        {
            SetLoc(s);
            AddOp(Op.NOP);
        }
        UnwindFBlockStack(preserveTos, false, out _);
        if (s.Value is null) LoadConst(null);
        else if (!preserveTos) LoadConst(((Constant)s.Value).Value);
        AddOp(Op.RETURN_VALUE);
    }

    private void CompileBreak()
    {
        var saved = _u.Loc;
        AddOp(Op.NOP);
        UnwindFBlockStack(false, true, out var loop);
        if (loop is null)
        {
            _u.Loc = saved;
            throw Error("'break' outside loop");
        }
        UnwindFBlock(loop, false);
        AddOpJump(Op.JUMP, loop.Exit!);
    }

    private void CompileContinue()
    {
        var saved = _u.Loc;
        AddOp(Op.NOP);
        UnwindFBlockStack(false, true, out var loop);
        if (loop is null)
        {
            _u.Loc = saved;
            throw Error("'continue' not properly in loop");
        }
        AddOpJump(Op.JUMP, loop.Block!);
    }

    private void CompileImport(Import s)
    {
        foreach (var alias in s.Names)
        {
            LoadConst(System.Numerics.BigInteger.Zero);
            LoadConst(null);
            AddOpName(Op.IMPORT_NAME, alias.Name);
            if (alias.Asname is not null) ImportAs(alias.Name, alias.Asname);
            else
            {
                int dot = alias.Name.IndexOf('.');
                NameOp(dot >= 0 ? alias.Name[..dot] : alias.Name, ExprContext.Store);
            }
        }
    }

    private void ImportAs(string name, string asname)
    {
        int dot = name.IndexOf('.');
        if (dot >= 0)
        {
            while (true)
            {
                int pos = dot + 1;
                dot = name.IndexOf('.', pos);
                string attr = dot >= 0 ? name[pos..dot] : name[pos..];
                AddOpI(Op.IMPORT_FROM, AddName(attr));
                if (dot < 0) break;
                AddOpI(Op.SWAP, 2);
                AddOp(Op.POP_TOP);
            }
            NameOp(asname, ExprContext.Store);
            AddOp(Op.POP_TOP);
            return;
        }
        NameOp(asname, ExprContext.Store);
    }

    private void CompileFromImport(ImportFrom s)
    {
        LoadConst(new System.Numerics.BigInteger(s.Level ?? 0));
        var names = new object?[s.Names.Length];
        for (int i = 0; i < names.Length; i++) names[i] = s.Names[i].Name;
        if (s.Lineno > _future.Lineno && s.Module == "__future__")
            throw Error("from __future__ imports must occur at the beginning of the file");
        LoadConst(new ConstTuple(names));
        AddOpName(Op.IMPORT_NAME, s.Module ?? "");
        for (int i = 0; i < s.Names.Length; i++)
        {
            var alias = s.Names[i];
            if (i == 0 && alias.Name[0] == '*')
            {
                AddOp(Op.IMPORT_STAR);
                return;
            }
            AddOpName(Op.IMPORT_FROM, alias.Name);
            NameOp(alias.Asname ?? alias.Name, ExprContext.Store);
        }
        AddOp(Op.POP_TOP);
    }

    private void CompileAssert(Assert s)
    {
        if (s.Test is Tuple { Elts.Length: > 0 } || s.Test is Constant { Value: ConstTuple { Items.Length: > 0 } })
            Warn("assertion is always true, perhaps remove parentheses?");
        if (_optimize > 0) return;
        var end = NewBlock();
        JumpIf(s.Test, end, true);
        AddOp(Op.LOAD_ASSERTION_ERROR);
        if (s.Msg is not null)
        {
            VisitExpr(s.Msg);
            AddOpI(Op.PRECALL, 0);
            AddOpI(Op.CALL, 0);
        }
        AddOpI(Op.RAISE_VARARGS, 1);
        UseNextBlock(end);
    }

    private void CompileAugAssign(AugAssign s)
    {
        var e = s.Target;
        var saved = _u.Loc;
        SetLoc(e);
        switch (e)
        {
            case Attribute a:
                VisitExpr(a.Value);
                AddOpI(Op.COPY, 1);
                UpdateStartLocationToMatchAttr(a);
                AddOpName(Op.LOAD_ATTR, a.Attr);
                break;
            case Subscript sub:
                VisitExpr(sub.Value);
                VisitExpr(sub.Slice);
                AddOpI(Op.COPY, 2);
                AddOpI(Op.COPY, 2);
                AddOp(Op.BINARY_SUBSCR);
                break;
            case Name n:
                NameOp(n.Id, ExprContext.Load);
                break;
        }
        _u.Loc = saved;
        VisitExpr(s.Value);
        AddOpI(Op.BINARY_OP, BinaryOpArg(s.Op, true));
        SetLoc(e);
        switch (e)
        {
            case Attribute a:
                UpdateStartLocationToMatchAttr(a);
                AddOpI(Op.SWAP, 2);
                AddOpName(Op.STORE_ATTR, a.Attr);
                break;
            case Subscript:
                AddOpI(Op.SWAP, 3);
                AddOpI(Op.SWAP, 2);
                AddOp(Op.STORE_SUBSCR);
                break;
            case Name n:
                NameOp(n.Id, ExprContext.Store);
                break;
        }
    }

    private void CheckAnnExpr(ExprNode e)
    {
        VisitExpr(e);
        AddOp(Op.POP_TOP);
    }

    private void CheckAnnSubscr(ExprNode e)
    {
        switch (e)
        {
            case Slice sl:
                if (sl.Lower is not null) CheckAnnExpr(sl.Lower);
                if (sl.Upper is not null) CheckAnnExpr(sl.Upper);
                if (sl.Step is not null) CheckAnnExpr(sl.Step);
                break;
            case Tuple t:
                foreach (var x in t.Elts) CheckAnnSubscr(x);
                break;
            default:
                CheckAnnExpr(e);
                break;
        }
    }

    private void CompileAnnAssign(AnnAssign s)
    {
        var targ = s.Target;
        if (s.Value is not null)
        {
            VisitExpr(s.Value);
            VisitExpr(targ);
        }
        switch (targ)
        {
            case Name n:
                ForbiddenName(n.Id, ExprContext.Store);
                if (s.Simple != 0 && _u.ScopeType is ScopeType.Module or ScopeType.Class)
                {
                    if (_future.Annotations) LoadConst(Unparser.Unparse(s.Annotation));
                    else VisitExpr(s.Annotation);
                    AddOpName(Op.LOAD_NAME, "__annotations__");
                    LoadConst(SymbolTable.Mangle(_u.Private, n.Id));
                    AddOp(Op.STORE_SUBSCR);
                }
                break;
            case Attribute a:
                ForbiddenName(a.Attr, ExprContext.Store);
                if (s.Value is null) CheckAnnExpr(a.Value);
                break;
            case Subscript sub:
                if (s.Value is null)
                {
                    CheckAnnExpr(sub.Value);
                    CheckAnnSubscr(sub.Slice);
                }
                break;
        }
        if (s.Simple == 0 && !_future.Annotations && _u.ScopeType is ScopeType.Module or ScopeType.Class)
            CheckAnnExpr(s.Annotation);
    }
}
