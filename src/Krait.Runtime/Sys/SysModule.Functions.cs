namespace Krait.Runtime;

// sys functions that do not need the VM: exit, encodings, intern, getsizeof, switch interval, int digits limit.
public static partial class SysModule
{
    /// <summary>sys.getswitchinterval(): how often (seconds) the interpreter lock is offered to other threads.</summary>
    public static double SwitchInterval = 0.005;
    /// <summary>Set while the runtime is shutting down (sys.is_finalizing()).</summary>
    public static bool IsFinalizing;

    private static void AddFunctions(PyModule m)
    {
        m.AddFunction("exit", (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("sys.exit() takes no keyword arguments");
            ArgBinder.Positional("exit", args, null, 0, 1);
            // sys.exit(None) is sys.exit(): a SystemExit with no arguments.
            // and a tuple becomes the exception's arguments (PyErr_SetObject).
            if (args.Length == 0 || args[0] is PyNone) throw PyErr.New(PyExc.SystemExit);
            if (args[0] is PyTuple t && ReferenceEquals(t.Type, PyType.TupleType))
                throw new PythonException((PyBaseException)Ops.Call(PyExc.SystemExit, t.AsSpan()));
            throw PyErr.New(PyExc.SystemExit, args[0]);
        });
        m.AddFunction("getdefaultencoding", (self, args, kw) => { ArgBinder.None("sys.getdefaultencoding", args, kw); return new PyStr("utf-8"); });
        m.AddFunction("getfilesystemencoding", (self, args, kw) => { ArgBinder.None("sys.getfilesystemencoding", args, kw); return new PyStr("utf-8"); });
        m.AddFunction("getfilesystemencodeerrors", (self, args, kw) =>
        {
            ArgBinder.None("sys.getfilesystemencodeerrors", args, kw);
            return new PyStr(OperatingSystem.IsWindows() ? "surrogatepass" : "surrogateescape");
        });
        m.AddFunction("intern", (self, args, kw) =>
        {
            var a = ArgBinder.One("sys.intern", args, kw);
            if (a is not PyStr s) throw PyErr.TypeError($"intern() argument must be str, not {(a is PyNone ? "None" : a.Type.Name)}");
            if (!ReferenceEquals(a.Type, PyType.StrType)) throw PyErr.TypeError($"can't intern {a.Type.Name}");
            return PyStr.Intern(s);
        });
        m.AddFunction("getsizeof", (self, args, kw) =>
        {
            Span<PyObject?> v = new PyObject?[2];
            ArgBinder.Bind("getsizeof", args, kw, ["object", "default"], 0, 2, 1, v);
            try { return PyInt.FromLong(GetSizeOf(v[0]!)); }
            catch (PythonException e) when (v[1] is not null && e.Value.Type.IsSubtype(PyExc.TypeError)) { return v[1]!; }
        });
        m.AddFunction("getrefcount", (self, args, kw) =>
        {
            ArgBinder.One("sys.getrefcount", args, kw);
            // No reference counts under a tracing GC: report 2, what CPython shows for a fresh temporary.
            return PyInt.FromLong(2);
        });
        m.AddFunction("getswitchinterval", (self, args, kw) => { ArgBinder.None("sys.getswitchinterval", args, kw); return new PyFloat(SwitchInterval); });
        m.AddFunction("setswitchinterval", (self, args, kw) =>
        {
            double d = Ops.ToDouble(ArgBinder.One("sys.setswitchinterval", args, kw));
            if (!(d > 0)) throw PyErr.ValueError("switch interval must be strictly positive");
            SwitchInterval = d;
            return PyNone.Instance;
        });
        m.AddFunction("is_finalizing", (self, args, kw) => { ArgBinder.None("sys.is_finalizing", args, kw); return PyBool.From(IsFinalizing); });
        m.AddFunction("get_int_max_str_digits", (self, args, kw) =>
        {
            ArgBinder.None("sys.get_int_max_str_digits", args, kw);
            return PyInt.FromLong(PyInt.MaxStrDigits);
        });
        m.AddFunction("set_int_max_str_digits", (self, args, kw) =>
        {
            Span<PyObject?> v = new PyObject?[1];
            ArgBinder.Bind("set_int_max_str_digits", args, kw, ["maxdigits"], 0, 1, 1, v);
            long n = Ops.AsSsize(v[0]!, PyExc.OverflowError);
            if (n != 0 && n < 640) throw PyErr.ValueError("maxdigits must be 0 or larger than 640");
            PyInt.MaxStrDigits = (int)Math.Min(n, int.MaxValue);
            return PyNone.Instance;
        });
        m.AddFunction("call_tracing", (self, args, kw) =>
        {
            ArgBinder.Positional("call_tracing", args, kw, 2, 2);
            if (args[1] is not PyTuple t) throw PyErr.TypeError($"call_tracing() argument 2 must be tuple, not {args[1].Type.Name}");
            return Ops.Call(args[0], t.AsSpan());
        });
    }

    /// <summary>sys.getsizeof: a Python-level <c>__sizeof__</c> when the class defines one, else Krait's own
    /// estimate of the object's managed size (<see cref="KraitSizes"/>).</summary>
    private static long GetSizeOf(PyObject o)
    {
        var meth = Ops.LookupSpecial(o, "__sizeof__");
        if (meth is not null and not PyBuiltinFunction)
        {
            var r = Ops.Call(meth, []);
            if (r.Type.Index is null) throw PyErr.TypeError("an integer is required");
            long n = Ops.AsSsize(r, PyExc.OverflowError);
            if (n < 0) throw PyErr.ValueError("__sizeof__() should return >= 0");
            // CPython adds the GC header, and the managed-dict pre-header of instances with a __dict__.
            if (o.Type.IsHeapType) n += o.Dict is not null ? 32 : 16;
            return n;
        }
        return KraitSizes.SizeOf(o);
    }
}
