namespace Krait.Runtime;

/// <summary>itertools._grouper: one group of a groupby, sharing its parent's input.</summary>
public sealed class PyGrouper : SubclassableIterator
{
    public static readonly PyType GrouperType = PyType.NewBuiltin("itertools._grouper", PyType.ObjectType, 0, InitType);

    private readonly PyGroupby _parent;
    private readonly PyObject _tgtKey;

    internal PyGrouper(PyGroupby parent, PyObject tgtKey) : base(GrouperType)
    {
        _parent = parent;
        _tgtKey = tgtKey;
    }

    public override PyObject? Next()
    {
        var g = _parent;
        if (!ReferenceEquals(g.CurrGrouper, this)) return null;
        if (g.CurrValue is null && !g.Step()) return null;
        if (!Ops.RichCompareBool(_tgtKey, g.CurrKey!, CompareOp.Eq)) return null;
        var r = g.CurrValue;
        g.CurrValue = null;
        g.CurrKey = null;
        return r;
    }

    private static void InitType(PyType t)
    {
        InitIter(t);
        t.Repr = ItertoolsModule.ObjectRepr;
        t.New = (type, args, kw) =>
        {
            var a = ItertoolsModule.Positional("_grouper", type, GrouperType, args, kw, 2, 2);
            if (a[0] is not PyGroupby p) throw PyErr.TypeError($"_grouper() argument 1 must be itertools.groupby, not {a[0].Type.Name}");
            return new PyGrouper(p, a[1]);
        };
    }
}
