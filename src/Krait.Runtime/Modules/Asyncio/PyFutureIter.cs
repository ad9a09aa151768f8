namespace Krait.Runtime;

/// <summary>_asyncio.FutureIter: what <c>await future</c> drives. The first step yields the future itself (with
/// <c>_asyncio_future_blocking</c> set, which is how a Task knows to wait for it); once the future is done the
/// iterator returns its result or raises its exception, and lets go of the future.</summary>
public sealed class PyFutureIter : PyObject
{
    public static readonly PyType FutureIterType = AsyncioModule.StaticType(PyType.NewBuiltin("_asyncio.FutureIter", PyType.ObjectType, TypeFlags.None, InitType));

    private PyFuture? _future;

    internal PyFutureIter(PyFuture future) : base(FutureIterType) => _future = future;

    /// <summary>FutureIter_am_send (the value sent in is ignored): the future while it is pending, else the result
    /// with <paramref name="returned"/> set.</summary>
    internal PyObject Send(out bool returned)
    {
        var fut = _future;
        if (fut is null)
        {
            returned = true;
            return PyNone.Instance;
        }
        if (fut.State == PyFuture.FutState.Pending)
        {
            if (fut.Blocking) throw PyErr.RuntimeError("await wasn't used with future");
            fut.Blocking = true;
            returned = false;
            return fut;
        }
        _future = null;
        returned = true;
        return fut.ResultOrRaise();
    }

    /// <summary>tp_iternext: null only for a None result; another result travels in StopIteration.</summary>
    private PyObject? IterNext()
    {
        var r = Send(out bool returned);
        if (!returned) return r;
        if (r is PyNone) return null;
        throw new PythonException(PyStopIteration.Create(r));
    }

    private PyObject Throw(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        ArgBinder.Positional("throw", args, kw, 1, 3);
        var typ = args[0];
        PyObject? val = args.Length > 1 && args[1] is not PyNone ? args[1] : null;
        PyObject? tb = args.Length > 2 && args[2] is not PyNone ? args[2] : null;
        if (tb is not null && tb is not PyTraceback) throw PyErr.TypeError("throw() third argument must be a traceback");
        PyBaseException exc;
        if (typ is PyType t && t.IsSubtype(PyExc.BaseException))
        {
            // PyErr_NormalizeException: an instance of the class as the value is used as it is.
            if (val is PyBaseException ve && ve.Type.IsSubtype(t)) exc = ve;
            else
            {
                var made = val is null ? Ops.Call(t, []) : val is PyTuple targs ? Ops.Call(t, targs.AsSpan()) : Ops.Call(t, [val]);
                exc = made as PyBaseException ?? throw PyErr.TypeError(
                    $"calling {Ops.Repr(t).Value} should have returned an instance of BaseException, not {made.Type.Name}");
            }
        }
        else if (typ is PyBaseException inst)
        {
            if (val is not null) throw PyErr.TypeError("instance exception may not have a separate value");
            exc = inst;
            tb ??= inst.Traceback;
        }
        else throw PyErr.TypeError("exceptions must be classes deriving BaseException or instances of such a class");
        _future = null;
        exc.Traceback = tb;
        throw new PythonException(exc);
    }

    private static PyFutureIter Self(PyObject? o) => (PyFutureIter)o!;

    private static void InitType(PyType t)
    {
        t.Iter = o => o;
        t.IterNext = o => Self(o).IterNext();
        TypeBuilder.Method(t, "send", (self, args, kw) =>
        {
            ArgBinder.One("FutureIter.send", args, kw);
            var it = Self(self);
            // CPython's send() of a spent iterator returns NULL with no exception set.
            if (it._future is null) throw PyErr.SystemError("<method 'send' of '_asyncio.FutureIter' objects> returned NULL without setting an exception");
            return it.IterNext() ?? throw PyErr.New(PyExc.StopIteration);
        });
        TypeBuilder.Method(t, "throw", (self, args, kw) => Self(self).Throw(args, kw));
        TypeBuilder.Method(t, "close", (self, args, kw) =>
        {
            ArgBinder.None("FutureIter.close", args, kw);
            Self(self)._future = null;
            return PyNone.Instance;
        });
    }
}
