namespace Krait.Runtime;

/// <summary>An iterator over a fixed array (tuple_iterator).</summary>
public sealed class SequenceIterator(PyType type, PyObject owner, PyObject[] items) : PyObject(type)
{
    private readonly PyObject _owner = owner; // keeps the sequence alive, as CPython's iterator does
    private PyObject[]? _items = items;
    private int _index;

    public PyObject? Next()
    {
        var a = _items;
        if (a is null) return null;
        if (_index < a.Length) return a[_index++];
        _items = null;
        return null;
    }
}
