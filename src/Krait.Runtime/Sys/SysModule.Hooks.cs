using System.Text;

namespace Krait.Runtime;

// sys.displayhook, excepthook, unraisablehook, audit hooks, and the trace/profile functions.
public static partial class SysModule
{
    /// <summary>Hooks added by sys.addaudithook, in order.</summary>
    private static readonly List<PyObject> s_auditHooks = [];
    private static PyType? s_unraisableArgsType;

    private static void AddHooks(PyModule m)
    {
        m.AddFunction("displayhook", (self, args, kw) => { DisplayHook(ArgBinder.One("sys.displayhook", args, kw)); return PyNone.Instance; });
        m.AddFunction("excepthook", ExceptionPrinter.ExceptHook);
        m.AddFunction("unraisablehook", (self, args, kw) =>
        {
            var a = ArgBinder.One("sys.unraisablehook", args, kw);
            if (s_unraisableArgsType is null || !ReferenceEquals(a.Type, s_unraisableArgsType))
                throw PyErr.TypeError("sys.unraisablehook argument type must be UnraisableHookArgs");
            DefaultUnraisableHook(a);
            return PyNone.Instance;
        });
        m.AddFunction("breakpointhook", BreakpointHook);
        var dict = m.ModuleDict;
        m.Add("__breakpointhook__", dict.GetItemStr(PyStr.Intern("breakpointhook"))!);
        m.Add("__displayhook__", dict.GetItemStr(PyStr.Intern("displayhook"))!);
        m.Add("__excepthook__", dict.GetItemStr(PyStr.Intern("excepthook"))!);
        m.Add("__unraisablehook__", dict.GetItemStr(PyStr.Intern("unraisablehook"))!);

        m.AddFunction("audit", (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("audit() takes no keyword arguments");
            if (args.Length == 0) throw PyErr.TypeError("audit() missing 1 required positional argument: 'event'");
            if (s_auditHooks.Count == 0) return PyNone.Instance;
            if (args[0] is not PyStr ev) throw PyErr.TypeError($"expected str for argument 'event', not {args[0].Type.Name}");
            Audit(ev.Value, PyTuple.Create(args[1..]));
            return PyNone.Instance;
        });
        m.AddFunction("addaudithook", (self, args, kw) =>
        {
            Span<PyObject?> v = new PyObject?[1];
            ArgBinder.Bind("addaudithook", args, kw, ["hook"], 0, 1, 1, v);
            // CPython first raises the "sys.addaudithook" event; a hook that raises RuntimeError vetoes silently.
            try { Audit("sys.addaudithook", PyTuple.Empty); }
            catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.RuntimeError)) { return PyNone.Instance; }
            s_auditHooks.Add(v[0]!);
            return PyNone.Instance;
        });

        m.AddFunction("settrace", (self, args, kw) =>
        {
            var f = ArgBinder.One("sys.settrace", args, kw);
            ThreadState.Current.SetTrace(f is PyNone ? null : f);
            return PyNone.Instance;
        });
        m.AddFunction("gettrace", (self, args, kw) =>
        {
            ArgBinder.None("sys.gettrace", args, kw);
            return ThreadState.Current.TraceFunc ?? PyNone.Instance;
        });
        m.AddFunction("setprofile", (self, args, kw) =>
        {
            var f = ArgBinder.One("sys.setprofile", args, kw);
            ThreadState.Current.SetProfile(f is PyNone ? null : f);
            return PyNone.Instance;
        });
        m.AddFunction("getprofile", (self, args, kw) =>
        {
            ArgBinder.None("sys.getprofile", args, kw);
            return ThreadState.Current.ProfileFunc ?? PyNone.Instance;
        });
    }

    /// <summary>sys.breakpointhook(*args, **kws): calls $PYTHONBREAKPOINT (default pdb.set_trace); "0" disables it.</summary>
    private static PyObject BreakpointHook(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        // Py_GETENV reads the live environment (os.environ's changes count), unless -E/-I.
        string? env = SysConfig.IgnoreEnvironment || SysConfig.Isolated ? null : Libc.GetEnv("PYTHONBREAKPOINT");
        if (env == "0") return PyNone.Instance;
        string hook = string.IsNullOrEmpty(env) ? "pdb.set_trace" : env;
        int dot = hook.LastIndexOf('.');
        PyObject target;
        try
        {
            // A name starting with its only dot ('.', '.int') can't be split: warn, as CPython does.
            if (dot == 0) throw PyErr.New(PyExc.ImportError, hook);
            string modName = dot < 0 ? "builtins" : hook[..dot], attr = dot < 0 ? hook : hook[(dot + 1)..];
            // PyImport_Import: __import__ then the module from sys.modules.
            var import = PythonRuntime.BuiltinsDict.GetItemStr(PyStr.Intern("__import__")) ?? throw PyErr.New(PyExc.ImportError, "__import__ not found");
            Ops.Call(import, [new PyStr(modName)]);
            var mod = PythonRuntime.Modules.GetItemStr(new PyStr(modName)) ?? throw PyErr.New(PyExc.ImportError, modName);
            target = Ops.GetAttr(mod, attr);
        }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.ImportError) || e.Value.Type.IsSubtype(PyExc.AttributeError))
        {
            PyWarnings.Warn(PyExc.RuntimeWarning, $"Ignoring unimportable $PYTHONBREAKPOINT: \"{hook}\"");
            return PyNone.Instance;
        }
        return Ops.Call(target, args, kw);
    }

    /// <summary>PySys_Audit: calls every hook with (event, args); a hook's exception propagates.</summary>
    public static void Audit(string ev, PyTuple args)
    {
        if (s_auditHooks.Count == 0) return;
        var name = new PyStr(ev);
        foreach (var h in s_auditHooks.ToArray()) Ops.Call(h, [name, args]);
    }

    public static bool HasAuditHooks => s_auditHooks.Count > 0;

    /// <summary>sys.displayhook's default (sys.__displayhook__): repr to sys.stdout and builtins._.</summary>
    public static void DisplayHook(PyObject o)
    {
        if (o is PyNone) return;
        var builtins = PythonRuntime.BuiltinsDict;
        var underscore = PyStr.Intern("_");
        builtins.SetItem(underscore, PyNone.Instance);
        var stdout = Sys.GetOrNull("stdout");
        if (stdout is null or PyNone) throw PyErr.RuntimeError("lost sys.stdout");
        var text = Ops.Repr(o);
        try
        {
            Ops.CallMethod(stdout, "write", [text]);
        }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.UnicodeEncodeError))
        {
            // The repr cannot be encoded: write it with backslash escapes (sys_displayhook_unencodable).
            var enc = Ops.TryGetAttr(stdout, PyStr.Intern("encoding")) as PyStr;
            if (enc is null || (enc.Value.ToLowerInvariant() is not ("utf-8" or "utf8"))) throw;
            var bytes = Utf8Codec.Encode(text.Value, "backslashreplace");
            var buffer = Ops.TryGetAttr(stdout, PyStr.Intern("buffer"));
            if (buffer is not null) Ops.CallMethod(buffer, "write", [new PyBytes(bytes)]);
            else Ops.CallMethod(stdout, "write", [new PyStr(Encoding.UTF8.GetString(bytes))]);
        }
        Ops.CallMethod(stdout, "write", [new PyStr("\n")]);
        builtins.SetItem(underscore, o);
    }

    /// <summary>Prints an exception and its traceback to sys.stderr (the default sys.excepthook).</summary>
    public static void PrintException(PyBaseException e) => ExceptionPrinter.Print(e);

    /// <summary>PyErr_WriteUnraisable: reports an exception that cannot be raised (in __del__, at exit flush)
    /// through sys.unraisablehook.</summary>
    public static void WriteUnraisable(PyBaseException e, string? errMsg, PyObject? obj = null)
    {
        var hook = Sys.GetOrNull("unraisablehook");
        var args = UnraisableArgs(e, errMsg, obj);
        if (hook is null or PyNone) { DefaultUnraisableHook(args); return; }
        try { Ops.Call(hook, [args]); }
        catch (PythonException inner)
        {
            WriteStderr("Exception ignored in sys.unraisablehook: ");
            DefaultUnraisableHook(UnraisableArgs(inner.Value, null, hook));
        }
    }

    private static PyObject UnraisableArgs(PyBaseException e, string? errMsg, PyObject? obj)
    {
        s_unraisableArgsType ??= PyStructSeq.NewType("UnraisableHookArgs", ["exc_type", "exc_value", "exc_traceback", "err_msg", "object"], allowNew: true);
        return new PyStructSeq(s_unraisableArgsType, [e.Type, e, e.Traceback ?? PyNone.Instance,
            errMsg is null ? PyNone.Instance : new PyStr(errMsg), obj ?? PyNone.Instance]);
    }

    private static void DefaultUnraisableHook(PyObject a)
    {
        var errMsg = Ops.GetAttr(a, "err_msg");
        var obj = Ops.GetAttr(a, "object");
        var value = Ops.GetAttr(a, "exc_value");
        string header = errMsg is PyStr s ? s.Value : "Exception ignored in";
        if (obj is not PyNone)
        {
            string r;
            try { r = Ops.Repr(obj).Value; } catch (PythonException) { r = "<object repr() failed>"; }
            WriteStderr($"{header}: {r}\n");
        }
        else if (errMsg is PyStr) WriteStderr($"{header}:\n");
        if (value is PyBaseException e) PrintException(e);
    }
}
