namespace Krait.Runtime;

/// <summary>bytes_iterator / bytearray_iterator: yields ints; a bytearray's iterator sees later changes to it.</summary>
public sealed class PyBytesIterator : PyObject
{
    public static readonly PyType BytesIteratorType = PyType.NewBuiltin("bytes_iterator", PyType.ObjectType, 0, InitType);
    public static readonly PyType ByteArrayIteratorType = PyType.NewBuiltin("bytearray_iterator", PyType.ObjectType, 0, InitType);

    private PyObject? _seq;
    private int _index;

    public PyBytesIterator(PyObject seq) : base(seq is PyByteArray ? ByteArrayIteratorType : BytesIteratorType) => _seq = seq;

    private ReadOnlySpan<byte> Items => _seq is PyBytes b ? b.Value : ((PyByteArray)_seq!).AsSpan();

    public PyObject? Next()
    {
        if (_seq is null) return null;
        var s = Items;
        if (_index < s.Length) return PyInt.FromLong(s[_index++]);
        _seq = null;
        return null;
    }

    private static void InitType(PyType t)
    {
        t.Iter = o => o;
        t.IterNext = o => ((PyBytesIterator)o).Next();
        TypeBuilder.Method(t, "__length_hint__", (self, args, kw) =>
        {
            var it = (PyBytesIterator)self!;
            return PyInt.FromLong(it._seq is null ? 0 : Math.Max(0, it.Items.Length - it._index));
        });
        // Pickling: (iter, (seq,), index), or iter of an empty tuple once exhausted (striter_reduce).
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var it = (PyBytesIterator)self!;
            TypeBuilder.ExactArgs("__reduce__", args, kw, 0);
            if (it._seq is null) return Iterators.ReduceExhausted(PyTuple.Empty);
            return new PyTuple([ContainerArgs.IterBuiltin, new PyTuple([it._seq]), PyInt.FromLong(it._index)]);
        });
        TypeBuilder.Method(t, "__setstate__", (self, args, kw) =>
        {
            var it = (PyBytesIterator)self!;
            long i = ContainerArgs.StateIndex(ContainerArgs.One("__setstate__", args, kw));
            if (it._seq is not null)
            {
                int n = it.Items.Length;
                it._index = (int)(i < 0 ? 0 : i > n ? n : i);
            }
            return PyNone.Instance;
        });
    }
}
