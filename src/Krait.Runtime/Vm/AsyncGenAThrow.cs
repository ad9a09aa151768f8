namespace Krait.Runtime;

/// <summary>async_generator_athrow: the awaitable of <c>athrow(typ[, val[, tb]])</c> and, with no arguments
/// (<see cref="_args"/> null), of <c>aclose()</c>. Throws into the generator on its first step, then sends
/// until the step ends. In aclose() mode the generator must finish: an async yield is an error, and
/// StopAsyncIteration/GeneratorExit become the await's normal end.</summary>
internal sealed class AsyncGenAThrow(PyAsyncGenerator gen, PyObject[]? args) : AsyncGenAwaitable(AThrowType)
{
    public static readonly PyType AThrowType = PyType.NewBuiltin("async_generator_athrow", PyType.ObjectType, 0, InitProtocol);

    private readonly PyAsyncGenerator _gen = gen;
    private readonly PyObject[]? _args = args;
    private State _state = State.Init;

    private bool IsClose => _args is null;

    private static PythonException Reused() => PyErr.RuntimeError("cannot reuse already awaited aclose()/athrow()");

    /// <summary>The generator yielded while being closed.</summary>
    private PythonException YieldedOnClose()
    {
        EndStep();
        return PyErr.RuntimeError("async generator ignored GeneratorExit");
    }

    /// <summary>check_error: the step is over. True (aclose() mode, StopAsyncIteration or GeneratorExit) when the
    /// exception means "closed as asked" and the await ends normally instead.</summary>
    private bool EndsOnError(PythonException pe)
    {
        EndStep();
        return IsClose && IsExhaustion(pe);
    }

    private void EndStep()
    {
        _gen.RunningAsync = false;
        _state = State.Closed;
    }

    private static bool IsExhaustion(PythonException pe) =>
        pe.Value.Type.IsSubtype(PyExc.StopAsyncIteration) || pe.Value.Type.IsSubtype(PyExc.GeneratorExit);

    internal override PyObject SendCore(PyObject arg, out bool done)
    {
        done = false;
        if (_state == State.Closed) throw Reused();
        if (_gen.Finished)
        {
            _state = State.Closed;
            done = true;
            return PyNone.Instance;
        }
        if (_state == State.Init)
        {
            if (_gen.RunningAsync)
            {
                _state = State.Closed;
                throw PyErr.RuntimeError(IsClose
                    ? "aclose(): asynchronous generator is already running"
                    : "athrow(): asynchronous generator is already running");
            }
            if (_gen.Closed)
            {
                _state = State.Closed;
                throw PyErr.New(PyExc.StopAsyncIteration);
            }
            if (arg is not PyNone) throw PyErr.RuntimeError("can't send non-None value to a just-started coroutine");
            _state = State.Iter;
            _gen.RunningAsync = true;
            return FirstStep(out done);
        }
        if (!IsClose) return _gen.SendAndUnwrap(arg, out done);
        try
        {
            var r = _gen.SendEx(arg, null, false, out bool returned);
            if (returned) throw PyErr.New(PyExc.StopAsyncIteration);
            if (r is PyAsyncGenWrappedValue) throw YieldedOnClose();
            return r;
        }
        catch (PythonException pe) when (EndsOnError(pe))
        {
            done = true;
            return PyNone.Instance;
        }
    }

    /// <summary>The throw that starts the step: GeneratorExit for aclose(), the given exception for athrow().</summary>
    private PyObject FirstStep(out bool done)
    {
        done = false;
        if (IsClose)
        {
            _gen.Closed = true;
            PyObject r;
            try
            {
                r = _gen.ThrowException(PyErr.Make(PyExc.GeneratorExit), closeOnGenExit: false);
            }
            catch (PythonException pe) when (EndsOnError(pe))
            {
                done = true;
                return PyNone.Instance;
            }
            if (r is PyAsyncGenWrappedValue) throw YieldedOnClose();
            return r;
        }
        // 3.11 checks the arguments only now, with the generator already marked as running.
        TypeBuilder.ArgRange("athrow", _args, null, 1, 3);
        try
        {
            var r = _gen.ThrowAndUnwrap(_args, closeOnGenExit: false, out done);
            if (done) EndStep();
            return r;
        }
        catch (PythonException pe) when (EndsOnError(pe))
        {
            throw;
        }
    }

    internal override PyObject ThrowCore(ReadOnlySpan<PyObject> args, out bool done)
    {
        if (_state == State.Closed) throw Reused();
        if (!IsClose) return _gen.ThrowAndUnwrap(args, closeOnGenExit: true, out done);
        done = false;
        PyObject r;
        try
        {
            TypeBuilder.ArgRange("throw", args, null, 1, 3);
            r = _gen.Throw(args[0], args.Length > 1 ? args[1] : null, args.Length > 2 ? args[2] : null);
        }
        catch (PythonException pe) when (IsExhaustion(pe))
        {
            done = true;
            return PyNone.Instance;
        }
        if (r is PyAsyncGenWrappedValue) throw YieldedOnClose();
        return r;
    }

    internal override PyObject CloseCore()
    {
        _state = State.Closed;
        return PyNone.Instance;
    }
}
