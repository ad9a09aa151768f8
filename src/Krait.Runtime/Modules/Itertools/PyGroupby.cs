namespace Krait.Runtime;

/// <summary>itertools.groupby(iterable, key=None): (key, _grouper) pairs; a grouper is valid only until the
/// groupby advances (it then yields nothing more).</summary>
public sealed class PyGroupby : SubclassableIterator
{
    public static readonly PyType GroupbyType = PyType.NewBuiltin("itertools.groupby", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private readonly PyObject _it;
    private readonly PyObject? _keyFunc;
    internal PyObject? TgtKey, CurrKey, CurrValue;
    internal PyGrouper? CurrGrouper;

    private PyGroupby(PyType type, PyObject it, PyObject? keyFunc) : base(type)
    {
        _it = it;
        _keyFunc = keyFunc;
    }

    /// <summary>Reads the next value and its key; false when the input is exhausted.</summary>
    internal bool Step()
    {
        var v = Ops.Next(_it);
        if (v is null) return false;
        var k = _keyFunc is null ? v : Ops.Call(_keyFunc, [v]);
        CurrValue = v;
        CurrKey = k;
        return true;
    }

    public override PyObject? Next()
    {
        CurrGrouper = null;
        while (true)
        {
            if (CurrKey is null) { }
            else if (TgtKey is null) break;
            else if (!Ops.RichCompareBool(TgtKey, CurrKey, CompareOp.Eq)) break;
            if (!Step()) return null;
        }
        TgtKey = CurrKey;
        var g = new PyGrouper(this, TgtKey!);
        CurrGrouper = g;
        return PyTuple.Pair(CurrKey!, g);
    }

    private static void InitType(PyType t)
    {
        InitIter(t);
        t.Repr = ItertoolsModule.ObjectRepr;
        t.New = (type, args, kw) =>
        {
            var v = ItertoolsModule.Bind("groupby", args, kw, ["iterable", "key"], 2, 1);
            return new PyGroupby(type, Ops.GetIter(v[0]!), v[1] is null or PyNone ? null : v[1]);
        };
        ItertoolsModule.Doc(t, "make an iterator that returns consecutive keys and groups from the iterable\n\n  iterable\n    Elements to divide into groups according to the key function.\n  key\n    A function for computing the group category for each element.\n    If the key function is not specified or is None, the element itself\n    is used for grouping.");
    }
}
