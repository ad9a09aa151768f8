namespace Krait.Runtime;

/// <summary>dict_keyiterator / dict_valueiterator / dict_itemiterator.</summary>
public sealed class DictIterator(PyType type, PyDict dict, int kind) : PyObject(type)
{
    public const int Keys = 0, Values = 1, ItemsKind = 2;

    private PyDict? _dict = dict;
    private readonly int _kind = kind;
    private readonly int _size = dict.Count;
    private int _pos;
    private int _seen;

    public PyObject? Next()
    {
        var d = _dict;
        if (d is null) return null;
        if (d.Count != _size)
        {
            _dict = null;
            throw PyErr.RuntimeError("dictionary changed size during iteration");
        }
        while (_pos < d.EntryLimit)
        {
            if (!d.EntryAt(_pos++, out var k, out var v)) continue;
            _seen++;
            return _kind switch { Keys => k, Values => v, _ => PyTuple.Pair(k, v) };
        }
        _dict = null;
        if (_seen != _size) throw PyErr.RuntimeError("dictionary keys changed during iteration");
        return null;
    }
}
