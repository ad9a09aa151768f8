namespace Krait.Runtime;

// The rest of 3.11's sys functions: async generator hooks, coroutine origin tracking, dlopen flags and the
// CPython-internal helpers that tools probe for (_current_frames, _clear_type_cache, _git …).
public static partial class SysModule
{
    private static PyType? s_asyncgenHooksType;
    /// <summary>sys.get/set_coroutine_origin_tracking_depth: stored; Krait records no coroutine origins.</summary>
    private static long s_coroutineOriginDepth;
    private static long s_dlopenFlags = 2; // RTLD_NOW

    private static void AddExtras(PyModule m)
    {
        m.AddFunction("get_asyncgen_hooks", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("get_asyncgen_hooks", args, kw, 0);
            s_asyncgenHooksType ??= PyStructSeq.NewType("asyncgen_hooks", ["firstiter", "finalizer"], allowNew: false);
            return new PyStructSeq(s_asyncgenHooksType, [AsyncGenHooks.FirstIter ?? PyNone.Instance, AsyncGenHooks.Finalizer ?? PyNone.Instance]);
        });
        m.AddFunction("set_asyncgen_hooks", AsyncGenHooks.Set);
        m.AddFunction("get_coroutine_origin_tracking_depth", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("get_coroutine_origin_tracking_depth", args, kw, 0);
            return PyInt.FromLong(s_coroutineOriginDepth);
        });
        m.AddFunction("set_coroutine_origin_tracking_depth", (self, args, kw) =>
        {
            Span<PyObject?> v = new PyObject?[1];
            ArgBinder.Bind("set_coroutine_origin_tracking_depth", args, kw, ["depth"], 0, 1, 1, v);
            if (v[0] is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
            long depth = Ops.AsSsize(v[0]!, PyExc.OverflowError);
            if (depth < 0) throw PyErr.ValueError("depth must be >= 0");
            s_coroutineOriginDepth = depth;
            return PyNone.Instance;
        });
        m.AddFunction("getdlopenflags", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("getdlopenflags", args, kw, 0);
            return PyInt.FromLong(s_dlopenFlags);
        });
        m.AddFunction("setdlopenflags", (self, args, kw) =>
        {
            var a = ArgBinder.One("setdlopenflags", args, kw);
            if (a is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
            s_dlopenFlags = Ops.AsSsize(a, PyExc.OverflowError);
            return PyNone.Instance;
        });
        m.AddFunction("getallocatedblocks", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("getallocatedblocks", args, kw, 0);
            // No pymalloc: 0, which CPython documents for allocators that can't count blocks.
            return PyInt.FromLong(0);
        });
        m.AddFunction("_clear_type_cache", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("_clear_type_cache", args, kw, 0);
            return PyNone.Instance;
        });
        m.AddFunction("_current_frames", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("_current_frames", args, kw, 0);
            // Every live thread's innermost frame; the others are parked (they wait for the GIL or run
            // blocking C# code outside the eval loop), so their frame chains are stable while we read them.
            var d = new PyDict();
            foreach (var ts in ThreadState.Live())
                if (ts.Frame is { } f) d.SetItem(PyInt.FromLong(ts.Ident), f);
            return d;
        });
        m.AddFunction("_current_exceptions", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("_current_exceptions", args, kw, 0);
            var d = new PyDict();
            foreach (var ts in ThreadState.Live())
            {
                if (ts.Frame is null) continue;
                var e = ts.Handled;
                d.SetItem(PyInt.FromLong(ts.Ident),
                    e is null ? PyTuple.Create([PyNone.Instance, PyNone.Instance, PyNone.Instance])
                              : PyTuple.Create([e.Type, e, (PyObject?)e.Traceback ?? PyNone.Instance]));
            }
            return d;
        });
        m.AddFunction("_debugmallocstats", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("_debugmallocstats", args, kw, 0);
            return PyNone.Instance;
        });
        m.AddFunction("_getquickenedcount", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("_getquickenedcount", args, kw, 0);
            return PyInt.FromLong(0);
        });
        m.Add("_git", PyTuple.Create([new PyStr("Krait"), PyStr.Empty, PyStr.Empty]));
        m.Add("_framework", PyStr.Empty);
        m.Add("_home", PyNone.Instance);
        m.Add("_stdlib_dir", new PyStr(Importer.StdlibPath));
    }
}
