namespace Krait.Runtime;

/// <summary>itertools.takewhile(predicate, iterable, /).</summary>
public sealed class PyTakewhile : SubclassableIterator
{
    public static readonly PyType TakewhileType = PyType.NewBuiltin("itertools.takewhile", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private readonly PyObject _func, _it;
    private bool _done;

    private PyTakewhile(PyType type, PyObject func, PyObject it) : base(type)
    {
        _func = func;
        _it = it;
    }

    public override PyObject? Next()
    {
        if (_done) return null;
        var item = Ops.Next(_it);
        if (item is null) return null;
        if (Ops.IsTrue(Ops.Call(_func, [item]))) return item;
        _done = true;
        return null;
    }

    private static void InitType(PyType t)
    {
        InitIter(t);
        t.Repr = ItertoolsModule.ObjectRepr;
        t.New = (type, args, kw) =>
        {
            var a = ItertoolsModule.Positional("takewhile", type, TakewhileType, args, kw, 2, 2);
            return new PyTakewhile(type, a[0], Ops.GetIter(a[1]));
        };
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var m = (PyTakewhile)self!;
            return PyTuple.Create([m.Type, PyTuple.Pair(m._func, m._it), PyInt.FromLong(m._done ? 1 : 0)]);
        });
        TypeBuilder.Method(t, "__setstate__", (self, args, kw) =>
        {
            var state = ArgBinder.One("__setstate__", args, kw);
            ((PyTakewhile)self!)._done = Ops.IsTrue(state);
            return PyNone.Instance;
        });
        ItertoolsModule.Doc(t, "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.");
    }
}
