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
}
