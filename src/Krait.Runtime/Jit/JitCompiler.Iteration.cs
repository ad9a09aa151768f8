using System.Reflection.Emit;
using Krait.Compiler.Bytecode;

namespace Krait.Runtime;

// FOR_ITER and UNPACK_SEQUENCE (see Vm/Interpreter.Iteration.cs for the pair path both tiers share).
internal sealed partial class JitCompiler
{
    /// <summary>Locals for <see cref="Interpreter.IterNextPair"/>'s results, declared on first use: its out parameters
    /// go to these rather than to value-stack locals, which taking their address would keep out of registers.</summary>
    private LocalBuilder? _pairFirst, _pairSecond, _pairKind, _unpackItems;

    private void EmitForIter(in Instr ins)
    {
        var il = _il;
        int d = ins.Depth, k = _instrAt[ins.Start];
        Lasti(ins.Index);
        var done = il.DefineLabel();
        if (!IsPairUnpack(k))
        {
            il.Emit(OpCodes.Ldarg_1);
            Ld(d - 1);
            il.Emit(OpCodes.Call, M(typeof(Interpreter), nameof(Interpreter.IterNext), typeof(ThreadState), typeof(PyObject)));
            St(d);
            Ld(d);
            il.Emit(OpCodes.Brfalse, done);
            TraceCheck(ins.Next, d + 1, null);
        }
        else
        {
            Ld(d - 1);
            // FOR_ITER + UNPACK_SEQUENCE 2: a pair iterator's two values go straight to the stack entries
            // UNPACK_SEQUENCE fills (the first value on top) and the code goes on after it; any other item falls
            // through to UNPACK_SEQUENCE's own code.
            _pairFirst ??= il.DeclareLocal(typeof(PyObject));
            _pairSecond ??= il.DeclareLocal(typeof(PyObject));
            _pairKind ??= il.DeclareLocal(typeof(int));
            il.Emit(OpCodes.Ldloca, _pairFirst);
            il.Emit(OpCodes.Ldloca, _pairSecond);
            il.Emit(OpCodes.Call, M(nameof(Interpreter.IterNextPair)));
            il.Emit(OpCodes.Stloc, _pairKind);
            var notPair = il.DefineLabel();
            il.Emit(OpCodes.Ldloc, _pairKind);
            il.Emit(OpCodes.Ldc_I4, Interpreter.PairValues);
            il.Emit(OpCodes.Bne_Un, notPair);
            il.Emit(OpCodes.Ldloc, _pairFirst);
            St(d + 1);
            il.Emit(OpCodes.Ldloc, _pairSecond);
            St(d);
            // Tracing turned on by the iterator: UNPACK_SEQUENCE runs traced in the eval loop, on the pair.
            TraceCheck(_instrs[k + 1].Start, d + 1, () =>
            {
                Ld(d + 1);
                Ld(d);
                il.Emit(OpCodes.Call, M(typeof(PyTuple), nameof(PyTuple.Pair)));
                St(d);
            });
            il.Emit(OpCodes.Br, _labels[k + 2]);
            il.MarkLabel(notPair);
            il.Emit(OpCodes.Ldloc, _pairKind);
            il.Emit(OpCodes.Brfalse, done);
            il.Emit(OpCodes.Ldloc, _pairFirst);
            St(d);
            TraceCheck(ins.Next, d + 1, null);
        }
        var more = il.DefineLabel();
        il.Emit(OpCodes.Br, more);
        il.MarkLabel(done);
        il.Emit(OpCodes.Ldnull);
        St(d - 1);
        int target = Target(ins);
        TraceCheck(target, d - 1, null);
        il.Emit(OpCodes.Br, LabelAt(target));
        il.MarkLabel(more);
    }

    /// <summary>After the iterator ran (Python code may have set a trace function, as after a call): with tracing on,
    /// the frame continues in the eval loop at <paramref name="resumeAt"/> (cold code, after
    /// <paramref name="prepare"/> rebuilt what the eval loop expects on the stack).</summary>
    private void TraceCheck(int resumeAt, int depth, Action? prepare)
    {
        var il = _il;
        var cold = il.DefineLabel();
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ldfld, F<ThreadState>(nameof(ThreadState.TraceMask)));
        il.Emit(OpCodes.Brtrue, cold);
        _cold.Add(() =>
        {
            il.MarkLabel(cold);
            prepare?.Invoke();
            EmitDeopt(resumeAt, depth);
        });
    }

    /// <summary>Instruction <paramref name="k"/> (a FOR_ITER) is followed by UNPACK_SEQUENCE 2 and then by a reachable
    /// instruction. A jump to the UNPACK_SEQUENCE itself would still run its own code, which stays in place.</summary>
    private bool IsPairUnpack(int k) =>
        k + 2 < _instrs.Length && _instrs[k + 1] is { Op: Op.UNPACK_SEQUENCE, Arg: 2 } u && u.Start == u.Index
        && u.Depth == _instrs[k].Depth + 1 && _instrs[k + 2].Depth == u.Depth + 1;

    private void EmitUnpack(in Instr ins)
    {
        var il = _il;
        int d = ins.Depth, arg = ins.Arg, idx = ins.Index;
        var done = il.DefineLabel();
        if (ins.Op == Op.UNPACK_SEQUENCE)
        {
            // An exact tuple of the right length: its items straight from its array, no call and no slots.
            var general = il.DefineLabel();
            _unpackItems ??= il.DeclareLocal(typeof(PyObject[]));
            Ld(d - 1);
            il.Emit(OpCodes.Ldc_I4, arg);
            il.Emit(OpCodes.Call, M(nameof(Interpreter.TupleItemsOfLength)));
            il.Emit(OpCodes.Stloc, _unpackItems);
            il.Emit(OpCodes.Ldloc, _unpackItems);
            il.Emit(OpCodes.Brfalse, general);
            for (int j = 0; j < arg; j++)
            {
                il.Emit(OpCodes.Ldloc, _unpackItems);
                il.Emit(OpCodes.Ldc_I4, arg - 1 - j);
                il.Emit(OpCodes.Ldelem_Ref);
                St(d - 1 + j);
            }
            il.Emit(OpCodes.Br, done);
            il.MarkLabel(general);
        }
        Lasti(idx);
        Ld(d - 1);
        il.Emit(OpCodes.Ldc_I4, arg);
        il.Emit(OpCodes.Ldloc, _slots);
        il.Emit(OpCodes.Ldc_I4, _nlp + d - 1);
        il.Emit(OpCodes.Call, M(ins.Op == Op.UNPACK_SEQUENCE ? nameof(Interpreter.JitUnpackSequence) : nameof(Interpreter.JitUnpackEx)));
        int n = ins.Op == Op.UNPACK_SEQUENCE ? arg : (arg & 0xFF) + 1 + (arg >> 8);
        for (int j = 0; j < n; j++)
        {
            LdSlot(_nlp + d - 1 + j);
            St(d - 1 + j);
            StSlotNull(_nlp + d - 1 + j);
        }
        il.MarkLabel(done);
    }
}
