namespace Krait.Runtime;

/// <summary>An instance of a Python subclass of bytes: adds the instance dict.</summary>
public sealed class PyBytesSubclass(PyType type, byte[] value) : PyBytes(type, value)
{
    private PyDict? _dict = type.HasDict ? new() : null;
    public override PyDict? Dict { get => _dict; set => _dict = _dict is null ? throw PyErr.NoAttribute(this, PyStr.Intern("__dict__")) : value; }
}
