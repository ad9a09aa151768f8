namespace Krait.Runtime;

/// <summary>dict_keyiterator / dict_valueiterator / dict_itemiterator (dictiter_iternext*: a size change is a sticky
/// error; finding more entries than the dict had is "keys changed").</summary>
public sealed class DictIterator(PyType type, PyDict dict, int kind) : PyObject(type)
{
    public const int Keys = 0, Values = 1, ItemsKind = 2;

    private PyDict? _dict = dict;
    private readonly int _kind = kind;
    private int _used = dict.Count;
    private int _pos;
    private int _len = dict.Count;

    public PyObject? Next()
    {
        if (!Advance(out var k, out var v)) return null;
        return _kind switch { Keys => k, Values => v, _ => PyTuple.Pair(k, v) };
    }

    /// <summary>An items iterator's next (key, value) without the tuple (FOR_ITER + UNPACK_SEQUENCE 2); false when
    /// exhausted. The same checks and errors as <see cref="Next"/>.</summary>
    internal bool NextPair(out PyObject key, out PyObject value) => Advance(out key, out value);

    private bool Advance(out PyObject key, out PyObject value)
    {
        var d = _dict;
        if (d is not null)
        {
            if (d.Count != _used)
            {
                _used = -1; // sticky, as in CPython
                throw PyErr.RuntimeError("dictionary changed size during iteration");
            }
            while (_pos < d.EntryLimit)
            {
                if (!d.EntryAt(_pos++, out key, out value)) continue;
                if (_len == 0)
                {
                    _dict = null;
                    throw PyErr.RuntimeError("dictionary keys changed during iteration");
                }
                _len--;
                return true;
            }
            _dict = null;
        }
        key = value = null!;
        return false;
    }

    private DictIterator Clone() => new(Type, _dict ?? new PyDict(), _kind) { _dict = _dict, _used = _used, _pos = _pos, _len = _len };

    internal static void InitType(PyType t)
    {
        TypeBuilder.Method(t, "__length_hint__", (self, args, kw) =>
        {
            var it = (DictIterator)self!;
            return PyInt.FromLong(it._dict is { } d && d.Count == it._used ? it._len : 0);
        });
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var copy = ((DictIterator)self!).Clone();
            return new PyTuple([ContainerArgs.IterBuiltin, new PyTuple([Iterators.Remaining(copy.Next)])]);
        });
    }
}
