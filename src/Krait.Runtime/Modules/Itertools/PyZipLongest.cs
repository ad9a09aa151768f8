namespace Krait.Runtime;

/// <summary>itertools.zip_longest(*iterables, fillvalue=None).</summary>
public sealed class PyZipLongest : SubclassableIterator
{
    public static readonly PyType ZipLongestType = PyType.NewBuiltin("itertools.zip_longest", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private readonly PyObject?[] _its;
    private int _active;
    private PyObject _fill;

    private PyZipLongest(PyType type, PyObject?[] its, PyObject fill) : base(type)
    {
        _its = its;
        _active = its.Length;
        _fill = fill;
    }

    public override PyObject? Next()
    {
        if (_its.Length == 0 || _active == 0) return null;
        var items = new PyObject[_its.Length];
        for (int i = 0; i < _its.Length; i++)
        {
            var it = _its[i];
            PyObject? x = it is null ? null : Ops.Next(it);
            if (x is null)
            {
                if (it is not null)
                {
                    _its[i] = null;
                    if (--_active == 0) return null;
                }
                x = _fill;
            }
            items[i] = x;
        }
        return PyTuple.Wrap(items);
    }

    private static void InitType(PyType t)
    {
        InitIter(t);
        t.Repr = ItertoolsModule.ObjectRepr;
        t.New = (type, args, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            int npos = args.Length - nkw;
            PyObject fill = PyNone.Instance;
            if (nkw > 0)
            {
                if (nkw > 1 || ((PyStr)kw![0]).Value != "fillvalue")
                    throw PyErr.TypeError("zip_longest() got an unexpected keyword argument");
                fill = args[npos];
            }
            var its = new PyObject?[npos];
            for (int i = 0; i < npos; i++) its[i] = Ops.GetIter(args[i]);
            return new PyZipLongest(type, its, fill);
        };
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var z = (PyZipLongest)self!;
            var its = new PyObject[z._its.Length];
            for (int i = 0; i < its.Length; i++) its[i] = z._its[i] ?? PyTuple.Empty;
            return PyTuple.Create([z.Type, PyTuple.Wrap(its), z._fill]);
        });
        TypeBuilder.Method(t, "__setstate__", (self, args, kw) =>
        {
            ((PyZipLongest)self!)._fill = ArgBinder.One("__setstate__", args, kw);
            return PyNone.Instance;
        });
        ItertoolsModule.Doc(t, "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\nReturn a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument.  The .__next__()\nmethod continues until the longest iterable in the argument sequence\nis exhausted and then it raises StopIteration.  When the shorter iterables\nare exhausted, the fillvalue is substituted in their place.  The fillvalue\ndefaults to None or can be specified by a keyword argument.");
    }
}
