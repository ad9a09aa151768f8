using System.Reflection.Emit;
using Krait.Compiler.Bytecode;

namespace Krait.Runtime;

// Float expressions without their intermediate objects. `dx * dx + dy * dy + dz * dz` is five BINARY_OPs, each making
// a float that the next one drops at once. When a run of instructions is an expression tree of +, -, * and / whose
// leaves are fast locals, constants (floats, and ints exact as doubles) or values already on the stack, the compiled
// code first checks that every non-constant leaf is an exact float; then it computes the tree in doubles and makes one
// float for the result. Anything else (an int or a float subclass among the leaves, an unbound local, a zero divisor)
// goes on to the instructions' own code, which stays in place after the check: the leaves have no side effects, so
// running the instructions from the start is exactly what would have happened. Exact floats' + - * / can't raise
// (but for division by zero), call Python code or trace, so no instruction boundary inside the tree is observable.
internal sealed partial class JitCompiler
{
    /// <summary>A node of a fused float expression: a leaf (a stack entry below the run, a fast local or a constant)
    /// or a binary operation on two nodes.</summary>
    private sealed class FloatNode
    {
        public int Kind; // StackLeaf, LocalLeaf, ConstLeaf or OpNode
        public int Index; // StackLeaf: stack entry; LocalLeaf: fast local; OpNode: the operation (NbAdd …)
        public double Value; // ConstLeaf
        public bool IsIntConst;
        public FloatNode? Left, Right;
    }

    private const int StackLeaf = 0, LocalLeaf = 1, ConstLeaf = 2, OpNode = 3;

    /// <summary>The fused tree that starts at each instruction, and the instruction after it.</summary>
    private FloatNode?[]? _floatTree;
    private int[]? _floatEnd;
    private readonly List<LocalBuilder> _doubles = [];

    /// <summary>BINARY_OP's arguments (NB_ADD …; the in-place form of each is 13 more).</summary>
    private const int NbAdd = 0, NbMultiply = 5, NbSubtract = 10, NbTrueDivide = 11, NbInplace = 13;

    /// <summary>The most operations in one fused tree (the trees are walked recursively while compiling).</summary>
    private const int MaxFloatOps = 64;

    /// <summary>The operation of a BINARY_OP argument, in-place forms as the plain ones (float has no in-place
    /// methods); -1 when it isn't + - * /.</summary>
    private static int FloatOp(int arg)
    {
        int op = arg >= NbInplace ? arg - NbInplace : arg;
        return op is NbAdd or NbMultiply or NbSubtract or NbTrueDivide ? op : -1;
    }

    /// <summary>Finds the fusable float expression trees (see the comment at the top of this file).</summary>
    private void FindFloatTrees()
    {
        var targets = new bool[_instrs.Length];
        foreach (var ins in _instrs)
        {
            if (ins.Depth < 0) continue;
            if (IsJump(ins.Op)) targets[InstrAt(Target(ins))] = true;
            if (ins.Op is Op.RETURN_GENERATOR or Op.YIELD_VALUE && ins.Next < _instrAt.Length && _instrAt[ins.Next] >= 0)
                targets[_instrAt[ins.Next]] = true;
        }
        foreach (var e in _co.ExceptionTable) targets[InstrAt(e.Target)] = true;

        int k = 0;
        while (k < _instrs.Length)
        {
            if (!IsFloatPart(k)) { k++; continue; }
            // A run of leaves and operations, entered only at its start.
            int runStart = k;
            while (k + 1 < _instrs.Length && !targets[k + 1] && IsFloatPart(k + 1)) k++;
            int runEnd = k++;
            // Trees from the run's end backwards: the last operation's tree, then the one before what it covers.
            int e = runEnd;
            while (e >= runStart)
            {
                if (_instrs[e].Op != Op.BINARY_OP) { e--; continue; }
                int pos = e, inputs = 0, ops = 0;
                var tree = ParseBack(ref pos, runStart, ref inputs, ref ops);
                int start = pos + 1;
                if (tree is not null && ops >= 2)
                {
                    _floatTree ??= new FloatNode?[_instrs.Length];
                    _floatEnd ??= new int[_instrs.Length];
                    _floatTree[start] = tree;
                    _floatEnd[start] = e + 1;
                }
                e = start - 1;
            }
        }
    }

    /// <summary>Whether instruction k can be part of a fused tree: a fast local's or a number constant's load, or an
    /// arithmetic BINARY_OP.</summary>
    private bool IsFloatPart(int k)
    {
        var ins = _instrs[k];
        if (ins.Depth < 0) return false;
        return ins.Op switch
        {
            Op.LOAD_FAST => true,
            Op.LOAD_CONST => ConstLeafValue(ins.Arg, out _, out _),
            Op.BINARY_OP => FloatOp(ins.Arg) >= 0,
            _ => false,
        };
    }

    /// <summary>The double a constant stands for in float arithmetic: an exact float's value, or an exact int's when
    /// the conversion is exact (CPython converts the int operand of a float operation with PyLong_AsDouble).</summary>
    private bool ConstLeafValue(int i, out double v, out bool isInt)
    {
        var c = _co.Consts[i];
        isInt = false;
        v = 0;
        if (ReferenceEquals(c.Type, PyType.FloatType)) { v = ((PyFloat)c).Value; return true; }
        if (ReferenceEquals(c.Type, PyType.IntType) && c is PyInt { IsBig: false } n && Math.Abs(n.Small) <= 1L << 53)
        {
            v = n.Small;
            isInt = true;
            return true;
        }
        return false;
    }

    /// <summary>The tree of the value produced by instruction <paramref name="pos"/>, reading backwards; operands from
    /// before the run are the stack entries under it. Null when it can't be fused.</summary>
    private FloatNode? ParseBack(ref int pos, int runStart, ref int inputs, ref int ops)
    {
        if (pos < runStart)
            return new FloatNode { Kind = StackLeaf, Index = _instrs[runStart].Depth - 1 - inputs++ };
        var ins = _instrs[pos--];
        switch (ins.Op)
        {
            case Op.LOAD_FAST:
                return new FloatNode { Kind = LocalLeaf, Index = ins.Arg };
            case Op.LOAD_CONST:
                ConstLeafValue(ins.Arg, out double v, out bool isInt);
                return new FloatNode { Kind = ConstLeaf, Value = v, IsIntConst = isInt };
            default:
                if (++ops > MaxFloatOps) return null;
                int op = FloatOp(ins.Arg);
                var right = ParseBack(ref pos, runStart, ref inputs, ref ops);
                if (right is null) return null;
                var left = ParseBack(ref pos, runStart, ref inputs, ref ops);
                // Two int operands are int arithmetic; a constant zero divisor always raises.
                if (left is null || (right.IsIntConst && left.IsIntConst)
                    || (op == NbTrueDivide && right.Kind == ConstLeaf && right.Value == 0)) return null;
                return new FloatNode { Kind = OpNode, Index = op, Left = left, Right = right };
        }
    }

    /// <summary>Emits the fused tree starting at instruction k when there is one: the check of its leaves, the
    /// arithmetic in doubles and the jump past the tree; a failed check falls through to the instructions' own code.</summary>
    private void EmitFloatTree(int k)
    {
        if (_floatTree?[k] is not { } tree) return;
        var il = _il;
        var general = il.DefineLabel();
        int used = 0;
        var leaves = new LeafLocals(new LocalBuilder?[_nlp], new LocalBuilder?[_stk.Length]);
        CheckLeaves(tree, general, leaves, ref used);
        var result = Compute(tree, general, leaves, ref used);
        Load(result);
        il.Emit(OpCodes.Newobj, typeof(PyFloat).GetConstructor([typeof(double)])!);
        int end = _floatEnd![k];
        St(_instrs[end - 1].Depth - 2);
        il.Emit(OpCodes.Br, _labels[end]);
        il.MarkLabel(general);
    }

    private LocalBuilder Double(ref int used)
    {
        if (used == _doubles.Count) _doubles.Add(_il.DeclareLocal(typeof(double)));
        return _doubles[used++];
    }

    /// <summary>Loads each non-constant leaf's value into a double local (a fast local read twice, once), leaving for
    /// <paramref name="general"/> at the first that isn't an exact float.</summary>
    private void CheckLeaves(FloatNode n, Label general, LeafLocals leaves, ref int used)
    {
        if (n.Kind == OpNode)
        {
            CheckLeaves(n.Left!, general, leaves, ref used);
            CheckLeaves(n.Right!, general, leaves, ref used);
            return;
        }
        if (n.Kind == ConstLeaf) return;
        var table = n.Kind == LocalLeaf ? leaves.Locals : leaves.Stack;
        if (table[n.Index] is not null) return;
        var local = Double(ref used);
        table[n.Index] = local;
        if (n.Kind == LocalLeaf) LdSlot(n.Index);
        else Ld(n.Index);
        _il.Emit(OpCodes.Ldloca, local);
        _il.Emit(OpCodes.Call, M(nameof(Interpreter.ExactFloat)));
        _il.Emit(OpCodes.Brfalse, general);
    }

    /// <summary>The double locals holding the checked leaves, by fast local and by stack entry.</summary>
    private sealed record LeafLocals(LocalBuilder?[] Locals, LocalBuilder?[] Stack);

    /// <summary>An operand of the double arithmetic: a local holding it, or a constant.</summary>
    private sealed record DoubleOperand(LocalBuilder? Local, double Constant);

    private DoubleOperand Compute(FloatNode n, Label general, LeafLocals leaves, ref int used)
    {
        switch (n.Kind)
        {
            case ConstLeaf: return new DoubleOperand(null, n.Value);
            case LocalLeaf: return new DoubleOperand(leaves.Locals[n.Index], 0);
            case StackLeaf: return new DoubleOperand(leaves.Stack[n.Index], 0);
        }
        var left = Compute(n.Left!, general, leaves, ref used);
        var right = Compute(n.Right!, general, leaves, ref used);
        var il = _il;
        if (n.Index == NbTrueDivide && right.Local is not null)
        {
            // Float division by zero raises ZeroDivisionError: the instructions' own code does that.
            Load(right);
            il.Emit(OpCodes.Ldc_R8, 0.0);
            il.Emit(OpCodes.Beq, general);
        }
        Load(left);
        Load(right);
        il.Emit(n.Index switch
        {
            NbAdd => OpCodes.Add,
            NbSubtract => OpCodes.Sub,
            NbMultiply => OpCodes.Mul,
            _ => OpCodes.Div,
        });
        var result = Double(ref used);
        il.Emit(OpCodes.Stloc, result);
        return new DoubleOperand(result, 0);
    }

    private void Load(DoubleOperand o)
    {
        if (o.Local is not null) _il.Emit(OpCodes.Ldloc, o.Local);
        else _il.Emit(OpCodes.Ldc_R8, o.Constant);
    }
}
