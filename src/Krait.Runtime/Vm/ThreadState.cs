namespace Krait.Runtime;

/// <summary>Per-thread interpreter state (CPython's PyThreadState): the running frame chain, the recursion
/// depth and the exception being handled (what <c>sys.exc_info()</c> reports).</summary>
public sealed class ThreadState
{
    [ThreadStatic] private static ThreadState? t_current;

    public static ThreadState Current => t_current ??= new ThreadState();

    /// <summary>The innermost Python frame executing on this thread (sys._getframe(0)).</summary>
    public PyFrame? Frame;
    /// <summary>Python frames currently on this thread (checked against the recursion limit).</summary>
    public int Depth;
    /// <summary>The exception currently being handled (set by PUSH_EXC_INFO, restored by POP_EXCEPT).</summary>
    public PyBaseException? Handled;
    /// <summary>sys.settrace / sys.setprofile functions.</summary>
    public PyObject? TraceFunc, ProfileFunc;
}
