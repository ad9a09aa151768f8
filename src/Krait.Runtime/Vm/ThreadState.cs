namespace Krait.Runtime;

/// <summary>Per-thread interpreter state (CPython's PyThreadState): the running frame chain, the recursion
/// depth and the exception being handled (what <c>sys.exc_info()</c> reports).</summary>
public sealed class ThreadState
{
    [ThreadStatic] private static ThreadState? t_current;

    /// <summary>The calling thread's state. Small enough to inline (the first use on a thread is out of line), so
    /// that optimised callers read the thread static in place instead of calling a method for it.</summary>
    public static ThreadState Current
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => t_current ?? CreateForThread();
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static ThreadState CreateForThread() => t_current = new ThreadState();

    /// <summary>The state of the thread that started the interpreter (the first one created): signal handlers
    /// and KeyboardInterrupt run there.</summary>
    public static ThreadState? Main { get; private set; }

    private ThreadState()
    {
        PThread = Libc.pthread_self();
        Ident = (long)PThread;
        if (Main is null) Interlocked.CompareExchange(ref s_main, this, null);
        Main = s_main;
        lock (s_live) s_live.Add(this);
    }

    /// <summary>Thread states of live threads (sys._current_frames, pthread_getcpuclockid).</summary>
    private static readonly List<ThreadState> s_live = [];

    /// <summary>A snapshot of the live thread states.</summary>
    internal static ThreadState[] Live()
    {
        lock (s_live) return s_live.ToArray();
    }

    internal static ThreadState? FindLive(long ident)
    {
        lock (s_live)
            foreach (var ts in s_live)
                if (ts.Ident == ident) return ts;
        return null;
    }

    /// <summary>The thread's pthread_t.</summary>
    internal readonly nuint PThread;

    private static ThreadState? s_main;

    /// <summary>_thread.get_ident(): the pthread_t, as in CPython (unique among live threads; a managed thread id was
    /// a small number that a program could mistake for a count).</summary>
    public readonly long Ident;

    public bool IsMain => ReferenceEquals(this, s_main);

    /// <summary>_thread.get_native_id(): the kernel's thread id (gettid), read on first use.</summary>
    public long NativeId => _nativeId != 0 ? _nativeId : _nativeId = Libc.gettid();
    private long _nativeId;

    /// <summary>The current contextvars Context (null until a variable is set or a context copied).</summary>
    internal PyContext? Context;

    /// <summary>The buffers of compiled code's fused big-int arithmetic (<see cref="Runtime.BigTree"/>), made on first use.</summary>
    internal BigTree? BigTree;

    /// <summary>_thread._set_sentinel locks: released when the thread's state is finished.</summary>
    internal List<PyLock> Sentinels => _sentinels ??= [];
    private List<PyLock>? _sentinels;

    /// <summary>The end of a thread started by _thread (PyThreadState_Clear): releases the sentinel locks, which
    /// tells threading that the thread is gone.</summary>
    internal void Finish()
    {
        Frame = null;
        lock (s_live) s_live.Remove(this);
        if (_sentinels is null) return;
        foreach (var lk in _sentinels)
            if (lk.Core.Locked) lk.Core.Release();
        _sentinels = null;
    }

    /// <summary>The innermost Python frame executing on this thread (sys._getframe(0)).</summary>
    public PyFrame? Frame;
    /// <summary>Python frames currently on this thread (checked against the recursion limit).</summary>
    public int Depth;
    /// <summary>StackGuard's mark for this thread: the complement of the lowest stack address it approved.</summary>
    internal nuint StackNotSafeLow;
    /// <summary>The exception a compiled frame's code left its frame with (it returned null): see Interpreter.Jit.cs.</summary>
    internal PyBaseException? JitPending;
    /// <summary>Backward jumps left before the eval loop returns to <see cref="Interpreter.Run"/> and is entered
    /// again (see <see cref="Interpreter.ReenterInterval"/>).</summary>
    internal int BackEdgeCountdown = Interpreter.ReenterInterval;
    /// <summary>The innermost exception state (CPython's tstate->exc_info): the thread's own, or the running
    /// generator's, which links to its caller's while it runs.</summary>
    public ExcInfo ExcState = new();

    /// <summary>The exception being handled, as sys.exc_info() reports it: the innermost state that has one
    /// (_PyErr_GetTopmostException).</summary>
    public PyBaseException? Handled
    {
        get
        {
            for (var e = ExcState; e is not null; e = e.Previous)
                if (e.Value is not null) return e.Value;
            return null;
        }
    }
    /// <summary>sys.settrace / sys.setprofile functions (set them with <see cref="SetTrace"/> and
    /// <see cref="SetProfile"/>, which keep <see cref="TraceMask"/> in step).</summary>
    public PyObject? TraceFunc, ProfileFunc;
    /// <summary>Above zero while a trace or profile callback runs (callbacks aren't traced).</summary>
    internal int Tracing;
    /// <summary>255 (DO_TRACING) while a hook is set and no callback runs, else 0: the eval loop ORs it into
    /// each opcode.</summary>
    internal int TraceMask;

    public void SetTrace(PyObject? func)
    {
        TraceFunc = func;
        UpdateTraceMask();
    }

    public void SetProfile(PyObject? func)
    {
        ProfileFunc = func;
        UpdateTraceMask();
    }

    internal void UpdateTraceMask() =>
        TraceMask = Tracing == 0 && (TraceFunc is not null || ProfileFunc is not null) ? Interpreter.DoTracing : 0;
}

/// <summary>One level of handled-exception state (CPython's _PyErr_StackItem).</summary>
public sealed class ExcInfo
{
    /// <summary>The exception handled at this level (set by PUSH_EXC_INFO, restored by POP_EXCEPT).</summary>
    public PyBaseException? Value;
    public ExcInfo? Previous;
}
