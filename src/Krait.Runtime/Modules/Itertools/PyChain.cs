namespace Krait.Runtime;

/// <summary>itertools.chain(*iterables) and chain.from_iterable(iterable).</summary>
public sealed class PyChain : SubclassableIterator
{
    public static readonly PyType ChainType = PyType.NewBuiltin("itertools.chain", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private PyObject? _source, _active;

    private PyChain(PyType type, PyObject source) : base(type) => _source = source;

    public override PyObject? Next()
    {
        while (true)
        {
            if (_active is null)
            {
                if (_source is null) return null;
                var iterable = Ops.Next(_source);
                if (iterable is null) { _source = null; return null; }
                _active = Ops.GetIter(iterable);
            }
            var item = Ops.Next(_active);
            if (item is not null) return item;
            _active = null;
        }
    }

    private static void InitType(PyType t)
    {
        InitIter(t);
        t.Repr = ItertoolsModule.ObjectRepr;
        t.New = (type, args, kw) =>
        {
            var pos = ItertoolsModule.Positional("chain", type, ChainType, args, kw, 0, int.MaxValue);
            return new PyChain(type, Ops.GetIter(PyTuple.Create(pos)));
        };
        TypeBuilder.ClassMethod(t, "from_iterable", (cls, args, kw) =>
        {
            var arg = ArgBinder.One("chain.from_iterable", args, kw);
            return new PyChain((PyType)cls!, Ops.GetIter(arg));
        });
        PyGenericAlias.AddClassGetItem(t);
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var c = (PyChain)self!;
            if (c._source is null) return PyTuple.Pair(c.Type, PyTuple.Empty);
            var state = c._active is null ? PyTuple.Create([c._source]) : PyTuple.Pair(c._source, c._active);
            return PyTuple.Create([c.Type, PyTuple.Empty, state]);
        });
        TypeBuilder.Method(t, "__setstate__", (self, args, kw) =>
        {
            var state = ArgBinder.One("__setstate__", args, kw);
            if (state is not PyTuple tp) throw PyErr.TypeError("state is not a tuple");
            if (tp.Count < 1 || tp.Count > 2) throw PyErr.TypeError(tp.Count < 1 ? "function takes at least 1 argument (0 given)" : $"function takes at most 2 arguments ({tp.Count} given)");
            if (tp[0].Type.IterNext is null || (tp.Count == 2 && tp[1].Type.IterNext is null))
                throw PyErr.TypeError("Arguments must be iterators.");
            var c = (PyChain)self!;
            c._source = tp[0];
            c._active = tp.Count == 2 ? tp[1] : null;
            return PyNone.Instance;
        });
        ItertoolsModule.Doc(t, "chain(*iterables) --> chain object\n\nReturn a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.");
    }
}
