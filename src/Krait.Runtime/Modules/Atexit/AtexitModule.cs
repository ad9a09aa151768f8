namespace Krait.Runtime;

/// <summary>The atexit module (Modules/atexitmodule.c): callbacks run last-in first-out when the interpreter
/// exits normally (the CLI calls <see cref="RunExitFuncs"/>).</summary>
public static class AtexitModule
{
    private sealed record Callback(PyObject Func, PyObject[] Args, PyTuple? KwNames);

    private static readonly List<Callback> s_callbacks = [];

    public static PyModule Create()
    {
        var m = new PyModule("atexit", "allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n");
        m.AddFunction("register", (self, args, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            if (args.Length - nkw < 1) throw PyErr.TypeError("register() takes at least 1 argument (0 given)");
            var func = args[0];
            if (func.Type.Call is null) throw PyErr.TypeError("the first argument must be callable");
            s_callbacks.Add(new Callback(func, args[1..].ToArray(), kw));
            return func;
        });
        m.AddFunction("unregister", (self, args, kw) =>
        {
            var func = ArgBinder.One("unregister", args, kw);
            for (int i = s_callbacks.Count - 1; i >= 0; i--)
                if (Ops.RichCompareBool(s_callbacks[i].Func, func, CompareOp.Eq)) s_callbacks.RemoveAt(i);
            return PyNone.Instance;
        });
        m.AddFunction("_run_exitfuncs", (self, args, kw) => { ArgBinder.None("_run_exitfuncs", args, kw); RunExitFuncs(); return PyNone.Instance; });
        m.AddFunction("_clear", (self, args, kw) => { ArgBinder.None("_clear", args, kw); s_callbacks.Clear(); return PyNone.Instance; });
        m.AddFunction("_ncallbacks", (self, args, kw) => { ArgBinder.None("_ncallbacks", args, kw); return PyInt.FromLong(s_callbacks.Count); });
        return m;
    }

    /// <summary>atexit_callfuncs: runs and forgets the callbacks, newest first; an exception is reported as
    /// unraisable ("Exception ignored in atexit callback").</summary>
    public static void RunExitFuncs()
    {
        while (s_callbacks.Count > 0)
        {
            var cb = s_callbacks[^1];
            s_callbacks.RemoveAt(s_callbacks.Count - 1);
            try
            {
                Ops.Call(cb.Func, cb.Args, cb.KwNames);
            }
            catch (Exception e) when (PyErr.Reportable(e))
            {
                SysModule.WriteUnraisable(PyErr.ToPython(e), "Exception ignored in atexit callback", cb.Func);
            }
        }
    }
}
