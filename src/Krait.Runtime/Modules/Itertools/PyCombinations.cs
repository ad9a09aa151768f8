namespace Krait.Runtime;

/// <summary>itertools.combinations(iterable, r): r-length subsequences in index order.</summary>
public sealed class PyCombinations : SubclassableIterator
{
    public static readonly PyType CombinationsType = PyType.NewBuiltin("itertools.combinations", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private readonly PyTuple _pool;
    private readonly int[] _indices;
    private readonly int _r;
    private bool _started, _stopped;

    private PyCombinations(PyType type, PyTuple pool, int r) : base(type)
    {
        _pool = pool;
        _r = r;
        _stopped = r > pool.Count;
        _indices = new int[_stopped ? 0 : r];
        for (int i = 0; i < _indices.Length; i++) _indices[i] = i;
    }

    private PyTuple Current()
    {
        var items = new PyObject[_indices.Length];
        for (int i = 0; i < items.Length; i++) items[i] = _pool[_indices[i]];
        return PyTuple.Create(items);
    }

    public override PyObject? Next()
    {
        if (_stopped) return null;
        if (!_started) { _started = true; return Current(); }
        int n = _pool.Count, r = _indices.Length;
        int i = r - 1;
        while (i >= 0 && _indices[i] == i + n - r) i--;
        if (i < 0) { _stopped = true; return null; }
        _indices[i]++;
        for (int j = i + 1; j < r; j++) _indices[j] = _indices[j - 1] + 1;
        return Current();
    }

    internal static long RArg(PyObject o)
    {
        long r = Ops.AsSsize(o);
        if (r < 0) throw PyErr.ValueError("r must be non-negative");
        return r;
    }

    private static void InitType(PyType t)
    {
        InitIter(t);
        t.Repr = ItertoolsModule.ObjectRepr;
        t.New = (type, args, kw) =>
        {
            var v = ItertoolsModule.Bind("combinations", args, kw, ["iterable", "r"], 2, 2);
            var pool = PyTuple.FromIterable(v[0]!);
            long r = RArg(v[1]!);
            return new PyCombinations(type, pool, (int)Math.Min(r, int.MaxValue));
        };
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var c = (PyCombinations)self!;
            return PyCombinations.ReduceIndices(c.Type, c._pool, c._r, c._started, c._stopped, c._indices);
        });
        TypeBuilder.Method(t, "__setstate__", (self, args, kw) =>
        {
            var state = ArgBinder.One("__setstate__", args, kw);
            var c = (PyCombinations)self!;
            int n = c._pool.Count, r = c._indices.Length;
            if (state is not PyTuple tp || tp.Count != r) throw PyErr.ValueError("invalid arguments");
            for (int i = 0; i < r; i++)
                c._indices[i] = (int)Math.Clamp(Ops.AsSsize(tp[i]), 0, i + n - r);
            c._started = true;
            return PyNone.Instance;
        });
        ItertoolsModule.Doc(t, "Return successive r-length combinations of elements in the iterable.\n\ncombinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)");
    }

    /// <summary>__reduce__ of the index-based combinatoric iterators: (type, (pool, r)) before the first item,
    /// (type, ((), r)) once exhausted, else (type, (pool, r), indices) for __setstate__.</summary>
    internal static PyObject ReduceIndices(PyType type, PyTuple pool, int r, bool started, bool stopped, int[] indices)
    {
        var rObj = PyInt.FromLong(r);
        if (!started) return PyTuple.Pair(type, PyTuple.Pair(pool, rObj));
        if (stopped) return PyTuple.Pair(type, PyTuple.Pair(PyTuple.Empty, rObj));
        var idx = new PyObject[indices.Length];
        for (int i = 0; i < idx.Length; i++) idx[i] = PyInt.FromLong(indices[i]);
        return PyTuple.Create([type, PyTuple.Pair(pool, rObj), PyTuple.Wrap(idx)]);
    }
}
