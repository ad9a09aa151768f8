using Krait.Compiler.Assembler;
using Krait.Compiler.Bytecode;
using Krait.Syntax.Ast;

using Attribute = Krait.Syntax.Ast.Attribute;
using Tuple = Krait.Syntax.Ast.Tuple;

namespace Krait.Compiler.CodeGen;

public sealed partial class Compiler
{
    private void CallExitWithNones()
    {
        LoadConst(null);
        LoadConst(null);
        LoadConst(null);
        AddOpI(Op.PRECALL, 2);
        AddOpI(Op.CALL, 2);
    }

    private void PopExceptAndReraise()
    {
        AddOpI(Op.COPY, 3);
        AddOp(Op.POP_EXCEPT);
        AddOpI(Op.RERAISE, 1);
    }

    /// <summary>compiler_unwind_fblock: the code a return/break/continue runs to leave a frame block.</summary>
    private void UnwindFBlock(FBlockInfo info, bool preserveTos)
    {
        switch (info.Type)
        {
            case FBlockType.WhileLoop:
            case FBlockType.ExceptionHandler:
            case FBlockType.ExceptionGroupHandler:
            case FBlockType.AsyncComprehensionGenerator:
                return;
            case FBlockType.ForLoop:
                if (preserveTos) AddOpI(Op.SWAP, 2);
                AddOp(Op.POP_TOP);
                return;
            case FBlockType.TryExcept:
                AddOp(Op.POP_BLOCK);
                return;
            case FBlockType.FinallyTry:
                AddOp(Op.POP_BLOCK);
                if (preserveTos) PushFBlock(FBlockType.PopValue, null, null, null);
                VisitStmts((StmtNode[])info.Datum!);
                if (preserveTos) PopFBlock();
                UnsetLoc();
                return;
            case FBlockType.FinallyEnd:
                if (preserveTos) AddOpI(Op.SWAP, 2);
                AddOp(Op.POP_TOP);
                if (preserveTos) AddOpI(Op.SWAP, 2);
                AddOp(Op.POP_BLOCK);
                AddOp(Op.POP_EXCEPT);
                return;
            case FBlockType.With:
            case FBlockType.AsyncWith:
                SetLoc((StmtNode)info.Datum!);
                AddOp(Op.POP_BLOCK);
                if (preserveTos) AddOpI(Op.SWAP, 2);
                CallExitWithNones();
                if (info.Type == FBlockType.AsyncWith)
                {
                    AddOpI(Op.GET_AWAITABLE, 2);
                    LoadConst(null);
                    AddYieldFrom(true);
                }
                AddOp(Op.POP_TOP);
                UnsetLoc();
                return;
            case FBlockType.HandlerCleanup:
                if (info.Datum is not null) AddOp(Op.POP_BLOCK);
                if (preserveTos) AddOpI(Op.SWAP, 2);
                AddOp(Op.POP_BLOCK);
                AddOp(Op.POP_EXCEPT);
                if (info.Datum is string name)
                {
                    LoadConst(null);
                    NameOp(name, ExprContext.Store);
                    NameOp(name, ExprContext.Del);
                }
                return;
            case FBlockType.PopValue:
                if (preserveTos) AddOpI(Op.SWAP, 2);
                AddOp(Op.POP_TOP);
                return;
        }
    }

    /// <summary>compiler_unwind_fblock_stack; with <paramref name="stopAtLoop"/>, stops at the
    /// innermost loop and returns it.</summary>
    private void UnwindFBlockStack(bool preserveTos, bool stopAtLoop, out FBlockInfo? loop)
    {
        loop = null;
        if (_u.FBlocks.Count == 0) return;
        var top = _u.FBlocks[^1];
        if (top.Type == FBlockType.ExceptionGroupHandler)
            throw Error("'break', 'continue' and 'return' cannot appear in an except* block");
        if (stopAtLoop && top.Type is FBlockType.WhileLoop or FBlockType.ForLoop)
        {
            loop = top;
            return;
        }
        _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);
        UnwindFBlock(top, preserveTos);
        UnwindFBlockStack(preserveTos, stopAtLoop, out loop);
        _u.FBlocks.Add(top);
    }

    private void CompileTryFinally(StmtNode[] body, ExceptHandlerNode[] handlers, StmtNode[] orelse, StmtNode[] finalbody, bool star)
    {
        var bodyBlock = NewBlock();
        var end = NewBlock();
        var exit = NewBlock();
        var cleanup = NewBlock();
        AddOpJump(Op.SETUP_FINALLY, end);
        UseNextBlock(bodyBlock);
        PushFBlock(FBlockType.FinallyTry, bodyBlock, end, finalbody);
        if (handlers.Length > 0)
        {
            if (star) CompileTryStarExcept(body, handlers, orelse);
            else CompileTryExcept(body, handlers, orelse);
        }
        else VisitStmts(body);
        AddOpNoLine(Op.POP_BLOCK);
        PopFBlock();
        VisitStmts(finalbody);
        AddOpJumpNoLine(Op.JUMP, exit);
        UseNextBlock(end);
        UnsetLoc();
        AddOpJump(Op.SETUP_CLEANUP, cleanup);
        AddOp(Op.PUSH_EXC_INFO);
        PushFBlock(FBlockType.FinallyEnd, end, null, null);
        VisitStmts(finalbody);
        PopFBlock();
        AddOpI(Op.RERAISE, 0);
        UseNextBlock(cleanup);
        PopExceptAndReraise();
        UseNextBlock(exit);
    }

    private void CompileTryExcept(StmtNode[] body, ExceptHandlerNode[] handlers, StmtNode[] orelse)
    {
        var bodyBlock = NewBlock();
        var except = NewBlock();
        var end = NewBlock();
        var cleanup = NewBlock();
        AddOpJump(Op.SETUP_FINALLY, except);
        UseNextBlock(bodyBlock);
        PushFBlock(FBlockType.TryExcept, bodyBlock, null, null);
        VisitStmts(body);
        PopFBlock();
        AddOpNoLine(Op.POP_BLOCK);
        VisitStmts(orelse);
        AddOpJumpNoLine(Op.JUMP, end);
        int n = handlers.Length;
        UseNextBlock(except);
        UnsetLoc();
        AddOpJump(Op.SETUP_CLEANUP, cleanup);
        AddOp(Op.PUSH_EXC_INFO);
        PushFBlock(FBlockType.ExceptionHandler, null, null, null);
        for (int i = 0; i < n; i++)
        {
            var handler = (ExceptHandler)handlers[i];
            SetLoc(handler);
            if (handler.Type is null && i < n - 1) throw Error("default 'except:' must be last");
            except = NewBlock();
            if (handler.Type is not null)
            {
                VisitExpr(handler.Type);
                AddOp(Op.CHECK_EXC_MATCH);
                AddOpJump(Op.POP_JUMP_IF_FALSE, except);
            }
            if (handler.Name is not null)
            {
                var cleanupEnd = NewBlock();
                var cleanupBody = NewBlock();
                NameOp(handler.Name, ExprContext.Store);
                AddOpJump(Op.SETUP_CLEANUP, cleanupEnd);
                UseNextBlock(cleanupBody);
                PushFBlock(FBlockType.HandlerCleanup, cleanupBody, null, handler.Name);
                VisitStmts(handler.Body);
                PopFBlock();
                UnsetLoc();
                AddOp(Op.POP_BLOCK);
                AddOp(Op.POP_BLOCK);
                AddOp(Op.POP_EXCEPT);
                LoadConst(null);
                NameOp(handler.Name, ExprContext.Store);
                NameOp(handler.Name, ExprContext.Del);
                AddOpJump(Op.JUMP, end);
                UseNextBlock(cleanupEnd);
                UnsetLoc();
                LoadConst(null);
                NameOp(handler.Name, ExprContext.Store);
                NameOp(handler.Name, ExprContext.Del);
                AddOpI(Op.RERAISE, 1);
            }
            else
            {
                var cleanupBody = NewBlock();
                AddOp(Op.POP_TOP);
                UseNextBlock(cleanupBody);
                PushFBlock(FBlockType.HandlerCleanup, cleanupBody, null, null);
                VisitStmts(handler.Body);
                PopFBlock();
                UnsetLoc();
                AddOp(Op.POP_BLOCK);
                AddOp(Op.POP_EXCEPT);
                AddOpJump(Op.JUMP, end);
            }
            UseNextBlock(except);
        }
        UnsetLoc();
        PopFBlock();
        AddOpI(Op.RERAISE, 0);
        UseNextBlock(cleanup);
        PopExceptAndReraise();
        UseNextBlock(end);
    }

    private void CompileTryStarExcept(StmtNode[] body, ExceptHandlerNode[] handlers, StmtNode[] orelse)
    {
        var bodyBlock = NewBlock();
        var except = NewBlock();
        var orelseBlock = NewBlock();
        var end = NewBlock();
        var cleanup = NewBlock();
        var reraiseStar = NewBlock();
        AddOpJump(Op.SETUP_FINALLY, except);
        UseNextBlock(bodyBlock);
        PushFBlock(FBlockType.TryExcept, bodyBlock, null, null);
        VisitStmts(body);
        PopFBlock();
        AddOpNoLine(Op.POP_BLOCK);
        AddOpJumpNoLine(Op.JUMP, orelseBlock);
        int n = handlers.Length;
        UseNextBlock(except);
        UnsetLoc();
        AddOpJump(Op.SETUP_CLEANUP, cleanup);
        AddOp(Op.PUSH_EXC_INFO);
        PushFBlock(FBlockType.ExceptionGroupHandler, null, null, "except handler");
        // CPython 3.11.2's layout: a failed match jumps straight to the next handler.
        for (int i = 0; i < n; i++)
        {
            var handler = (ExceptHandler)handlers[i];
            SetLoc(handler);
            except = NewBlock();
            var handleMatch = NewBlock();
            if (i == 0)
            {
                AddOpI(Op.COPY, 1);
                AddOpI(Op.BUILD_LIST, 0);
                AddOpI(Op.SWAP, 2);
            }
            if (handler.Type is not null)
            {
                VisitExpr(handler.Type);
                AddOp(Op.CHECK_EG_MATCH);
                AddOpI(Op.COPY, 1);
                AddOpJump(Op.POP_JUMP_IF_NOT_NONE, handleMatch);
                AddOp(Op.POP_TOP);
                AddOpJump(Op.JUMP, except);
            }
            UseNextBlock(handleMatch);
            var cleanupEnd = NewBlock();
            var cleanupBody = NewBlock();
            if (handler.Name is not null) NameOp(handler.Name, ExprContext.Store);
            else AddOp(Op.POP_TOP);
            AddOpJump(Op.SETUP_CLEANUP, cleanupEnd);
            UseNextBlock(cleanupBody);
            PushFBlock(FBlockType.HandlerCleanup, cleanupBody, null, handler.Name);
            VisitStmts(handler.Body);
            PopFBlock();
            UnsetLoc();
            AddOp(Op.POP_BLOCK);
            if (handler.Name is not null)
            {
                LoadConst(null);
                NameOp(handler.Name, ExprContext.Store);
                NameOp(handler.Name, ExprContext.Del);
            }
            AddOpJump(Op.JUMP, except);
            UseNextBlock(cleanupEnd);
            UnsetLoc();
            if (handler.Name is not null)
            {
                LoadConst(null);
                NameOp(handler.Name, ExprContext.Store);
                NameOp(handler.Name, ExprContext.Del);
            }
            AddOpI(Op.LIST_APPEND, 3);
            AddOp(Op.POP_TOP);
            AddOpJump(Op.JUMP, except);
            UseNextBlock(except);
            if (i == n - 1)
            {
                AddOpI(Op.LIST_APPEND, 1);
                AddOpJump(Op.JUMP, reraiseStar);
            }
        }
        UnsetLoc();
        PopFBlock();
        var reraise = NewBlock();
        UseNextBlock(reraiseStar);
        AddOp(Op.PREP_RERAISE_STAR);
        AddOpI(Op.COPY, 1);
        AddOpJump(Op.POP_JUMP_IF_NOT_NONE, reraise);
        AddOp(Op.POP_TOP);
        AddOp(Op.POP_BLOCK);
        AddOp(Op.POP_EXCEPT);
        AddOpJump(Op.JUMP, end);
        UseNextBlock(reraise);
        AddOp(Op.POP_BLOCK);
        AddOpI(Op.SWAP, 2);
        AddOp(Op.POP_EXCEPT);
        AddOpI(Op.RERAISE, 0);
        UseNextBlock(cleanup);
        PopExceptAndReraise();
        UseNextBlock(orelseBlock);
        VisitStmts(orelse);
        UseNextBlock(end);
    }

    private void WithExceptFinish(BasicBlock cleanup)
    {
        UnsetLoc();
        var exit = NewBlock();
        AddOpJump(Op.POP_JUMP_IF_TRUE, exit);
        AddOpI(Op.RERAISE, 2);
        UseNextBlock(cleanup);
        PopExceptAndReraise();
        UseNextBlock(exit);
        AddOp(Op.POP_TOP);
        AddOp(Op.POP_BLOCK);
        AddOp(Op.POP_EXCEPT);
        AddOp(Op.POP_TOP);
        AddOp(Op.POP_TOP);
    }

    private void CompileWith(With s, int pos)
    {
        var item = s.Items[pos];
        var block = NewBlock();
        var final = NewBlock();
        var exit = NewBlock();
        var cleanup = NewBlock();
        VisitExpr(item.ContextExpr);
        AddOp(Op.BEFORE_WITH);
        AddOpJump(Op.SETUP_WITH, final);
        UseNextBlock(block);
        PushFBlock(FBlockType.With, block, final, s);
        if (item.OptionalVars is not null) VisitExpr(item.OptionalVars);
        else AddOp(Op.POP_TOP);
        pos++;
        if (pos == s.Items.Length) VisitStmts(s.Body);
        else CompileWith(s, pos);
        UnsetLoc();
        AddOp(Op.POP_BLOCK);
        PopFBlock();
        SetLoc(s);
        CallExitWithNones();
        AddOp(Op.POP_TOP);
        AddOpJump(Op.JUMP, exit);
        UseNextBlock(final);
        AddOpJump(Op.SETUP_CLEANUP, cleanup);
        AddOp(Op.PUSH_EXC_INFO);
        AddOp(Op.WITH_EXCEPT_START);
        WithExceptFinish(cleanup);
        UseNextBlock(exit);
    }

    private void CompileAsyncWith(AsyncWith s, int pos)
    {
        var item = s.Items[pos];
        if (_u.ScopeType != ScopeType.AsyncFunction) throw Error("'async with' outside async function");
        var block = NewBlock();
        var final = NewBlock();
        var exit = NewBlock();
        var cleanup = NewBlock();
        VisitExpr(item.ContextExpr);
        AddOp(Op.BEFORE_ASYNC_WITH);
        AddOpI(Op.GET_AWAITABLE, 1);
        LoadConst(null);
        AddYieldFrom(true);
        AddOpJump(Op.SETUP_WITH, final);
        UseNextBlock(block);
        PushFBlock(FBlockType.AsyncWith, block, final, s);
        if (item.OptionalVars is not null) VisitExpr(item.OptionalVars);
        else AddOp(Op.POP_TOP);
        pos++;
        if (pos == s.Items.Length) VisitStmts(s.Body);
        else CompileAsyncWith(s, pos);
        PopFBlock();
        AddOp(Op.POP_BLOCK);
        SetLoc(s);
        CallExitWithNones();
        AddOpI(Op.GET_AWAITABLE, 2);
        LoadConst(null);
        AddYieldFrom(true);
        AddOp(Op.POP_TOP);
        AddOpJump(Op.JUMP, exit);
        UseNextBlock(final);
        AddOpJump(Op.SETUP_CLEANUP, cleanup);
        AddOp(Op.PUSH_EXC_INFO);
        AddOp(Op.WITH_EXCEPT_START);
        AddOpI(Op.GET_AWAITABLE, 2);
        LoadConst(null);
        AddYieldFrom(true);
        WithExceptFinish(cleanup);
        UseNextBlock(exit);
    }
}
