namespace Krait.Runtime;

/// <summary>itertools.compress(data, selectors).</summary>
public sealed class PyCompress : SubclassableIterator
{
    public static readonly PyType CompressType = PyType.NewBuiltin("itertools.compress", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private readonly PyObject _data, _selectors;

    private PyCompress(PyType type, PyObject data, PyObject selectors) : base(type)
    {
        _data = data;
        _selectors = selectors;
    }

    public override PyObject? Next()
    {
        while (true)
        {
            var d = Ops.Next(_data);
            if (d is null) return null;
            var s = Ops.Next(_selectors);
            if (s is null) return null;
            if (Ops.IsTrue(s)) return d;
        }
    }

    private static void InitType(PyType t)
    {
        InitIter(t);
        t.Repr = ItertoolsModule.ObjectRepr;
        t.New = (type, args, kw) =>
        {
            var v = ItertoolsModule.Bind("compress", args, kw, ["data", "selectors"], 2, 2);
            var data = Ops.GetIter(v[0]!);
            return new PyCompress(type, data, Ops.GetIter(v[1]!));
        };
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var m = (PyCompress)self!;
            return PyTuple.Pair(m.Type, PyTuple.Pair(m._data, m._selectors));
        });
        ItertoolsModule.Doc(t, "Return data elements corresponding to true selector elements.\n\nForms a shorter iterator from selected data elements using the selectors to\nchoose the data elements.");
    }
}
