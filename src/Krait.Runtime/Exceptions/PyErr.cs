namespace Krait.Runtime;

/// <summary>Raising Python exceptions from C#: <c>throw PyErr.TypeError("...")</c>. The <c>Make*</c> forms
/// return the exception object for the non-throwing paths.</summary>
public static class PyErr
{
    public static PyBaseException Make(PyType type) =>
        IsPlain(type) ? new PyBaseException(type, PyTuple.Empty) : (PyBaseException)Ops.Call(type, []);
    public static PyBaseException Make(PyType type, PyObject arg) =>
        IsPlain(type) ? new PyBaseException(type, PyTuple.Create([arg])) : (PyBaseException)Ops.Call(type, [arg]);

    /// <summary>A builtin exception type whose __new__ and __init__ are BaseException's (KeyError, ValueError …):
    /// calling it makes exactly a PyBaseException with the arguments as args, so the call is skipped.</summary>
    private static bool IsPlain(PyType type) => !type.IsHeapType
        && ReferenceEquals(type.New, PyExc.BaseException.New) && ReferenceEquals(type.Init, PyExc.BaseException.Init);
    public static PyBaseException Make(PyType type, string message) => Make(type, new PyStr(message));

    public static PythonException New(PyType type) => new(Make(type));
    public static PythonException New(PyType type, string message) => new(Make(type, message));
    public static PythonException New(PyType type, PyObject arg) => new(Make(type, arg));

    /// <summary>RecursionError, built directly: raised when the stack is nearly exhausted, so it must not call
    /// back into Python (the exception type's constructor) to make the exception object.</summary>
    public static PythonException RecursionError(string message = "maximum recursion depth exceeded") =>
        new(MakeRecursionError(message));

    public static PyBaseException MakeRecursionError(string message = "maximum recursion depth exceeded") =>
        new(PyExc.RecursionError, PyTuple.Create([new PyStr(message)]));

    /// <summary>MemoryError, built directly (no call into the type): made after an allocation failed.</summary>
    public static PyBaseException MakeMemoryError() => new(PyExc.MemoryError, PyTuple.Empty);

    /// <summary>Whether a boundary that reports Python errors (a thread's start, __del__, weakref, gc and atexit
    /// callbacks) takes <paramref name="e"/> too: every exception but a thread interrupt.</summary>
    public static bool Reportable(Exception e) => e is not ThreadInterruptedException;

    /// <summary>The Python exception for anything thrown at such a boundary: a Python exception as it is, a stack
    /// near exhaustion as RecursionError, a failed allocation as MemoryError, and a .NET exception from a defect
    /// in Krait as SystemError with a one-line description (never a .NET stack trace).</summary>
    public static PyBaseException ToPython(Exception e) => e switch
    {
        PythonException pe => pe.Value,
        InsufficientExecutionStackException => MakeRecursionError(),
        OutOfMemoryException => MakeMemoryError(),
        _ => new PyBaseException(PyExc.SystemError, PyTuple.Create([new PyStr($"internal error in Krait: {e.GetType().Name}: {e.Message}")])),
    };

    /// <summary>Reports <paramref name="e"/> the way CPython's C functions do, without a .NET throw: stores it in
    /// <see cref="ThreadState.JitPending"/> and returns null, for a <see cref="PendingFn"/> (or a VM helper) to return.</summary>
    internal static PyObject? SetPending(PyBaseException e)
    {
        ThreadState.Current.JitPending = e;
        return null;
    }

    public static PythonException TypeError(string message) => New(PyExc.TypeError, message);
    public static PythonException ValueError(string message) => New(PyExc.ValueError, message);
    public static PythonException IndexError(string message) => New(PyExc.IndexError, message);
    public static PythonException OverflowError(string message) => New(PyExc.OverflowError, message);
    public static PythonException ZeroDivisionError(string message) => New(PyExc.ZeroDivisionError, message);
    public static PythonException RuntimeError(string message) => New(PyExc.RuntimeError, message);
    public static PythonException SystemError(string message) => New(PyExc.SystemError, message);
    public static PythonException KeyError(PyObject key) => New(PyExc.KeyError, key);
    public static PythonException AttributeError(string message) => New(PyExc.AttributeError, message);

    /// <summary>The AttributeError of a failed look-up, with CPython's wording and its name/obj attributes.</summary>
    public static PythonException NoAttribute(PyObject obj, PyStr name) => new(MakeNoAttribute(obj, name));

    public static PyBaseException MakeNoAttribute(PyObject obj, PyStr name)
    {
        string msg = obj is PyType t
            ? $"type object '{t.Name}' has no attribute '{name.Value}'"
            : $"'{obj.Type.Name}' object has no attribute '{name.Value}'";
        // Built directly (what calling the exact builtin type makes, without the call): a hot miss path.
        return new PyAttributeError(PyExc.AttributeError, PyTuple.Create([new PyStr(msg)])) { Name = name, Obj = obj };
    }
}
