using System.Reflection.Emit;
using Krait.Compiler.Bytecode;

namespace Krait.Runtime;

// f(*args, **kwargs) without a copy of kwargs. The call compiles to BUILD_MAP 0, a load of kwargs (LOAD_FAST or
// LOAD_DEREF), DICT_MERGE 1 and CALL_FUNCTION_EX 1: the new dict exists only to be read by the call, which copies
// its keywords out before running the callee (a Python callee's **kwargs is always a new dict). When kwargs is an
// exact dict whose keys are all exact strs and args an exact tuple or list (unpacking anything else could run code
// that changes kwargs after the copy CPython makes first), merging it into the empty dict can neither fail nor run
// Python code, so the call reads kwargs itself (Interpreter.KwargsForCall); anything else is merged into a new dict
// as before.
// Fused only when nothing jumps into the four instructions.
internal sealed partial class JitCompiler
{
    /// <summary>Per instruction: a BUILD_MAP 0 or DICT_MERGE 1 of a fused f(*args, **kwargs).</summary>
    private bool[]? _kwargsPass;

    private void FindKwargsPassThrough(bool[] entered)
    {
        for (int k = 0; k + 3 < _instrs.Length; k++)
        {
            if (_instrs[k].Op != Op.BUILD_MAP || _instrs[k].Arg != 0 || _instrs[k].Depth < 0) continue;
            if (_instrs[k + 1].Op is not (Op.LOAD_FAST or Op.LOAD_DEREF)) continue;
            if (_instrs[k + 2].Op != Op.DICT_MERGE || _instrs[k + 2].Arg != 1) continue;
            if (_instrs[k + 3].Op != Op.CALL_FUNCTION_EX || (_instrs[k + 3].Arg & 1) == 0) continue;
            if (entered[k + 1] || entered[k + 2] || entered[k + 3]) continue;
            _kwargsPass ??= new bool[_instrs.Length];
            _kwargsPass[k] = _kwargsPass[k + 2] = true;
        }
    }

    /// <summary>BUILD_MAP 0 or DICT_MERGE 1 of a fused call (instruction <paramref name="k"/>): emitted, or false for
    /// the plain instruction. BUILD_MAP makes nothing; DICT_MERGE puts the dict the call reads where BUILD_MAP's
    /// would be.</summary>
    private bool EmitKwargsPart(int k, in Instr ins)
    {
        if (_kwargsPass is null || !_kwargsPass[k]) return false;
        if (ins.Op == Op.BUILD_MAP) return true;
        int d = ins.Depth;
        Lasti(ins.Index);
        Ld(d - 1);
        Ld(d - 3);
        Ld(d - 4);
        _il.Emit(OpCodes.Call, M(nameof(Interpreter.KwargsForCall)));
        St(d - 2);
        return true;
    }
}
