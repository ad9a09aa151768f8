namespace Krait.Runtime;

// The Python face of _asyncio.Future: its methods, getsets and slots.
public partial class PyFuture
{
    public static readonly PyType FutureType = AsyncioModule.StaticType(PyType.NewBuiltin("_asyncio.Future", PyType.ObjectType, TypeFlags.BaseType, InitType));

    private const string FutureDoc =
        "This class is *almost* compatible with concurrent.futures.Future.\n\n    Differences:\n\n" +
        "    - result() and exception() do not take a timeout argument and\n      raise an exception when the future isn't done yet.\n\n" +
        "    - Callbacks registered with add_done_callback() are always called\n      via the event loop's call_soon_threadsafe().\n\n" +
        "    - This class is not compatible with the wait() and as_completed()\n      methods in the concurrent.futures package.";

    internal static PyFuture Self(PyObject? o) => (PyFuture)o!;

    private static PyObject Bool(bool b) => b ? PyBool.True : PyBool.False;

    /// <summary>tp_new (PyType_GenericNew): arguments are __init__'s business.</summary>
    private static PyObject New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw) =>
        type.IsSubtype(PyTask.TaskType) ? new PyTask(type) : new PyFuture(type);

    private static void InitType(PyType t)
    {
        t.New = New;
        t.HasWeakref = true;
        t.Init = (self, args, kw) =>
        {
            Span<PyObject?> v = [null];
            ArgBinder.Bind("Future", args, kw, ["loop"], 0, 0, 0, v);
            Self(self).Initialize(v[0] ?? PyNone.Instance);
        };
        t.Repr = o =>
        {
            Self(o).EnsureAlive();
            return AsyncioModule.ReprResult(Ops.Call(AsyncioModule.FutureReprFunc, [o]));
        };
        t.Iter = o => NewIter(o);
        t.TypeDict.SetItem(PyStr.Intern("__doc__"), new PyStr(FutureDoc));
        AddCommon(t, "Future");
        TypeBuilder.Method(t, "set_result", (self, args, kw) => Self(self).SetResultCore(ArgBinder.One("Future.set_result", args, kw)));
        TypeBuilder.Method(t, "set_exception", (self, args, kw) => Self(self).SetExceptionCore(ArgBinder.One("Future.set_exception", args, kw)));
        TypeBuilder.Method(t, "cancel", (self, args, kw) =>
        {
            Span<PyObject?> v = [null];
            ArgBinder.Bind("cancel", args, kw, ["msg"], 0, 1, 0, v);
            var f = Self(self);
            f.EnsureAlive();
            return Bool(f.CancelCore(v[0] ?? PyNone.Instance));
        });
        TypeBuilder.Method(t, "get_loop", (self, args, kw) =>
        {
            ArgBinder.None("Future.get_loop", args, kw);
            var f = Self(self);
            f.EnsureAlive();
            return f.Loop!;
        });
        TypeBuilder.Method(t, "__del__", (self, args, kw) =>
        {
            ArgBinder.None("Future.__del__", args, kw);
            Self(self).FinalizeFuture();
            return PyNone.Instance;
        });
    }

    /// <summary>future_new_iter (tp_iter and am_await).</summary>
    internal static PyObject NewIter(PyObject o)
    {
        var f = Self(o);
        f.EnsureAlive();
        return new PyFutureIter(f);
    }

    /// <summary>What Future and Task share (Task re-declares them in its own dict, as CPython's method tables do).</summary>
    internal static void AddCommon(PyType t, string owner)
    {
        TypeBuilder.Method(t, "__await__", (self, args, kw) =>
        {
            ArgBinder.None(owner + ".__await__", args, kw);
            return NewIter(self!);
        });
        TypeBuilder.Method(t, "result", (self, args, kw) =>
        {
            ArgBinder.None(owner + ".result", args, kw);
            return Self(self).ResultOrRaise();
        });
        TypeBuilder.Method(t, "exception", (self, args, kw) =>
        {
            ArgBinder.None(owner + ".exception", args, kw);
            var f = Self(self);
            if (f.Loop is null) throw PyErr.New(AsyncioModule.InvalidStateError, "Future object is not initialized.");
            if (f.State == FutState.Cancelled) throw new PythonException(f.MakeCancelledError());
            if (f.State != FutState.Finished) throw PyErr.New(AsyncioModule.InvalidStateError, "Exception is not set.");
            f.LogTb = false;
            return f.Exception ?? (PyObject)PyNone.Instance;
        });
        TypeBuilder.Method(t, "add_done_callback", (self, args, kw) =>
        {
            Span<PyObject?> v = [null, null];
            ArgBinder.Bind("add_done_callback", args, kw, ["", "context"], 1, 1, 1, v);
            Self(self).AddDoneCallback(v[0]!, v[1] ?? PyContext.CopyCurrent());
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "remove_done_callback", (self, args, kw) =>
            PyInt.FromLong(Self(self).RemoveDoneCallback(ArgBinder.One(owner + ".remove_done_callback", args, kw))));
        TypeBuilder.Method(t, "cancelled", (self, args, kw) =>
        {
            ArgBinder.None(owner + ".cancelled", args, kw);
            var f = Self(self);
            return Bool(f.Alive && f.State == FutState.Cancelled);
        });
        TypeBuilder.Method(t, "done", (self, args, kw) =>
        {
            ArgBinder.None(owner + ".done", args, kw);
            var f = Self(self);
            return Bool(f.Alive && f.State != FutState.Pending);
        });
        TypeBuilder.Method(t, "_make_cancelled_error", (self, args, kw) =>
        {
            ArgBinder.None(owner + "._make_cancelled_error", args, kw);
            return Self(self).MakeCancelledError();
        });
        TypeBuilder.GetSet(t, "_state", o =>
        {
            var f = Self(o);
            f.EnsureAlive();
            return PyStr.Intern(f.State switch { FutState.Pending => "PENDING", FutState.Cancelled => "CANCELLED", _ => "FINISHED" });
        }, null);
        TypeBuilder.GetSet(t, "_asyncio_future_blocking", o => Bool(Self(o).Alive && Self(o).Blocking), (o, v) =>
        {
            var f = Self(o);
            f.EnsureAlive();
            if (v is null) throw PyErr.AttributeError("cannot delete attribute");
            f.Blocking = Ops.IsTrue(v);
        });
        TypeBuilder.GetSet(t, "_loop", o => Self(o).Loop ?? PyNone.Instance, null);
        TypeBuilder.GetSet(t, "_callbacks", o => Self(o).CallbacksList(), null);
        TypeBuilder.GetSet(t, "_result", o =>
        {
            var f = Self(o);
            f.EnsureAlive();
            return f.Result ?? PyNone.Instance;
        }, null);
        TypeBuilder.GetSet(t, "_exception", o =>
        {
            var f = Self(o);
            f.EnsureAlive();
            return f.Exception ?? (PyObject)PyNone.Instance;
        }, null);
        TypeBuilder.GetSet(t, "_log_traceback", o =>
        {
            var f = Self(o);
            f.EnsureAlive();
            return Bool(f.LogTb);
        }, (o, v) =>
        {
            if (v is null) throw PyErr.AttributeError("cannot delete attribute");
            if (Ops.IsTrue(v)) throw PyErr.ValueError("_log_traceback can only be set to False");
            Self(o).LogTb = false;
        });
        TypeBuilder.GetSet(t, "_source_traceback", o => Self(o) is { Alive: true, SourceTb: { } tb } ? tb : PyNone.Instance, null);
        TypeBuilder.GetSet(t, "_cancel_message", o => Self(o).CancelMsg ?? PyNone.Instance, (o, v) =>
        {
            if (v is null) throw PyErr.AttributeError("cannot delete attribute");
            Self(o).CancelMsg = v;
        });
        PyGenericAlias.AddClassGetItem(t);
    }

    /// <summary>_callbacks: None, or a new list of (callback, context) pairs.</summary>
    private PyObject CallbacksList()
    {
        EnsureAlive();
        if (Callback0 is null && Callbacks is null) return PyNone.Instance;
        var list = new PyList();
        if (Callback0 is not null) list.Append(PyTuple.Pair(Callback0, Context0!));
        if (Callbacks is not null)
            for (int i = 0; i < Callbacks.Count; i++) list.Append(Callbacks[i]);
        return list;
    }
}
