namespace Krait.Runtime;

/// <summary>itertools.count(start=0, step=1).</summary>
public sealed class PyCount : SubclassableIterator
{
    public static readonly PyType CountType = PyType.NewBuiltin("itertools.count", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private PyObject _cnt;
    private readonly PyObject _step;

    private PyCount(PyType type, PyObject start, PyObject step) : base(type)
    {
        _cnt = start;
        _step = step;
    }

    public override PyObject? Next()
    {
        var r = _cnt;
        _cnt = Ops.BinaryOp(r, _step, NumberOp.Add);
        return r;
    }

    private static bool IsNumber(PyObject o) =>
        o.Type.Index is not null || o.Type.Int is not null || o.Type.Float is not null || o is PyComplex;

    private static void InitType(PyType t)
    {
        InitIter(t);
        t.Repr = ItertoolsModule.ObjectRepr;
        t.New = (type, args, kw) =>
        {
            var v = ItertoolsModule.Bind("count", args, kw, ["start", "step"], 2, 0);
            var start = v[0] ?? PyInt.FromLong(0);
            var step = v[1] ?? PyInt.FromLong(1);
            if (!IsNumber(start) || !IsNumber(step)) throw PyErr.TypeError("a number is required");
            return new PyCount(type, start, step);
        };
        t.Repr = o =>
        {
            var c = (PyCount)o;
            string s = Ops.Repr(c._cnt).Value;
            bool stepOne = c._step is PyInt i && i.TryGetLong(out long l) && l == 1;
            return new PyStr(stepOne ? $"{ItertoolsModule.ShortName(c.Type)}({s})" : $"{ItertoolsModule.ShortName(c.Type)}({s}, {Ops.Repr(c._step).Value})");
        };
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var c = (PyCount)self!;
            bool stepOne = c._step is PyInt i && i.TryGetLong(out long l) && l == 1;
            return PyTuple.Pair(c.Type, stepOne ? PyTuple.Create([c._cnt]) : PyTuple.Pair(c._cnt, c._step));
        });
        ItertoolsModule.Doc(t, "Return a count object whose .__next__() method returns consecutive values.\n\nEquivalent to:\n    def count(firstval=0, step=1):\n        x = firstval\n        while 1:\n            yield x\n            x += step");
    }
}
