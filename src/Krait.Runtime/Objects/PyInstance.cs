namespace Krait.Runtime;

/// <summary>An instance of a class written in Python (or a bare <c>object()</c>, which has no dict).</summary>
public sealed class PyInstance : PyObject
{
    private PyDict? _dict;

    public PyInstance(PyType type, bool withDict = true) : base(type)
    {
        if (withDict) _dict = new PyDict();
    }

    public override PyDict? Dict
    {
        get => _dict;
        set => _dict = _dict is null ? throw PyErr.AttributeError($"'{Type.Name}' object has no attribute '__dict__'") : value;
    }
}
