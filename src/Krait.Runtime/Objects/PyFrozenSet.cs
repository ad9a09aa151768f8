namespace Krait.Runtime;

/// <summary>frozenset: an immutable set, hashable.</summary>
public class PyFrozenSet : PySetBase
{
    public PyFrozenSet() : base(PyType.FrozenSetType) { }
    internal PyFrozenSet(PyType type) : base(type) { }

    /// <summary>PyFrozenSet_New: the items added once, in order (what marshal's r_object does for a frozenset).</summary>
    public static PyFrozenSet FromItemsOnce(ReadOnlySpan<PyObject> items)
    {
        var s = new PyFrozenSet();
        foreach (var x in items) s.Add(x);
        return s;
    }

    /// <summary>A code object's frozenset constant. CPython's compiler builds it twice (merge_consts_recursive
    /// rebuilds the set from the first one's iteration order), which can change the table layout when hashes
    /// collide; doing the same keeps `for x in {-1, -2, -3}` in CPython's order.</summary>
    public static PyFrozenSet FromItems(ReadOnlySpan<PyObject> items)
    {
        var first = new PyFrozenSet();
        foreach (var x in items) first.Add(x);
        var s = new PyFrozenSet();
        int pos = 0;
        while (first.NextEntry(ref pos, out var key, out long hash)) s.AddEntry(key, hash);
        return s;
    }
}
