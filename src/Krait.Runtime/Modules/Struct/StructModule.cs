namespace Krait.Runtime;

/// <summary>The _struct module: pack/unpack through a cache of compiled Structs, and struct.error.</summary>
public static class StructModule
{
    private static PyType? s_error;
    private static readonly Dictionary<(bool, string), PyStruct> s_cache = new();
    private const int MaxCache = 100;

    /// <summary>struct.error, made as PyErr_NewException makes it: a heap subclass of Exception.</summary>
    internal static PyType ErrorType => s_error ??= MakeError();

    private static PyType MakeError()
    {
        var dict = new PyDict();
        dict.SetItem(PyStr.Intern("__module__"), new PyStr("struct"));
        return (PyType)Ops.Call(PyType.TypeType, [new PyStr("error"), PyTuple.Create([PyExc.Exception]), dict]);
    }

    internal static PythonException Error(string message) => PyErr.New(ErrorType, message);

    private static PyStruct Cached(PyObject format)
    {
        (bool, string) key;
        if (format is PyStr s && ReferenceEquals(s.Type, PyType.StrType)) key = (false, s.Value);
        else if (format is PyBytes b && ReferenceEquals(b.Type, PyBytes.BytesType)) key = (true, System.Text.Encoding.Latin1.GetString(b.Value));
        else return PyStruct.Compile(format);
        lock (s_cache)
        {
            if (s_cache.TryGetValue(key, out var st)) return st;
        }
        var compiled = PyStruct.Compile(format);
        lock (s_cache)
        {
            if (s_cache.Count >= MaxCache) s_cache.Clear();
            s_cache[key] = compiled;
        }
        return compiled;
    }

    public static PyModule Create()
    {
        var m = new PyModule("_struct", "Functions to convert between Python values and C structs.\nPython bytes objects are used to hold the data representing the C struct\nand also as format strings (explained below) to describe the layout of data\nin the C struct.");
        m.Add("Struct", PyStruct.StructType);
        m.Add("error", ErrorType);
        m.AddFunction("_clearcache", (_, a, kw) =>
        {
            ArgBinder.None("_struct._clearcache", a, kw);
            lock (s_cache) s_cache.Clear();
            return PyNone.Instance;
        });
        m.AddFunction("calcsize", (_, a, kw) => PyInt.FromLong(Cached(ArgBinder.One("_struct.calcsize", a, kw)).Size));
        m.AddFunction("pack", (_, a, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("pack() takes no keyword arguments");
            if (a.Length == 0) throw PyErr.TypeError("missing format argument");
            return Cached(a[0]).Pack(a[1..]);
        });
        m.AddFunction("pack_into", (_, a, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("pack_into() takes no keyword arguments");
            if (a.Length == 0) throw PyErr.TypeError("missing format argument");
            return Cached(a[0]).PackIntoBuffer(a[1..]);
        });
        m.AddFunction("unpack", (_, a, kw) =>
        {
            ArgBinder.Positional("unpack", a, kw, 2, 2);
            return Cached(a[0]).UnpackBuffer(a[1]);
        });
        m.AddFunction("unpack_from", (_, a, kw) =>
        {
            var v = new PyObject?[3];
            // Clinic counts only the positional-only parameters here.
            if (a.Length - (kw?.Count ?? 0) == 0) throw PyErr.TypeError($"unpack_from() takes at least 1 positional argument ({a.Length - (kw?.Count ?? 0)} given)");
            ArgBinder.Bind("unpack_from", a, kw, ["format", "buffer", "offset"], 1, 3, 2, v);
            var s = Cached(v[0]!);
            return s.UnpackFrom(v[1]!, v[2] is null ? 0 : ArgBinder.Ssize(v[2]!));
        });
        m.AddFunction("iter_unpack", (_, a, kw) =>
        {
            ArgBinder.Positional("iter_unpack", a, kw, 2, 2);
            return Cached(a[0]).IterUnpack(a[1]);
        });
        return m;
    }
}
