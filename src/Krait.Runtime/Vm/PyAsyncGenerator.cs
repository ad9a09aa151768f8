namespace Krait.Runtime;

/// <summary>async_generator: the object an <c>async def</c> with <c>yield</c> returns (Objects/genobject.c).
/// Its frame runs through <see cref="PyGenBase.SendEx"/> like any generator's; the awaitables that
/// <c>__anext__</c>/<c>asend</c> (<see cref="AsyncGenASend"/>) and <c>athrow</c>/<c>aclose</c>
/// (<see cref="AsyncGenAThrow"/>) return drive it one async step at a time.</summary>
public sealed class PyAsyncGenerator(PyFrame frame) : PyGenBase(AsyncGeneratorType, frame)
{
    public static readonly PyType AsyncGeneratorType = PyType.NewBuiltin("async_generator", PyType.ObjectType, 0, InitType);

    /// <summary>ag_running_async: an awaitable of this generator is part-way through a step (the frame may be
    /// suspended in an inner <c>await</c>); a second awaitable may not start meanwhile.</summary>
    internal bool RunningAsync;
    /// <summary>ag_closed: the generator was exhausted, closed by aclose(), or let GeneratorExit out.</summary>
    internal bool Closed;
    private bool _hooksInited;
    /// <summary>The sys.set_asyncgen_hooks finalizer in force at the first iteration.</summary>
    internal PyObject? Finalizer;

    protected override string Kind => "async generator";

    protected override PythonException ReturnedException(PyObject value) => PyErr.New(PyExc.StopAsyncIteration);

    private static void InitType(PyType t)
    {
        TypeBuilder.Method(t, "__aiter__", (self, args, kw) =>
        {
            SlotWrapperNoArgs("__aiter__", args, kw);
            return self!;
        });
        TypeBuilder.Method(t, "__anext__", (self, args, kw) =>
        {
            SlotWrapperNoArgs("__anext__", args, kw);
            return ((PyAsyncGenerator)self!).ANext();
        });
        TypeBuilder.Method(t, "asend", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("async_generator.asend", args, kw, 1);
            var ag = (PyAsyncGenerator)self!;
            ag.InitHooks();
            return new AsyncGenASend(ag, args[0]);
        });
        TypeBuilder.Method(t, "athrow", (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("async_generator.athrow() takes no keyword arguments");
            var ag = (PyAsyncGenerator)self!;
            ag.InitHooks();
            return new AsyncGenAThrow(ag, args.ToArray());
        });
        TypeBuilder.Method(t, "aclose", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("async_generator.aclose", args, kw, 0);
            var ag = (PyAsyncGenerator)self!;
            ag.InitHooks();
            return new AsyncGenAThrow(ag, null);
        });
        AddFrameAttributes(t, "ag");
        TypeBuilder.GetSet(t, "ag_running", o => PyBool.From(((PyAsyncGenerator)o).RunningAsync), null);
        TypeBuilder.GetSet(t, "ag_await", o => ((PyGenBase)o).YieldFrom() ?? PyNone.Instance, null);
    }

    /// <summary>The argument check of a no-argument slot wrapper (CPython's __aiter__, __anext__, __await__ are slot wrappers).</summary>
    internal static void SlotWrapperNoArgs(string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is not null && kw.Count > 0) throw PyErr.TypeError($"wrapper {name}() takes no keyword arguments");
        if (args.Length != 0) throw PyErr.TypeError($"expected 0 arguments, got {args.Length}");
    }

    /// <summary>__anext__(): the awaitable for the next async step.</summary>
    internal PyObject ANext()
    {
        InitHooks();
        return new AsyncGenASend(this, null);
    }

    /// <summary>async_gen_init_hooks: on the first __anext__/asend/athrow/aclose, remember the thread's
    /// finalizer hook and call its firstiter hook.</summary>
    private void InitHooks()
    {
        if (_hooksInited) return;
        _hooksInited = true;
        Finalizer = AsyncGenHooks.Finalizer;
        if (AsyncGenHooks.FirstIter is { } firstIter) Ops.Call(firstIter, [this]);
    }

    /// <summary>async_gen_unwrap_value for a value the frame produced: an async yield (a wrapped value) ends the
    /// step with that value; anything else comes from an inner <c>await</c> and goes up to the event loop.</summary>
    internal PyObject Unwrap(PyObject result, out bool done)
    {
        if (result is PyAsyncGenWrappedValue w)
        {
            RunningAsync = false;
            done = true;
            return w.Value;
        }
        done = false;
        return result;
    }

    /// <summary>async_gen_unwrap_value for an exception leaving the frame. Used as an exception filter (always
    /// false) so the exception propagates without a rethrow.</summary>
    internal bool UnwrapError(PythonException pe)
    {
        var t = pe.Value.Type;
        if (t.IsSubtype(PyExc.StopAsyncIteration) || t.IsSubtype(PyExc.GeneratorExit)) Closed = true;
        RunningAsync = false;
        return false;
    }

    /// <summary>gen_send then async_gen_unwrap_value: a return of the frame raises StopAsyncIteration.</summary>
    internal PyObject SendAndUnwrap(PyObject arg, out bool done)
    {
        PyObject r;
        bool returned;
        try
        {
            r = SendEx(arg, null, false, out returned);
        }
        catch (PythonException pe) when (UnwrapError(pe))
        {
            throw;
        }
        if (returned)
        {
            Closed = true;
            RunningAsync = false;
            throw PyErr.New(PyExc.StopAsyncIteration);
        }
        return Unwrap(r, out done);
    }

    /// <summary>gen_throw (or _gen_throw without closing the awaited object) then async_gen_unwrap_value.</summary>
    internal PyObject ThrowAndUnwrap(ReadOnlySpan<PyObject> args, bool closeOnGenExit, out bool done)
    {
        PyObject r;
        try
        {
            TypeBuilder.ArgRange("throw", args, null, 1, 3);
            r = Throw(args[0], args.Length > 1 ? args[1] : null, args.Length > 2 ? args[2] : null, closeOnGenExit);
        }
        catch (PythonException pe) when (UnwrapError(pe))
        {
            throw;
        }
        return Unwrap(r, out done);
    }
}
