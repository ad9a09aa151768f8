namespace Krait.Runtime;

/// <summary>_asyncio.Future (CPython 3.11's FutureObj): the state machine shared with <see cref="PyTask"/>. The C code
/// calls these operations directly, not through attribute look-up, so a Python subclass overriding e.g.
/// <c>set_result</c> does not change what a Task step or FutureIter does: the same here.</summary>
public partial class PyFuture : PyObject
{
    internal enum FutState : byte { Pending, Cancelled, Finished }

    /// <summary>Null until __init__ ran ("Future object is not initialized.").</summary>
    internal PyObject? Loop;
    // The first callback and its context are kept apart from the list: most futures have at most one.
    internal PyObject? Callback0, Context0;
    internal PyList? Callbacks;
    internal PyBaseException? Exception;
    internal PyObject? ExceptionTb;
    internal PyObject? Result;
    internal PyObject? SourceTb;
    internal PyObject? CancelMsg;
    internal PyBaseException? CancelledExc;
    internal FutState State;
    internal bool LogTb, Blocking;
    private PyDict? _dict;
    /// <summary>Its <see cref="GcSentinel"/> (finalizer, weak references), kept here rather than in
    /// <see cref="Finalization"/>'s conditional weak table: every Task is registered at creation, and a table entry
    /// (a dependent GC handle and a slot in the table's container) per task cost more than the task's own step.</summary>
    internal GcSentinel? Sentinel;

    internal PyFuture(PyType type) : base(type) { }

    /// <summary>Instances carry a dict (tp_dictoffset) though the type has no <c>__dict__</c> attribute.</summary>
    public override PyDict? Dict { get => _dict ??= new PyDict(); set => _dict = value; }

    internal bool Alive => Loop is not null;

    internal void EnsureAlive()
    {
        if (Loop is null) throw PyErr.RuntimeError("Future object is not initialized.");
    }

    internal bool IsExactNative => ReferenceEquals(Type, FutureType) || ReferenceEquals(Type, PyTask.TaskType);

    /// <summary>future_init.</summary>
    internal void Initialize(PyObject loop)
    {
        Loop = null; Callback0 = null; Context0 = null; Callbacks = null; Result = null; Exception = null;
        ExceptionTb = null; SourceTb = null; CancelMsg = null; CancelledExc = null;
        State = FutState.Pending;
        LogTb = false;
        Blocking = false;
        Loop = loop is PyNone ? AsyncioModule.GetEventLoop() : loop;
        bool debug = StockLoop.TryGetDebug(Loop) ?? Ops.IsTrue(Ops.CallMethod(Loop, "get_debug", []));
        if (debug && !SysModule.IsFinalizing)
            SourceTb = Ops.Call(AsyncioModule.ExtractStack, []);
    }

    /// <summary>future_schedule_callbacks: hands every callback to loop.call_soon, in registration order. The
    /// callbacks are detached first, so a call_soon that changes them can't disturb the walk.</summary>
    internal void ScheduleCallbacks()
    {
        if (Callback0 is { } cb0)
        {
            var ctx0 = Context0;
            Callback0 = null;
            Context0 = null;
            try { AsyncioModule.CallSoon(Loop!, cb0, this, ctx0); }
            catch (PythonException)
            {
                Callbacks = null;
                throw;
            }
        }
        if (Callbacks is not { } list) return;
        Callbacks = null;
        int n = list.Count;
        for (int i = 0; i < n; i++)
        {
            var tup = (PyTuple)list[i];
            AsyncioModule.CallSoon(Loop!, tup[0], this, tup[1]);
        }
    }

    internal PyObject SetResultCore(PyObject res)
    {
        EnsureAlive();
        if (State != FutState.Pending) throw PyErr.New(AsyncioModule.InvalidStateError, "invalid state");
        Result = res;
        State = FutState.Finished;
        ScheduleCallbacks();
        return PyNone.Instance;
    }

    internal PyObject SetExceptionCore(PyObject exc)
    {
        EnsureAlive();
        if (State != FutState.Pending) throw PyErr.New(AsyncioModule.InvalidStateError, "invalid state");
        PyObject val = exc;
        if (exc is PyType t && t.IsSubtype(PyExc.BaseException))
        {
            val = Ops.Call(exc, []);
            if (State != FutState.Pending) throw PyErr.New(AsyncioModule.InvalidStateError, "invalid state");
        }
        if (val is not PyBaseException e) throw PyErr.TypeError("invalid exception object");
        if (ReferenceEquals(e.Type, PyExc.StopIteration))
            throw PyErr.TypeError("StopIteration interacts badly with generators and cannot be raised into a Future");
        Exception = e;
        ExceptionTb = e.Traceback;
        State = FutState.Finished;
        ScheduleCallbacks();
        LogTb = true;
        // The exact types have no finalizer of their own: watch this one now that it has something to report.
        if (!Type.HasFinalizer) Finalization.Register(this);
        return PyNone.Instance;
    }

    /// <summary>create_cancelled_error: the CancelledError a cancelled task's coroutine raised (once), else a new
    /// one with the cancel message.</summary>
    internal PyBaseException MakeCancelledError()
    {
        if (CancelledExc is { } exc)
        {
            CancelledExc = null;
            return exc;
        }
        return AsyncioModule.NewCancelledError(CancelMsg);
    }

    /// <summary>future_get_result: the result, or (true, exception) with the stored traceback put back on it.</summary>
    internal PyObject GetResult(out bool isException)
    {
        if (State == FutState.Cancelled) throw new PythonException(MakeCancelledError());
        if (State != FutState.Finished) throw PyErr.New(AsyncioModule.InvalidStateError, "Result is not set.");
        LogTb = false;
        if (Exception is { } e)
        {
            e.Traceback = ExceptionTb is PyNone ? null : ExceptionTb;
            ExceptionTb = null;
            isException = true;
            return e;
        }
        isException = false;
        return Result!;
    }

    /// <summary>Future.result(): the result, or raises the exception (with the traceback it was set with).</summary>
    internal PyObject ResultOrRaise()
    {
        if (Loop is null) throw PyErr.New(AsyncioModule.InvalidStateError, "Future object is not initialized.");
        var r = GetResult(out bool isExc);
        if (isExc) throw new PythonException((PyBaseException)r);
        return r;
    }

    internal void AddDoneCallback(PyObject fn, PyObject ctx)
    {
        if (Loop is null) throw PyErr.RuntimeError("uninitialized Future object");
        if (State != FutState.Pending)
        {
            AsyncioModule.CallSoon(Loop, fn, this, ctx);
            return;
        }
        if (Callbacks is null && Callback0 is null)
        {
            Callback0 = fn;
            Context0 = ctx;
            return;
        }
        (Callbacks ??= new PyList()).Append(PyTuple.Pair(fn, ctx));
    }

    internal long RemoveDoneCallback(PyObject fn)
    {
        EnsureAlive();
        long cleared0 = 0;
        if (Callback0 is { } cb0 && Ops.RichCompareBool(cb0, fn, CompareOp.Eq))
        {
            Callback0 = null;
            Context0 = null;
            cleared0 = 1;
        }
        if (Callbacks is not { } list) return cleared0;
        int len = list.Count;
        if (len == 0)
        {
            Callbacks = null;
            return cleared0;
        }
        var kept = new List<PyObject>(len);
        // The list may change under a callback's __eq__: walk it as it is now at each step.
        for (int i = 0; i < list.Count; i++)
        {
            var item = list[i];
            if (!Ops.RichCompareBool(((PyTuple)item)[0], fn, CompareOp.Eq)) kept.Add(item);
        }
        if (kept.Count == 0)
        {
            Callbacks = null;
            return len + cleared0;
        }
        int now = list.Count;
        if (kept.Count != now)
        {
            var fresh = new PyList();
            foreach (var k in kept) fresh.Append(k);
            Callbacks = fresh;
        }
        return now - kept.Count + cleared0;
    }

    internal bool CancelCore(PyObject? msg)
    {
        LogTb = false;
        if (State != FutState.Pending) return false;
        State = FutState.Cancelled;
        CancelMsg = msg;
        ScheduleCallbacks();
        return true;
    }

    /// <summary>FutureObj_finalize: "… exception was never retrieved" through loop.call_exception_handler.</summary>
    internal void FinalizeFuture()
    {
        if (!LogTb || Exception is null || Loop is null) return;
        LogTb = false;
        var context = new PyDict();
        context.SetItem(PyStr.Intern("message"), new PyStr($"{ShortTypeName(Type)} exception was never retrieved"));
        context.SetItem(PyStr.Intern("exception"), Exception);
        context.SetItem(PyStr.Intern("future"), this);
        if (SourceTb is not null) context.SetItem(PyStr.Intern("source_traceback"), SourceTb);
        CallExceptionHandler(context);
    }

    /// <summary>_PyType_Name: the part of tp_name after the last dot.</summary>
    private static string ShortTypeName(PyType t)
    {
        int dot = t.Name.LastIndexOf('.');
        return dot < 0 ? t.Name : t.Name[(dot + 1)..];
    }

    private protected void CallExceptionHandler(PyDict context)
    {
        PyObject? func = null;
        try
        {
            func = Ops.GetAttr(Loop!, PyStr.Intern("call_exception_handler"));
            Ops.Call(func, [context]);
        }
        catch (PythonException e) { SysModule.WriteUnraisable(e.Value, null, func); }
    }
}
