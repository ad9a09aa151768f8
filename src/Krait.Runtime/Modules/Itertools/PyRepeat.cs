namespace Krait.Runtime;

/// <summary>itertools.repeat(object[, times]).</summary>
public sealed class PyRepeat : SubclassableIterator
{
    public static readonly PyType RepeatType = PyType.NewBuiltin("itertools.repeat", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private readonly PyObject _element;
    private long _cnt; // -1: forever

    private PyRepeat(PyType type, PyObject element, long cnt) : base(type)
    {
        _element = element;
        _cnt = cnt;
    }

    public override PyObject? Next()
    {
        if (_cnt == 0) return null;
        if (_cnt > 0) _cnt--;
        return _element;
    }

    private static void InitType(PyType t)
    {
        InitIter(t);
        t.Repr = ItertoolsModule.ObjectRepr;
        t.New = (type, args, kw) =>
        {
            var v = ItertoolsModule.Bind("repeat", args, kw, ["object", "times"], 2, 1);
            long cnt = -1;
            if (v[1] is { } times) cnt = Math.Max(0, Ops.AsSsize(times));
            return new PyRepeat(type, v[0]!, cnt);
        };
        t.Repr = o =>
        {
            var r = (PyRepeat)o;
            string e = Ops.Repr(r._element).Value;
            return new PyStr(r._cnt == -1 ? $"{ItertoolsModule.ShortName(r.Type)}({e})" : $"{ItertoolsModule.ShortName(r.Type)}({e}, {r._cnt})");
        };
        TypeBuilder.Method(t, "__length_hint__", (self, args, kw) =>
        {
            var r = (PyRepeat)self!;
            if (r._cnt == -1) throw PyErr.TypeError("len() of unsized object");
            return PyInt.FromLong(r._cnt);
        });
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var r = (PyRepeat)self!;
            return r._cnt == -1
                ? PyTuple.Pair(r.Type, PyTuple.Create([r._element]))
                : PyTuple.Pair(r.Type, PyTuple.Pair(r._element, PyInt.FromLong(r._cnt)));
        });
        ItertoolsModule.Doc(t, "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly.");
    }
}
