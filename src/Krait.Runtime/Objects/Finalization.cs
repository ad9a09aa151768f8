using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Krait.Runtime;

/// <summary><c>__del__</c> and weak-reference death on the .NET GC (DESIGN.md "Memory"). An object whose type
/// has <c>__del__</c>, or that has weak references, gets a <see cref="GcSentinel"/> in a conditional weak table
/// keyed by it. When the object becomes unreachable, so does the sentinel; its .NET finalizer queues it and
/// sets <see cref="Pending"/>, and the eval loop (at the points where it checks for Ctrl-C) or gc.collect()
/// runs <see cref="RunPending"/>: weak reference callbacks first, then <c>__del__</c> in allocation order
/// (the order of CPython's cycle collector). Objects of other types pay nothing.</summary>
public static class Finalization
{
    /// <summary>Set by the finalizer thread when sentinels are queued; the eval loop polls it. This class has
    /// no static initializer so the poll is a plain field load.</summary>
    public static volatile bool Pending;

    private static ConditionalWeakTable<PyObject, GcSentinel>? s_table;
    private static ConcurrentQueue<GcSentinel>? s_queue;
    private static long s_seq;
    private static bool s_running, s_exitHooked, s_exitDone, s_instanceSentinels;
    private static PyStr? s_delName;
    private static List<GcSentinel>? s_batch;
    [ThreadStatic] private static bool t_untracked;

    /// <summary>While set, new objects of builtin types with a finalizer (_io streams) are not registered: the
    /// standard streams, which are flushed explicitly at exit and never close their fds. Registering them would
    /// make every process run a full collection and a walk of the object graph at exit (~10 ms).</summary>
    internal static bool Untracked { get => t_untracked; set => t_untracked = value; }

    /// <summary>Objects registered (finalizable or weakly referenced) since the last gc.collect(): the first
    /// number of gc.get_count().</summary>
    internal static int AllocatedSinceCollect;
    /// <summary>Objects finalized or found dead by the sentinels since start-up (gc.get_stats()).</summary>
    internal static long TotalCollected;

    private static ConditionalWeakTable<PyObject, GcSentinel> Table
    {
        get
        {
            if (s_table is null)
            {
                Interlocked.CompareExchange(ref s_queue, new ConcurrentQueue<GcSentinel>(), null);
                Interlocked.CompareExchange(ref s_table, new ConditionalWeakTable<PyObject, GcSentinel>(), null);
            }
            return s_table;
        }
    }

    /// <summary>The sentinel of a new <see cref="PyInstance"/> whose class has <c>__del__</c>; the instance keeps
    /// it in its member array.</summary>
    internal static GcSentinel NewInstanceSentinel(PyObject o)
    {
        if (s_queue is null) Interlocked.CompareExchange(ref s_queue, new ConcurrentQueue<GcSentinel>(), null);
        AllocatedSinceCollect++;
        s_instanceSentinels = true;
        HookExit();
        var s = new GcSentinel(Interlocked.Increment(ref s_seq)) { Pending = o };
        InstanceSentinels.Add(s);
        return s;
    }

    /// <summary>The sentinel of <paramref name="o"/>, if it has one.</summary>
    private static GcSentinel? Find(PyObject o)
    {
        if (o is PyInstance { Members: { Length: > 0 } m } && m[^1] is GcSentinel s) return s;
        if (o is PyFuture f) return f.Sentinel;
        return s_table is not null && s_table.TryGetValue(o, out var t) ? t : null;
    }

    /// <summary>Called on creation of an object whose type has <c>__del__</c> (PyType.HasFinalizer) that is not a
    /// <see cref="PyInstance"/> (instances of builtins' subclasses).</summary>
    public static void Register(PyObject o)
    {
        if (t_untracked) return;
        var table = Table;
        if (Find(o) is { } existing)
        {
            if (existing.Finalized) return;
            // A future's sentinel made for its weak references is not tracked for exit yet.
            if (o is PyFuture && existing.Pending is null) TrackForExit(existing);
            existing.Pending = o;
            return;
        }
        var s = new GcSentinel(Interlocked.Increment(ref s_seq)) { Pending = o };
        AllocatedSinceCollect++;
        HookExit();
        if (o is PyFuture f)
        {
            f.Sentinel = s;
            TrackForExit(s);
        }
        else table.AddOrUpdate(o, s);
    }

    /// <summary>A sentinel that rides in its object (not in the table) and holds a <c>__del__</c> to run: exit finds
    /// it through <see cref="InstanceSentinels"/> (or the walk from the modules past its cap).</summary>
    private static void TrackForExit(GcSentinel s)
    {
        s_instanceSentinels = true;
        InstanceSentinels.Add(s);
    }

    /// <summary>The <c>__del__</c> of <paramref name="o"/> (registered with <see cref="Register"/>) would do nothing
    /// any more: its sentinel stops holding it, so it dies in the collection that finds it unreachable instead of being
    /// kept (with everything it references, into an older generation) until its finalizer has run. Its weak references
    /// are still cleared and their callbacks called. A later <see cref="Register"/> arms it again.</summary>
    internal static void Disarm(PyObject o)
    {
        if (Find(o) is { } s) s.Pending = null;
    }

    /// <summary>The weak reference list of <paramref name="o"/>, created on first use.</summary>
    internal static WeakTarget WeakTargetFor(PyObject o)
    {
        var table = Table;
        if (Find(o) is { } s)
        {
            if (s.Weak is { } w && w.IsAlive) return w;
            // Resurrected by its __del__ after the old list died with it: a new list, and the sentinel watches again.
            s.Weak?.Release();
            s.Weak = new WeakTarget(o);
            if (s.Queued) { s.Queued = false; GC.ReRegisterForFinalize(s); }
            return s.Weak;
        }
        s = new GcSentinel(Interlocked.Increment(ref s_seq)) { Weak = new WeakTarget(o) };
        if (o is PyInstance inst)
        {
            // Like __del__'s: the sentinel rides in a hidden last member slot, no table entry.
            var old = inst.Members;
            int n = old?.Length ?? 0;
            var grown = new PyObject?[n + 1];
            if (old is not null) Array.Copy(old, grown, n);
            grown[n] = s;
            inst.Members = grown;
        }
        else if (o is PyFuture f) f.Sentinel = s;
        else table.AddOrUpdate(o, s);
        AllocatedSinceCollect++;
        return s.Weak;
    }

    /// <summary>The weak reference list of <paramref name="o"/> if it has one (getweakrefcount, __weakref__).</summary>
    internal static WeakTarget? ExistingWeakTarget(PyObject o) => Find(o) is { Weak: { IsAlive: true } w } ? w : null;

    /// <summary>gc.is_finalized: has the object's <c>__del__</c> run.</summary>
    public static bool IsFinalized(PyObject o) => Find(o) is { Finalized: true };

    /// <summary>Finalizer thread: hand a dead object's sentinel to the interpreter.</summary>
    internal static void Enqueue(GcSentinel s)
    {
        s.Queued = true;
        s_queue!.Enqueue(s);
        Pending = true;
        EvalBreaker.Set(EvalBreaker.Finalizers);
    }

    /// <summary>Runs the queued weakref callbacks and <c>__del__</c> methods (a safe point on a Python thread).
    /// Returns how many dead objects were handled. Re-entry (from Python code run here) does nothing.</summary>
    public static int RunPending()
    {
        if (s_running || s_queue is null) { return 0; }
        s_running = true;
        int handled = 0;
        try
        {
            var batch = s_batch ??= [];
            while (Pending || !s_queue.IsEmpty)
            {
                Pending = false;
                batch.Clear();
                while (s_queue.TryDequeue(out var s)) batch.Add(s);
                if (batch.Count == 0) break;
                batch.Sort(static (a, b) => a.Seq.CompareTo(b.Seq));
                handled += batch.Count;
                // As CPython's collector: clear weak references and call their callbacks, then finalize.
                foreach (var s in batch)
                {
                    var w = s.Weak;
                    s.Weak = null;
                    w?.CallCallbacks();
                }
                foreach (var s in batch)
                {
                    if (s.Pending is not { } o) continue;
                    s.Pending = null;
                    CallDel(o, s);
                }
            }
        }
        finally { s_running = false; s_batch?.Clear(); }
        TotalCollected += handled;
        return handled;
    }

    /// <summary>PEP 442 finalization: runs <c>__del__</c> once; an exception goes to sys.unraisablehook as
    /// "Exception ignored in: &lt;function C.__del__ …&gt;".</summary>
    private static void CallDel(PyObject o, GcSentinel s)
    {
        s.Finalized = true;
        if (o is PyGenBase gen) { FinalizeGenerator(gen); return; }
        var del = o.Type.Lookup(s_delName ??= PyStr.Intern("__del__"));
        if (del is null) return;
        try { SlotStubs.CallFound(del, o, []); }
        catch (Exception e) when (PyErr.Reportable(e)) { SysModule.WriteUnraisable(PyErr.ToPython(e), null, del); }
    }

    /// <summary>_PyGen_Finalize for a generator registered with <see cref="Register"/> (the VM registers one
    /// suspended inside a try block): an async generator goes to the sys.set_asyncgen_hooks finalizer it
    /// remembered, a suspended generator or coroutine is closed so its finally blocks run; an exception goes
    /// to sys.unraisablehook with the generator as the object.</summary>
    private static void FinalizeGenerator(PyGenBase gen)
    {
        try
        {
            if (gen is PyAsyncGenerator { Finalizer: { } hook }) Ops.Call(hook, [gen]);
            else if (gen.Suspended && gen is not PyAsyncGenerator) gen.Close();
        }
        catch (Exception e) when (PyErr.Reportable(e)) { SysModule.WriteUnraisable(PyErr.ToPython(e), null, gen); }
    }

    /// <summary>gc.collect(): full .NET collections and the finalizers they make pending, repeated while they
    /// find more (an object freed by a <c>__del__</c> or callback is only seen by the next collection).
    /// Returns the number of finalizable or weakly referenced objects found unreachable.</summary>
    public static int Collect()
    {
        int total = 0;
        for (int round = 0; round < 8; round++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
            GC.WaitForPendingFinalizers();
            if (s_queue is null || s_queue.IsEmpty) break;
            Pending = true;
            int n = RunPending();
            total += n;
            if (n == 0) break;
        }
        AllocatedSinceCollect = 0;
        return total;
    }

    /// <summary>The still-live registered objects (gc.freeze's count, get_objects' extra roots).</summary>
    internal static List<PyObject> LiveTracked()
    {
        var list = new List<PyObject>();
        if (s_table is null) return list;
        foreach (var kv in s_table) list.Add(kv.Key);
        return list;
    }

    private static void HookExit()
    {
        if (s_exitHooked) return;
        s_exitHooked = true;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => RunAtExit();
    }

    /// <summary>Interpreter shutdown (after atexit handlers): collects the garbage, then runs <c>__del__</c> of
    /// every object still alive that has not been finalized, in allocation order — what CPython's final
    /// collection of the modules' namespaces does in the common case — and flushes the standard streams.
    /// Idempotent; the CLI calls it, and a ProcessExit handler is the fallback.</summary>
    public static void RunAtExit()
    {
        if (s_exitDone || !s_exitHooked) return;
        s_exitDone = true;
        SysModule.IsFinalizing = true;
        try
        {
            if (!s_instanceSentinels)
            {
                FinalizeTableAtExit();
                return;
            }
            Collect();
            // The instances still alive hold their sentinels themselves: InstanceSentinels has the live ones (past
            // its cap, they are found by walking from the modules and frames); the other finalizable objects are
            // in the table.
            var remaining = new List<GcSentinel>();
            var seen = new HashSet<GcSentinel>(ReferenceEqualityComparer.Instance);
            if (!InstanceSentinels.Live(remaining))
                foreach (var o in GcModule.ReachableTracked())
                    if (Find(o) is { Pending: not null } s && seen.Add(s)) remaining.Add(s);
            foreach (var s in remaining) seen.Add(s);
            if (s_table is not null)
                foreach (var kv in s_table)
                    if (kv.Value.Pending is not null && seen.Add(kv.Value)) remaining.Add(kv.Value);
            remaining.Sort(static (a, b) => a.Seq.CompareTo(b.Seq));
            foreach (var s in remaining)
            {
                if (s.Pending is not { } o) continue;
                s.Pending = null;
                CallDel(o, s);
            }
        }
        catch (PythonException) { }
        finally
        {
            SysModule.FlushStdStreams();
        }
    }

    /// <summary>RunAtExit when every finalizable object is in the table (no instance of a class with __del__ was
    /// made; typically a generator suspended in a try block during start-up): the same __del__ calls without a full
    /// collection and a walk of the object graph (~10 ms): the queued dead first, then the rest in allocation order.</summary>
    private static void FinalizeTableAtExit()
    {
        GC.WaitForPendingFinalizers();
        Pending = true;
        RunPending();
        if (s_table is null) return;
        var remaining = new List<GcSentinel>();
        foreach (var kv in s_table)
            if (kv.Value.Pending is not null) remaining.Add(kv.Value);
        remaining.Sort(static (a, b) => a.Seq.CompareTo(b.Seq));
        foreach (var s in remaining)
        {
            if (s.Pending is not { } o) continue;
            s.Pending = null;
            CallDel(o, s);
        }
    }
}
