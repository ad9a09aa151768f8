namespace Krait.Runtime;

/// <summary>_asyncio.Task (CPython 3.11's TaskObj): a coroutine driven by the event loop, stepped through
/// <see cref="PyTaskStepMethWrapper"/> callbacks and woken by a done future's <c>task_wakeup</c> callback.</summary>
public sealed partial class PyTask : PyFuture
{
    public static readonly PyType TaskType = AsyncioModule.StaticType(PyType.NewBuiltin("_asyncio.Task", FutureType, TypeFlags.BaseType, InitType));

    internal PyObject? Coro, Name, Context, FutWaiter;
    internal bool MustCancel, LogDestroyPending;
    internal int NumCancelsRequested;

    internal PyTask(PyType type) : base(type) { }

    private static new PyTask Self(PyObject? o) => (PyTask)o!;

    /// <summary>Task.__init__(coro, *, loop=None, name=None, context=None).</summary>
    private void Init(PyObject coro, PyObject loop, PyObject name, PyObject context)
    {
        Initialize(loop);
        if (!AsyncioModule.IsCoroutine(coro))
        {
            LogDestroyPending = false;
            throw PyErr.TypeError($"a coroutine was expected, got {Ops.Repr(coro).Value}");
        }
        Context = context is PyNone ? PyContext.CopyCurrent() : context;
        FutWaiter = null;
        MustCancel = false;
        LogDestroyPending = true;
        NumCancelsRequested = 0;
        Coro = coro;
        Name = name is PyNone ? new PyStr("Task-" + (++AsyncioModule.TaskNameCounter))
            : ReferenceEquals(name.Type, PyType.StrType) ? name : Ops.Str(name);
        // A pending task that becomes garbage reports itself (subclasses are watched from creation by the type).
        if (!Type.HasFinalizer) Finalization.Register(this);
        CallStepSoon(null);
        AsyncioModule.RegisterTask(this);
    }

    /// <summary>Task.cancel(msg=None): cancels the awaited future if there is one, else arranges for the coroutine
    /// to get a CancelledError at its next step.</summary>
    private bool Cancel(PyObject msg)
    {
        LogTb = false;
        if (State != FutState.Pending) return false;
        NumCancelsRequested++;
        if (FutWaiter is { } waiter && Ops.IsTrue(Ops.CallMethod(waiter, "cancel", [msg]))) return true;
        MustCancel = true;
        CancelMsg = msg;
        return true;
    }

    /// <summary>TaskObj_finalize: "Task was destroyed but it is pending!", then the Future's own report.</summary>
    private void FinalizeTask()
    {
        if (State == FutState.Pending && LogDestroyPending && Loop is not null)
        {
            var context = new PyDict();
            context.SetItem(PyStr.Intern("message"), new PyStr("Task was destroyed but it is pending!"));
            context.SetItem(PyStr.Intern("task"), this);
            if (SourceTb is not null) context.SetItem(PyStr.Intern("source_traceback"), SourceTb);
            CallExceptionHandler(context);
        }
        FinalizeFuture();
    }

    private static PyObject Bool(bool b) => b ? PyBool.True : PyBool.False;

    private static void InitType(PyType t)
    {
        t.Init = (self, args, kw) =>
        {
            Span<PyObject?> v = [null, null, null, null];
            ArgBinder.Bind("Task", args, kw, ["coro", "loop", "name", "context"], 0, 1, 1, v);
            Self(self).Init(v[0]!, v[1] ?? PyNone.Instance, v[2] ?? PyNone.Instance, v[3] ?? PyNone.Instance);
        };
        t.Repr = o =>
        {
            Self(o).EnsureAlive();
            return AsyncioModule.ReprResult(Ops.Call(AsyncioModule.TaskReprFunc, [o]));
        };
        t.TypeDict.SetItem(PyStr.Intern("__doc__"), new PyStr("A coroutine wrapped in a Future."));
        AddCommon(t, "Task");
        TypeBuilder.Method(t, "set_result", (self, args, kw) =>
        {
            ArgBinder.One("Task.set_result", args, kw);
            throw PyErr.RuntimeError("Task does not support set_result operation");
        });
        TypeBuilder.Method(t, "set_exception", (self, args, kw) =>
        {
            ArgBinder.One("Task.set_exception", args, kw);
            throw PyErr.RuntimeError("Task does not support set_exception operation");
        });
        TypeBuilder.Method(t, "cancel", (self, args, kw) =>
        {
            Span<PyObject?> v = [null];
            ArgBinder.Bind("cancel", args, kw, ["msg"], 0, 1, 0, v);
            return Bool(Self(self).Cancel(v[0] ?? PyNone.Instance));
        });
        TypeBuilder.Method(t, "cancelling", (self, args, kw) =>
        {
            ArgBinder.None("Task.cancelling", args, kw);
            return PyInt.FromLong(Self(self).NumCancelsRequested);
        });
        TypeBuilder.Method(t, "uncancel", (self, args, kw) =>
        {
            ArgBinder.None("Task.uncancel", args, kw);
            var task = Self(self);
            if (task.NumCancelsRequested > 0) task.NumCancelsRequested--;
            return PyInt.FromLong(task.NumCancelsRequested);
        });
        TypeBuilder.Method(t, "get_stack", (self, args, kw) =>
        {
            Span<PyObject?> v = [null];
            ArgBinder.Bind("get_stack", args, kw, ["limit"], 0, 0, 0, v);
            return Ops.Call(AsyncioModule.TaskGetStackFunc, [self!, v[0] ?? PyNone.Instance]);
        });
        TypeBuilder.Method(t, "print_stack", (self, args, kw) =>
        {
            Span<PyObject?> v = [null, null];
            ArgBinder.Bind("print_stack", args, kw, ["limit", "file"], 0, 0, 0, v);
            return Ops.Call(AsyncioModule.TaskPrintStackFunc, [self!, v[0] ?? PyNone.Instance, v[1] ?? PyNone.Instance]);
        });
        TypeBuilder.Method(t, "get_name", (self, args, kw) =>
        {
            ArgBinder.None("Task.get_name", args, kw);
            return Self(self).Name ?? PyNone.Instance;
        });
        TypeBuilder.Method(t, "set_name", (self, args, kw) =>
        {
            var value = ArgBinder.One("Task.set_name", args, kw);
            Self(self).Name = ReferenceEquals(value.Type, PyType.StrType) ? value : Ops.Str(value);
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "get_coro", (self, args, kw) =>
        {
            ArgBinder.None("Task.get_coro", args, kw);
            return Self(self).Coro ?? PyNone.Instance;
        });
        TypeBuilder.Method(t, "__del__", (self, args, kw) =>
        {
            ArgBinder.None("Task.__del__", args, kw);
            Self(self).FinalizeTask();
            return PyNone.Instance;
        });
        TypeBuilder.GetSet(t, "_log_destroy_pending", o => Bool(Self(o).LogDestroyPending), (o, v) =>
        {
            if (v is null) throw PyErr.AttributeError("cannot delete attribute");
            Self(o).LogDestroyPending = Ops.IsTrue(v);
        });
        TypeBuilder.GetSet(t, "_must_cancel", o => Bool(Self(o).MustCancel), null);
        TypeBuilder.GetSet(t, "_coro", o => Self(o).Coro ?? PyNone.Instance, null);
        TypeBuilder.GetSet(t, "_fut_waiter", o => Self(o).FutWaiter ?? PyNone.Instance, null);
    }
}
