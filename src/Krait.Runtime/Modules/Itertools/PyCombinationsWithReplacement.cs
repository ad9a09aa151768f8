namespace Krait.Runtime;

/// <summary>itertools.combinations_with_replacement(iterable, r).</summary>
public sealed class PyCombinationsWithReplacement : SubclassableIterator
{
    public static readonly PyType CwrType = PyType.NewBuiltin("itertools.combinations_with_replacement", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private readonly PyTuple _pool;
    private readonly int[] _indices;
    private readonly int _r;
    private bool _started, _stopped;

    private PyCombinationsWithReplacement(PyType type, PyTuple pool, int r) : base(type)
    {
        _pool = pool;
        _r = r;
        _stopped = pool.Count == 0 && r > 0;
        _indices = new int[_stopped ? 0 : r];
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
        while (i >= 0 && _indices[i] == n - 1) i--;
        if (i < 0) { _stopped = true; return null; }
        int v = _indices[i] + 1;
        for (int j = i; j < r; j++) _indices[j] = v;
        return Current();
    }

    private static void InitType(PyType t)
    {
        InitIter(t);
        t.Repr = ItertoolsModule.ObjectRepr;
        t.New = (type, args, kw) =>
        {
            var v = ItertoolsModule.Bind("combinations_with_replacement", args, kw, ["iterable", "r"], 2, 2);
            var pool = PyTuple.FromIterable(v[0]!);
            long r = PyCombinations.RArg(v[1]!);
            return new PyCombinationsWithReplacement(type, pool, (int)Math.Min(r, int.MaxValue));
        };
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var c = (PyCombinationsWithReplacement)self!;
            return PyCombinations.ReduceIndices(c.Type, c._pool, c._r, c._started, c._stopped, c._indices);
        });
        TypeBuilder.Method(t, "__setstate__", (self, args, kw) =>
        {
            var state = ArgBinder.One("__setstate__", args, kw);
            var c = (PyCombinationsWithReplacement)self!;
            int n = c._pool.Count, r = c._indices.Length;
            if (state is not PyTuple tp || tp.Count != r) throw PyErr.ValueError("invalid arguments");
            for (int i = 0; i < r; i++)
                c._indices[i] = (int)Math.Clamp(Ops.AsSsize(tp[i]), 0, n - 1);
            c._started = true;
            return PyNone.Instance;
        });
        ItertoolsModule.Doc(t, "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.\n\ncombinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')");
    }
}
