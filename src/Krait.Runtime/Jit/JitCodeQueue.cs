using System.Diagnostics;

namespace Krait.Runtime;

/// <summary>Compiling in the background: a code object that runs hot is queued, and one compile thread builds its
/// method (the IL, then RyuJIT's machine code, forced before it is published) while the eval loop keeps running
/// the code. The compile thread never runs Python code and doesn't take the GIL: the emitter reads only what a
/// code object never changes (its bytecode, constants' positions, exception table, flags; inline caches are read
/// by the compiled code when it runs, not when it is built). The finished <see cref="JitCode"/> is published with
/// a release write of <see cref="PyCode.Jit"/>, which every call, generator resume and loop hand-over reads: a
/// call picks it up at once, a loop running in the eval loop at its next check (<see cref="Recheck"/> back edges).
/// All other state of the request lives here, under one lock; <see cref="PyCode.Warmth"/> is only ever written by
/// Python threads.</summary>
internal static class JitCodeQueue
{
    /// <summary>Calls or back edges between two looks at a queued code object: <see cref="Poll"/> sets its warmth
    /// this far under the threshold.</summary>
    internal const int Recheck = 64;

    /// <summary>How long a code object that keeps coming back hot may wait for the compile thread before the Python
    /// thread compiles it itself (as without the queue): on a loaded machine the compile thread may get no processor
    /// for hundreds of milliseconds, or be busy with a big method, while the code runs interpreted.</summary>
    private static readonly long StealAfter = Stopwatch.Frequency / 20;

    private sealed class Request(PyCode code)
    {
        public readonly PyCode Code = code;
        public readonly long Queued = Stopwatch.GetTimestamp();
        /// <summary>Set by the compile thread when the code can't be compiled; the next <see cref="Poll"/> marks it.</summary>
        public bool Failed;
        /// <summary>How many times the code came back hot while it waited: the hottest is compiled first.</summary>
        public int Polls;
        /// <summary>Set when the compile thread took the request from the queue.</summary>
        public bool Taken;
    }

    private static readonly object s_lock = new();
    private static readonly Dictionary<PyCode, Request> s_requests = new(ReferenceEqualityComparer.Instance);
    /// <summary>The requests waiting for the compile thread, oldest first.</summary>
    private static readonly List<Request> s_queue = [];
    private static Thread? s_thread;

    /// <summary>The code's compile state, asked when its warmth reaches the threshold (on a Python thread): true
    /// when the compiled method is installed; otherwise queues it (once) and returns false, the eval loop carrying
    /// on with it.</summary>
    internal static bool Poll(PyCode code)
    {
        long waited = 0;
        lock (s_lock)
        {
            if (code.Jit is not null) return true;
            if (s_requests.TryGetValue(code, out var r))
            {
                if (r.Failed)
                {
                    s_requests.Remove(code);
                    code.Warmth = int.MinValue;
                    return false;
                }
                r.Polls++;
                if (!r.Taken && (waited = Stopwatch.GetTimestamp() - r.Queued) > StealAfter)
                {
                    // Waited too long: compiled here, below.
                    s_queue.Remove(r);
                    s_requests.Remove(code);
                }
                else waited = 0;
            }
            else
            {
                r = new Request(code);
                s_requests.Add(code, r);
                s_queue.Add(r);
                if (s_thread is null)
                {
                    s_thread = new Thread(Work) { IsBackground = true, Name = "krait-jit" };
                    s_thread.Start();
                }
                else Monitor.Pulse(s_lock);
            }
        }
        if (waited > 0) return JitCompiler.CompileHere(code, $"after {Stopwatch.GetElapsedTime(0, waited).TotalMilliseconds:F1} ms in the queue");
        code.Warmth = Math.Max(0, JitWarmth.Threshold - Recheck);
        return false;
    }

    /// <summary>Removes and returns the waiting request that came back most often (the oldest of those): code that
    /// went cold after it was queued (a module's import-time helpers) waits behind code that is still running.
    /// The queue is short (tens of code objects at most), so a scan is cheap next to a compile.</summary>
    private static Request TakeHottest()
    {
        int best = 0;
        for (int i = 1; i < s_queue.Count; i++)
            if (s_queue[i].Polls > s_queue[best].Polls) best = i;
        var r = s_queue[best];
        s_queue.RemoveAt(best);
        r.Taken = true;
        return r;
    }

    /// <summary>The compile thread: compiles queued code objects, hottest first, forever (a background thread, it ends
    /// with the process).</summary>
    private static void Work()
    {
        while (true)
        {
            Request r;
            lock (s_lock)
            {
                while (s_queue.Count == 0) Monitor.Wait(s_lock);
                r = TakeHottest();
            }
            long start = Stopwatch.GetTimestamp();
            var jc = JitCompiler.CompileOffThread(r.Code);
            lock (s_lock)
            {
                if (jc is not null)
                {
                    Volatile.Write(ref r.Code.Jit, jc);
                    s_requests.Remove(r.Code);
                }
                else r.Failed = true;
            }
            if (jc is not null && JitCompiler.Trace)
            {
                long end = Stopwatch.GetTimestamp();
                JitCompiler.TraceLine($"jit: compiled {JitCompiler.Describe(r.Code)} in the background in " +
                    $"{Stopwatch.GetElapsedTime(start, end).TotalMilliseconds:F1} ms ({jc.ILSize} bytes of IL), " +
                    $"{Stopwatch.GetElapsedTime(r.Queued, start).TotalMilliseconds:F1} ms after it was queued");
            }
        }
    }
}
