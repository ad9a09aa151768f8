namespace Krait.Runtime;

/// <summary>frozenset: an immutable set, hashable.</summary>
public class PyFrozenSet : PySetBase
{
    public PyFrozenSet() : base(PyType.FrozenSetType) { }
    internal PyFrozenSet(PyType type) : base(type) { }

    public static PyFrozenSet FromItems(ReadOnlySpan<PyObject> items)
    {
        var s = new PyFrozenSet();
        foreach (var x in items) s.Add(x);
        return s;
    }
}
