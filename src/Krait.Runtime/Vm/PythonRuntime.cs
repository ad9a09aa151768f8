namespace Krait.Runtime;

/// <summary>The interpreter-wide state: <c>sys.modules</c>, the builtins and sys modules, the recursion limit,
/// and the options the command line sets. One per process (type objects are process-wide too).</summary>
public static class PythonRuntime
{
    /// <summary>sys.modules.</summary>
    public static readonly PyDict Modules = new();
    private static PyModule? s_builtins;
    public static int RecursionLimit = 1000;
    /// <summary>-O level (assert statements and __debug__ are compiled away at 1).</summary>
    public static int Optimize;

    /// <summary>Set by the Ctrl-C handler; the eval loop raises KeyboardInterrupt at its next check
    /// (function entry and backward jumps, where CPython checks its eval breaker).</summary>
    public static bool InterruptPending
    {
        get => s_interruptPending;
        set
        {
            s_interruptPending = value;
            if (value) EvalBreaker.Set(EvalBreaker.Signals);
        }
    }
    private static volatile bool s_interruptPending;

    /// <summary>The builtins module (created on first use).</summary>
    public static PyModule Builtins
    {
        get
        {
            if (s_builtins is null)
            {
                s_builtins = BuiltinsModule.Create();
                Modules.SetItem(PyStr.Intern("builtins"), s_builtins);
            }
            return s_builtins;
        }
    }

    public static PyDict BuiltinsDict => Builtins.ModuleDict;

    /// <summary>The builtins namespace for code running with <paramref name="globals"/>: its <c>__builtins__</c>
    /// (a module or dict) when present, else the interpreter's builtins (PyEval_GetBuiltins / _PyEval_BuiltinsFromGlobals).</summary>
    public static PyDict BuiltinsFor(PyDict globals)
    {
        var b = globals.GetItemStr(PyStr.Intern("__builtins__"));
        if (b is PyModule m) return m.ModuleDict;
        if (b is PyDict d) return d;
        return BuiltinsDict;
    }
}
