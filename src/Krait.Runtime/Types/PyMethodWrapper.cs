namespace Krait.Runtime;

/// <summary>method-wrapper: a slot wrapper bound to an instance (<c>(1).__add__</c>).</summary>
public sealed class PyMethodWrapper(PyWrapperDescriptor descr, PyObject self) : PyObject(PyType.MethodWrapperType)
{
    public readonly PyWrapperDescriptor Descr = descr;
    public readonly PyObject Self = self;
}
