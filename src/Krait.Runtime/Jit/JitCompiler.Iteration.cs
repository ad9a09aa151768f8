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
        Ld(d - 1);
        if (!IsPairUnpack(k))
        {
            il.Emit(OpCodes.Call, M(nameof(Interpreter.IterNext)));
            St(d);
            Ld(d);
            var more = il.DefineLabel();
            il.Emit(OpCodes.Brtrue, more);
            il.Emit(OpCodes.Ldnull);
            St(d - 1);
            il.Emit(OpCodes.Br, LabelAt(Target(ins)));
            il.MarkLabel(more);
            return;
        }
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
        var item = il.DefineLabel();
        il.Emit(OpCodes.Ldloc, _pairKind);
        il.Emit(OpCodes.Ldc_I4, Interpreter.PairValues);
        il.Emit(OpCodes.Bne_Un, notPair);
        il.Emit(OpCodes.Ldloc, _pairFirst);
        St(d + 1);
        il.Emit(OpCodes.Ldloc, _pairSecond);
        St(d);
        il.Emit(OpCodes.Br, _labels[k + 2]);
        il.MarkLabel(notPair);
        il.Emit(OpCodes.Ldloc, _pairKind);
        il.Emit(OpCodes.Brtrue, item);
        il.Emit(OpCodes.Ldnull);
        St(d - 1);
        il.Emit(OpCodes.Br, LabelAt(Target(ins)));
        il.MarkLabel(item);
        il.Emit(OpCodes.Ldloc, _pairFirst);
        St(d);
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
