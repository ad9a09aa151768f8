namespace Krait.Runtime;

/// <summary>itertools.product(*iterables, repeat=1): the cartesian product, rightmost element advancing first.</summary>
public sealed class PyProduct : SubclassableIterator
{
    public static readonly PyType ProductType = PyType.NewBuiltin("itertools.product", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private readonly PyTuple[] _pools;
    private readonly int[] _indices;
    private PyObject[]? _result;
    private bool _stopped;

    private PyProduct(PyType type, PyTuple[] pools) : base(type)
    {
        _pools = pools;
        _indices = new int[pools.Length];
    }

    public override PyObject? Next()
    {
        if (_stopped) return null;
        int n = _pools.Length;
        if (_result is null)
        {
            var first = new PyObject[n];
            for (int i = 0; i < n; i++)
            {
                if (_pools[i].Count == 0) { _stopped = true; return null; }
                first[i] = _pools[i][0];
            }
            _result = first;
            return PyTuple.Create(first);
        }
        int k = n - 1;
        for (; k >= 0; k--)
        {
            var pool = _pools[k];
            if (++_indices[k] == pool.Count)
            {
                _indices[k] = 0;
                _result[k] = pool[0];
            }
            else
            {
                _result[k] = pool[_indices[k]];
                break;
            }
        }
        if (k < 0) { _stopped = true; return null; }
        return PyTuple.Create(_result);
    }

    private static void InitType(PyType t)
    {
        InitIter(t);
        t.Repr = ItertoolsModule.ObjectRepr;
        t.New = (type, args, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            int npos = args.Length - nkw;
            long repeat = 1;
            for (int k = 0; k < nkw; k++)
            {
                string name = ((PyStr)kw![k]).Value;
                if (name != "repeat") throw PyErr.TypeError($"'{name}' is an invalid keyword argument for product()");
                repeat = Ops.AsSsize(args[npos + k]);
            }
            if (repeat < 0) throw PyErr.ValueError("repeat argument cannot be negative");
            if (npos > 0 && repeat > int.MaxValue / npos) throw PyErr.OverflowError("repeat argument too large");
            var basePools = new PyTuple[npos];
            for (int i = 0; i < npos; i++) basePools[i] = PyTuple.FromIterable(args[i]);
            var pools = new PyTuple[npos * (int)repeat];
            for (int r = 0; r < repeat; r++) basePools.CopyTo(pools, r * npos);
            return new PyProduct(type, pools);
        };
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var p = (PyProduct)self!;
            if (p._stopped) return PyTuple.Pair(p.Type, PyTuple.Create([PyTuple.Empty]));
            var pools = PyTuple.Create(p._pools);
            if (p._result is null) return PyTuple.Pair(p.Type, pools);
            var idx = new PyObject[p._indices.Length];
            for (int i = 0; i < idx.Length; i++) idx[i] = PyInt.FromLong(p._indices[i]);
            return PyTuple.Create([p.Type, pools, PyTuple.Wrap(idx)]);
        });
        TypeBuilder.Method(t, "__setstate__", (self, args, kw) =>
        {
            var state = ArgBinder.One("__setstate__", args, kw);
            var p = (PyProduct)self!;
            if (state is not PyTuple tp || tp.Count != p._pools.Length) throw PyErr.ValueError("invalid arguments");
            var result = new PyObject[p._pools.Length];
            for (int i = 0; i < result.Length; i++)
            {
                long index = Ops.AsSsize(tp[i]);
                int n = p._pools[i].Count;
                if (n == 0) { p._stopped = true; return PyNone.Instance; }
                index = Math.Clamp(index, 0, n - 1);
                p._indices[i] = (int)index;
                result[i] = p._pools[i][(int)index];
            }
            p._result = result;
            return PyNone.Instance;
        });
        ItertoolsModule.Doc(t, "product(*iterables, repeat=1) --> product object\n\nCartesian product of input iterables.  Equivalent to nested for-loops.\n\nFor example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).\nThe leftmost iterators are in the outermost for-loop, so the output tuples\ncycle in a manner similar to an odometer (with the rightmost element changing\non every iteration).\n\nTo compute the product of an iterable with itself, specify the number\nof repetitions with the optional repeat keyword argument. For example,\nproduct(A, repeat=4) means the same as product(A, A, A, A).\n\nproduct('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)\nproduct((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ...");
    }
}
