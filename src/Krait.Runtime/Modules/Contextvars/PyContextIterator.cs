using System.Collections.Immutable;

namespace Krait.Runtime;

/// <summary>The iterators of a Context's keys, values and items (CPython's HAMT iterators, whose type names are
/// "keys", "values" and "items"). They walk the snapshot the context had when they were created.</summary>
public sealed class PyContextIterator : PyObject
{
    internal enum Kind { Keys, Values, Items }

    private static readonly PyType s_keys = NewType("keys"), s_values = NewType("values"), s_items = NewType("items");

    private readonly Kind _kind;
    private ImmutableDictionary<PyContextVar, PyObject>.Enumerator _e;
    private bool _done;

    internal PyContextIterator(ImmutableDictionary<PyContextVar, PyObject> vars, Kind kind)
        : base(kind == Kind.Keys ? s_keys : kind == Kind.Values ? s_values : s_items)
    {
        _kind = kind;
        _e = vars.GetEnumerator();
    }

    private PyObject? Next()
    {
        if (_done) return null;
        if (!_e.MoveNext()) { _done = true; return null; }
        var kv = _e.Current;
        return _kind switch
        {
            Kind.Keys => kv.Key,
            Kind.Values => kv.Value,
            _ => PyTuple.Pair(kv.Key, kv.Value),
        };
    }

    private static PyType NewType(string name) => PyType.NewBuiltin(name, PyType.ObjectType, TypeFlags.None, t =>
    {
        t.Iter = o => o;
        t.IterNext = o => ((PyContextIterator)o).Next();
    });
}
