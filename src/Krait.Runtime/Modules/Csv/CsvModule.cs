namespace Krait.Runtime;

/// <summary>The _csv module (CPython's Modules/_csv.c): CSV reader and writer, dialects and their registry.</summary>
public static class CsvModule
{
    internal static long FieldLimit = 128 * 1024;
    private static PyType? s_error;
    private static readonly PyDict s_dialects = new();

    /// <summary>_csv.Error, made as PyErr_NewException makes it: a heap subclass of Exception.</summary>
    private static PyType MakeError()
    {
        var dict = new PyDict();
        dict.SetItem(PyStr.Intern("__module__"), new PyStr("_csv"));
        return (PyType)Ops.Call(PyType.TypeType, [new PyStr("Error"), PyTuple.Create([PyExc.Exception]), dict]);
    }

    internal static PythonException Error(string message) => PyErr.New(s_error!, message);

    internal static PyObject GetDialect(PyObject name) =>
        s_dialects.GetItem(name) ?? throw Error("unknown dialect");

    /// <summary>_call_dialect: Dialect(dialect, **kwargs), or Dialect(**kwargs).</summary>
    private static PyCsvDialect CallDialect(PyObject? dialect, ReadOnlySpan<PyObject> kwValues, PyTuple? kwNames)
    {
        int n = kwValues.Length;
        var all = new PyObject[(dialect is null ? 0 : 1) + n];
        if (dialect is not null) all[0] = dialect;
        kwValues.CopyTo(all.AsSpan(dialect is null ? 0 : 1));
        return (PyCsvDialect)Ops.Call(PyCsvDialect.DialectType, all, n == 0 ? null : kwNames);
    }

    public static PyModule Create()
    {
        var m = new PyModule("_csv", ModuleDoc);
        s_error ??= MakeError();
        m.Add("__version__", new PyStr("1.0"));
        m.Add("QUOTE_MINIMAL", PyInt.FromLong(0));
        m.Add("QUOTE_ALL", PyInt.FromLong(1));
        m.Add("QUOTE_NONNUMERIC", PyInt.FromLong(2));
        m.Add("QUOTE_NONE", PyInt.FromLong(3));
        m.Add("Dialect", PyCsvDialect.DialectType);
        m.Add("Reader", PyCsvReader.ReaderType);
        m.Add("Writer", PyCsvWriter.WriterType);
        m.Add("Error", s_error);
        m.Add("_dialects", s_dialects);
        m.AddFunction("reader", (self, args, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            int npos = args.Length - nkw;
            if (npos < 1) throw PyErr.TypeError($" expected at least 1 argument, got {npos}");
            if (npos > 2) throw PyErr.TypeError($" expected at most 2 arguments, got {npos}");
            var it = Ops.GetIter(args[0]);
            var d = CallDialect(npos > 1 ? args[1] : null, args[npos..], kw);
            return new PyCsvReader(it, d);
        });
        m.AddFunction("writer", (self, args, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            int npos = args.Length - nkw;
            if (npos < 1) throw PyErr.TypeError($" expected at least 1 argument, got {npos}");
            if (npos > 2) throw PyErr.TypeError($" expected at most 2 arguments, got {npos}");
            var write = PyBaseObject.TryGetAttrQuiet(args[0], PyStr.Intern("write"));
            if (write is null || write.Type.Call is null) throw PyErr.TypeError("argument 1 must have a \"write\" method");
            var d = CallDialect(npos > 1 ? args[1] : null, args[npos..], kw);
            return new PyCsvWriter(write, d);
        });
        m.AddFunction("register_dialect", (self, args, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            int npos = args.Length - nkw;
            if (npos < 1) throw PyErr.TypeError($" expected at least 1 argument, got {npos}");
            if (npos > 2) throw PyErr.TypeError($" expected at most 2 arguments, got {npos}");
            if (args[0] is not PyStr) throw PyErr.TypeError("dialect name must be a string");
            var d = CallDialect(npos > 1 ? args[1] : null, args[npos..], kw);
            s_dialects.SetItem(args[0], d);
            return PyNone.Instance;
        });
        m.AddFunction("unregister_dialect", (self, args, kw) =>
        {
            var name = ArgBinder.One("unregister_dialect", Positional1(args, kw), null);
            if (s_dialects.GetItem(name) is null) throw Error("unknown dialect");
            s_dialects.DelItem(name);
            return PyNone.Instance;
        });
        m.AddFunction("get_dialect", (self, args, kw) => GetDialect(ArgBinder.One("get_dialect", Positional1(args, kw), null)));
        m.AddFunction("list_dialects", (self, args, kw) =>
        {
            ArgBinder.None("_csv.list_dialects", args, kw);
            var keys = new List<PyObject>();
            foreach (var (k, _) in s_dialects.Items()) keys.Add(k);
            return new PyList(keys.ToArray());
        });
        m.AddFunction("field_size_limit", (self, args, kw) =>
        {
            var slot = new PyObject?[1];
            ArgBinder.Bind("field_size_limit", args, kw, ["new_limit"], 0, 1, 0, slot);
            long old = FieldLimit;
            if (slot[0] is { } limit)
            {
                if (limit is not PyInt li) throw PyErr.TypeError("limit must be an integer");
                if (!li.TryGetLong(out long v)) throw PyErr.OverflowError("Python int too large to convert to C long");
                FieldLimit = v;
            }
            return PyInt.FromLong(old);
        });
        return m;
    }

    /// <summary>Clinic "name, /" functions: a keyword argument is reported as a missing positional one.</summary>
    private static ReadOnlySpan<PyObject> Positional1(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int nkw = kw?.Count ?? 0;
        return nkw == 0 ? args : args[..^nkw];
    }

    internal const string ReaderDoc = "CSV reader\n\nReader objects are responsible for reading and parsing tabular data\nin CSV format.\n";

    private const string ModuleDoc = "CSV parsing and writing.\n\nThis module provides classes that assist in the reading and writing\nof Comma Separated Value (CSV) files, and implements the interface\ndescribed by PEP 305.  Although many CSV files are simple to parse,\nthe format is not formally defined by a stable specification and\nis subtle enough that parsing lines of a CSV file with something\nlike line.split(\",\") is bound to fail.  The module supports three\nbasic APIs: reading, writing, and registration of dialects.\n";
}
