namespace Krait.Runtime;

/// <summary>dict_reversekeyiterator / dict_reversevalueiterator / dict_reverseitemiterator: reversed(dict) and
/// reversed(dict views), newest entry first.</summary>
public sealed class DictReverseIterator : PyObject
{
    public static readonly PyType KeysType = PyType.NewBuiltin("dict_reversekeyiterator", PyType.ObjectType, 0, InitType);
    public static readonly PyType ValuesType = PyType.NewBuiltin("dict_reversevalueiterator", PyType.ObjectType, 0, InitType);
    public static readonly PyType ItemsType = PyType.NewBuiltin("dict_reverseitemiterator", PyType.ObjectType, 0, InitType);

    private PyDict? _dict;
    private readonly int _kind;
    private int _used;
    private int _pos;
    private int _len;

    private DictReverseIterator(PyType type, PyDict dict, int kind) : base(type)
    {
        _dict = dict;
        _kind = kind;
        _used = _len = dict.Count;
        _pos = dict.EntryLimit - 1;
    }

    public static PyObject Create(PyDict dict, int kind) =>
        new DictReverseIterator(kind == DictIterator.Keys ? KeysType : kind == DictIterator.Values ? ValuesType : ItemsType, dict, kind);

    public PyObject? Next()
    {
        var d = _dict;
        if (d is null) return null;
        if (d.Count != _used)
        {
            _used = -1; // sticky, as in CPython
            throw PyErr.RuntimeError("dictionary changed size during iteration");
        }
        while (_pos >= 0 && _pos < d.EntryLimit)
        {
            if (!d.EntryAt(_pos--, out var k, out var v)) continue;
            _len--;
            return _kind switch { DictIterator.Keys => k, DictIterator.Values => v, _ => PyTuple.Pair(k, v) };
        }
        _dict = null;
        return null;
    }

    /// <summary>dict.__reversed__().</summary>
    internal static PyObject DictReversed(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        ContainerArgs.None("dict.__reversed__", args, kw);
        return Create((PyDict)self!, DictIterator.Keys);
    }

    /// <summary>dict_keys/values/items.__reversed__().</summary>
    internal static PyObject ViewReversed(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var v = (PyDictView)self!;
        ContainerArgs.None(v.Type.Name + ".__reversed__", args, kw);
        int kind = ReferenceEquals(v.Type, PyType.DictKeysType) ? DictIterator.Keys
            : ReferenceEquals(v.Type, PyType.DictValuesType) ? DictIterator.Values : DictIterator.ItemsKind;
        return Create(v.Mapping, kind);
    }

    private static void InitType(PyType t)
    {
        t.Iter = o => o;
        t.IterNext = o => ((DictReverseIterator)o).Next();
        TypeBuilder.Method(t, "__length_hint__", (self, args, kw) =>
        {
            var it = (DictReverseIterator)self!;
            return PyInt.FromLong(it._dict is { } d && d.Count == it._used ? it._len : 0);
        });
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var it = (DictReverseIterator)self!;
            var copy = new DictReverseIterator(it.Type, it._dict ?? new PyDict(), it._kind) { _dict = it._dict, _used = it._used, _pos = it._pos, _len = it._len };
            return new PyTuple([ContainerArgs.IterBuiltin, new PyTuple([Iterators.Remaining(copy.Next)])]);
        });
    }
}
