namespace Krait.Runtime;

/// <summary>The non-recursive lock under _thread.lock and _thread.RLock (CPython's PyThread_type_lock): any
/// thread may release it. Taking a free lock is one compare-exchange; a waiter releases the GIL and parks
/// on a monitor. Waits on the main thread wake now and then so that a real signal (Ctrl-C) interrupts them, as EINTR does
/// in CPython; _thread.interrupt_main only sets the flag and, as in CPython, does not.</summary>
internal sealed class ParkingLock
{
    private int _state;
    private int _waiters;

    public bool Locked => Volatile.Read(ref _state) != 0;

    public bool TryAcquire() => Interlocked.CompareExchange(ref _state, 1, 0) == 0;

    /// <summary>Blocks up to <paramref name="timeoutNs"/> (negative: forever). Returns whether the lock was
    /// taken; a Python exception from a signal handler that ran meanwhile propagates.</summary>
    public bool Acquire(long timeoutNs)
    {
        if (TryAcquire()) return true;
        if (timeoutNs == 0) return false;
        long deadline = timeoutNs > 0 ? Deadline.After(timeoutNs) : 0;
        while (true)
        {
            bool interrupted;
            using (Gil.Release())
            {
                if (WaitFor(deadline, out interrupted)) return true;
            }
            if (!interrupted) return false;
            // A signal arrived while the main thread waited: run its handler (it may raise), then wait on.
            Interpreter.RunPendingSignals();
            if (TryAcquire()) return true;
        }
    }

    /// <summary>Parks until the lock is taken (true), the deadline passes, or — on the main thread — a signal is
    /// pending (false with <paramref name="interrupted"/>).</summary>
    private bool WaitFor(long deadline, out bool interrupted)
    {
        interrupted = false;
        bool main = ThreadState.Current.IsMain;
        lock (this)
        {
            Interlocked.Increment(ref _waiters);
            try
            {
                while (true)
                {
                    if (TryAcquire()) return true;
                    if (main && SignalModule.Pending) { interrupted = true; return false; }
                    int ms;
                    if (deadline == 0 && !main) ms = Timeout.Infinite;
                    else
                    {
                        long left = deadline == 0 ? long.MaxValue : Deadline.MillisLeft(deadline);
                        if (left <= 0) return TryAcquire();
                        ms = (int)Math.Min(left, main ? 50 : int.MaxValue);
                    }
                    Monitor.Wait(this, ms);
                }
            }
            finally { Interlocked.Decrement(ref _waiters); }
        }
    }

    public void Release()
    {
        Interlocked.Exchange(ref _state, 0);
        if (Volatile.Read(ref _waiters) > 0)
            lock (this) Monitor.Pulse(this);
    }

    /// <summary>_at_fork_reinit: a fresh unlocked lock (there are no other threads in a forked child).</summary>
    public void Reinit() => Interlocked.Exchange(ref _state, 0);
}

/// <summary>Deadlines on the monotonic Stopwatch clock.</summary>
internal static class Deadline
{
    public static long After(long ns)
    {
        long ticks = (long)(ns / 1e9 * System.Diagnostics.Stopwatch.Frequency);
        long now = System.Diagnostics.Stopwatch.GetTimestamp();
        return ticks > long.MaxValue - now ? long.MaxValue : now + Math.Max(1, ticks);
    }

    public static long MillisLeft(long deadline)
    {
        long left = deadline - System.Diagnostics.Stopwatch.GetTimestamp();
        if (left <= 0) return 0;
        return (long)Math.Ceiling(left * 1000.0 / System.Diagnostics.Stopwatch.Frequency);
    }
}
