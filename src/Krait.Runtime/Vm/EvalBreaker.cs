namespace Krait.Runtime;

/// <summary>CPython's eval_breaker: one word the eval loop reads at RESUME and JUMP_BACKWARD. Zero means "carry
/// on", so a program that never starts a thread or receives a signal pays one volatile read there. Each bit
/// is a reason to enter <see cref="Interpreter.HandleEvalBreaker"/>. This class has no static initializer so
/// the poll is a plain field load.</summary>
public static class EvalBreaker
{
    /// <summary>Finalizers or weakref callbacks are queued (<see cref="Finalization.Pending"/>).</summary>
    public const int Finalizers = 1;
    /// <summary>Another thread waited a switch interval for the GIL: the holder should let it run.</summary>
    public const int GilDropRequest = 2;
    /// <summary>A signal arrived (Ctrl-C, or one the _signal module trapped); handled on the main thread.</summary>
    public const int Signals = 4;

    /// <summary>The combined flags; read by the eval loop, changed only with <see cref="Set"/>/<see cref="Clear"/>.</summary>
    public static volatile int Flags;

    public static void Set(int bits) => Interlocked.Or(ref Flags, bits);

    public static void Clear(int bits) => Interlocked.And(ref Flags, ~bits);

    /// <summary>_thread.interrupt_main(signum): the _signal module installs this to simulate a signal's arrival
    /// (PyErr_SetInterruptEx: ignored when the signal's handler is SIG_IGN or SIG_DFL). Null: only SIGINT is
    /// known, and it raises KeyboardInterrupt.</summary>
    public static Action<int>? SignalTrip;
}
