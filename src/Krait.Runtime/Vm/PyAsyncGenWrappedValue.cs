namespace Krait.Runtime;

/// <summary>async_generator_wrapped_value: what ASYNC_GEN_WRAP makes of a value an async generator yields, so that
/// its awaitables can tell an async yield (ends the step) from a value an inner <c>await</c> passes to the event loop.</summary>
internal sealed class PyAsyncGenWrappedValue(PyObject value) : PyObject(WrappedValueType)
{
    public static readonly PyType WrappedValueType = PyType.NewBuiltin("async_generator_wrapped_value", PyType.ObjectType, 0);

    public readonly PyObject Value = value;
}
