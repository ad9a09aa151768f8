using System.Numerics;
using Krait.Compiler.Bytecode;
using Krait.Syntax.Ast;

namespace Krait.Compiler.Assembler;

/// <summary>CPython 3.11's optimize_cfg: constant conditional jumps, tuple folding, jump threading,
/// SWAP optimization, PUSH_NULL+LOAD_GLOBAL fusion, dead-code removal and redundant-jump removal.</summary>
internal static class FlowGraphOptimizer
{
    public static void OptimizeCfg(BasicBlock entry, List<BasicBlock> blocks, List<object?> consts)
    {
        for (var b = entry; b is not null; b = b.Next)
        {
            OptimizeBlock(b, consts);
            FlowGraph.Clean(b);
        }
        for (int k = blocks.Count - 1; k >= 0; k--) FlowGraph.Extend(blocks[k]);
        FlowGraph.MarkReachable(entry);
        for (var b = entry; b is not null; b = b.Next)
        {
            if (b.Predecessors == 0)
            {
                b.Count = 0;
                b.NoFallthrough = false;
            }
        }
        FlowGraph.EliminateEmptyBlocks(entry);
        for (var b = entry; b is not null; b = b.Next) FlowGraph.Clean(b);
        bool maybeEmpty = false;
        for (var b = entry; b is not null; b = b.Next)
        {
            if (b.Count > 0)
            {
                ref Instr last = ref b.Last;
                if ((last.Opcode == Op.JUMP || last.Opcode == Op.JUMP_NO_INTERRUPT) && last.Target == b.Next)
                {
                    b.NoFallthrough = false;
                    last.Opcode = Op.NOP;
                    maybeEmpty = true;
                }
            }
        }
        if (maybeEmpty) FlowGraph.EliminateEmptyBlocks(entry);
    }

    /// <summary>trim_unused_consts: drop trailing constants no LOAD_CONST/KW_NAMES uses (index 0,
    /// a possible docstring, is kept).</summary>
    public static void TrimUnusedConsts(BasicBlock entry, List<object?> consts)
    {
        int max = 0;
        for (var b = entry; b is not null; b = b.Next)
            for (int i = 0; i < b.Count; i++)
                if ((b[i].Opcode == Op.LOAD_CONST || b[i].Opcode == Op.KW_NAMES) && b[i].Oparg > max) max = b[i].Oparg;
        if (max + 1 < consts.Count) consts.RemoveRange(max + 1, consts.Count - max - 1);
    }

    public static bool IsTrue(object? v) => v switch
    {
        null => false,
        bool b => b,
        BigInteger i => !i.IsZero,
        double d => d != 0,
        Complex c => c != Complex.Zero,
        string s => s.Length > 0,
        byte[] b => b.Length > 0,
        ConstTuple t => t.Items.Length > 0,
        ConstFrozenSet f => f.Items.Length > 0,
        _ => true,
    };

    private static bool JumpThread(ref Instr inst, in Instr target, int opcode)
    {
        if (inst.Lineno == target.Lineno && inst.Target != target.Target)
        {
            inst.Target = target.Target;
            inst.Opcode = opcode;
            return true;
        }
        return false;
    }

    private static void OptimizeBlock(BasicBlock bb, List<object?> consts)
    {
        var nop = new Instr(Op.NOP, 0, Location.Unset);
        for (int i = 0; i < bb.Count; i++)
        {
            ref Instr inst = ref bb[i];
            int oparg = inst.Oparg;
            int nextop = i + 1 < bb.Count ? bb[i + 1].Opcode : 0;
            Instr target;
            if (FlowGraph.IsJump(inst) || FlowGraph.IsBlockPush(inst))
            {
                while (inst.Target!.Count == 0) inst.Target = inst.Target.Next!;
                target = inst.Target[0];
            }
            else target = nop;

            switch (inst.Opcode)
            {
                case Op.LOAD_CONST:
                    switch (nextop)
                    {
                        case Op.POP_JUMP_IF_FALSE:
                        case Op.POP_JUMP_IF_TRUE:
                        {
                            bool isTrue = IsTrue(consts[oparg]);
                            inst.Opcode = Op.NOP;
                            bool jumpIfTrue = nextop == Op.POP_JUMP_IF_TRUE;
                            if (isTrue == jumpIfTrue)
                            {
                                bb[i + 1].Opcode = Op.JUMP;
                                bb.NoFallthrough = true;
                            }
                            else bb[i + 1].Opcode = Op.NOP;
                            break;
                        }
                        case Op.JUMP_IF_FALSE_OR_POP:
                        case Op.JUMP_IF_TRUE_OR_POP:
                        {
                            bool isTrue = IsTrue(consts[oparg]);
                            bool jumpIfTrue = nextop == Op.JUMP_IF_TRUE_OR_POP;
                            if (isTrue == jumpIfTrue)
                            {
                                bb[i + 1].Opcode = Op.JUMP;
                                bb.NoFallthrough = true;
                            }
                            else
                            {
                                inst.Opcode = Op.NOP;
                                bb[i + 1].Opcode = Op.NOP;
                            }
                            break;
                        }
                        case Op.IS_OP:
                        {
                            int jumpOp = i + 2 < bb.Count ? bb[i + 2].Opcode : 0;
                            if (consts[oparg] is null && (jumpOp == Op.POP_JUMP_IF_FALSE || jumpOp == Op.POP_JUMP_IF_TRUE))
                            {
                                int nextarg = bb[i + 1].Oparg & 0xFF;
                                inst.Opcode = Op.NOP;
                                bb[i + 1].Opcode = Op.NOP;
                                bool flip = jumpOp == Op.POP_JUMP_IF_FALSE;
                                bb[i + 2].Opcode = (nextarg ^ (flip ? 1 : 0)) != 0 ? Op.POP_JUMP_IF_NOT_NONE : Op.POP_JUMP_IF_NONE;
                            }
                            break;
                        }
                    }
                    break;

                case Op.BUILD_TUPLE:
                    if (nextop == Op.UNPACK_SEQUENCE && oparg == bb[i + 1].Oparg)
                    {
                        switch (oparg)
                        {
                            case 1:
                                inst.Opcode = Op.NOP;
                                bb[i + 1].Opcode = Op.NOP;
                                continue;
                            case 2:
                            case 3:
                                inst.Opcode = Op.NOP;
                                bb[i + 1].Opcode = Op.SWAP;
                                continue;
                        }
                    }
                    if (i >= oparg) FoldTupleOnConstants(bb, i - oparg, oparg, consts);
                    break;

                case Op.JUMP_IF_FALSE_OR_POP:
                    switch (target.Opcode)
                    {
                        case Op.POP_JUMP_IF_FALSE:
                            if (JumpThread(ref inst, target, Op.POP_JUMP_IF_FALSE)) i--;
                            break;
                        case Op.JUMP:
                        case Op.JUMP_IF_FALSE_OR_POP:
                            if (JumpThread(ref inst, target, Op.JUMP_IF_FALSE_OR_POP)) i--;
                            break;
                        case Op.JUMP_IF_TRUE_OR_POP:
                        case Op.POP_JUMP_IF_TRUE:
                            if (inst.Lineno == target.Lineno)
                            {
                                inst.Opcode = Op.POP_JUMP_IF_FALSE;
                                inst.Target = inst.Target!.Next;
                                i--;
                            }
                            break;
                    }
                    break;
                case Op.JUMP_IF_TRUE_OR_POP:
                    switch (target.Opcode)
                    {
                        case Op.POP_JUMP_IF_TRUE:
                            if (JumpThread(ref inst, target, Op.POP_JUMP_IF_TRUE)) i--;
                            break;
                        case Op.JUMP:
                        case Op.JUMP_IF_TRUE_OR_POP:
                            if (JumpThread(ref inst, target, Op.JUMP_IF_TRUE_OR_POP)) i--;
                            break;
                        case Op.JUMP_IF_FALSE_OR_POP:
                        case Op.POP_JUMP_IF_FALSE:
                            if (inst.Lineno == target.Lineno)
                            {
                                inst.Opcode = Op.POP_JUMP_IF_TRUE;
                                inst.Target = inst.Target!.Next;
                                i--;
                            }
                            break;
                    }
                    break;
                case Op.POP_JUMP_IF_NOT_NONE:
                case Op.POP_JUMP_IF_NONE:
                    if (target.Opcode == Op.JUMP && JumpThread(ref inst, target, inst.Opcode)) i--;
                    break;
                case Op.POP_JUMP_IF_FALSE:
                    if (target.Opcode == Op.JUMP && JumpThread(ref inst, target, Op.POP_JUMP_IF_FALSE)) i--;
                    break;
                case Op.POP_JUMP_IF_TRUE:
                    if (target.Opcode == Op.JUMP && JumpThread(ref inst, target, Op.POP_JUMP_IF_TRUE)) i--;
                    break;
                case Op.JUMP:
                    if (target.Opcode == Op.JUMP && JumpThread(ref inst, target, Op.JUMP)) i--;
                    break;
                case Op.SWAP:
                    if (oparg == 1)
                    {
                        inst.Opcode = Op.NOP;
                        break;
                    }
                    Swaptimize(bb, ref i);
                    ApplyStaticSwaps(bb, i);
                    break;
                case Op.PUSH_NULL:
                    // CPython tests the *opcode* of the next instruction for the low bit (a quirk):
                    // LOAD_GLOBAL is 116, even, so the fusion always happens.
                    if (nextop == Op.LOAD_GLOBAL && (bb[i + 1].Opcode & 1) == 0)
                    {
                        inst.Opcode = Op.NOP;
                        inst.Oparg = 0;
                        bb[i + 1].Oparg |= 1;
                    }
                    break;
            }
        }
    }

    private static void FoldTupleOnConstants(BasicBlock bb, int start, int n, List<object?> consts)
    {
        for (int i = 0; i < n; i++)
            if (bb[start + i].Opcode != Op.LOAD_CONST) return;
        var items = new object?[n];
        for (int i = 0; i < n; i++) items[i] = consts[bb[start + i].Oparg];
        var tuple = new ConstTuple(items);
        int index = -1;
        for (int k = 0; k < consts.Count; k++)
        {
            if (ConstantKey.Instance.Equals(consts[k], tuple)) { index = k; break; }
        }
        if (index < 0)
        {
            index = consts.Count;
            consts.Add(tuple);
        }
        for (int i = 0; i < n; i++) bb[start + i].Opcode = Op.NOP;
        bb[start + n].Opcode = Op.LOAD_CONST;
        bb[start + n].Oparg = index;
    }

    private const int Visited = -1;

    /// <summary>swaptimize: replace a run of SWAPs and NOPs by an optimal equivalent.</summary>
    private static void Swaptimize(BasicBlock block, ref int ix)
    {
        int baseIx = ix;
        int depth = block[baseIx].Oparg;
        int len = 0;
        bool more = false;
        int limit = block.Count - baseIx;
        while (++len < limit)
        {
            int opcode = block[baseIx + len].Opcode;
            if (opcode == Op.SWAP)
            {
                depth = Math.Max(depth, block[baseIx + len].Oparg);
                more = true;
            }
            else if (opcode != Op.NOP) break;
        }
        if (!more) return;
        var stack = new int[depth];
        for (int i = 0; i < depth; i++) stack[i] = i;
        for (int i = 0; i < len; i++)
        {
            if (block[baseIx + i].Opcode == Op.SWAP)
            {
                int oparg = block[baseIx + i].Oparg;
                int top = stack[0];
                stack[0] = stack[oparg - 1];
                stack[oparg - 1] = top;
            }
        }
        int current = len - 1;
        for (int i = 0; i < depth; i++)
        {
            if (stack[i] == Visited || stack[i] == i) continue;
            int j = i;
            while (true)
            {
                if (j != 0)
                {
                    block[baseIx + current].Opcode = Op.SWAP;
                    block[baseIx + current].Oparg = j + 1;
                    current--;
                }
                if (stack[j] == Visited) break;
                int nextJ = stack[j];
                stack[j] = Visited;
                j = nextJ;
            }
        }
        while (0 <= current)
        {
            block[baseIx + current].Opcode = Op.NOP;
            current--;
        }
        ix += len - 1;
    }

    private static bool Swappable(int opcode) => opcode == Op.STORE_FAST || opcode == Op.POP_TOP;

    private static int StoresTo(in Instr i) => i.Opcode == Op.STORE_FAST ? i.Oparg : -1;

    private static int NextSwappable(BasicBlock block, int i, int lineno)
    {
        while (++i < block.Count)
        {
            ref Instr ins = ref block[i];
            if (0 <= lineno && ins.Lineno != lineno) return -1;
            if (ins.Opcode == Op.NOP) continue;
            if (Swappable(ins.Opcode)) return i;
            return -1;
        }
        return -1;
    }

    /// <summary>apply_static_swaps: swap instructions instead of stack items where safe.</summary>
    private static void ApplyStaticSwaps(BasicBlock block, int i)
    {
        for (; 0 <= i; i--)
        {
            ref Instr swap = ref block[i];
            if (swap.Opcode != Op.SWAP)
            {
                if (swap.Opcode == Op.NOP || Swappable(swap.Opcode)) continue;
                return;
            }
            int j = NextSwappable(block, i, -1);
            if (j < 0) return;
            int k = j;
            int lineno = block[j].Lineno;
            for (int count = swap.Oparg - 1; 0 < count; count--)
            {
                k = NextSwappable(block, k, lineno);
                if (k < 0) return;
            }
            int storeJ = StoresTo(block[j]);
            int storeK = StoresTo(block[k]);
            if (storeJ >= 0 || storeK >= 0)
            {
                if (storeJ == storeK) return;
                for (int idx = j + 1; idx < k; idx++)
                {
                    int s = StoresTo(block[idx]);
                    if (s >= 0 && (s == storeJ || s == storeK)) return;
                }
            }
            swap.Opcode = Op.NOP;
            (block[j], block[k]) = (block[k], block[j]);
        }
    }
}
