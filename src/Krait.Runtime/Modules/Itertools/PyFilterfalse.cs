namespace Krait.Runtime;

/// <summary>itertools.filterfalse(predicate, iterable, /).</summary>
public sealed class PyFilterfalse : SubclassableIterator
{
    public static readonly PyType FilterfalseType = PyType.NewBuiltin("itertools.filterfalse", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private readonly PyObject _func, _it;

    private PyFilterfalse(PyType type, PyObject func, PyObject it) : base(type)
    {
        _func = func;
        _it = it;
    }

    public override PyObject? Next()
    {
        while (true)
        {
            var item = Ops.Next(_it);
            if (item is null) return null;
            bool ok = _func is PyNone ? Ops.IsTrue(item) : Ops.IsTrue(Ops.Call(_func, [item]));
            if (!ok) return item;
        }
    }

    private static void InitType(PyType t)
    {
        InitIter(t);
        t.Repr = ItertoolsModule.ObjectRepr;
        t.New = (type, args, kw) =>
        {
            var a = ItertoolsModule.Positional("filterfalse", type, FilterfalseType, args, kw, 2, 2);
            return new PyFilterfalse(type, a[0], Ops.GetIter(a[1]));
        };
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var m = (PyFilterfalse)self!;
            return PyTuple.Pair(m.Type, PyTuple.Pair(m._func, m._it));
        });
        ItertoolsModule.Doc(t, "Return those items of iterable for which function(item) is false.\n\nIf function is None, return the items that are false.");
    }
}
