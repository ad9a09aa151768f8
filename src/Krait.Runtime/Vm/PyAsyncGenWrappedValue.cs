namespace Krait.Runtime;

/// <summary>A value yielded by an async generator (ASYNC_GEN_WRAP), told apart from an await's yield.</summary>
internal sealed class PyAsyncGenWrappedValue(PyObject value) : PyObject(PyType.ObjectType)
{
    public readonly PyObject Value = value;
}
