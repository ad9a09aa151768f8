namespace Krait.Runtime;

/// <summary>The global interpreter lock (DESIGN.md "Threads"): the thread running Python code holds it. It is
/// switched on when the first extra thread starts (<see cref="Enable"/>); until then every operation here
/// is a test of one static bool, so a single-threaded program pays nothing for it.
/// Switching follows CPython's ceval_gil.c: a thread that waited <c>sys.getswitchinterval()</c> without
/// the lock changing hands sets <see cref="EvalBreaker.GilDropRequest"/>; the holder drops the lock at its
/// next check and, before taking it again, waits until another thread has taken it (FORCE_SWITCHING).</summary>
public static class Gil
{
    private static readonly object s_mutex = new();
    private static volatile bool s_enabled;
    private static bool s_locked;
    private static ThreadState? s_holder;
    /// <summary>Counts acquisitions: a waiter whose interval passed with the same count asks for a drop.</summary>
    private static long s_switches;
    private static int s_waiters;

    /// <summary>True once a second thread has started; never reset.</summary>
    public static bool Enabled => s_enabled;

    /// <summary>Turns the lock on, held by the calling thread (which runs Python code now).</summary>
    public static void Enable()
    {
        if (s_enabled) return;
        lock (s_mutex)
        {
            if (s_enabled) return;
            s_locked = true;
            s_holder = ThreadState.Current;
            s_switches++;
            s_enabled = true;
        }
    }

    /// <summary>Is the lock held by the calling thread (always true while the lock is off).</summary>
    public static bool HeldByCurrent => !s_enabled || ReferenceEquals(Volatile.Read(ref s_holder), ThreadState.Current);

    /// <summary>Set at interpreter shutdown, after the non-daemon threads were joined: a daemon thread that asks
    /// for the lock from then on blocks for good (CPython's tstate_must_exit), so only the main thread runs
    /// the finalization.</summary>
    public static volatile bool Finalizing;

    /// <summary>take_gil: blocks until the calling thread holds the lock.</summary>
    public static void Acquire(ThreadState ts)
    {
        if (!s_enabled) return;
        if (Finalizing && !ts.IsMain) Thread.Sleep(Timeout.Infinite);
        lock (s_mutex)
        {
            if (s_locked)
            {
                s_waiters++;
                try
                {
                    while (s_locked)
                    {
                        long seen = s_switches;
                        int ms = (int)Math.Clamp(Math.Ceiling(SysModule.SwitchInterval * 1000), 1, int.MaxValue);
                        if (!Monitor.Wait(s_mutex, ms) && s_locked && seen == s_switches)
                            EvalBreaker.Set(EvalBreaker.GilDropRequest);
                    }
                }
                finally { s_waiters--; }
            }
            s_locked = true;
            s_holder = ts;
            s_switches++;
            if (s_waiters == 0) EvalBreaker.Clear(EvalBreaker.GilDropRequest);
            // Wakes a holder waiting in Yield for the switch to have happened.
            Monitor.PulseAll(s_mutex);
        }
    }

    /// <summary>drop_gil.</summary>
    public static void Drop(ThreadState ts)
    {
        if (!s_enabled) return;
        lock (s_mutex)
        {
            if (!ReferenceEquals(s_holder, ts)) return;
            s_locked = false;
            s_holder = null;
            Monitor.PulseAll(s_mutex);
        }
    }

    /// <summary>The eval breaker's answer to a drop request: let a waiting thread run, then take the lock back.</summary>
    internal static void Yield(ThreadState ts)
    {
        if (!s_enabled) { EvalBreaker.Clear(EvalBreaker.GilDropRequest); return; }
        lock (s_mutex)
        {
            EvalBreaker.Clear(EvalBreaker.GilDropRequest);
            if (s_waiters == 0 || !ReferenceEquals(s_holder, ts)) return;
            long seen = s_switches;
            s_locked = false;
            s_holder = null;
            Monitor.PulseAll(s_mutex);
            // FORCE_SWITCHING: don't race the waiter for the lock we just gave up.
            while (s_switches == seen && s_waiters > 0) Monitor.Wait(s_mutex);
        }
        Acquire(ts);
    }

    /// <summary>Releases the lock for a blocking call: <c>using (Gil.Release()) { … }</c> (Py_BEGIN_ALLOW_THREADS).
    /// No Python object may be touched inside the scope.</summary>
    public static Released Release()
    {
        if (!s_enabled) return default;
        var ts = ThreadState.Current;
        if (!ReferenceEquals(Volatile.Read(ref s_holder), ts)) return default;
        Drop(ts);
        return new Released(ts);
    }

    /// <summary>The scope of <see cref="Release"/>: re-acquires the lock when disposed.</summary>
    public readonly struct Released(ThreadState ts) : IDisposable
    {
        private readonly ThreadState? _ts = ts;

        public void Dispose()
        {
            if (_ts is not null) Acquire(_ts);
        }
    }
}
