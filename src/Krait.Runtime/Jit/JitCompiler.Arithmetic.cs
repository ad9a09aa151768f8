using System.Reflection.Emit;
using Krait.Compiler.Bytecode;

namespace Krait.Runtime;

// Arithmetic without intermediate objects. `dx * dx + dy * dy + dz * dz` is five BINARY_OPs, each making a float that
// the next one drops at once; `(x * 1103515245 + 12345) & 0x7FFFFFFF` makes two ints nobody sees. When a run of
// instructions is an expression tree of binary operations whose leaves are fast locals, number constants or values
// already on the stack, the compiled code first checks the leaves: all exact floats (int constants allowed) -> the
// tree is computed in doubles; all exact machine-word ints -> in longs, leaving at any overflow; then one object is
// made for the result. Anything else (a bool, a subclass, a big int, an unbound local, a zero divisor, an overflow)
// goes on to the instructions' own code, which stays in place after the checks: the leaves have no side effects, so
// running the instructions from the start is exactly what would have happened. These operations on exact floats and
// ints can't raise (but for what takes the general path), call Python code or trace, so no instruction boundary
// inside the tree is observable.
// A tree of + - * // % that the machine words can't compute (a big leaf, an overflow) is computed on exact ints of any
// size by BigTree, with its intermediates in reused buffers: only the result is a new int.
// A COMPARE_OP right after a run, of two operands the run computes (`4 * q + r - t < d * t`, `i * i <= n`), is the
// root of a tree too: both sides computed as above and compared, and the result is the bool, with no int or float
// made for either side. (Exact ints and floats compare by value without calling anything, as the operations do.)
internal sealed partial class JitCompiler
{
    /// <summary>A node of a fused tree: a leaf (a stack entry below the run, a fast local or a constant) or a binary
    /// operation on two nodes.</summary>
    private sealed class ArithNode
    {
        public int Kind; // StackLeaf, LocalLeaf, ConstLeaf or OpNode
        public int Index; // StackLeaf: stack entry; LocalLeaf: fast local; ConstLeaf: constant; OpNode: the operation (NbAdd …)
        public ArithNode? Left, Right;
    }

    private const int StackLeaf = 0, LocalLeaf = 1, ConstLeaf = 2, OpNode = 3;

    /// <summary>BINARY_OP's arguments (NB_ADD …; the in-place form of each is 13 more: floats and ints have no
    /// in-place methods, so both forms are the same operation here).</summary>
    private const int NbAdd = 0, NbAnd = 1, NbFloorDivide = 2, NbMultiply = 5, NbRemainder = 6, NbOr = 7, NbSubtract = 10,
        NbTrueDivide = 11, NbXor = 12, NbInplace = 13;

    /// <summary>A compare root's operation: this plus COMPARE_OP's argument (<see cref="CompareOp"/>).</summary>
    private const int CompareNode = 100;

    /// <summary>The most operations in one fused tree (trees are walked recursively while compiling).</summary>
    private const int MaxArithOps = 64;

    /// <summary>A fused tree and what it can be computed as.</summary>
    private sealed record ArithTree(ArithNode Root, int End, bool AsFloat, bool AsInt, bool AsBig);

    /// <summary>The fused tree that starts at each instruction (null when none does).</summary>
    private ArithTree?[]? _arithTrees;
    private readonly List<LocalBuilder> _doubles = [], _longs = [];

    private static int PlainOp(int arg) => arg >= NbInplace ? arg - NbInplace : arg;

    private static bool FloatOp(int op) => op is NbAdd or NbSubtract or NbMultiply or NbTrueDivide;

    private static bool IntOp(int op) => op is NbAdd or NbSubtract or NbMultiply or NbAnd or NbOr or NbXor
        or NbFloorDivide or NbRemainder;

    private static bool BigOp(int op) => op is NbAdd or NbSubtract or NbMultiply or NbFloorDivide or NbRemainder;

    /// <summary>Finds the fusable trees (see the comment at the top of this file).</summary>
    private void FindArithTrees(bool[] targets)
    {
        int k = 0;
        while (k < _instrs.Length)
        {
            if (!IsArithPart(k)) { k++; continue; }
            // A run of leaves and operations, entered only at its start.
            int runStart = k;
            while (k + 1 < _instrs.Length && !targets[k + 1] && IsArithPart(k + 1)) k++;
            int runEnd = k++;
            // A comparison of what the run computes last, then the trees from the run's end backwards: the last
            // operation's tree, then the one before what it covers.
            int e = FindCompareTree(runStart, runEnd, targets);
            while (e >= runStart)
            {
                if (_instrs[e].Op != Op.BINARY_OP) { e--; continue; }
                int pos = e, inputs = 0, ops = 0;
                bool asFloat = true, asInt = true, asBig = true;
                var root = ParseBack(ref pos, runStart, ref inputs, ref ops, ref asFloat, ref asInt, ref asBig);
                int start = pos + 1;
                if (root is not null && ops >= 2 && (asFloat || asInt))
                {
                    _arithTrees ??= new ArithTree?[_instrs.Length];
                    _arithTrees[start] = new ArithTree(root, e + 1, asFloat, asInt, asInt && asBig);
                }
                e = start - 1;
            }
        }
    }

    /// <summary>Registers the tree rooted at the COMPARE_OP right after the run [runStart, runEnd] when there is one
    /// (see the top of this file); returns the last instruction left to the trees of the rest of the run.</summary>
    private int FindCompareTree(int runStart, int runEnd, bool[] targets)
    {
        int c = runEnd + 1;
        if (c >= _instrs.Length || targets[c] || _instrs[c].Op != Op.COMPARE_OP || _instrs[c].Depth < 0
            || _instrs[c].Arg > (int)CompareOp.Ge)
            return runEnd;
        int pos = runEnd, inputs = 0, ops = 1;
        bool asFloat = true, asInt = true, asBig = true;
        var right = ParseBack(ref pos, runStart, ref inputs, ref ops, ref asFloat, ref asInt, ref asBig);
        if (right is null) return runEnd;
        var left = ParseBack(ref pos, runStart, ref inputs, ref ops, ref asFloat, ref asInt, ref asBig);
        if (left is null || ops < 2 || !(asFloat || asInt)) return runEnd;
        if (IsIntConstLeaf(left) && IsIntConstLeaf(right)) asFloat = false;
        _arithTrees ??= new ArithTree?[_instrs.Length];
        var root = new ArithNode { Kind = OpNode, Index = CompareNode + _instrs[c].Arg, Left = left, Right = right };
        _arithTrees[pos + 1] = new ArithTree(root, c + 1, asFloat, asInt, asInt && asBig);
        return pos;
    }

    private static bool IsCompare(ArithNode n) => n.Kind == OpNode && n.Index >= CompareNode;

    /// <summary>Whether instruction k can be part of a fused tree: a fast local's or a number constant's load, or a
    /// BINARY_OP that floats or ints can compute.</summary>
    private bool IsArithPart(int k)
    {
        var ins = _instrs[k];
        if (ins.Depth < 0) return false;
        return ins.Op switch
        {
            Op.LOAD_FAST => true,
            Op.LOAD_CONST => IsIntConst(ins.Arg, out _) || ReferenceEquals(_co.Consts[ins.Arg].Type, PyType.FloatType),
            Op.BINARY_OP => FloatOp(PlainOp(ins.Arg)) || IntOp(PlainOp(ins.Arg)),
            _ => false,
        };
    }

    /// <summary>Whether constant i is an exact int that fits a long.</summary>
    private bool IsIntConst(int i, out long v)
    {
        v = 0;
        if (_co.Consts[i] is not PyInt n || !ReferenceEquals(n.Type, PyType.IntType) || n.IsBig) return false;
        v = n.Small;
        return true;
    }

    /// <summary>The tree of the value produced by instruction <paramref name="pos"/>, reading backwards; operands from
    /// before the run are the stack entries under it. Clears <paramref name="asFloat"/>/<paramref name="asInt"/> for
    /// what the tree can't be computed as; null when it can't be fused at all.</summary>
    private ArithNode? ParseBack(ref int pos, int runStart, ref int inputs, ref int ops, ref bool asFloat, ref bool asInt,
        ref bool asBig)
    {
        if (pos < runStart)
            return new ArithNode { Kind = StackLeaf, Index = _instrs[runStart].Depth - 1 - inputs++ };
        var ins = _instrs[pos--];
        switch (ins.Op)
        {
            case Op.LOAD_FAST:
                return new ArithNode { Kind = LocalLeaf, Index = ins.Arg };
            case Op.LOAD_CONST:
                if (IsIntConst(ins.Arg, out long c))
                {
                    // A float operation converts an int operand with PyLong_AsDouble: exact up to 2**53.
                    if (Math.Abs(c) > 1L << 53) asFloat = false;
                }
                else asInt = false;
                return new ArithNode { Kind = ConstLeaf, Index = ins.Arg };
            default:
                if (++ops > MaxArithOps) return null;
                int op = PlainOp(ins.Arg);
                if (!FloatOp(op)) asFloat = false;
                if (!IntOp(op)) asInt = false;
                if (!BigOp(op)) asBig = false;
                var right = ParseBack(ref pos, runStart, ref inputs, ref ops, ref asFloat, ref asInt, ref asBig);
                if (right is null) return null;
                var left = ParseBack(ref pos, runStart, ref inputs, ref ops, ref asFloat, ref asInt, ref asBig);
                if (left is null) return null;
                // Two int constants make an int operation (the compiler folds them anyway).
                if (IsIntConstLeaf(left) && IsIntConstLeaf(right)) asFloat = false;
                return new ArithNode { Kind = OpNode, Index = op, Left = left, Right = right };
        }
    }

    private bool IsIntConstLeaf(ArithNode n) => n.Kind == ConstLeaf && IsIntConst(n.Index, out _);

    /// <summary>Emits the fused tree starting at instruction k when there is one: the float computation, then the int
    /// one, each after the check of its leaves, storing the result and jumping past the tree; when neither applies,
    /// execution falls through to the instructions' own code.</summary>
    private void EmitArithTree(int k)
    {
        if (_arithTrees?[k] is not { } tree) return;
        var il = _il;
        var general = il.DefineLabel();
        if (tree.AsFloat)
        {
            var notFloat = tree.AsInt ? il.DefineLabel() : general;
            var values = new LeafLocals(new LocalBuilder?[_nlp], new LocalBuilder?[_stk.Length]);
            int used = 0;
            CheckLeaves(tree.Root, notFloat, values, _doubles, ref used, nameof(FusedArithmetic.ExactFloat));
            if (IsCompare(tree.Root)) EmitCompareRoot(tree.Root, notFloat, values, ref used, asFloat: true);
            else
            {
                var result = ComputeFloat(tree.Root, notFloat, values, ref used)!;
                il.Emit(OpCodes.Ldloc, result);
                il.Emit(OpCodes.Newobj, typeof(PyFloat).GetConstructor([typeof(double)])!);
            }
            StoreResult(tree);
            if (tree.AsInt) il.MarkLabel(notFloat);
        }
        if (tree.AsInt)
        {
            var notWords = tree.AsBig ? il.DefineLabel() : general;
            var values = new LeafLocals(new LocalBuilder?[_nlp], new LocalBuilder?[_stk.Length]);
            int used = 0;
            CheckLeaves(tree.Root, notWords, values, _longs, ref used, nameof(FusedArithmetic.ExactInt));
            if (IsCompare(tree.Root)) EmitCompareRoot(tree.Root, notWords, values, ref used, asFloat: false);
            else
            {
                var result = ComputeInt(tree.Root, notWords, values, ref used)!;
                il.Emit(OpCodes.Ldloc, result);
                il.Emit(OpCodes.Call, M(typeof(PyInt), nameof(PyInt.FromLong)));
            }
            StoreResult(tree);
            if (tree.AsBig)
            {
                il.MarkLabel(notWords);
                EmitBigTree(tree, general);
            }
        }
        il.MarkLabel(general);
    }

    /// <summary>A compare root in doubles or longs: both sides computed, compared, and the bool on the IL stack.</summary>
    private void EmitCompareRoot(ArithNode root, Label fail, LeafLocals values, ref int used, bool asFloat)
    {
        var left = asFloat ? ComputeFloat(root.Left!, fail, values, ref used) : ComputeInt(root.Left!, fail, values, ref used);
        var right = asFloat ? ComputeFloat(root.Right!, fail, values, ref used) : ComputeInt(root.Right!, fail, values, ref used);
        LoadOperand(root.Left!, left, values, asFloat);
        LoadOperand(root.Right!, right, values, asFloat);
        _il.Emit(OpCodes.Ldc_I4, root.Index - CompareNode);
        var type = asFloat ? typeof(double) : typeof(long);
        _il.Emit(OpCodes.Call, M(typeof(Ops), nameof(Ops.CompareValues), type, type, typeof(CompareOp)));
        Bool();
    }

    /// <summary>The tree on exact ints of any size (<see cref="BigTree"/>): the leaves checked, registered, and the
    /// program run; leaves for <paramref name="general"/> when a leaf isn't an exact int or a divisor is zero.</summary>
    private void EmitBigTree(ArithTree tree, Label general)
    {
        var il = _il;
        var leaves = new List<ArithNode>();
        var program = new System.Text.StringBuilder();
        BigProgram(tree.Root, leaves, program);
        foreach (var leaf in leaves)
        {
            if (leaf.Kind == ConstLeaf) continue;
            LoadLeafObject(leaf);
            il.Emit(OpCodes.Call, M(typeof(FusedArithmetic), nameof(FusedArithmetic.IsExactInt)));
            il.Emit(OpCodes.Brfalse, general);
        }
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Call, M(typeof(BigTree), nameof(BigTree.For)));
        for (int i = 0; i < leaves.Count; i++)
        {
            il.Emit(OpCodes.Dup);
            LoadLeafObject(leaves[i]);
            il.Emit(OpCodes.Ldc_I4, i);
            il.Emit(OpCodes.Call, M(typeof(BigTree), nameof(BigTree.Leaf)));
        }
        il.Emit(OpCodes.Ldstr, program.ToString());
        il.Emit(OpCodes.Call, M(typeof(BigTree), nameof(BigTree.Run)));
        var none = il.DefineLabel();
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Brfalse, none);
        StoreResult(tree);
        il.MarkLabel(none);
        il.Emit(OpCodes.Pop);
    }

    /// <summary>Writes node <paramref name="n"/> in postfix for <see cref="BigTree.Run"/>, numbering the distinct
    /// leaves (a local or stack entry used twice is one leaf) in <paramref name="leaves"/>.</summary>
    private static void BigProgram(ArithNode n, List<ArithNode> leaves, System.Text.StringBuilder program)
    {
        if (n.Kind == OpNode)
        {
            BigProgram(n.Left!, leaves, program);
            BigProgram(n.Right!, leaves, program);
            program.Append((char)(BigTree.OpBase + n.Index));
            return;
        }
        int i = leaves.FindIndex(l => l.Kind == n.Kind && l.Index == n.Index);
        if (i < 0)
        {
            i = leaves.Count;
            leaves.Add(n);
        }
        program.Append((char)i);
    }

    private void LoadLeafObject(ArithNode n)
    {
        if (n.Kind == LocalLeaf) LdSlot(n.Index);
        else if (n.Kind == StackLeaf) Ld(n.Index);
        else LdConst(n.Index);
    }

    private void StoreResult(ArithTree tree)
    {
        St(_instrs[tree.End - 1].Depth - 2);
        _il.Emit(OpCodes.Br, _labels[tree.End]);
    }

    private LocalBuilder Temp(List<LocalBuilder> pool, ref int used, Type type)
    {
        if (used == pool.Count) pool.Add(_il.DeclareLocal(type));
        return pool[used++];
    }

    /// <summary>The locals holding the checked leaves' values, by fast local and by stack entry.</summary>
    private sealed record LeafLocals(LocalBuilder?[] Locals, LocalBuilder?[] Stack);

    /// <summary>Loads each non-constant leaf's value into a local (a fast local read twice, once) with the check
    /// <paramref name="check"/> (<see cref="FusedArithmetic"/>), leaving for <paramref name="fail"/> at the first
    /// that fails.</summary>
    private void CheckLeaves(ArithNode n, Label fail, LeafLocals values, List<LocalBuilder> pool, ref int used, string check)
    {
        if (n.Kind == OpNode)
        {
            CheckLeaves(n.Left!, fail, values, pool, ref used, check);
            CheckLeaves(n.Right!, fail, values, pool, ref used, check);
            return;
        }
        if (n.Kind == ConstLeaf) return;
        var table = n.Kind == LocalLeaf ? values.Locals : values.Stack;
        if (table[n.Index] is not null) return;
        var local = Temp(pool, ref used, pool == _doubles ? typeof(double) : typeof(long));
        table[n.Index] = local;
        if (n.Kind == LocalLeaf) LdSlot(n.Index);
        else Ld(n.Index);
        _il.Emit(OpCodes.Ldloca, local);
        _il.Emit(OpCodes.Call, M(typeof(FusedArithmetic), check));
        _il.Emit(OpCodes.Brfalse, fail);
    }

    /// <summary>Loads a leaf's checked value, or a constant's.</summary>
    private void LoadLeaf(ArithNode n, LeafLocals values, bool asFloat)
    {
        if (n.Kind == ConstLeaf)
        {
            var c = _co.Consts[n.Index];
            if (!asFloat) _il.Emit(OpCodes.Ldc_I8, ((PyInt)c).Small);
            else _il.Emit(OpCodes.Ldc_R8, c is PyFloat f ? f.Value : (double)((PyInt)c).Small);
            return;
        }
        _il.Emit(OpCodes.Ldloc, (n.Kind == LocalLeaf ? values.Locals : values.Stack)[n.Index]!);
    }

    /// <summary>Computes an operation node in doubles into a new local (a leaf's value is its local or constant).</summary>
    private LocalBuilder? ComputeFloat(ArithNode n, Label fail, LeafLocals values, ref int used)
    {
        if (n.Kind != OpNode) return null;
        var left = ComputeFloat(n.Left!, fail, values, ref used);
        var right = ComputeFloat(n.Right!, fail, values, ref used);
        var il = _il;
        if (n.Index == NbTrueDivide)
        {
            // Float division by zero raises ZeroDivisionError: the instructions' own code does that.
            LoadOperand(n.Right!, right, values, true);
            il.Emit(OpCodes.Ldc_R8, 0.0);
            il.Emit(OpCodes.Beq, fail);
        }
        LoadOperand(n.Left!, left, values, true);
        LoadOperand(n.Right!, right, values, true);
        il.Emit(n.Index switch
        {
            NbAdd => OpCodes.Add,
            NbSubtract => OpCodes.Sub,
            NbMultiply => OpCodes.Mul,
            _ => OpCodes.Div,
        });
        var result = Temp(_doubles, ref used, typeof(double));
        il.Emit(OpCodes.Stloc, result);
        return result;
    }

    /// <summary>Computes an operation node in longs into a new local, leaving for <paramref name="fail"/> when the
    /// result doesn't fit (or the divisor is zero).</summary>
    private LocalBuilder? ComputeInt(ArithNode n, Label fail, LeafLocals values, ref int used)
    {
        if (n.Kind != OpNode) return null;
        var left = ComputeInt(n.Left!, fail, values, ref used);
        var right = ComputeInt(n.Right!, fail, values, ref used);
        var il = _il;
        var result = Temp(_longs, ref used, typeof(long));
        LoadOperand(n.Left!, left, values, false);
        LoadOperand(n.Right!, right, values, false);
        il.Emit(OpCodes.Ldc_I4, n.Index);
        il.Emit(OpCodes.Ldloca, result);
        il.Emit(OpCodes.Call, M(typeof(FusedArithmetic), nameof(FusedArithmetic.WordOp)));
        il.Emit(OpCodes.Brfalse, fail);
        return result;
    }

    private void LoadOperand(ArithNode n, LocalBuilder? computed, LeafLocals values, bool asFloat)
    {
        if (computed is not null) _il.Emit(OpCodes.Ldloc, computed);
        else LoadLeaf(n, values, asFloat);
    }
}
