namespace Krait.Runtime;

/// <summary>A code object compiled to a .NET method (<see cref="JitCompiler"/>). Its body runs a frame of the code
/// from the frame's ResumeAt (0 for a fresh call; a backward-jump target when the eval loop hands over a running
/// loop) and returns the frame's result, null with the exception in <see cref="ThreadState.JitPending"/>, or
/// <see cref="Interpreter.JitDeopt"/> when it hands the frame back to the eval loop.</summary>
internal sealed class JitCode
{
    public readonly PyCode Code;
    public Func<ThreadState, PyFrame, PyObject?> Body = null!;
    /// <summary>The code units where the body can be entered: 0, then every backward-jump target (entry id =
    /// position here).</summary>
    private readonly int[] _entries;
    /// <summary>Bytes of IL of the body (KRAIT_JIT_TRACE reports it).</summary>
    public int ILSize;

    public JitCode(PyCode code, int[] entries)
    {
        Code = code;
        _entries = entries;
    }

    /// <summary>The entry id of code unit <paramref name="ip"/>, or -1 when the body can't start there.
    /// Every compiled call asks (for code unit 0): that answer inlines into the body, the search doesn't.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int EntryFor(int ip) => ip == 0 ? 0 : SearchEntry(ip);

    private int SearchEntry(int ip)
    {
        var e = _entries;
        for (int i = 1; i < e.Length; i++)
            if (e[i] == ip) return i;
        return -1;
    }
}
