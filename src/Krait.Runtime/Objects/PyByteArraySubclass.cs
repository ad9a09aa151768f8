namespace Krait.Runtime;

/// <summary>An instance of a Python subclass of bytearray: adds the instance dict.</summary>
public sealed class PyByteArraySubclass(PyType type) : PyByteArray(type)
{
    private PyDict? _dict = type.HasDict ? new() : null;
    public override PyDict? Dict { get => _dict; set => _dict = _dict is null ? throw PyErr.NoAttribute(this, PyStr.Intern("__dict__")) : value; }
}
