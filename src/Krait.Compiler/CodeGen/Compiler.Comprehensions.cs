using Krait.Compiler.Assembler;
using Krait.Compiler.Bytecode;
using Krait.Syntax.Ast;

using Attribute = Krait.Syntax.Ast.Attribute;
using Tuple = Krait.Syntax.Ast.Tuple;

namespace Krait.Compiler.CodeGen;

public sealed partial class Compiler
{
    private void ComprehensionGenerator(Comprehension[] gens, int index, int depth, ExprNode elt, ExprNode? val, CompKind type)
    {
        if (gens[index].IsAsync != 0) AsyncComprehensionGenerator(gens, index, depth, elt, val, type);
        else SyncComprehensionGenerator(gens, index, depth, elt, val, type);
    }

    private void ComprehensionElement(int depth, ExprNode elt, ExprNode? val, CompKind type)
    {
        switch (type)
        {
            case CompKind.GenExp:
                VisitExpr(elt);
                AddOpYield();
                AddOp(Op.POP_TOP);
                break;
            case CompKind.List:
                VisitExpr(elt);
                AddOpI(Op.LIST_APPEND, depth + 1);
                break;
            case CompKind.Set:
                VisitExpr(elt);
                AddOpI(Op.SET_ADD, depth + 1);
                break;
            default:
                VisitExpr(elt);
                VisitExpr(val!);
                AddOpI(Op.MAP_ADD, depth + 1);
                break;
        }
    }

    private void SyncComprehensionGenerator(Comprehension[] gens, int index, int depth, ExprNode elt, ExprNode? val, CompKind type)
    {
        BasicBlock? start = NewBlock();
        var ifCleanup = NewBlock();
        var anchor = NewBlock();
        var gen = gens[index];
        if (index == 0)
        {
            _u.ArgCount = 1;
            AddOpI(Op.LOAD_FAST, 0);
        }
        else
        {
            ExprNode[]? elts = gen.Iter switch { List l => l.Elts, Tuple t => t.Elts, _ => null };
            if (elts is { Length: 1 } && elts[0] is not Starred)
            {
                VisitExpr(elts[0]);
                start = null;
            }
            if (start is not null)
            {
                VisitExpr(gen.Iter);
                AddOp(Op.GET_ITER);
            }
        }
        if (start is not null)
        {
            depth++;
            UseNextBlock(start);
            AddOpJump(Op.FOR_ITER, anchor);
        }
        VisitExpr(gen.Target);
        foreach (var e in gen.Ifs) JumpIf(e, ifCleanup, false);
        if (++index < gens.Length) ComprehensionGenerator(gens, index, depth, elt, val, type);
        if (index >= gens.Length) ComprehensionElement(depth, elt, val, type);
        UseNextBlock(ifCleanup);
        if (start is not null)
        {
            AddOpJump(Op.JUMP, start);
            UseNextBlock(anchor);
        }
    }

    private void AsyncComprehensionGenerator(Comprehension[] gens, int index, int depth, ExprNode elt, ExprNode? val, CompKind type)
    {
        var start = NewBlock();
        var except = NewBlock();
        var ifCleanup = NewBlock();
        var gen = gens[index];
        if (index == 0)
        {
            _u.ArgCount = 1;
            AddOpI(Op.LOAD_FAST, 0);
        }
        else
        {
            VisitExpr(gen.Iter);
            AddOp(Op.GET_AITER);
        }
        UseNextBlock(start);
        PushFBlock(FBlockType.AsyncComprehensionGenerator, start, null, null);
        AddOpJump(Op.SETUP_FINALLY, except);
        AddOp(Op.GET_ANEXT);
        LoadConst(null);
        AddYieldFrom(true);
        AddOp(Op.POP_BLOCK);
        VisitExpr(gen.Target);
        foreach (var e in gen.Ifs) JumpIf(e, ifCleanup, false);
        depth++;
        if (++index < gens.Length) ComprehensionGenerator(gens, index, depth, elt, val, type);
        if (index >= gens.Length) ComprehensionElement(depth, elt, val, type);
        UseNextBlock(ifCleanup);
        AddOpJump(Op.JUMP, start);
        PopFBlock();
        UseNextBlock(except);
        AddOp(Op.END_ASYNC_FOR);
    }

    private void CompileComprehension(ExprNode e, CompKind type, string name, Comprehension[] generators, ExprNode elt, ExprNode? val)
    {
        var outerScope = _u.ScopeType;
        var outermost = generators[0];
        EnterScope(name, ScopeType.Comprehension, e, e.Lineno);
        SetLoc(e);
        bool isAsyncGenerator = _u.Ste.IsCoroutine;
        if (isAsyncGenerator && type != CompKind.GenExp && outerScope != ScopeType.AsyncFunction
            && outerScope != ScopeType.Comprehension)
        {
            throw Error("asynchronous comprehension outside of an asynchronous function");
        }
        if (type != CompKind.GenExp)
            AddOpI(type switch { CompKind.List => Op.BUILD_LIST, CompKind.Set => Op.BUILD_SET, _ => Op.BUILD_MAP }, 0);
        ComprehensionGenerator(generators, 0, 0, elt, val, type);
        if (type != CompKind.GenExp) AddOp(Op.RETURN_VALUE);
        var co = Assemble(addNone: true);
        string qualname = _u.QualName!;
        ExitScope();
        MakeClosure(co, 0, qualname);
        VisitExpr(outermost.Iter);
        AddOp(outermost.IsAsync != 0 ? Op.GET_AITER : Op.GET_ITER);
        AddOpI(Op.PRECALL, 0);
        AddOpI(Op.CALL, 0);
        if (isAsyncGenerator && type != CompKind.GenExp)
        {
            AddOpI(Op.GET_AWAITABLE, 0);
            LoadConst(null);
            AddYieldFrom(true);
        }
    }
}
