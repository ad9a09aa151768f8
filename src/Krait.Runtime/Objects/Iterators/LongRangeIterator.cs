using System.Numerics;

namespace Krait.Runtime;

/// <summary>longrange_iterator: a range whose bounds or length do not fit a long.</summary>
public sealed class LongRangeIterator : PyObject
{
    public static readonly PyType LongRangeIteratorType = PyType.NewBuiltin("longrange_iterator", PyType.ObjectType, 0, InitType);

    private readonly BigInteger _start, _step, _len;
    private BigInteger _index;

    public LongRangeIterator(BigInteger start, BigInteger step, BigInteger len) : base(LongRangeIteratorType)
    {
        _start = start; _step = step; _len = len;
    }

    public PyObject? Next()
    {
        if (_index >= _len) return null;
        var v = _start + _index * _step;
        _index += 1;
        return PyInt.FromBig(v);
    }

    private static void InitType(PyType t)
    {
        t.Iter = o => o;
        t.IterNext = o => ((LongRangeIterator)o).Next();
        TypeBuilder.Method(t, "__length_hint__", (self, args, kw) =>
        {
            var it = (LongRangeIterator)self!;
            return PyInt.FromBig(it._len - it._index);
        });
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var it = (LongRangeIterator)self!;
            var r = new PyRange(it._start, it._start + it._len * it._step, it._step);
            return new PyTuple([ContainerArgs.IterBuiltin, new PyTuple([r]), PyInt.FromBig(it._index)]);
        });
        TypeBuilder.Method(t, "__setstate__", (self, args, kw) =>
        {
            var it = (LongRangeIterator)self!;
            var st = ContainerArgs.One("longrange_iterator.__setstate__", args, kw);
            if (st is not PyInt i) throw PyErr.TypeError("an integer is required");
            var v = i.ToBigInteger();
            it._index = v.Sign < 0 ? BigInteger.Zero : v > it._len ? it._len : v;
            return PyNone.Instance;
        });
    }
}
