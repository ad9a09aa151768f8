namespace Krait.Runtime;

/// <summary>map(func, *iterables).</summary>
public sealed class PyMap : SubclassableIterator
{
    public static readonly PyType MapType = PyType.NewBuiltin("map", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private readonly PyObject _func;
    private readonly PyObject[] _its;

    private PyMap(PyType type, PyObject func, PyObject[] its) : base(type)
    {
        _func = func;
        _its = its;
    }

    public override PyObject? Next()
    {
        if (_its.Length == 1)
        {
            var x = Ops.Next(_its[0]);
            return x is null ? null : Ops.Call(_func, [x]);
        }
        var args = new PyObject[_its.Length];
        for (int i = 0; i < _its.Length; i++)
        {
            var x = Ops.Next(_its[i]);
            if (x is null) return null;
            args[i] = x;
        }
        return Ops.Call(_func, args);
    }

    private static void InitType(PyType t)
    {
        InitIter(t);
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var m = (PyMap)self!;
            var a = new PyObject[m._its.Length + 1];
            a[0] = m._func;
            m._its.CopyTo(a, 1);
            return new PyTuple([m.Type, new PyTuple(a)]);
        });
        t.New = (type, args, kw) =>
        {
            if (kw is not null && kw.Count > 0 && (ReferenceEquals(type, MapType) || ReferenceEquals(type.Init, MapType.Init))) throw PyErr.TypeError("map() takes no keyword arguments");
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos < 2) throw PyErr.TypeError("map() must have at least two arguments.");
            var its = new PyObject[npos - 1];
            for (int i = 1; i < npos; i++) its[i - 1] = Ops.GetIter(args[i]);
            return new PyMap(type, args[0], its);
        };
        t.TypeDict.SetItem(PyStr.Intern("__doc__"), new PyStr("map(func, *iterables) --> map object\n\nMake an iterator that computes the function using arguments from\neach of the iterables.  Stops when the shortest iterable is exhausted."));
    }
}
