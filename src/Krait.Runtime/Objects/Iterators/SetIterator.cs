namespace Krait.Runtime;

/// <summary>set_iterator: table order; a size change is a sticky error.</summary>
public sealed class SetIterator(PySetBase set) : PyObject(PyType.SetIteratorType)
{
    private PySetBase? _set = set;
    private int _used = set.Count;
    private int _pos;
    private int _len = set.Count;

    public PyObject? Next()
    {
        var s = _set;
        if (s is null) return null;
        if (s.Count != _used)
        {
            _used = -1;
            throw PyErr.RuntimeError("Set changed size during iteration");
        }
        if (s.NextEntry(ref _pos, out var key, out _))
        {
            _len--;
            return key;
        }
        _set = null;
        return null;
    }

    internal static void InitType(PyType t)
    {
        TypeBuilder.Method(t, "__length_hint__", (self, args, kw) =>
        {
            var it = (SetIterator)self!;
            return PyInt.FromLong(it._set is { } s && s.Count == it._used ? it._len : 0);
        });
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var it = (SetIterator)self!;
            var copy = new SetIterator(it._set ?? new PySet()) { _set = it._set, _used = it._used, _pos = it._pos, _len = it._len };
            return new PyTuple([ContainerArgs.IterBuiltin, new PyTuple([Iterators.Remaining(copy.Next)])]);
        });
    }
}
