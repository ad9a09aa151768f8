namespace Krait.Runtime;

/// <summary>list_reverseiterator: list.__reversed__; stops early if the list shrinks under it.</summary>
public sealed class ListReverseIterator : PyObject
{
    public static readonly PyType ListReverseIteratorType = PyType.NewBuiltin("list_reverseiterator", PyType.ObjectType, 0, InitType);

    private PyList? _list;
    private int _index;

    public ListReverseIterator(PyList list) : base(ListReverseIteratorType)
    {
        _list = list;
        _index = list.Count - 1;
    }

    public PyObject? Next()
    {
        var l = _list;
        if (l is null) return null;
        if (_index >= 0 && _index < l.Count) return l[_index--];
        _list = null;
        return null;
    }

    /// <summary>list.__reversed__().</summary>
    internal static PyObject Reversed(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        ArgBinder.None("list.__reversed__", args, kw);
        return new ListReverseIterator((PyList)self!);
    }

    private static void InitType(PyType t)
    {
        t.Iter = o => o;
        t.IterNext = o => ((ListReverseIterator)o).Next();
        TypeBuilder.Method(t, "__length_hint__", (self, args, kw) =>
        {
            var it = (ListReverseIterator)self!;
            return PyInt.FromLong(it._list is null || it._index >= it._list.Count ? 0 : it._index + 1);
        });
    }
}
