namespace Krait.Runtime;

/// <summary>The gc module mapped onto the .NET GC (DESIGN.md "Memory"; docs/differences.md "gc and weak
/// references"). collect() runs full .NET collections and the pending finalizers; the thresholds, the
/// enabled flag and freeze are recorded but .NET decides when it collects.</summary>
public static partial class GcModule
{
    public const int DebugStats = 1, DebugCollectable = 2, DebugUncollectable = 4, DebugSaveAll = 32,
        DebugLeak = DebugCollectable | DebugUncollectable | DebugSaveAll;

    private static bool s_enabled = true;
    private static int s_debug;
    private static readonly long[] s_threshold = [700, 10, 10];
    private static readonly long[] s_collections = new long[3], s_collected = new long[3];
    private static int s_freezeCount;
    private static bool s_collecting;
    private static int s_gen0AtLastCollect, s_gen1AtLastCollect;
    // One list each for the life of the process, however often the module is (re)created.
    private static readonly PyList s_garbage = new(), s_callbacks = new();

    public static PyModule Create()
    {
        var m = new PyModule("gc", "This module provides access to the garbage collector for reference cycles.\n\n"
            + "enable() -- Enable automatic garbage collection.\n"
            + "disable() -- Disable automatic garbage collection.\n"
            + "isenabled() -- Returns true if automatic collection is enabled.\n"
            + "collect() -- Do a full collection right now.\n"
            + "get_count() -- Return the current collection counts.\n"
            + "get_stats() -- Return list of dictionaries containing per-generation stats.\n"
            + "set_debug() -- Set debugging flags.\n"
            + "get_debug() -- Get debugging flags.\n"
            + "set_threshold() -- Set the collection thresholds.\n"
            + "get_threshold() -- Return the current the collection thresholds.\n"
            + "get_objects() -- Return a list of all objects tracked by the collector.\n"
            + "is_tracked() -- Returns true if a given object is tracked.\n"
            + "is_finalized() -- Returns true if a given object has been already finalized.\n"
            + "get_referrers() -- Return the list of objects that refer to an object.\n"
            + "get_referents() -- Return the list of objects that an object refers to.\n"
            + "freeze() -- Freeze all tracked objects and ignore them for future collections.\n"
            + "unfreeze() -- Unfreeze all objects in the permanent generation.\n"
            + "get_freeze_count() -- Return the number of objects in the permanent generation.\n");
        m.AddFunction("enable", (self, args, kw) => { ArgBinder.None("gc.enable", args, kw); s_enabled = true; return PyNone.Instance; });
        m.AddFunction("disable", (self, args, kw) => { ArgBinder.None("gc.disable", args, kw); s_enabled = false; return PyNone.Instance; });
        m.AddFunction("isenabled", (self, args, kw) => { ArgBinder.None("gc.isenabled", args, kw); return PyBool.From(s_enabled); });
        m.AddFunction("set_debug", (self, args, kw) =>
        {
            s_debug = (int)ArgBinder.Ssize(ArgBinder.One("gc.set_debug", args, kw));
            return PyNone.Instance;
        });
        m.AddFunction("get_debug", (self, args, kw) => { ArgBinder.None("gc.get_debug", args, kw); return PyInt.FromLong(s_debug); });
        m.AddFunction("get_count", (self, args, kw) => { ArgBinder.None("gc.get_count", args, kw); return GetCount(); });
        m.AddFunction("set_threshold", (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("set_threshold() takes no keyword arguments");
            if (args.Length < 1) throw PyErr.TypeError($"set_threshold() takes at least 1 argument ({args.Length} given)");
            if (args.Length > 3) throw PyErr.TypeError($"set_threshold() takes at most 3 arguments ({args.Length} given)");
            var values = new long[args.Length];
            for (int i = 0; i < args.Length; i++) values[i] = (int)ArgBinder.Ssize(args[i]);
            values.CopyTo(s_threshold, 0);
            return PyNone.Instance;
        });
        m.AddFunction("get_threshold", (self, args, kw) =>
        {
            ArgBinder.None("gc.get_threshold", args, kw);
            return PyTuple.Create([PyInt.FromLong(s_threshold[0]), PyInt.FromLong(s_threshold[1]), PyInt.FromLong(s_threshold[2])]);
        });
        m.AddFunction("collect", (self, args, kw) =>
        {
            Span<PyObject?> v = new PyObject?[1];
            ArgBinder.Bind("collect", args, kw, ["generation"], 0, 1, 0, v);
            long gen = v[0] is null ? 2 : ArgBinder.Ssize(v[0]!);
            if (gen < 0 || gen > 2) throw PyErr.ValueError("invalid generation");
            return PyInt.FromLong(Collect((int)gen));
        });
        m.AddFunction("get_objects", (self, args, kw) =>
        {
            Span<PyObject?> v = new PyObject?[1];
            ArgBinder.Bind("get_objects", args, kw, ["generation"], 0, 1, 0, v);
            if (v[0] is { } g and not PyNone)
            {
                if (g.Type.Index is null) throw PyErr.TypeError($"argument should be integer or None, not '{g.Type.Name}'");
                long gen = ArgBinder.Ssize(g);
                if (gen >= 3) throw PyErr.ValueError("generation parameter must be less than the number of available generations (3)");
                if (gen < -1) throw PyErr.ValueError("generation parameter cannot be negative");
            }
            return new PyList(ReachableTracked().ToArray());
        });
        m.AddFunction("get_stats", (self, args, kw) =>
        {
            ArgBinder.None("gc.get_stats", args, kw);
            var list = new PyList();
            for (int i = 0; i < 3; i++)
            {
                var d = new PyDict();
                d.SetItem(new PyStr("collections"), PyInt.FromLong(s_collections[i] + GC.CollectionCount(i)));
                d.SetItem(new PyStr("collected"), PyInt.FromLong(s_collected[i]));
                d.SetItem(new PyStr("uncollectable"), PyInt.FromLong(0));
                list.Append(d);
            }
            return list;
        });
        m.AddFunction("is_tracked", (self, args, kw) => PyBool.From(IsTracked(ArgBinder.One("gc.is_tracked", args, kw))));
        m.AddFunction("is_finalized", (self, args, kw) => PyBool.From(Finalization.IsFinalized(ArgBinder.One("gc.is_finalized", args, kw))));
        m.AddFunction("get_referents", (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("get_referents() takes no keyword arguments");
            var list = new List<PyObject>();
            foreach (var o in args) if (IsGcType(o)) Referents(o, list);
            return new PyList(list.ToArray());
        });
        m.AddFunction("get_referrers", (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("get_referrers() takes no keyword arguments");
            return new PyList(Referrers(args).ToArray());
        });
        m.AddFunction("freeze", (self, args, kw) =>
        {
            ArgBinder.None("gc.freeze", args, kw);
            s_freezeCount += ReachableTracked().Count;
            return PyNone.Instance;
        });
        m.AddFunction("unfreeze", (self, args, kw) => { ArgBinder.None("gc.unfreeze", args, kw); s_freezeCount = 0; return PyNone.Instance; });
        m.AddFunction("get_freeze_count", (self, args, kw) => { ArgBinder.None("gc.get_freeze_count", args, kw); return PyInt.FromLong(s_freezeCount); });
        m.Add("garbage", s_garbage);
        m.Add("callbacks", s_callbacks);
        m.Add("DEBUG_STATS", PyInt.FromLong(DebugStats));
        m.Add("DEBUG_COLLECTABLE", PyInt.FromLong(DebugCollectable));
        m.Add("DEBUG_UNCOLLECTABLE", PyInt.FromLong(DebugUncollectable));
        m.Add("DEBUG_SAVEALL", PyInt.FromLong(DebugSaveAll));
        m.Add("DEBUG_LEAK", PyInt.FromLong(DebugLeak));
        return m;
    }

    /// <summary>gc.collect(generation): callbacks with "start", full collections with the finalizers they make
    /// pending, callbacks with "stop". Every generation is a full collection under .NET. Returns the number of
    /// objects with <c>__del__</c> or weak references found unreachable (other garbage is reclaimed uncounted).</summary>
    public static int Collect(int generation)
    {
        if (s_collecting) return 0;
        s_collecting = true;
        try
        {
            InvokeCallbacks("start", generation, 0);
            int n = Finalization.Collect();
            s_collections[generation]++;
            s_collected[generation] += n;
            s_gen0AtLastCollect = GC.CollectionCount(0);
            s_gen1AtLastCollect = GC.CollectionCount(1);
            InvokeCallbacks("stop", generation, n);
            return n;
        }
        finally { s_collecting = false; }
    }

    private static void InvokeCallbacks(string phase, int generation, int collected)
    {
        if (s_callbacks.Count == 0) return;
        var info = new PyDict();
        info.SetItem(new PyStr("generation"), PyInt.FromLong(generation));
        info.SetItem(new PyStr("collected"), PyInt.FromLong(collected));
        info.SetItem(new PyStr("uncollectable"), PyInt.FromLong(0));
        var phaseStr = new PyStr(phase);
        foreach (var cb in s_callbacks.AsSpan().ToArray())
        {
            try { Ops.Call(cb, [phaseStr, info]); }
            catch (Exception e) when (PyErr.Reportable(e)) { SysModule.WriteUnraisable(PyErr.ToPython(e), null, cb); }
        }
    }

    /// <summary>gc.get_count(): objects registered with the finalizer machinery since the last collect(), then
    /// the .NET gen-0 and gen-1 collections since it.</summary>
    private static PyTuple GetCount() => PyTuple.Create([
        PyInt.FromLong(Finalization.AllocatedSinceCollect),
        PyInt.FromLong(GC.CollectionCount(0) - s_gen0AtLastCollect),
        PyInt.FromLong(GC.CollectionCount(1) - s_gen1AtLastCollect)]);
}
