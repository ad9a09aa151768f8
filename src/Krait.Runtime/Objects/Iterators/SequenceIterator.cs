namespace Krait.Runtime;

/// <summary>An iterator over a fixed array (tuple_iterator).</summary>
public sealed class SequenceIterator(PyType type, PyObject owner, PyObject[] items) : PyObject(type)
{
    private PyObject? _owner = owner; // the tuple: keeps it alive and is what __reduce__ names
    private PyObject[]? _items = items;
    private int _index;

    public PyObject? Next()
    {
        var a = _items;
        if (a is null) return null;
        if (_index < a.Length) return a[_index++];
        _items = null;
        _owner = null;
        return null;
    }

    /// <summary>Items left (__length_hint__).</summary>
    internal long Remaining => _items is { } a ? a.Length - _index : 0;

    internal static void InitType(PyType t)
    {
        TypeBuilder.Method(t, "__length_hint__", (self, args, kw) =>
        {
            return PyInt.FromLong(((SequenceIterator)self!).Remaining);
        });
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var it = (SequenceIterator)self!;
            if (it._owner is null) return Iterators.ReduceExhausted(PyTuple.Empty);
            return new PyTuple([ContainerArgs.IterBuiltin, new PyTuple([it._owner]), PyInt.FromLong(it._index)]);
        });
        TypeBuilder.Method(t, "__setstate__", (self, args, kw) =>
        {
            var it = (SequenceIterator)self!;
            long i = ContainerArgs.StateIndex(ContainerArgs.One("tuple_iterator.__setstate__", args, kw));
            if (it._items is { } a) it._index = (int)(i < 0 ? 0 : i > a.Length ? a.Length : i);
            return PyNone.Instance;
        });
    }
}
