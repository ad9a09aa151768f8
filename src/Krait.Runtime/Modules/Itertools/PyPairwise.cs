namespace Krait.Runtime;

/// <summary>itertools.pairwise(iterable, /): overlapping pairs.</summary>
public sealed class PyPairwise : SubclassableIterator
{
    public static readonly PyType PairwiseType = PyType.NewBuiltin("itertools.pairwise", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private PyObject? _it, _old;

    private PyPairwise(PyType type, PyObject it) : base(type) => _it = it;

    public override PyObject? Next()
    {
        if (_it is null) return null;
        if (_old is null)
        {
            _old = Ops.Next(_it);
            if (_old is null) { _it = null; return null; }
        }
        var nw = Ops.Next(_it);
        if (nw is null) { _it = null; _old = null; return null; }
        var r = PyTuple.Pair(_old, nw);
        _old = nw;
        return r;
    }

    private static void InitType(PyType t)
    {
        InitIter(t);
        t.Repr = ItertoolsModule.ObjectRepr;
        t.New = (type, args, kw) =>
        {
            var a = ItertoolsModule.Positional("pairwise", type, PairwiseType, args, kw, 1, 1);
            return new PyPairwise(type, Ops.GetIter(a[0]));
        };
        ItertoolsModule.Doc(t, "Return an iterator of overlapping pairs taken from the input iterator.\n\n    s -> (s0,s1), (s1,s2), (s2, s3), ...");
    }
}
