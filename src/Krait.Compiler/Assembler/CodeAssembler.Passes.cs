using Krait.Compiler.Bytecode;

namespace Krait.Compiler.Assembler;

internal static partial class CodeAssembler
{
    /// <summary>stackdepth(): the deepest stack over all flow paths.</summary>
    private static int StackDepth(List<BasicBlock> blocks, BasicBlock entry, bool generator)
    {
        foreach (var b in blocks) b.StartDepth = int.MinValue;
        var stack = new Stack<BasicBlock>();
        int maxDepth = 0;

        void Push(BasicBlock b, int depth)
        {
            if (b.StartDepth < depth && b.StartDepth < 100)
            {
                b.StartDepth = depth;
                stack.Push(b);
            }
        }

        Push(entry, generator ? 1 : 0);
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            int depth = b.StartDepth;
            var next = b.Next;
            for (int i = 0; i < b.Count; i++)
            {
                ref Instr ins = ref b[i];
                int effect = StackEffect.Of(ins.Opcode, ins.Oparg, false);
                int newDepth = depth + effect;
                if (newDepth > maxDepth) maxDepth = newDepth;
                if (FlowGraph.IsJump(ins) || FlowGraph.IsBlockPush(ins))
                {
                    int targetDepth = depth + StackEffect.Of(ins.Opcode, ins.Oparg, true);
                    if (targetDepth > maxDepth) maxDepth = targetDepth;
                    Push(ins.Target!, targetDepth);
                }
                depth = newDepth;
                if (ins.Opcode is Op.JUMP_NO_INTERRUPT or Op.JUMP or Op.RETURN_VALUE or Op.RAISE_VARARGS or Op.RERAISE)
                {
                    next = null;
                    break;
                }
            }
            if (next is not null) Push(next, depth);
        }
        return maxDepth;
    }

    /// <summary>label_exception_targets: the handler in force for every instruction.</summary>
    private static void LabelExceptionTargets(BasicBlock entry)
    {
        for (var b = entry; b is not null; b = b.Next) b.Visited = false;
        var todo = new Stack<BasicBlock>();
        var es = new ExceptStack();
        entry.Visited = true;
        entry.ExceptStack = es;
        todo.Push(entry);
        while (todo.Count > 0)
        {
            var b = todo.Pop();
            ExceptStack? stack = b.ExceptStack!;
            b.ExceptStack = null;
            var handler = stack.Top;
            for (int i = 0; i < b.Count; i++)
            {
                ref Instr ins = ref b[i];
                if (FlowGraph.IsBlockPush(ins))
                {
                    if (!ins.Target!.Visited)
                    {
                        ins.Target.ExceptStack = stack!.Copy();
                        ins.Target.Visited = true;
                        todo.Push(ins.Target);
                    }
                    if (ins.Opcode is Op.SETUP_WITH or Op.SETUP_CLEANUP) ins.Target.PreserveLasti = true;
                    stack!.Handlers[++stack.Depth] = ins.Target;
                    handler = ins.Target;
                }
                else if (ins.Opcode == Op.POP_BLOCK)
                {
                    handler = stack!.Handlers[--stack.Depth];
                }
                else if (FlowGraph.IsJump(ins))
                {
                    ins.Except = handler;
                    if (!ins.Target!.Visited)
                    {
                        if (!b.NoFallthrough)
                        {
                            ins.Target.ExceptStack = stack!.Copy();
                        }
                        else
                        {
                            ins.Target.ExceptStack = stack;
                            stack = null;
                        }
                        ins.Target.Visited = true;
                        todo.Push(ins.Target);
                    }
                }
                else ins.Except = handler;
            }
            if (!b.NoFallthrough && !b.Next!.Visited)
            {
                b.Next.ExceptStack = stack;
                b.Next.Visited = true;
                todo.Push(b.Next);
            }
        }
    }

    private static void ConvertExceptionHandlersToNops(BasicBlock entry)
    {
        for (var b = entry; b is not null; b = b.Next)
            for (int i = 0; i < b.Count; i++)
                if (FlowGraph.IsBlockPush(b[i]) || b[i].Opcode == Op.POP_BLOCK) b[i].Opcode = Op.NOP;
    }

    /// <summary>normalize_jumps: pseudo jumps become forward or backward real jumps.</summary>
    private static void NormalizeJumps(BasicBlock entry)
    {
        for (var b = entry; b is not null; b = b.Next) b.Visited = false;
        for (var b = entry; b is not null; b = b.Next)
        {
            b.Visited = true;
            if (b.Count == 0) continue;
            ref Instr last = ref b.Last;
            if (!FlowGraph.IsJump(last)) continue;
            bool forward = !last.Target!.Visited;
            switch (last.Opcode)
            {
                case Op.JUMP: last.Opcode = forward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD; break;
                case Op.JUMP_NO_INTERRUPT: last.Opcode = forward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD_NO_INTERRUPT; break;
                case Op.POP_JUMP_IF_NOT_NONE: last.Opcode = forward ? Op.POP_JUMP_FORWARD_IF_NOT_NONE : Op.POP_JUMP_BACKWARD_IF_NOT_NONE; break;
                case Op.POP_JUMP_IF_NONE: last.Opcode = forward ? Op.POP_JUMP_FORWARD_IF_NONE : Op.POP_JUMP_BACKWARD_IF_NONE; break;
                case Op.POP_JUMP_IF_FALSE: last.Opcode = forward ? Op.POP_JUMP_FORWARD_IF_FALSE : Op.POP_JUMP_BACKWARD_IF_FALSE; break;
                case Op.POP_JUMP_IF_TRUE: last.Opcode = forward ? Op.POP_JUMP_FORWARD_IF_TRUE : Op.POP_JUMP_BACKWARD_IF_TRUE; break;
                case Op.JUMP_IF_TRUE_OR_POP:
                case Op.JUMP_IF_FALSE_OR_POP:
                    if (!forward) throw new InvalidOperationException("unexpected JUMP_IF_X_OR_POP jumping backwards");
                    break;
            }
        }
    }

    /// <summary>assemble_jump_offsets: block offsets and relative jump arguments, repeated until
    /// EXTENDED_ARG prefixes stop changing sizes.</summary>
    private static void ResolveJumpOffsets(BasicBlock entry, List<BasicBlock> blocks)
    {
        bool again;
        do
        {
            int total = 0;
            for (var b = entry; b is not null; b = b.Next)
            {
                b.Offset = total;
                total += b.Size();
            }
            again = false;
            for (int k = blocks.Count - 1; k >= 0; k--)
            {
                var b = blocks[k];
                int pos = b.Offset;
                for (int i = 0; i < b.Count; i++)
                {
                    ref Instr ins = ref b[i];
                    int isize = BasicBlock.InstrSize(ins);
                    pos += isize;
                    if (FlowGraph.IsJump(ins))
                    {
                        int target = ins.Target!.Offset;
                        ins.Oparg = target < pos ? pos - target : target - pos;
                        if (BasicBlock.InstrSize(ins) != isize) again = true;
                    }
                }
            }
        } while (again);
    }

    private static byte[] EmitCode(BasicBlock entry)
    {
        var code = new List<byte>();
        for (var b = entry; b is not null; b = b.Next)
        {
            for (int i = 0; i < b.Count; i++)
            {
                ref Instr ins = ref b[i];
                int oparg = OpcodeInfo.HasArg(ins.Opcode) ? ins.Oparg : 0;
                if (oparg > 0xFFFFFF) { code.Add(Op.EXTENDED_ARG); code.Add((byte)(oparg >> 24)); }
                if (oparg > 0xFFFF) { code.Add(Op.EXTENDED_ARG); code.Add((byte)(oparg >> 16)); }
                if (oparg > 0xFF) { code.Add(Op.EXTENDED_ARG); code.Add((byte)(oparg >> 8)); }
                code.Add((byte)ins.Opcode);
                code.Add((byte)oparg);
                for (int c = OpcodeInfo.CacheCount(ins.Opcode); c > 0; c--) { code.Add(0); code.Add(0); }
            }
        }
        return [.. code];
    }
}
