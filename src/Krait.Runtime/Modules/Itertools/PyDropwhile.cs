namespace Krait.Runtime;

/// <summary>itertools.dropwhile(predicate, iterable, /).</summary>
public sealed class PyDropwhile : SubclassableIterator
{
    public static readonly PyType DropwhileType = PyType.NewBuiltin("itertools.dropwhile", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private readonly PyObject _func, _it;
    private bool _done;

    private PyDropwhile(PyType type, PyObject func, PyObject it) : base(type)
    {
        _func = func;
        _it = it;
    }

    public override PyObject? Next()
    {
        if (_done) return Ops.Next(_it);
        while (true)
        {
            var item = Ops.Next(_it);
            if (item is null) return null;
            if (!Ops.IsTrue(Ops.Call(_func, [item]))) { _done = true; return item; }
        }
    }

    private static void InitType(PyType t)
    {
        InitIter(t);
        t.Repr = ItertoolsModule.ObjectRepr;
        t.New = (type, args, kw) =>
        {
            var a = ItertoolsModule.Positional("dropwhile", type, DropwhileType, args, kw, 2, 2);
            return new PyDropwhile(type, a[0], Ops.GetIter(a[1]));
        };
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var m = (PyDropwhile)self!;
            return PyTuple.Create([m.Type, PyTuple.Pair(m._func, m._it), PyInt.FromLong(m._done ? 1 : 0)]);
        });
        TypeBuilder.Method(t, "__setstate__", (self, args, kw) =>
        {
            var state = ArgBinder.One("__setstate__", args, kw);
            ((PyDropwhile)self!)._done = Ops.IsTrue(state);
            return PyNone.Instance;
        });
        ItertoolsModule.Doc(t, "Drop items from the iterable while predicate(item) is true.\n\nAfterwards, return every element until the iterable is exhausted.");
    }
}
