namespace Krait.Runtime;

/// <summary>range_iterator: start, step, length and position as longs (the VM calls <see cref="Next"/> directly).</summary>
public sealed class RangeIterator : PyObject
{
    private readonly long _start, _step, _len;
    private long _index;

    public RangeIterator(long start, long step, long len) : base(PyType.RangeIteratorType)
    {
        _start = start; _step = step; _len = len;
    }

    public PyObject? Next()
    {
        if (_index >= _len) return null;
        return PyInt.FromLong(unchecked(_start + _index++ * _step));
    }

    /// <summary>Items left (__length_hint__).</summary>
    internal long Remaining => _len - _index;

    internal static void InitType(PyType t)
    {
        TypeBuilder.Method(t, "__length_hint__", (self, args, kw) =>
        {
            return PyInt.FromLong(((RangeIterator)self!).Remaining);
        });
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var it = (RangeIterator)self!;
            var stop = (System.Numerics.BigInteger)it._start + (System.Numerics.BigInteger)it._len * it._step;
            var r = new PyRange((System.Numerics.BigInteger)it._start, stop, it._step);
            return new PyTuple([ContainerArgs.IterBuiltin, new PyTuple([r]), PyInt.FromLong(it._index)]);
        });
        TypeBuilder.Method(t, "__setstate__", (self, args, kw) =>
        {
            var it = (RangeIterator)self!;
            long i = ContainerArgs.StateIndex(ContainerArgs.One("range_iterator.__setstate__", args, kw));
            it._index = i < 0 ? 0 : i > it._len ? it._len : i;
            return PyNone.Instance;
        });
    }
}
