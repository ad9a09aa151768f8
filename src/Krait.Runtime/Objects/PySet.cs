namespace Krait.Runtime;

/// <summary>set.</summary>
public class PySet : PySetBase
{
    public PySet() : base(PyType.SetType) { }
    internal PySet(PyType type) : base(type) { }
}
