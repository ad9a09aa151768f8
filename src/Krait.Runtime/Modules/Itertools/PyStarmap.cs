namespace Krait.Runtime;

/// <summary>itertools.starmap(function, iterable, /).</summary>
public sealed class PyStarmap : SubclassableIterator
{
    public static readonly PyType StarmapType = PyType.NewBuiltin("itertools.starmap", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private readonly PyObject _func, _it;

    private PyStarmap(PyType type, PyObject func, PyObject it) : base(type)
    {
        _func = func;
        _it = it;
    }

    public override PyObject? Next()
    {
        var args = Ops.Next(_it);
        if (args is null) return null;
        var tuple = args is PyTuple tp && ReferenceEquals(tp.Type, PyType.TupleType) ? tp : PyTuple.FromIterable(args);
        return Ops.Call(_func, tuple.AsSpan());
    }

    private static void InitType(PyType t)
    {
        InitIter(t);
        t.Repr = ItertoolsModule.ObjectRepr;
        t.New = (type, args, kw) =>
        {
            var pos = ItertoolsModule.Positional("starmap", type, StarmapType, args, kw, 2, 2);
            return new PyStarmap(type, pos[0], Ops.GetIter(pos[1]));
        };
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var m = (PyStarmap)self!;
            return PyTuple.Pair(m.Type, PyTuple.Pair(m._func, m._it));
        });
        ItertoolsModule.Doc(t, "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.");
    }
}
