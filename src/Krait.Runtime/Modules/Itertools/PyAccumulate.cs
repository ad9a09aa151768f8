namespace Krait.Runtime;

/// <summary>itertools.accumulate(iterable[, func, *, initial=None]).</summary>
public sealed class PyAccumulate : SubclassableIterator
{
    public static readonly PyType AccumulateType = PyType.NewBuiltin("itertools.accumulate", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private readonly PyObject _it;
    private readonly PyObject? _func;
    private PyObject? _total, _initial;

    private PyAccumulate(PyType type, PyObject it, PyObject? func, PyObject? initial) : base(type)
    {
        _it = it;
        _func = func;
        _initial = initial;
    }

    public override PyObject? Next()
    {
        if (_initial is not null)
        {
            _total = _initial;
            _initial = null;
            return _total;
        }
        var val = Ops.Next(_it);
        if (val is null) return null;
        _total = _total is null ? val
            : _func is null ? Ops.BinaryOp(_total, val, NumberOp.Add)
            : Ops.Call(_func, [_total, val]);
        return _total;
    }

    private static void InitType(PyType t)
    {
        InitIter(t);
        t.Repr = ItertoolsModule.ObjectRepr;
        t.New = (type, args, kw) =>
        {
            var v = ItertoolsModule.Bind("accumulate", args, kw, ["iterable", "func", "initial"], 2, 1);
            var func = v[1] is PyNone ? null : v[1];
            var initial = v[2] is PyNone ? null : v[2];
            return new PyAccumulate(type, Ops.GetIter(v[0]!), func, initial);
        };
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var a = (PyAccumulate)self!;
            PyObject func = a._func ?? PyNone.Instance;
            if (a._initial is not null)
            {
                var it = Ops.Call(PyChain.ChainType, [PyTuple.Create([a._initial]), a._it]);
                return PyTuple.Create([a.Type, PyTuple.Pair(it, func), PyNone.Instance]);
            }
            if (a._total is PyNone)
            {
                // A running total that is None can't be the state (None means "not started"): replay it as
                // islice(accumulate(chain((None,), it), func), 1, None), as accumulate_reduce does (issue #25718).
                var chained = Ops.Call(PyChain.ChainType, [PyTuple.Create([PyNone.Instance]), a._it]);
                var acc = Ops.Call(a.Type, [chained, func]);
                return PyTuple.Create([PyIslice.IsliceType, PyTuple.Create([acc, PyInt.FromLong(1), PyNone.Instance])]);
            }
            return PyTuple.Create([a.Type, PyTuple.Pair(a._it, func), a._total ?? PyNone.Instance]);
        });
        TypeBuilder.Method(t, "__setstate__", (self, args, kw) =>
        {
            var state = ArgBinder.One("__setstate__", args, kw);
            ((PyAccumulate)self!)._total = state is PyNone ? null : state;
            return PyNone.Instance;
        });
        ItertoolsModule.Doc(t, "Return series of accumulated sums (or other binary function results).");
    }
}
