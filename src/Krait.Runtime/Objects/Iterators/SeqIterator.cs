namespace Krait.Runtime;

/// <summary>iterator: iter() over an object with only __getitem__ (calls it with 0, 1, … until IndexError or StopIteration).</summary>
public sealed class SeqIterator(PyObject seq) : PyObject(PyType.SeqIteratorType)
{
    private PyObject? _seq = seq;
    private long _index;

    public PyObject? Next()
    {
        var s = _seq;
        if (s is null) return null;
        try
        {
            return Ops.GetItem(s, PyInt.FromLong(_index++));
        }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.IndexError) || e.Value.Type.IsSubtype(PyExc.StopIteration))
        {
            _seq = null;
            return null;
        }
    }

    internal static void InitType(PyType t)
    {
        TypeBuilder.Method(t, "__length_hint__", (self, args, kw) =>
        {
            var it = (SeqIterator)self!;
            if (it._seq is not { } s) return PyInt.FromLong(0);
            // iter_len: a sequence without __len__ gives NotImplemented.
            if (s.Type.Len is null) return PyNotImplemented.Instance;
            long n = Ops.Len(s) - it._index;
            return PyInt.FromLong(n < 0 ? 0 : n);
        });
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var it = (SeqIterator)self!;
            if (it._seq is null) return Iterators.ReduceExhausted(PyTuple.Empty);
            return new PyTuple([ContainerArgs.IterBuiltin, new PyTuple([it._seq]), PyInt.FromLong(it._index)]);
        });
        TypeBuilder.Method(t, "__setstate__", (self, args, kw) =>
        {
            var it = (SeqIterator)self!;
            long i = ContainerArgs.StateIndex(ContainerArgs.One("iterator.__setstate__", args, kw));
            if (it._seq is not null) it._index = i < 0 ? 0 : i;
            return PyNone.Instance;
        });
    }
}
