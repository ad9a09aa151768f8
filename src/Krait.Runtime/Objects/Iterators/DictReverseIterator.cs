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
    private readonly int _size;
    private int _pos;

    private DictReverseIterator(PyType type, PyDict dict, int kind) : base(type)
    {
        _dict = dict;
        _kind = kind;
        _size = dict.Count;
        _pos = dict.EntryLimit - 1;
    }

    public static PyObject Create(PyDict dict, int kind) =>
        new DictReverseIterator(kind == DictIterator.Keys ? KeysType : kind == DictIterator.Values ? ValuesType : ItemsType, dict, kind);

    public PyObject? Next()
    {
        var d = _dict;
        if (d is null) return null;
        if (d.Count != _size)
        {
            _dict = null;
            throw PyErr.RuntimeError("dictionary changed size during iteration");
        }
        while (_pos >= 0)
        {
            if (!d.EntryAt(_pos--, out var k, out var v)) continue;
            return _kind switch { DictIterator.Keys => k, DictIterator.Values => v, _ => PyTuple.Pair(k, v) };
        }
        _dict = null;
        return null;
    }

    /// <summary>dict.__reversed__().</summary>
    internal static PyObject DictReversed(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        ArgBinder.None("dict.__reversed__", args, kw);
        return Create((PyDict)self!, DictIterator.Keys);
    }

    /// <summary>dict_keys/values/items.__reversed__().</summary>
    internal static PyObject ViewReversed(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var v = (PyDictView)self!;
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
            return PyInt.FromLong(it._dict is null ? 0 : it._size);
        });
    }
}
