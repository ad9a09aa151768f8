using System.Runtime.InteropServices;

namespace Krait.Runtime;

/// <summary>The _signal module (Modules/signalmodule.c). The OS-level handler is .NET's
/// <see cref="PosixSignalRegistration"/>: it runs on a runtime thread, marks the signal tripped and raises the
/// interpreter's interrupt flag; the Python handler then runs on the main thread at the next safe point
/// (<see cref="CheckSignals"/>), as CPython runs it from the eval loop's breaker.</summary>
public static partial class SignalModule
{
    internal const int NSIG = 65;
    private const int SIGINT = 2, SIGPIPE = 13, SIGXFSZ = 25;

    private static readonly PyObject?[] s_handlers = new PyObject?[NSIG];
    private static readonly PosixSignalRegistration?[] s_regs = new PosixSignalRegistration?[NSIG];
    private static readonly int[] s_tripped = new int[NSIG];
    private static volatile bool s_anyTripped;
    private static int s_mainThreadId = -1;
    private static int s_wakeupFd = -1;
    private static PyObject? s_defaultIntHandler;
    private static readonly ManualResetEventSlim s_tripEvent = new(false);

    /// <summary>Signals .NET itself may install native handlers for: these are only ever managed through
    /// registrations; any other signal's SIG_DFL/SIG_IGN goes to libc directly (and is inherited by children).</summary>
    private static bool RuntimeOwned(int sig) => sig is 1 or 2 or 3 or 15 or 17 or 18 or 20 or 21 or 22 or 28;

    internal static PyObject DefaultIntHandler => s_defaultIntHandler ??= new PyBuiltinFunction("default_int_handler", (self, args, kw) =>
        throw PyErr.New(PyExc.KeyboardInterrupt)) { Module = "_signal" };

    /// <summary>True on the thread that runs the main program (where Python signal handlers run).</summary>
    internal static bool IsMainThread => s_mainThreadId < 0 || Environment.CurrentManagedThreadId == s_mainThreadId;

    /// <summary>Start-up (signal_install_handlers): SIGINT raises KeyboardInterrupt through default_int_handler.
    /// Called by the CLI on the main Python thread.</summary>
    public static void InstallDefaultHandlers()
    {
        s_mainThreadId = Environment.CurrentManagedThreadId;
        EvalBreaker.SignalTrip = SetInterrupt;
        // A SIGINT the parent ignored (a background job of a shell) stays ignored, as in CPython.
        var old = new byte[152];
        if (Libc.SigAction(SIGINT, 0, old) == 0 && BitConverter.ToInt64(old, 0) == 1)
        {
            s_handlers[SIGINT] = PyInt.FromLong(1);
            return;
        }
        s_handlers[SIGINT] = DefaultIntHandler;
        Register(SIGINT, trip: true);
    }

    /// <summary>exit_sigint: after an uncaught KeyboardInterrupt the process dies of SIGINT (so that a calling
    /// shell sees it), when SIGINT has its default handler. Returns when that is not possible.</summary>
    public static void ExitWithSigint()
    {
        if (!ReferenceEquals(s_handlers[SIGINT], s_defaultIntHandler) || s_defaultIntHandler is null) return;
        s_regs[SIGINT]?.Dispose();
        s_regs[SIGINT] = null;
        Libc.Signal(SIGINT, 0);
        Libc.Kill(Libc.GetPid(), SIGINT);
        Thread.Sleep(100);
    }

    private static void Register(int sig, bool trip)
    {
        s_regs[sig]?.Dispose();
        s_regs[sig] = PosixSignalRegistration.Create((PosixSignal)sig, trip ? Trip : Ignore);
    }

    private static void Ignore(PosixSignalContext ctx) => ctx.Cancel = true;

    /// <summary>The C-level handler (runs on a .NET runtime thread): record and wake the main thread.</summary>
    private static void Trip(PosixSignalContext ctx)
    {
        ctx.Cancel = true;
        SetInterrupt((int)ctx.Signal);
    }

    /// <summary>PyErr_SetInterruptEx: simulates the arrival of signal <paramref name="sig"/> (its Python handler
    /// runs on the main thread at the next safe point) — what _thread.interrupt_main() calls. A signal whose
    /// handler is SIG_IGN or SIG_DFL is ignored here, as in CPython.</summary>
    public static void SetInterrupt(int sig)
    {
        if (sig <= 0 || sig >= NSIG) return;
        Volatile.Write(ref s_tripped[sig], 1);
        s_anyTripped = true;
        PythonRuntime.InterruptPending = true;
        s_tripEvent.Set();
        int fd = s_wakeupFd;
        // The wakeup fd gets the signal number as one byte (a full pipe is not an error here).
        if (fd >= 0) Libc.Write(fd, [(byte)sig], 1);
    }

    /// <summary>True when a signal is waiting for its Python handler.</summary>
    public static bool Pending => s_anyTripped;

    /// <summary>PyErr_CheckSignals: runs the Python handlers of the tripped signals (main thread only); an
    /// exception a handler raises propagates.</summary>
    public static void CheckSignals()
    {
        if (!s_anyTripped || !IsMainThread) return;
        s_anyTripped = false;
        s_tripEvent.Reset();
        for (int sig = 1; sig < NSIG; sig++)
        {
            if (Volatile.Read(ref s_tripped[sig]) == 0) continue;
            Volatile.Write(ref s_tripped[sig], 0);
            var h = s_handlers[sig];
            if (h is null || h is PyInt) continue;
            var frame = (PyObject?)ThreadState.Current.Frame?.MarkEscaped() ?? PyNone.Instance;
            try
            {
                Ops.Call(h, [PyInt.FromLong(sig), frame]);
            }
            catch (PythonException)
            {
                // Leave the remaining signals for the next check, as CPython does.
                for (int s = sig + 1; s < NSIG; s++) if (Volatile.Read(ref s_tripped[s]) != 0) { s_anyTripped = true; PythonRuntime.InterruptPending = true; }
                throw;
            }
        }
    }

    /// <summary>The interrupt flag was seen by the eval loop: the exception the pending handlers raised (a
    /// KeyboardInterrupt from default_int_handler), or null when they returned normally.</summary>
    public static PyBaseException? RunPendingFromEvalLoop()
    {
        if (!s_anyTripped) return null;
        if (!IsMainThread) { PythonRuntime.InterruptPending = true; return null; }
        try { CheckSignals(); return null; }
        catch (PythonException e) { return e.Value; }
    }

    /// <summary>After kill()/raise_signal() aimed at this process: wait (briefly) for .NET to deliver the signal
    /// to <see cref="Trip"/>, then run the handler, so that it has run when the call returns, as in CPython.</summary>
    internal static void AwaitDelivery(int sig)
    {
        if (sig <= 0 || sig >= NSIG || s_regs[sig] is null || s_handlers[sig] is null or PyInt) return;
        if (!IsMainThread) return;
        var deadline = Environment.TickCount64 + 1000;
        while (Volatile.Read(ref s_tripped[sig]) == 0 && Environment.TickCount64 < deadline) s_tripEvent.Wait(10);
        CheckSignals();
    }

    /// <summary>Waits up to <paramref name="timeoutMs"/> for a signal to arrive (for blocking calls that must
    /// wake up on one, as EINTR wakes them in CPython). True when one is pending.</summary>
    public static bool WaitForSignal(int timeoutMs)
    {
        if (s_anyTripped) return true;
        s_tripEvent.Wait(timeoutMs);
        return s_anyTripped;
    }

    private static int SigNum(PyObject o)
    {
        int sig = PosixModule.Int(o);
        if (sig < 1 || sig >= NSIG) throw PyErr.ValueError("signal number out of range");
        return sig;
    }

    /// <summary>The handler getsignal reports for a signal Python has not set.</summary>
    private static PyObject InitialHandler(int sig) => sig switch
    {
        SIGINT => s_handlers[SIGINT] ?? PyInt.FromLong(0),
        SIGPIPE or SIGXFSZ => PyInt.FromLong(1),
        32 or 33 => PyNone.Instance,
        _ => PyInt.FromLong(0),
    };

    private static PyObject GetHandler(int sig) => s_handlers[sig] ?? InitialHandler(sig);

    private static PyObject SetHandler(int sig, PyObject handler)
    {
        if (!IsMainThread) throw PyErr.ValueError("signal only works in main thread of the main interpreter");
        bool isInt = handler is PyInt;
        long hv = isInt ? ((PyInt)handler).Small : -1;
        if (isInt ? (hv != 0 && hv != 1) : handler.Type.Call is null)
            throw PyErr.TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        if (sig is 9 or 19 or 32 or 33) throw Posix.Error(22);
        var old = GetHandler(sig);
        try
        {
            if (!isInt) Register(sig, trip: true);
            else if (RuntimeOwned(sig))
            {
                if (hv == 1) Register(sig, trip: false);
                else { s_regs[sig]?.Dispose(); s_regs[sig] = null; }
            }
            else
            {
                s_regs[sig]?.Dispose();
                s_regs[sig] = null;
                if (Libc.Signal(sig, (nint)hv) == -1) throw Posix.Error(Posix.Errno);
            }
        }
        catch (Exception e) when (e is PlatformNotSupportedException or ArgumentOutOfRangeException or IOException)
        {
            throw Posix.Error(22);
        }
        s_handlers[sig] = handler;
        return old;
    }

    private static ulong[] SigSet(PyObject o, string fname)
    {
        var set = new ulong[16];
        foreach (var item in PyTuple.FromIterable(o).Items)
        {
            int sig = PosixModule.Int(item);
            if (sig < 1 || sig >= NSIG) throw PyErr.ValueError($"signal number {sig} out of range [1; {NSIG - 1}]");
            set[(sig - 1) / 64] |= 1UL << ((sig - 1) % 64);
        }
        return set;
    }

    private static PyObject SetToPython(ulong[] set)
    {
        var r = new PySet();
        for (int sig = 1; sig < NSIG; sig++)
            if ((set[(sig - 1) / 64] & (1UL << ((sig - 1) % 64))) != 0) r.Add(PyInt.FromLong(sig));
        return r;
    }

    internal static string StrSignal(int sig)
    {
        nint p = Libc.StrSignal(sig);
        return p == 0 ? "" : Marshal.PtrToStringUTF8(p) ?? "";
    }
}
