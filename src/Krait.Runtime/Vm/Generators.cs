using Krait.Compiler.Bytecode;

namespace Krait.Runtime;

/// <summary>The runtime parts of <c>yield from</c>, <c>await</c> and <c>async for</c> (ceval.c SEND,
/// GET_AWAITABLE, GET_AITER, GET_ANEXT; genobject.c _PyCoro_GetAwaitableIter).</summary>
internal static class Generators
{
    /// <summary>SEND: sends <paramref name="value"/> into the sub-iterator; <paramref name="returned"/> is set (and
    /// the result is its return value) when it finishes.</summary>
    public static PyObject Send(PyObject receiver, PyObject value, out bool returned) =>
        Send(ThreadState.Current, receiver, value, out returned);

    /// <summary><see cref="Send(PyObject, PyObject, out bool)"/> with the running thread's state at hand (the SEND of
    /// both tiers): a generator or coroutine step then reads no thread static.</summary>
    public static PyObject Send(ThreadState ts, PyObject receiver, PyObject value, out bool returned)
    {
        if (receiver is PyGenerator or PyCoroutine)
            return ((PyGenBase)receiver).SendEx(ts, value, null, false, out returned);
        if (receiver is AsyncGenAwaitable aw) return aw.SendCore(value, out returned);
        // `await future`: the result comes back without a StopIteration (FutureIter_am_send).
        if (receiver is PyFutureIter fi) return fi.Send(out returned);
        returned = false;
        try
        {
            if (value is PyNone && receiver.Type.IsHeapType && receiver.Type.IterNext is not null)
            {
                // A class's __next__ may end with StopIteration(value): call it directly to keep the value.
                var nextMethod = Ops.LookupSpecial(receiver, "__next__");
                if (nextMethod is not null) return Ops.Call(nextMethod, []);
            }
            if (value is PyNone && receiver.Type.IterNext is { } next)
            {
                var r = next(receiver);
                if (r is not null) return r;
                returned = true;
                return PyNone.Instance;
            }
            return Ops.CallMethod(receiver, "send", [value]);
        }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.StopIteration))
        {
            returned = true;
            return PyStopIteration.ValueOf(e.Value);
        }
    }

    /// <summary>GET_AWAITABLE: the iterator an <c>await</c> drives. <paramref name="where"/> is 1 after
    /// __aenter__, 2 after __aexit__ (for the error message).</summary>
    public static PyObject GetAwaitable(PyObject o, int where)
    {
        PyObject iter;
        try
        {
            iter = AwaitableIter(o);
        }
        catch (PythonException e) when (where != 0 && e.Value.Type.IsSubtype(PyExc.TypeError) && o.Type.Lookup("__await__") is null)
        {
            string method = where == 1 ? "__aenter__" : "__aexit__";
            throw PyErr.TypeError($"'async with' received an object from {method} that does not implement __await__: {o.Type.Name}");
        }
        if (iter is PyCoroutine c && c.YieldFrom() is not null) throw PyErr.RuntimeError("coroutine is being awaited already");
        return iter;
    }

    /// <summary>_PyCoro_GetAwaitableIter.</summary>
    internal static PyObject AwaitableIter(PyObject o)
    {
        if (o is PyCoroutine) return o;
        if (o is PyGenerator g && (g.Frame.Code.Flags & CodeFlags.IterableCoroutine) != 0) return o;
        var await = Ops.LookupSpecial(o, "__await__") ?? throw PyErr.TypeError($"object {o.Type.Name} can't be used in 'await' expression");
        var res = Ops.Call(await, []);
        if (res is PyCoroutine || (res is PyGenerator rg && (rg.Frame.Code.Flags & CodeFlags.IterableCoroutine) != 0))
            throw PyErr.TypeError("__await__() returned a coroutine");
        if (res.Type.IterNext is null) throw PyErr.TypeError($"__await__() returned non-iterator of type '{res.Type.Name}'");
        return res;
    }

    public static PyObject GetAIter(PyObject o)
    {
        var aiter = Ops.LookupSpecial(o, "__aiter__")
            ?? throw PyErr.TypeError($"'async for' requires an object with __aiter__ method, got {o.Type.Name}");
        var it = Ops.Call(aiter, []);
        if (it.Type.Lookup("__anext__") is null)
            throw PyErr.TypeError($"'async for' received an object from __aiter__ that does not implement __anext__: {it.Type.Name}");
        return it;
    }

    public static PyObject GetANext(PyObject aiter)
    {
        if (aiter is PyAsyncGenerator ag) return ag.ANext();
        var anext = Ops.LookupSpecial(aiter, "__anext__")
            ?? throw PyErr.TypeError($"'async for' requires an iterator with __anext__ method, got {aiter.Type.Name}");
        var awaitable = Ops.Call(anext, []);
        try
        {
            return AwaitableIter(awaitable);
        }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.TypeError))
        {
            var te = PyErr.Make(PyExc.TypeError, $"'async for' received an invalid object from __anext__: {awaitable.Type.Name}");
            te.SetCause(e.Value);
            throw new PythonException(te);
        }
    }
}
