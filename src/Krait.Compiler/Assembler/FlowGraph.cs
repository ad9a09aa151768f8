using Krait.Compiler.Bytecode;

namespace Krait.Compiler.Assembler;

/// <summary>Flow-graph passes of CPython 3.11's assembler that shape the output (compile.c):
/// block normalization, extending blocks with small exit blocks, reachability, empty-block and
/// NOP removal, line-number propagation and exit duplication.</summary>
internal static class FlowGraph
{
    public const int MaxCopySize = 4;

    public static bool IsJump(in Instr i) => OpcodeInfo.IsJump(i.Opcode);

    public static bool IsBlockPush(in Instr i) => OpcodeInfo.IsBlockPush(i.Opcode);

    /// <summary>normalize_basic_block: mark exits and no-fallthrough blocks, skip empty targets.</summary>
    public static void Normalize(BasicBlock bb)
    {
        for (int i = 0; i < bb.Count; i++)
        {
            ref Instr ins = ref bb[i];
            switch (ins.Opcode)
            {
                case Op.RETURN_VALUE:
                case Op.RAISE_VARARGS:
                case Op.RERAISE:
                    bb.Exit = true;
                    bb.NoFallthrough = true;
                    break;
                case Op.JUMP:
                case Op.JUMP_NO_INTERRUPT:
                case Op.POP_JUMP_IF_NOT_NONE:
                case Op.POP_JUMP_IF_NONE:
                case Op.POP_JUMP_IF_FALSE:
                case Op.POP_JUMP_IF_TRUE:
                case Op.JUMP_IF_FALSE_OR_POP:
                case Op.JUMP_IF_TRUE_OR_POP:
                case Op.FOR_ITER:
                    if (ins.Opcode is Op.JUMP or Op.JUMP_NO_INTERRUPT) bb.NoFallthrough = true;
                    if (i != bb.Count - 1) throw new InvalidOperationException("malformed control flow graph.");
                    while (ins.Target!.Count == 0) ins.Target = ins.Target.Next!;
                    break;
            }
        }
    }

    private static bool HasLineno(BasicBlock bb)
    {
        for (int i = 0; i < bb.Count; i++) if (bb[i].Lineno > 0) return true;
        return false;
    }

    /// <summary>extend_block: a block ending in an unconditional jump to a small exit block without
    /// line numbers gets a copy of that block instead of the jump.</summary>
    public static void Extend(BasicBlock bb)
    {
        if (bb.Count == 0) return;
        ref Instr last = ref bb.Last;
        if (last.Opcode != Op.JUMP && last.Opcode != Op.JUMP_FORWARD && last.Opcode != Op.JUMP_BACKWARD) return;
        var target = last.Target!;
        if (target.Exit && target.Count <= MaxCopySize)
        {
            if (HasLineno(target)) return;
            last.Opcode = Op.NOP;
            for (int i = 0; i < target.Count; i++) bb.Add(target[i]);
            bb.Exit = true;
        }
    }

    /// <summary>clean_basic_block: remove NOPs that carry no needed line number.</summary>
    public static void Clean(BasicBlock bb)
    {
        int dest = 0;
        int prevLineno = -1;
        for (int src = 0; src < bb.Count; src++)
        {
            int lineno = bb[src].Lineno;
            if (bb[src].Opcode == Op.NOP)
            {
                if (lineno < 0) continue;
                if (prevLineno == lineno) continue;
                if (src < bb.Count - 1)
                {
                    int nextLineno = bb[src + 1].Lineno;
                    if (nextLineno == lineno) continue;
                    if (nextLineno < 0)
                    {
                        bb[src + 1].Loc = bb[src].Loc;
                        continue;
                    }
                }
                else
                {
                    var next = bb.Next;
                    while (next is not null && next.Count == 0) next = next.Next;
                    if (next is not null && lineno == next[0].Lineno) continue;
                }
            }
            if (dest != src) bb[dest] = bb[src];
            dest++;
            prevLineno = lineno;
        }
        bb.Count = dest;
    }

    public static void MarkReachable(BasicBlock entry)
    {
        var stack = new Stack<BasicBlock>();
        entry.Predecessors = 1;
        stack.Push(entry);
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            if (b.Next is not null && !b.NoFallthrough)
            {
                if (b.Next.Predecessors == 0) stack.Push(b.Next);
                b.Next.Predecessors++;
            }
            for (int i = 0; i < b.Count; i++)
            {
                ref Instr ins = ref b[i];
                if (IsJump(ins) || IsBlockPush(ins))
                {
                    var target = ins.Target!;
                    if (target.Predecessors == 0) stack.Push(target);
                    target.Predecessors++;
                }
            }
        }
    }

    public static void EliminateEmptyBlocks(BasicBlock entry)
    {
        for (var b = entry; b is not null; b = b.Next)
        {
            var next = b.Next;
            if (next is not null)
            {
                while (next.Count == 0 && next.Next is not null) next = next.Next;
                b.Next = next;
            }
        }
        for (var b = entry; b is not null; b = b.Next)
        {
            if (b.Count == 0) continue;
            ref Instr last = ref b.Last;
            if (IsJump(last))
            {
                var target = last.Target!;
                while (target.Count == 0) target = target.Next!;
                last.Target = target;
            }
        }
    }

    /// <summary>propagate_line_numbers.</summary>
    public static void PropagateLineNumbers(BasicBlock entry)
    {
        for (var b = entry; b is not null; b = b.Next)
        {
            if (b.Count == 0) continue;
            var prev = Location.Unset;
            for (int i = 0; i < b.Count; i++)
            {
                if (b[i].Lineno < 0) b[i].Loc = prev;
                else prev = b[i].Loc;
            }
            if (!b.NoFallthrough && b.Next!.Predecessors == 1)
            {
                if (b.Next[0].Lineno < 0) b.Next[0].Loc = prev;
            }
            if (IsJump(b.Last))
            {
                var target = b.Last.Target!;
                if (target.Predecessors == 1 && target[0].Lineno < 0) target[0].Loc = prev;
            }
        }
    }

    private static bool IsExitWithoutLineno(BasicBlock b)
    {
        if (!b.Exit) return false;
        for (int i = 0; i < b.Count; i++) if (b[i].Lineno >= 0) return false;
        return true;
    }

    /// <summary>duplicate_exits_without_lineno. <paramref name="blocks"/> is in allocation order;
    /// CPython walks its list newest first.</summary>
    public static void DuplicateExitsWithoutLineno(List<BasicBlock> blocks)
    {
        int n = blocks.Count;
        for (int k = n - 1; k >= 0; k--)
        {
            var b = blocks[k];
            if (b.Count > 0 && IsJump(b.Last))
            {
                var target = b.Last.Target!;
                if (IsExitWithoutLineno(target) && target.Predecessors > 1)
                {
                    var copy = new BasicBlock();
                    blocks.Add(copy);
                    for (int i = 0; i < target.Count; i++) copy.Add(target[i]);
                    copy.Exit = target.Exit;
                    copy.NoFallthrough = true;
                    copy[0].Loc = b.Last.Loc;
                    b.Last.Target = copy;
                    target.Predecessors--;
                    copy.Predecessors = 1;
                    copy.Next = target.Next;
                    target.Next = copy;
                }
            }
        }
        for (int k = blocks.Count - 1; k >= 0; k--)
        {
            var b = blocks[k];
            while (b.Next is not null && b.Next.Count == 0) b.Next = b.Next.Next;
        }
        for (int k = blocks.Count - 1; k >= 0; k--)
        {
            var b = blocks[k];
            if (!b.NoFallthrough && b.Next is not null && b.Count > 0 && IsExitWithoutLineno(b.Next))
                b.Next[0].Loc = b.Last.Loc;
        }
    }
}
