namespace Krait.Runtime;

/// <summary>A code object compiled to a .NET method (<see cref="JitCompiler"/>). Its body runs a frame of the code
/// from the frame's ResumeAt (0 for a fresh call; a backward-jump target when the eval loop hands over a running
/// loop) and returns the frame's result, null with the exception in <see cref="ThreadState.JitPending"/>, or
/// <see cref="Interpreter.JitDeopt"/> when it hands the frame back to the eval loop.</summary>
internal sealed class JitCode
{
    public readonly PyCode Code;
    public Func<ThreadState, PyFrame, PyObject?> Body = null!;
    /// <summary>Per code unit: the entry id where the body can start there (0 for code unit 0, then every backward-jump
    /// target and generator resumption point, numbered as the body's entry switch numbers them), or -1. A table rather
    /// than a search: every generator step asks twice (ResumeCompiledGenerator, then the body's prologue), and a
    /// generator with several yields was a linear search each time.</summary>
    private readonly int[] _entryAt;
    /// <summary>Bytes of IL of the body (KRAIT_JIT_TRACE reports it).</summary>
    public int ILSize;

    public JitCode(PyCode code, int[] entries)
    {
        Code = code;
        _entryAt = new int[code.Instructions.Length + 1];
        for (int i = 0; i < _entryAt.Length; i++) _entryAt[i] = -1;
        for (int i = entries.Length - 1; i >= 0; i--) _entryAt[entries[i]] = i;
    }

    /// <summary>The entry id of code unit <paramref name="ip"/>, or -1 when the body can't start there. Every compiled
    /// call asks for code unit 0, which needs no table.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int EntryFor(int ip) => ip == 0 ? 0 : (uint)ip < (uint)_entryAt.Length ? _entryAt[ip] : -1;
}
