namespace Krait.Runtime;

/// <summary>anext_awaitable (Objects/iterobject.c): what <c>anext(it, default)</c> returns. It drives the awaitable
/// that <c>it.__anext__()</c> returned and turns its StopAsyncIteration into the await's result, the default.</summary>
internal sealed class AsyncGenANextAwaitable(PyObject wrapped, PyObject defaultValue) : AsyncGenAwaitable(ANextAwaitableType)
{
    public static readonly PyType ANextAwaitableType = PyType.NewBuiltin("anext_awaitable", PyType.ObjectType, 0, InitProtocol);

    private readonly PyObject _wrapped = wrapped;
    private readonly PyObject _default = defaultValue;

    /// <summary>anextawaitable_getiter: the iterator to drive, found afresh at every step (a coroutine's
    /// __await__ iterator, or the awaitable itself).</summary>
    private PyObject GetIter()
    {
        var awaitable = Generators.AwaitableIter(_wrapped);
        if (awaitable.Type.IterNext is not null) return awaitable;
        // Only a coroutine lacks __next__: drive its __await__ iterator.
        var it = Ops.CallMethod(awaitable, "__await__", []);
        if (it.Type.IterNext is null) throw PyErr.TypeError("__await__ returned a non-iterable");
        return it;
    }

    /// <summary>The step ended with an exception: StopAsyncIteration finishes the await with the default,
    /// StopIteration with its value; anything else propagates.</summary>
    private bool Finished(PythonException pe, out PyObject value)
    {
        var t = pe.Value.Type;
        if (t.IsSubtype(PyExc.StopAsyncIteration)) { value = _default; return true; }
        if (t.IsSubtype(PyExc.StopIteration)) { value = PyStopIteration.ValueOf(pe.Value); return true; }
        value = PyNone.Instance;
        return false;
    }

    internal override PyObject SendCore(PyObject arg, out bool done)
    {
        var it = GetIter();
        PyObject? r;
        try
        {
            if (arg is PyNone)
            {
                if (it is AsyncGenAwaitable aw) return aw.SendCore(arg, out done);
                r = Ops.Next(it);
            }
            // CPython passes the argument with the "O" format, which unpacks a tuple into several arguments.
            else r = arg is PyTuple t ? Ops.CallMethod(it, "send", t.AsSpan()) : Ops.CallMethod(it, "send", [arg]);
        }
        catch (PythonException pe) when (Finished(pe, out var value))
        {
            done = true;
            return value;
        }
        done = r is null;
        return r ?? PyNone.Instance;
    }

    internal override PyObject ThrowCore(ReadOnlySpan<PyObject> args, out bool done)
    {
        var it = GetIter();
        try
        {
            done = false;
            return Ops.CallMethod(it, "throw", args);
        }
        catch (PythonException pe) when (Finished(pe, out var value))
        {
            done = true;
            return value;
        }
    }

    internal override PyObject CloseCore()
    {
        var it = GetIter();
        try
        {
            return Ops.CallMethod(it, "close", []);
        }
        catch (PythonException pe) when (pe.Value.Type.IsSubtype(PyExc.StopAsyncIteration))
        {
            throw PyGenBase.StopIterationFor(_default);
        }
    }
}
