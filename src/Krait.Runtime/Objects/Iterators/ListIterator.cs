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

    internal static void InitType(PyType t)
    {
        TypeBuilder.Method(t, "__length_hint__", (self, args, kw) =>
        {
            var it = (ListIterator)self!;
            return PyInt.FromLong(it._list is { } l && l.Count > it._index ? l.Count - it._index : 0);
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
