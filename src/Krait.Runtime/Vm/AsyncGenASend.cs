namespace Krait.Runtime;

/// <summary>async_generator_asend: the awaitable of <c>__anext__()</c> and <c>asend(value)</c>. One async step: it
/// sends into the generator until the frame's next async <c>yield</c> (the await's result) or its end
/// (StopAsyncIteration); values of inner awaits pass through to the event loop.</summary>
internal sealed class AsyncGenASend(PyAsyncGenerator gen, PyObject? sendValue) : AsyncGenAwaitable(ASendType)
{
    public static readonly PyType ASendType = PyType.NewBuiltin("async_generator_asend", PyType.ObjectType, 0, InitProtocol);

    private readonly PyAsyncGenerator _gen = gen;
    /// <summary>The asend() argument, sent on the first step (null for __anext__).</summary>
    private readonly PyObject? _sendValue = sendValue;
    private State _state = State.Init;

    private static PythonException Reused() => PyErr.RuntimeError("cannot reuse already awaited __anext__()/asend()");

    internal override PyObject SendCore(PyObject arg, out bool done)
    {
        if (_state == State.Closed) throw Reused();
        if (_state == State.Init)
        {
            // 3.11 leaves the awaitable in its initial state here: it may be awaited again later.
            if (_gen.RunningAsync) throw PyErr.RuntimeError("anext(): asynchronous generator is already running");
            if (arg is PyNone) arg = _sendValue ?? arg;
            _state = State.Iter;
        }
        _gen.RunningAsync = true;
        PyObject r;
        try
        {
            r = _gen.SendAndUnwrap(arg, out done);
        }
        catch (PythonException) when (CloseOnError())
        {
            throw;
        }
        if (done) _state = State.Closed;
        return r;
    }

    internal override PyObject ThrowCore(ReadOnlySpan<PyObject> args, out bool done)
    {
        if (_state == State.Closed) throw Reused();
        PyObject r;
        try
        {
            r = _gen.ThrowAndUnwrap(args, closeOnGenExit: true, out done);
        }
        catch (PythonException) when (CloseOnError())
        {
            throw;
        }
        if (done) _state = State.Closed;
        return r;
    }

    /// <summary>An exception ends the awaitable; an exception filter (always false), so nothing is rethrown.</summary>
    private bool CloseOnError()
    {
        _state = State.Closed;
        return false;
    }

    internal override PyObject CloseCore()
    {
        _state = State.Closed;
        return PyNone.Instance;
    }
}
