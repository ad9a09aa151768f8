namespace Krait.Runtime;

/// <summary>list_iterator: sees appends made during iteration, as CPython's does.</summary>
public sealed class ListIterator(PyList list) : PyObject(PyType.ListIteratorType)
{
    private PyList? _list = list;
    private int _index;

    public PyObject? Next()
    {
        var l = _list;
        if (l is null) return null;
        if (_index < l.Count) return l[_index++];
        _list = null;
        return null;
    }

    /// <summary>Items left (__length_hint__).</summary>
    internal long Remaining => _list is { } l && l.Count > _index ? l.Count - _index : 0;

    internal static void InitType(PyType t)
    {
        TypeBuilder.Method(t, "__length_hint__", (self, args, kw) =>
        {
            return PyInt.FromLong(((ListIterator)self!).Remaining);
        });
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var it = (ListIterator)self!;
            if (it._list is null) return Iterators.ReduceExhausted(new PyList());
            return new PyTuple([ContainerArgs.IterBuiltin, new PyTuple([it._list]), PyInt.FromLong(it._index)]);
        });
        TypeBuilder.Method(t, "__setstate__", (self, args, kw) =>
        {
            var it = (ListIterator)self!;
            long i = ContainerArgs.StateIndex(ContainerArgs.One("list_iterator.__setstate__", args, kw));
            if (it._list is { } l) it._index = (int)(i < 0 ? 0 : i > l.Count ? l.Count : i);
            return PyNone.Instance;
        });
    }
}
