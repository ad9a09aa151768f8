namespace Krait.Runtime;

/// <summary>set_iterator: table order.</summary>
public sealed class SetIterator(PySetBase set) : PyObject(PyType.SetIteratorType)
{
    private PySetBase? _set = set;
    private readonly int _used = set.Count;
    private int _pos;

    public PyObject? Next()
    {
        var s = _set;
        if (s is null) return null;
        if (s.Count != _used)
        {
            _set = null;
            throw PyErr.RuntimeError("Set changed size during iteration");
        }
        if (s.NextEntry(ref _pos, out var key, out _)) return key;
        _set = null;
        return null;
    }
}
