using Krait.Compiler.Bytecode;

namespace Krait.Runtime;

/// <summary>What generators, coroutines and async generators share: a suspended frame and the
/// send/throw/close protocol (Objects/genobject.c gen_send_ex2, _gen_throw, gen_close).</summary>
public abstract class PyGenBase : PyObject
{
    internal readonly PyFrame Frame;
    public PyStr Name, QualName;
    internal bool Running;
    /// <summary>Registered with <see cref="Finalization"/> (it once suspended inside a try block).</summary>
    internal bool FinalizerRegistered;
    /// <summary>The exception state of the generator's frame (what it handles while suspended in an except block).
    /// Null when the code has no exception handler (most generator expressions): nothing in the frame can then set
    /// it, and a level whose value stays None is invisible (sys.exc_info() and __context__ skip it), so the frame
    /// runs on its caller's level and a resume saves the four stores (write barriers) of pushing and popping it.</summary>
    private readonly ExcInfo? _excState;

    protected PyGenBase(PyType type, PyFrame frame) : base(type)
    {
        Frame = frame;
        frame.Generator = this;
        if (frame.Code.ExceptionTable.Length != 0) _excState = new ExcInfo();
        var fn = frame.Function;
        Name = fn?.Name ?? frame.Code.Name;
        QualName = fn?.QualName ?? frame.Code.QualName;
    }

    /// <summary>Made by RETURN_GENERATOR: the object matching the code's flags.</summary>
    internal static PyGenBase Create(PyFrame frame)
    {
        int flags = frame.Code.Flags;
        if ((flags & CodeFlags.Coroutine) != 0) return new PyCoroutine(frame);
        if ((flags & CodeFlags.AsyncGenerator) != 0) return new PyAsyncGenerator(frame);
        return new PyGenerator(frame);
    }

    /// <summary>"generator", "coroutine" or "async generator", for messages.</summary>
    protected abstract string Kind { get; }

    public bool Finished => Frame.Completed;
    internal bool Suspended => !Running && !Frame.Completed;

    /// <summary>gen_send_ex2. Returns the yielded value, or the return value with <paramref name="returned"/> set.
    /// A thrown exception (<paramref name="exc"/>) is raised at the suspension point.</summary>
    internal PyObject SendEx(PyObject? arg, PyBaseException? exc, bool closing, out bool returned) =>
        SendEx(ThreadState.Current, arg, exc, closing, out returned);

    /// <summary><see cref="SendEx(PyObject?, PyBaseException?, bool, out bool)"/> for a caller that holds the running
    /// thread's state (compiled code's FOR_ITER): a [ThreadStatic] read is a runtime call per generator step.</summary>
    internal PyObject SendEx(ThreadState ts, PyObject? arg, PyBaseException? exc, bool closing, out bool returned)
    {
        returned = false;
        if (Running) throw PyErr.ValueError($"{Kind} already executing");
        if (Frame.Completed)
        {
            if (this is PyCoroutine && !closing) throw PyErr.RuntimeError("cannot reuse already awaited coroutine");
            if (exc is not null) throw new PythonException(exc);
            returned = true;
            return PyNone.Instance;
        }
        // Only a thrown exception or a non-None value needs to know whether the frame has started.
        if ((exc is not null || (arg is not null && arg is not PyNone)) && !IsStarted())
        {
            if (closing && exc is not null)
            {
                Frame.Completed = true;
                throw new PythonException(exc);
            }
            if (exc is null && arg is not null && arg is not PyNone)
                throw PyErr.TypeError($"can't send non-None value to a just-started {Kind}");
        }
        var excState = _excState;
        if (excState is not null)
        {
            // The generator's own exception state sits on top of the caller's while it runs (gi_exc_state).
            excState.Previous = ts.ExcState;
            ts.ExcState = excState;
            // _PyErr_ChainStackItem: an exception thrown in gets the exception the generator itself was handling
            // when it suspended as __context__ (only the generator's own state, not its callers'), even one coming
            // back out of a `yield from` sub-generator with a traceback already.
            if (exc is not null && excState.Value is { } handled && !ReferenceEquals(handled, exc)) Interpreter.SetContext(exc, handled);
        }
        Running = true;
        PyObject result;
        try
        {
            // A generator suspended in its compiled code resumes there without the eval loop's entry.
            if (exc is null && Frame.Lasti >= 0 && Frame.Code.Jit is { } jc)
                result = Interpreter.ResumeCompiledGenerator(ts, Frame, jc, arg ?? PyNone.Instance)
                    ?? Interpreter.Run(Frame, arg ?? PyNone.Instance, null);
            else
            {
                // A resume in the eval loop counts towards compiling the code, as a call does: a generator with no loop
                // of its own (a `yield from`, straight-line yields) takes no backward jump there, and one made once
                // but resumed a million times stayed interpreted.
                Interpreter.CountRun(Frame.Code);
                result = Interpreter.Run(Frame, arg ?? PyNone.Instance, exc);
            }
        }
        catch (PythonException pe)
        {
            Running = false;
            if (excState is not null)
            {
                PopExcState(ts, excState);
                excState.Value = null;
            }
            ConvertStopIteration(pe);
            throw;
        }
        Running = false;
        if (excState is not null) PopExcState(ts, excState);
        if (Frame.Completed)
        {
            if (excState is not null) excState.Value = null;
            returned = true;
        }
        return result;
    }

    /// <summary>Takes the generator's own exception-state level back off the chain after a step.</summary>
    private static void PopExcState(ThreadState ts, ExcInfo excState)
    {
        ts.ExcState = excState.Previous!;
        excState.Previous = null;
    }

    private bool IsStarted()
    {
        // Before the first resume the frame stopped at RETURN_GENERATOR (the code's first instruction).
        var code = Frame.Code.Instructions;
        return Frame.Lasti >= 0 && (code[Frame.Lasti] & 0xFF) != Op.RETURN_GENERATOR;
    }

    /// <summary>PEP 479: a StopIteration leaving the frame becomes RuntimeError (its cause and context).</summary>
    private void ConvertStopIteration(PythonException pe)
    {
        var e = pe.Value;
        string? msg = null;
        if (e.Type.IsSubtype(PyExc.StopIteration)) msg = $"{Kind} raised StopIteration";
        else if (this is PyAsyncGenerator && e.Type.IsSubtype(PyExc.StopAsyncIteration)) msg = "async generator raised StopAsyncIteration";
        if (msg is null) return;
        var rt = PyErr.Make(PyExc.RuntimeError, msg);
        rt.SetCause(e);
        rt.Context = e;
        throw new PythonException(rt);
    }

    /// <summary>The sub-iterator of a suspended <c>yield from</c>/<c>await</c> (_PyGen_yf), or null.</summary>
    internal PyObject? YieldFrom()
    {
        if (Frame.Completed || !IsStarted()) return null;
        var code = Frame.Code.Instructions;
        int next = Frame.Lasti + 1;
        if (next >= code.Length) return null;
        int w = code[next];
        if ((w & 0xFF) != Op.RESUME || (w >> 8) < 2) return null;
        return Frame.Slots[Frame.Sp - 1];
    }

    /// <summary>send(value): the next yielded value; StopIteration(value) when the frame returns.</summary>
    public PyObject Send(PyObject value)
    {
        var r = SendEx(value, null, false, out bool returned);
        if (returned) throw StopIterationFor(r);
        return r;
    }

    internal static PythonException StopIterationFor(PyObject value) =>
        value is PyNone ? PyErr.New(PyExc.StopIteration) : new PythonException(PyStopIteration.Create(value));

    /// <summary>throw(typ[, val[, tb]]) with CPython's argument normalisation. Async generators' athrow()/aclose()
    /// pass <paramref name="closeOnGenExit"/> false: a GeneratorExit must not close the awaited object at once.</summary>
    public PyObject Throw(PyObject typ, PyObject? val, PyObject? tb, bool closeOnGenExit = true)
    {
        var exc = NormalizeThrow(typ, val, tb);
        return ThrowException(exc, closeOnGenExit);
    }

    internal PyObject ThrowException(PyBaseException exc, bool closeOnGenExit)
    {
        var yf = YieldFrom();
        if (yf is not null)
        {
            PyObject? ret;
            if (exc.Type.IsSubtype(PyExc.GeneratorExit) && closeOnGenExit)
            {
                Running = true;
                try { CloseIter(yf); }
                catch (PythonException pe)
                {
                    Running = false;
                    return Resume(null, pe.Value);
                }
                Running = false;
                return Resume(null, exc);
            }
            try
            {
                Running = true;
                if (yf is PyGenerator or PyCoroutine) ret = ((PyGenBase)yf).ThrowException(exc, closeOnGenExit);
                else
                {
                    var meth = Ops.TryGetAttr(yf, PyStr.Intern("throw"));
                    if (meth is null)
                    {
                        Running = false;
                        return Resume(null, exc);
                    }
                    ret = Ops.Call(meth, [exc.Type, exc, (PyObject?)exc.Traceback ?? PyNone.Instance]);
                }
                Running = false;
                return ret;
            }
            catch (PythonException pe)
            {
                Running = false;
                // The sub-iterator finished: pop it and continue after the SEND loop with its value.
                Frame.Slots[--Frame.Sp] = null;
                int sendIndex = Frame.Lasti - 1;
                int jump = Frame.Code.Instructions[sendIndex] >> 8;
                Frame.Lasti = sendIndex + jump;
                if (pe.Value.Type.IsSubtype(PyExc.StopIteration))
                    return Resume(PyStopIteration.ValueOf(pe.Value), null);
                return Resume(null, pe.Value);
            }
        }
        return Resume(null, exc);
    }

    private PyObject Resume(PyObject? value, PyBaseException? exc)
    {
        var r = SendEx(value, exc, false, out bool returned);
        if (returned) throw ReturnedException(r);
        return r;
    }

    /// <summary>What gen_send_ex raises when the frame returns: StopIteration(value); StopAsyncIteration for async generators.</summary>
    protected virtual PythonException ReturnedException(PyObject value) => StopIterationFor(value);

    private static void CloseIter(PyObject yf)
    {
        if (yf is PyGenBase g) { g.Close(); return; }
        var meth = Ops.TryGetAttr(yf, PyStr.Intern("close"));
        if (meth is not null) Ops.Call(meth, []);
    }

    /// <summary>close(): raises GeneratorExit at the suspension point; RuntimeError if the frame yields again.</summary>
    public void Close()
    {
        var yf = YieldFrom();
        PyBaseException? err = null;
        if (yf is not null)
        {
            Running = true;
            try { CloseIter(yf); }
            catch (PythonException pe) { err = pe.Value; }
            Running = false;
        }
        var exc = err ?? PyErr.Make(PyExc.GeneratorExit);
        try
        {
            SendEx(PyNone.Instance, exc, closing: true, out bool returned);
            if (returned) return;
        }
        catch (PythonException pe) when (pe.Value.Type.IsSubtype(PyExc.StopIteration) || pe.Value.Type.IsSubtype(PyExc.GeneratorExit))
        {
            return;
        }
        throw PyErr.RuntimeError($"{Kind} ignored GeneratorExit");
    }

    private static PyBaseException NormalizeThrow(PyObject typ, PyObject? val, PyObject? tb)
    {
        if (tb is PyNone) tb = null;
        if (tb is not null && tb is not PyTraceback) throw PyErr.TypeError("throw() third argument must be a traceback object");
        PyBaseException exc;
        if (typ is PyType t && t.IsSubtype(PyExc.BaseException))
        {
            if (val is PyBaseException ve && ve.Type.IsSubtype(t)) exc = ve;
            else
            {
                // PyErr_NormalizeException: an error while instantiating the class is what gets thrown in.
                PyObject made;
                try { made = val is null or PyNone ? Ops.Call(t, []) : val is PyTuple args ? Ops.Call(t, args.AsSpan()) : Ops.Call(t, [val]); }
                catch (PythonException pe) { return pe.Value; }
                exc = made as PyBaseException ?? PyErr.Make(PyExc.TypeError,
                    $"calling {Ops.Repr(t).Value} should have returned an instance of BaseException, not {made.Type.Name}");
            }
        }
        else if (typ is PyBaseException inst)
        {
            if (val is not null and not PyNone) throw PyErr.TypeError("instance exception may not have a separate value");
            exc = inst;
        }
        else
            throw PyErr.TypeError($"exceptions must be classes or instances deriving from BaseException, not {typ.Type.Name}");
        if (tb is not null) exc.Traceback = tb;
        return exc;
    }

    /// <summary>The generator-like types' shared methods and attributes, under the given attribute prefix.</summary>
    internal static void AddCommon(PyType t, string prefix)
    {
        // The names for the argument errors, made once (not at every call).
        string sendName = $"{t.Name}.send", closeName = $"{t.Name}.close";
        TypeBuilder.Method(t, "send", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs(sendName, args, kw, 1);
            return ((PyGenBase)self!).Send(args[0]);
        });
        TypeBuilder.Method(t, "throw", (self, args, kw) =>
        {
            TypeBuilder.ArgRange("throw", args, kw, 1, 3);
            return ((PyGenBase)self!).Throw(args[0], args.Length > 1 ? args[1] : null, args.Length > 2 ? args[2] : null);
        });
        TypeBuilder.Method(t, "close", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs(closeName, args, kw, 0);
            ((PyGenBase)self!).Close();
            return PyNone.Instance;
        });
        AddFrameAttributes(t, prefix);
        TypeBuilder.GetSet(t, prefix + "_running", o => PyBool.From(((PyGenBase)o).Running), null);
        TypeBuilder.GetSet(t, prefix + "_suspended", o => PyBool.From(((PyGenBase)o).Suspended && ((PyGenBase)o).IsStarted()), null);
    }

    /// <summary>__name__, __qualname__, the frame and code attributes and the repr (async generators share these too).</summary>
    internal static void AddFrameAttributes(PyType t, string prefix)
    {
        TypeBuilder.GetSet(t, "__name__", o => ((PyGenBase)o).Name, (o, v) =>
            ((PyGenBase)o).Name = v as PyStr ?? throw PyErr.TypeError("__name__ must be set to a string object"));
        TypeBuilder.GetSet(t, "__qualname__", o => ((PyGenBase)o).QualName, (o, v) =>
            ((PyGenBase)o).QualName = v as PyStr ?? throw PyErr.TypeError("__qualname__ must be set to a string object"));
        TypeBuilder.GetSet(t, prefix + "_frame", o => ((PyGenBase)o).Frame.Completed ? PyNone.Instance : ((PyGenBase)o).Frame, null);
        TypeBuilder.GetSet(t, prefix + "_code", o => ((PyGenBase)o).Frame.Code, null);
        t.Repr = o =>
        {
            var g = (PyGenBase)o;
            return new PyStr($"<{t.Name} object {g.QualName.Value} at 0x{Ops.Id(g):x}>");
        };
    }
}
