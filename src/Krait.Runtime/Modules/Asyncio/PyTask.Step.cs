namespace Krait.Runtime;

// Stepping a task (task_step / task_step_impl / task_wakeup of _asynciomodule.c). All of it is C# with no Python
// frame of its own, so a traceback through a task shows only the coroutines' frames, as with CPython's C Task.
public sealed partial class PyTask
{
    /// <summary>The bound builtin that a task hands to the future it waits for (CPython's "task_wakeup").</summary>
    private static readonly BuiltinFn s_wakeup = static (self, args, kw) => ((PyTask)self!).Wakeup(ArgBinder.One("task_wakeup", args, kw));

    private PyObject NewWakeup() => new PyBuiltinFunction("task_wakeup", s_wakeup, this);

    /// <summary>task_call_step_soon: loop.call_soon(step wrapper, context=task context).</summary>
    internal void CallStepSoon(PyBaseException? arg) =>
        AsyncioModule.CallSoon(Loop!, new PyTaskStepMethWrapper(this, arg), null, Context);

    /// <summary>task_set_error_soon: the next step throws RuntimeError(message) into the coroutine.</summary>
    private void SetErrorSoon(string message) => CallStepSoon(PyErr.Make(PyExc.RuntimeError, message));

    /// <summary>task_step: the step between _enter_task and _leave_task.</summary>
    internal PyObject Step(PyBaseException? exc)
    {
        // A task whose __init__ was called again and failed has no loop any more.
        var loop = Loop ?? throw PyErr.RuntimeError("Future object is not initialized.");
        AsyncioModule.EnterTask(loop, this);
        try { StepImpl(exc); }
        catch (PythonException pe)
        {
            try { AsyncioModule.LeaveTask(loop, this); }
            catch (PythonException le)
            {
                Interpreter.SetContext(le.Value, pe.Value);
                throw;
            }
            throw;
        }
        AsyncioModule.LeaveTask(loop, this);
        return PyNone.Instance;
    }

    private void StepImpl(PyBaseException? exc)
    {
        if (State != FutState.Pending)
            throw PyErr.New(AsyncioModule.InvalidStateError,
                $"_step(): already done: {Ops.Repr(this).Value} {Ops.Repr(exc ?? (PyObject)PyNone.Instance).Value}");
        if (MustCancel)
        {
            if (exc is not null && !exc.Type.IsSubtype(AsyncioModule.CancelledError)) exc = null;
            exc ??= MakeCancelledError();
            MustCancel = false;
        }
        FutWaiter = null;
        var coro = Coro ?? throw PyErr.RuntimeError("uninitialized Task object");

        PyObject result;
        bool returned;
        try
        {
            if (exc is null) result = SendNone(coro, out returned);
            else result = ThrowInto(coro, exc, out returned);
        }
        catch (PythonException pe)
        {
            var ev = pe.Value;
            if (ev.Type.IsSubtype(AsyncioModule.CancelledError))
            {
                // Kept so that the CancelledError the awaiter sees is this one (_make_cancelled_error).
                CancelledExc = ev;
                CancelCore(null);
                Finished();
                return;
            }
            SetExceptionCore(ev);
            if (ev.Type.IsSubtype(PyExc.KeyboardInterrupt) || ev.Type.IsSubtype(PyExc.SystemExit)) throw;
            return;
        }
        if (returned)
        {
            if (MustCancel)
            {
                // Cancelled right before the coroutine returned.
                MustCancel = false;
                CancelCore(CancelMsg);
            }
            else SetResultCore(result);
            Finished();
            return;
        }
        HandleYield(result);
    }

    /// <summary>The task is done with nothing for its finalizer to report (TaskObj_finalize and FutureObj_finalize
    /// only log a pending task or an exception never retrieved): a task of the exact type stops being kept alive for
    /// its finalizer (ping-pong tasks, their coroutines and frames died in gen 0 instead of being promoted).</summary>
    private void Finished()
    {
        if (!Type.HasFinalizer) Finalization.Disarm(this);
    }

    /// <summary>PyIter_Send(coro, None).</summary>
    private static PyObject SendNone(PyObject coro, out bool returned)
    {
        if (coro is PyCoroutine or PyGenerator) return ((PyGenBase)coro).SendEx(PyNone.Instance, null, false, out returned);
        return Generators.Send(coro, PyNone.Instance, out returned);
    }

    /// <summary>coro.throw(exc); a StopIteration out of it is the coroutine returning.</summary>
    private static PyObject ThrowInto(PyObject coro, PyBaseException exc, out bool returned)
    {
        try
        {
            returned = false;
            return coro is PyCoroutine or PyGenerator
                ? ((PyGenBase)coro).ThrowException(exc, true)
                : Ops.CallMethod(coro, "throw", [exc]);
        }
        catch (PythonException pe) when (pe.Value.Type.IsSubtype(PyExc.StopIteration))
        {
            returned = true;
            return PyStopIteration.ValueOf(pe.Value);
        }
    }

    /// <summary>What the coroutine yielded: a future to wait for, None to let the loop run once, or a mistake.</summary>
    private void HandleYield(PyObject result)
    {
        if (ReferenceEquals(result, this))
        {
            SetErrorSoon($"Task cannot await on itself: {Ops.Repr(this).Value}");
            return;
        }
        if (result is PyFuture fut && fut.IsExactNative)
        {
            if (!ReferenceEquals(fut.Loop, Loop))
            {
                DifferentLoop(result);
                return;
            }
            if (!fut.Blocking)
            {
                YieldInsteadOfYieldFrom(result);
                return;
            }
            fut.Blocking = false;
            fut.AddDoneCallback(NewWakeup(), Context!);
            WaitFor(result);
            return;
        }
        if (result is PyNone)
        {
            // A bare yield gives up one turn of the event loop.
            CallStepSoon(null);
            return;
        }
        if (AsyncioModule.LookupAttr(result, PyStr.Intern("_asyncio_future_blocking")) is { } blockingObj and not PyNone)
        {
            bool blocking = Ops.IsTrue(blockingObj);
            if (!ReferenceEquals(AsyncioModule.GetFutureLoop(result), Loop))
            {
                DifferentLoop(result);
                return;
            }
            if (!blocking)
            {
                YieldInsteadOfYieldFrom(result);
                return;
            }
            Ops.SetAttr(result, PyStr.Intern("_asyncio_future_blocking"), PyBool.False);
            var addCb = Ops.GetAttr(result, PyStr.Intern("add_done_callback"));
            Ops.Call(addCb, [NewWakeup(), Context!], AsyncioModule.ContextKwnames);
            WaitFor(result);
            return;
        }
        if (result.Type.IsSubtype(PyGenerator.GeneratorType))
        {
            SetErrorSoon($"yield was used instead of yield from for generator in task {Ops.Repr(this).Value} with {Ops.Repr(result).Value}");
            return;
        }
        SetErrorSoon($"Task got bad yield: {Ops.Repr(result).Value}");
    }

    private void WaitFor(PyObject fut)
    {
        FutWaiter = fut;
        if (MustCancel && Ops.IsTrue(Ops.CallMethod(fut, "cancel", [CancelMsg ?? PyNone.Instance]))) MustCancel = false;
    }

    private void DifferentLoop(PyObject result) =>
        SetErrorSoon($"Task {Ops.Repr(this).Value} got Future {Ops.Repr(result).Value} attached to a different loop");

    private void YieldInsteadOfYieldFrom(PyObject result) =>
        SetErrorSoon($"yield was used instead of yield from in task {Ops.Repr(this).Value} with {Ops.Repr(result).Value}");

    /// <summary>task_wakeup(fut): step with nothing when the awaited future succeeded, else throw its exception in.</summary>
    private PyObject Wakeup(PyObject o)
    {
        PyBaseException? exc;
        try
        {
            if (o is PyFuture f && f.IsExactNative)
            {
                var r = f.GetResult(out bool isExc);
                exc = isExc ? (PyBaseException)r : null;
            }
            else
            {
                Ops.CallMethod(o, "result", []);
                exc = null;
            }
        }
        catch (PythonException pe) { exc = pe.Value; }
        return Step(exc);
    }
}
