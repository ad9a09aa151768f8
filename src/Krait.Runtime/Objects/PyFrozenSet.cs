namespace Krait.Runtime;

/// <summary>frozenset: an immutable set, hashable.</summary>
public class PyFrozenSet : PySetBase
{
    public PyFrozenSet() : base(PyType.FrozenSetType) { }
    internal PyFrozenSet(PyType type) : base(type) { }
}
