namespace Krait.Runtime;

/// <summary>Base of every Python object. The Python type is a field so that <c>type(x)</c> is a load and
/// instances of Python subclasses of builtins can carry their own type.</summary>
public abstract class PyObject
{
    public PyType Type;

    protected PyObject(PyType type) => Type = type;

    /// <summary>The instance <c>__dict__</c>, or null for objects without one (plain builtin instances).</summary>
    public virtual PyDict? Dict { get => null; set => throw PyErr.AttributeError($"'{Type.Name}' object has no attribute '__dict__'"); }

    public override string ToString() => Ops.Repr(this).Value;
}
