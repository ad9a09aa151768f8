namespace Krait.Runtime;

/// <summary>filter(function or None, iterable).</summary>
public sealed class PyFilter : SubclassableIterator
{
    public static readonly PyType FilterType = PyType.NewBuiltin("filter", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private readonly PyObject? _func; // null: keep true items
    private readonly PyObject _it;
    private readonly PyObject _given; // the function as passed (None, bool or a callable), for __reduce__

    private PyFilter(PyType type, PyObject given, PyObject? func, PyObject it) : base(type)
    {
        _given = given;
        _func = func;
        _it = it;
    }

    public override PyObject? Next()
    {
        while (Ops.Next(_it) is { } x)
        {
            bool ok = _func is null ? Ops.IsTrue(x) : Ops.IsTrue(Ops.Call(_func, [x]));
            if (ok) return x;
        }
        return null;
    }

    private static void InitType(PyType t)
    {
        InitIter(t);
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var f = (PyFilter)self!;
            return new PyTuple([f.Type, new PyTuple([f._given, f._it])]);
        });
        t.New = (type, args, kw) =>
        {
            if (kw is not null && kw.Count > 0 && (ReferenceEquals(type, FilterType) || ReferenceEquals(type.Init, FilterType.Init))) throw PyErr.TypeError("filter() takes no keyword arguments");
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos != 2) throw PyErr.TypeError($"filter expected 2 arguments, got {npos}");
            var f = args[0] is PyNone || ReferenceEquals(args[0], PyType.BoolType) ? null : args[0];
            return new PyFilter(type, args[0], f, Ops.GetIter(args[1]));
        };
        t.TypeDict.SetItem(PyStr.Intern("__doc__"), new PyStr("filter(function or None, iterable) --> filter object\n\nReturn an iterator yielding those items of iterable for which function(item)\nis true. If function is None, return the items that are true."));
    }
}
