namespace Krait.Runtime;

/// <summary>itertools.permutations(iterable, r=None): r-length orderings, in lexicographic index order.</summary>
public sealed class PyPermutations : SubclassableIterator
{
    public static readonly PyType PermutationsType = PyType.NewBuiltin("itertools.permutations", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private readonly PyTuple _pool;
    private readonly int _r;
    private readonly int[] _indices, _cycles;
    private bool _started, _stopped;

    private PyPermutations(PyType type, PyTuple pool, int r) : base(type)
    {
        _pool = pool;
        _r = r;
        int n = pool.Count;
        _indices = new int[n];
        for (int i = 0; i < n; i++) _indices[i] = i;
        _cycles = new int[Math.Min(r, n)];
        for (int i = 0; i < _cycles.Length; i++) _cycles[i] = n - i;
        _stopped = r > n;
    }

    private PyTuple Current()
    {
        var items = new PyObject[_r];
        for (int i = 0; i < _r; i++) items[i] = _pool[_indices[i]];
        return PyTuple.Create(items);
    }

    public override PyObject? Next()
    {
        if (_stopped) return null;
        int n = _pool.Count;
        if (!_started) { _started = true; return Current(); }
        if (n == 0) { _stopped = true; return null; }
        for (int i = _r - 1; i >= 0; i--)
        {
            if (--_cycles[i] == 0)
            {
                int idx = _indices[i];
                Array.Copy(_indices, i + 1, _indices, i, n - i - 1);
                _indices[n - 1] = idx;
                _cycles[i] = n - i;
            }
            else
            {
                int j = _cycles[i];
                (_indices[i], _indices[n - j]) = (_indices[n - j], _indices[i]);
                return Current();
            }
        }
        _stopped = true;
        return null;
    }

    private static void InitType(PyType t)
    {
        InitIter(t);
        t.Repr = ItertoolsModule.ObjectRepr;
        t.New = (type, args, kw) =>
        {
            var v = ItertoolsModule.Bind("permutations", args, kw, ["iterable", "r"], 2, 1);
            var pool = PyTuple.FromIterable(v[0]!);
            long r = pool.Count;
            if (v[1] is { } ro and not PyNone)
            {
                if (ro is not PyInt) throw PyErr.TypeError("Expected int as r");
                r = Ops.AsSsize(ro);
                if (r < 0) throw PyErr.ValueError("r must be non-negative");
            }
            return new PyPermutations(type, pool, (int)Math.Min(r, int.MaxValue));
        };
        ItertoolsModule.Doc(t, "Return successive r-length permutations of elements in the iterable.\n\npermutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)");
    }
}
