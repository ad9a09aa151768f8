namespace Krait.Runtime;

// The slow path of the eval breaker (ceval.c's eval_frame_handle_pending): entered when EvalBreaker.Flags is
// non-zero at RESUME or JUMP_BACKWARD.
internal static partial class Interpreter
{
    /// <summary>Handles what the breaker flags ask for; returns an exception to raise in the frame (from a signal
    /// handler or KeyboardInterrupt), or null to carry on.</summary>
    internal static PyBaseException? HandleEvalBreaker(ThreadState ts)
    {
        int flags = EvalBreaker.Flags;
        if ((flags & EvalBreaker.GilDropRequest) != 0) Gil.Yield(ts);
        if ((flags & EvalBreaker.Signals) != 0 && ts.IsMain)
        {
            try { RunPendingSignals(); }
            catch (PythonException e) { return e.Value; }
        }
        if ((flags & EvalBreaker.Finalizers) != 0)
        {
            EvalBreaker.Clear(EvalBreaker.Finalizers);
            if (Finalization.Pending) Finalization.RunPending();
        }
        return null;
    }

    /// <summary>Runs the Python handlers of signals that arrived (main thread only, PyErr_CheckSignals); a Ctrl-C
    /// before the _signal module took over SIGINT raises KeyboardInterrupt. Throws what a handler raises.</summary>
    internal static void RunPendingSignals()
    {
        var ts = ThreadState.Current;
        if (!ts.IsMain) return;
        EvalBreaker.Clear(EvalBreaker.Signals);
        if (!PythonRuntime.InterruptPending) return;
        PythonRuntime.InterruptPending = false;
        if (SignalModule.RunPendingFromEvalLoop() is { } e) throw new PythonException(e);
    }

    /// <summary>Simulates the arrival of signal <paramref name="signum"/> (_thread.interrupt_main): the _signal
    /// module's trip function when it is installed; otherwise SIGINT raises KeyboardInterrupt in the main
    /// thread and other signals have their default (ignored here, as CPython ignores SIG_DFL).</summary>
    internal static void TripSignal(int signum)
    {
        if (EvalBreaker.SignalTrip is { } trip) { trip(signum); return; }
        if (signum == 2) PythonRuntime.InterruptPending = true;
    }
}
