namespace Krait.Runtime;

/// <summary>The _asyncio accelerator module (CPython 3.11's Modules/_asynciomodule.c): native Future, Task, their
/// iterator and step wrapper, the per-thread running loop and the task registry. Like CPython, importing it imports
/// the asyncio modules whose helpers it calls (reprs, stacks, exceptions, the event loop policy).</summary>
public static class AsyncioModule
{
    // What module_init imports once (CPython's static state of the 3.11 module).
    internal static PyObject GetEventLoopPolicy = null!, FutureReprFunc = null!, TaskReprFunc = null!;
    internal static PyObject TaskGetStackFunc = null!, TaskPrintStackFunc = null!, IsCoroutineFunc = null!, ExtractStack = null!;
    internal static PyType CancelledError = null!, InvalidStateError = null!;
    /// <summary>_all_tasks: a weakref.WeakSet of every Task (scheduled or not).</summary>
    internal static PyObject AllTasks = null!;
    /// <summary>_current_tasks: {loop: task} of the tasks being stepped right now.</summary>
    internal static PyDict CurrentTasks = null!;
    private static readonly HashSet<PyType> s_isCoroutineTypeCache = new(ReferenceEqualityComparer.Instance);
    private static PyModule? s_module;
    internal static long TaskNameCounter;
    internal static readonly PyTuple ContextKwnames = PyTuple.Create([PyStr.Intern("context")]);

    // The running loop of this thread and the process that set it (after fork() a child has no running loop).
    [ThreadStatic] private static PyObject? t_runningLoop;
    [ThreadStatic] private static int t_runningLoopPid;

    public static PyModule Create()
    {
        if (s_module is not null) return s_module;
        Init();
        var m = new PyModule("_asyncio", "Accelerator module for asyncio");
        m.Add("Future", PyFuture.FutureType);
        m.Add("Task", PyTask.TaskType);
        m.Add("_all_tasks", AllTasks);
        m.Add("_current_tasks", CurrentTasks);
        m.AddFunction("get_event_loop", (self, args, kw) =>
        {
            ArgBinder.None("_asyncio.get_event_loop", args, kw);
            return GetEventLoop();
        });
        m.AddFunction("_get_event_loop", (self, args, kw) =>
        {
            Span<PyObject?> v = [null];
            ArgBinder.Bind("_get_event_loop", args, kw, ["stacklevel"], 0, 1, 0, v);
            if (v[0] is { } level) Ops.AsSsize(level, PyExc.OverflowError);
            return GetEventLoop();
        });
        m.AddFunction("get_running_loop", (self, args, kw) =>
        {
            ArgBinder.None("_asyncio.get_running_loop", args, kw);
            return RunningLoop() ?? throw PyErr.RuntimeError("no running event loop");
        });
        m.AddFunction("_get_running_loop", (self, args, kw) =>
        {
            ArgBinder.None("_asyncio._get_running_loop", args, kw);
            return RunningLoop() ?? PyNone.Instance;
        });
        m.AddFunction("_set_running_loop", (self, args, kw) =>
        {
            var loop = ArgBinder.One("_asyncio._set_running_loop", args, kw);
            t_runningLoop = loop;
            t_runningLoopPid = Libc.GetPid();
            return PyNone.Instance;
        });
        m.AddFunction("_register_task", (self, args, kw) =>
        {
            Span<PyObject?> v = [null];
            ArgBinder.Bind("_register_task", args, kw, ["task"], 0, 1, 1, v);
            RegisterTask(v[0]!);
            return PyNone.Instance;
        });
        m.AddFunction("_unregister_task", (self, args, kw) =>
        {
            Span<PyObject?> v = [null];
            ArgBinder.Bind("_unregister_task", args, kw, ["task"], 0, 1, 1, v);
            Ops.CallMethod(AllTasks, "discard", [v[0]!]);
            return PyNone.Instance;
        });
        m.AddFunction("_enter_task", (self, args, kw) =>
        {
            Span<PyObject?> v = [null, null];
            ArgBinder.Bind("_enter_task", args, kw, ["loop", "task"], 0, 2, 2, v);
            EnterTask(v[0]!, v[1]!);
            return PyNone.Instance;
        });
        m.AddFunction("_leave_task", (self, args, kw) =>
        {
            Span<PyObject?> v = [null, null];
            ArgBinder.Bind("_leave_task", args, kw, ["loop", "task"], 0, 2, 2, v);
            LeaveTask(v[0]!, v[1]!);
            return PyNone.Instance;
        });
        s_module = m;
        return m;
    }

    private static void Init()
    {
        // Imported first, as CPython's module_init does: the submodules below are then found in sys.modules even
        // when _asyncio is imported on its own.
        Import("asyncio");
        CurrentTasks = new PyDict();
        var events = Import("asyncio.events");
        GetEventLoopPolicy = Ops.GetAttr(events, "get_event_loop_policy");
        FutureReprFunc = Ops.GetAttr(Import("asyncio.base_futures"), "_future_repr");
        var exceptions = Import("asyncio.exceptions");
        InvalidStateError = (PyType)Ops.GetAttr(exceptions, "InvalidStateError");
        CancelledError = (PyType)Ops.GetAttr(exceptions, "CancelledError");
        var baseTasks = Import("asyncio.base_tasks");
        TaskReprFunc = Ops.GetAttr(baseTasks, "_task_repr");
        TaskGetStackFunc = Ops.GetAttr(baseTasks, "_task_get_stack");
        TaskPrintStackFunc = Ops.GetAttr(baseTasks, "_task_print_stack");
        IsCoroutineFunc = Ops.GetAttr(Import("asyncio.coroutines"), "iscoroutine");
        ExtractStack = Ops.GetAttr(Import("traceback"), "extract_stack");
        AllTasks = Ops.Call(Ops.GetAttr(Import("weakref"), "WeakSet"), []);
        StockLoop.Touch();
    }

    /// <summary>The module itself (a dotted name returns the top package, so walk sys.modules instead).</summary>
    private static PyObject Import(string name)
    {
        Importer.ImportModuleLevel(new PyStr(name), null, null, 0);
        return PythonRuntime.Modules.GetItem(new PyStr(name)) ?? throw PyErr.New(PyExc.ImportError, $"No module named '{name}'");
    }

    /// <summary>CPython's Future and Task are static types: no <c>__module__</c> in their dicts (the name says it).</summary>
    internal static PyType StaticType(PyType t)
    {
        if (t.TypeDict.DelItemStr(PyStr.Intern("__module__"))) t.Modified();
        return t;
    }

    internal static PyObject? RunningLoop()
    {
        var loop = t_runningLoop;
        if (loop is null || loop is PyNone) return null;
        return t_runningLoopPid == Libc.GetPid() ? loop : null;
    }

    /// <summary>get_event_loop(): the running loop, else the policy's loop.</summary>
    internal static PyObject GetEventLoop()
    {
        if (RunningLoop() is { } loop) return loop;
        var policy = Ops.Call(GetEventLoopPolicy, []);
        return Ops.CallMethod(policy, "get_event_loop", []);
    }

    private static readonly PyStr s_callSoon = PyStr.Intern("call_soon");

    /// <summary>loop.call_soon(func[, arg][, context=ctx]), as a method call (no bound method made).</summary>
    internal static void CallSoon(PyObject loop, PyObject func, PyObject? arg, PyObject? ctx)
    {
        if (ctx is not null && StockLoop.TryCallSoon(loop, func, arg, ctx)) return;
        var meth = Ops.LoadMethod(loop, s_callSoon, out var self);
        int n = (self is null ? 0 : 1) + 1 + (arg is null ? 0 : 1) + (ctx is null ? 0 : 1);
        var args = new PyObject[n];
        int i = 0;
        if (self is not null) args[i++] = self;
        args[i++] = func;
        if (arg is not null) args[i++] = arg;
        if (ctx is not null) args[i] = ctx;
        Ops.Call(meth, args, ctx is null ? null : ContextKwnames);
    }

    /// <summary>is_coroutine: native coroutines at once; other types through asyncio.iscoroutine, remembered when true.</summary>
    internal static bool IsCoroutine(PyObject coro)
    {
        if (ReferenceEquals(coro.Type, PyCoroutine.CoroutineType)) return true;
        if (s_isCoroutineTypeCache.Contains(coro.Type)) return true;
        if (!Ops.IsTrue(Ops.Call(IsCoroutineFunc, [coro]))) return false;
        if (s_isCoroutineTypeCache.Count < 100) s_isCoroutineTypeCache.Add(coro.Type);
        return true;
    }

    /// <summary>asyncio.futures._get_loop: the loop of a native future, else fut.get_loop(), else fut._loop.</summary>
    internal static PyObject GetFutureLoop(PyObject fut)
    {
        if (fut is PyFuture f && (ReferenceEquals(f.Type, PyFuture.FutureType) || ReferenceEquals(f.Type, PyTask.TaskType)))
            return f.Loop!;
        if (LookupAttr(fut, PyStr.Intern("get_loop")) is { } getLoop) return Ops.Call(getLoop, []);
        return Ops.GetAttr(fut, PyStr.Intern("_loop"));
    }

    /// <summary>_PyObject_LookupAttr: the attribute, or null when it is missing, even when the look-up itself
    /// raised AttributeError (a property that raises it counts as missing).</summary>
    internal static PyObject? LookupAttr(PyObject o, PyStr name)
    {
        try { return Ops.TryGetAttr(o, name); }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.AttributeError)) { return null; }
    }

    internal static void RegisterTask(PyObject task) => Ops.CallMethod(AllTasks, "add", [task]);

    // The loop is hashed once for each (as CPython's enter_task and leave_task do).
    internal static void EnterTask(PyObject loop, PyObject task)
    {
        long hash = Ops.Hash(loop);
        if (CurrentTasks.GetItemKnownHash(loop, hash) is { } item)
            throw PyErr.RuntimeError($"Cannot enter into task {Ops.Repr(task).Value} while another task {Ops.Repr(item).Value} is being executed.");
        CurrentTasks.SetItemKnownHash(loop, hash, task);
    }

    internal static void LeaveTask(PyObject loop, PyObject task)
    {
        long hash = Ops.Hash(loop);
        var item = CurrentTasks.GetItemKnownHash(loop, hash);
        if (!ReferenceEquals(item, task))
            throw PyErr.RuntimeError($"Leaving task {Ops.Repr(task).Value} does not match the current task {Ops.Repr(item ?? PyNone.Instance).Value}.");
        CurrentTasks.PopKnownHash(loop, hash);
    }

    /// <summary>What a repr helper returned, checked as repr() checks __repr__'s result.</summary>
    internal static PyStr ReprResult(PyObject r) =>
        r as PyStr ?? throw PyErr.TypeError($"__repr__ returned non-string (type {r.Type.Name})");

    /// <summary>CancelledError(msg), or CancelledError() when there is no message.</summary>
    internal static PyBaseException NewCancelledError(PyObject? msg) =>
        msg is null or PyNone ? PyErr.Make(CancelledError) : PyErr.Make(CancelledError, msg);
}
