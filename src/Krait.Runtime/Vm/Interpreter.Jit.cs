using System.Runtime.CompilerServices;
using System.Text;
using Krait.Compiler.Bytecode;
using Krait.Syntax.Text;

namespace Krait.Runtime;

// The eval loop's side of compiled code (Jit/JitCompiler.cs): entering a compiled frame, calls and exception
// unwinding from compiled code, and the helpers its IL calls for instructions whose work doesn't fit inline.
// Compiled code reports an exception that leaves its frame by returning null with the exception in
// ThreadState.JitPending (as CPython's C functions return NULL), so that a Python exception crossing compiled
// frames costs no .NET throw; C# code it calls still throws PythonException, which the compiled method catches.
internal static partial class Interpreter
{
    /// <summary>What compiled code returns when it hands its frame back to the eval loop (a trace or profile
    /// function was set): the frame's value stack is in its slots, and it continues at its ResumeAt.</summary>
    internal static readonly PyObject JitDeopt = new PyStr("<deopt>");

    /// <summary>Runs the fresh call frame <paramref name="f"/> with its compiled code: the result, or null with the
    /// exception in <see cref="ThreadState.JitPending"/>. The frame is left (and recycled) when this returns.</summary>
    internal static PyObject? RunCompiled(ThreadState ts, PyFrame f, JitCode jc)
    {
        f.Back = ts.Frame;
        if (++ts.Depth > PythonRuntime.RecursionLimit || !StackGuard.Sufficient(ts)) return RecursionFailure(ts, f);
        ts.Frame = f;
        f.Executing = true;
        var r = jc.Body(ts, f);
        var initSelf = f.InitSelf;
        if (ReferenceEquals(r, JitDeopt)) r = ContinueDeopted(ts, f);
        else
        {
            ts.Depth--;
            ts.Frame = f.Back;
            FinishFrame(f);
        }
        return initSelf is null || r is null ? r : InitResult(ts, r, initSelf);
    }

    // RunCompiled's rare exits, out of line: a handler in its body would keep ts and f in memory on every call.

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? RecursionFailure(ThreadState ts, PyFrame f)
    {
        ts.Depth--;
        f.Back = null;
        ts.JitPending = PyErr.MakeRecursionError();
        return null;
    }

    /// <summary>Continues a frame that compiled code handed back (<see cref="JitDeopt"/>) in the eval loop,
    /// which leaves the frame itself.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? ContinueDeopted(ThreadState ts, PyFrame f)
    {
        ts.Depth--;
        ts.Frame = f.Back;
        f.Executing = false;
        PyObject? r;
        try
        {
            r = RunOrPending(f, resume: true);
        }
        catch (PythonException pe)
        {
            ts.JitPending = pe.Value;
            r = null;
        }
        f.InitSelf = null;
        return r;
    }

    /// <summary>What a call that ran <c>__init__</c> for a new instance returns: the instance, or the TypeError
    /// for an <c>__init__</c> that returned something other than None.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? InitResult(ThreadState ts, PyObject r, PyObject initSelf)
    {
        if (r is PyNone) return initSelf;
        ts.JitPending = PyErr.Make(PyExc.TypeError, $"__init__() should return None, not '{r.Type.Name}'");
        return null;
    }

    /// <summary>Takes the exception a compiled frame left in <see cref="ThreadState.JitPending"/>.</summary>
    internal static PyBaseException TakeJitPending(ThreadState ts)
    {
        var e = ts.JitPending!;
        ts.JitPending = null;
        return e;
    }

    /// <summary>The frame for a call of <paramref name="func"/> by compiled code, or the result of running it when
    /// it runs elsewhere: the compiled code's CALL. <paramref name="at"/> is the slot of the call's first stack
    /// entry (the method or NULL), followed by the callable or self and the arguments; they are cleared.</summary>
    internal static PyObject? JitCall(ThreadState ts, PyFrame f, int at, int nargs, PyTuple? kwnames)
    {
        var s = f.Slots;
        int end = at + 2 + nargs;
        PyObject callable;
        int argStart;
        if (s[at] is { } meth)
        {
            callable = meth;
            argStart = at + 1;
            nargs++;
        }
        else
        {
            callable = s[at + 1]!;
            argStart = at + 2;
            if (callable is PyMethod bm)
            {
                s[at] = callable = bm.Func;
                s[at + 1] = bm.Self;
                argStart = at + 1;
                nargs++;
            }
        }
        ReadOnlySpan<PyObject> args = new ReadOnlySpan<PyObject?>(s, argStart, nargs)!;
        PyObject? result;
        if (callable is PyFunction pf && !pf.Code.IsGenerator && ts.TraceMask == 0)
        {
            var nf = NewFrameForCall(pf, args, kwnames);
            ClearSlots(s, at, end);
            if (nf.Code.Jit is { } jc) return RunCompiled(ts, nf, jc);
            result = RunInterpreted(ts, nf);
            return result;
        }
        if (InlinableClassCall(ts, callable) is { } ct)
            return JitNewInstance(ts, ct, s, at, end, argStart, nargs, kwnames);
        try
        {
            result = ts.TraceMask == 0 ? CallOrPending(ts, callable, args, kwnames) : CallProfiled(ts, f, callable, args, kwnames);
        }
        finally
        {
            ClearSlots(s, at, end);
        }
        return result;
    }

    // Compiled code's direct calls of a plain function whose code is compiled (JitCompiler.EmitCallPlain checked
    // co.PlainArgCount, co.Jit and that nothing traces): the arguments go straight into the new frame's fast
    // locals. The result, or null with the exception pending.
    internal static PyObject? CallPlain0(ThreadState ts, PyFunction pf, PyCode co) =>
        RunCompiled(ts, TakeFrame(pf, co), co.Jit!);

    internal static PyObject? CallPlain1(ThreadState ts, PyFunction pf, PyCode co, PyObject a0)
    {
        var f = TakeFrame(pf, co);
        Arg(f, 0) = a0;
        return RunCompiled(ts, f, co.Jit!);
    }

    internal static PyObject? CallPlain2(ThreadState ts, PyFunction pf, PyCode co, PyObject a0, PyObject a1)
    {
        var f = TakeFrame(pf, co);
        ref var s = ref Arg(f, 1);
        s = a1;
        Unsafe.Subtract(ref s, 1) = a0;
        return RunCompiled(ts, f, co.Jit!);
    }

    internal static PyObject? CallPlain3(ThreadState ts, PyFunction pf, PyCode co, PyObject a0, PyObject a1, PyObject a2)
    {
        var f = TakeFrame(pf, co);
        ref var s = ref Arg(f, 2);
        s = a2;
        Unsafe.Subtract(ref s, 1) = a1;
        Unsafe.Subtract(ref s, 2) = a0;
        return RunCompiled(ts, f, co.Jit!);
    }

    internal static PyObject? CallPlain4(ThreadState ts, PyFunction pf, PyCode co, PyObject a0, PyObject a1, PyObject a2, PyObject a3)
    {
        var f = TakeFrame(pf, co);
        ref var s = ref Arg(f, 3);
        s = a3;
        Unsafe.Subtract(ref s, 1) = a2;
        Unsafe.Subtract(ref s, 2) = a1;
        Unsafe.Subtract(ref s, 3) = a0;
        return RunCompiled(ts, f, co.Jit!);
    }

    /// <summary>Fast local <paramref name="i"/> of <paramref name="f"/> (bounds-checked; the argument slots come
    /// first): stores through the reference skip the array-covariance check of a PyObject[] element store, which
    /// costs a cast-cache lookup for every subclass instance.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref PyObject? Arg(PyFrame f, int i) => ref new Span<PyObject?>(f.Slots)[i];

    /// <summary>A class call from compiled code, as the eval loop's CALL does it: __new__, then a compiled Python
    /// __init__ runs as a frame whose result is the instance (PyFrame.InitSelf), without type_call's re-entry;
    /// any other __init__ through the type's init slot.</summary>
    private static PyObject? JitNewInstance(ThreadState ts, PyType ct, PyObject?[] s, int at, int end, int argStart, int nargs, PyTuple? kwnames)
    {
        PyObject obj;
        PyFrame? nf;
        try
        {
            nf = NewInstance(ct, s, argStart, nargs, kwnames, compiledInit: true);
            obj = s[argStart - 1]!;
        }
        finally
        {
            ClearSlots(s, at, end);
        }
        return nf is null ? obj : RunCompiled(ts, nf, nf.Code.Jit!);
    }

    /// <summary>Runs a frame with the eval loop for compiled code: the result, or null with the exception pending.</summary>
    private static PyObject? RunInterpreted(ThreadState ts, PyFrame nf)
    {
        try
        {
            var r = RunOrPending(nf);
            if (r is not null) Recycle(nf);
            return r;
        }
        catch (PythonException pe)
        {
            ts.JitPending = pe.Value;
            return null;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ClearSlots(PyObject?[] s, int from, int to)
    {
        for (int i = from; i < to; i++) s[i] = null;
    }

    /// <summary>The exception-table entry that handles <paramref name="exc"/> raised in compiled frame
    /// <paramref name="f"/> (at <paramref name="index"/>, or f.Lasti when negative), after the traceback entry, the
    /// context and the trace hooks that unwinding adds; -1 when it leaves the frame (then it is pending).</summary>
    internal static int JitUnwind(ThreadState ts, PyFrame f, ref PyBaseException exc, bool reraise, int index)
    {
        if (!reraise) NoteRaise(ts, f, ref exc);
        var co = f.Code;
        var slots = f.Slots;
        Array.Clear(slots, co.NLocalsPlus, slots.Length - co.NLocalsPlus);
        int h = co.FindHandlerIndex(index >= 0 ? index : f.Lasti);
        if (h >= 0) return h;
        if (ts.TraceMask != 0) TraceHook(ts, f, ref exc, leaving: true);
        ts.JitPending = exc;
        return -1;
    }

    /// <summary>What unwinding adds when a fresh exception passes through frame <paramref name="f"/>: its
    /// __context__ (the exception being handled, as _PyErr_SetObject sets it; `raise` statements set it
    /// themselves), a traceback entry, and the trace function's 'exception' event.</summary>
    private static void NoteRaise(ThreadState ts, PyFrame f, ref PyBaseException exc)
    {
        if (exc.Traceback is null && exc.Context is null && ts.Handled is { } h && !ReferenceEquals(h, exc))
            SetContext(exc, h);
        exc.Traceback = new PyTraceback(exc.Traceback as PyTraceback, f, f.Lasti);
        if (ts.TraceMask != 0) TraceHook(ts, f, ref exc, leaving: false);
    }

    /// <summary>The Python exception for a .NET exception caught in compiled code (as Run converts them).</summary>
    internal static PyBaseException JitCaught(Exception e) => e switch
    {
        PythonException pe => pe.Value,
        InsufficientExecutionStackException => PyErr.MakeRecursionError(),
        OutOfMemoryException => PyErr.MakeMemoryError(),
        ThreadInterruptedException => throw e,
        _ => InternalError(e),
    };

    /// <summary>A backward jump in compiled code found the eval breaker set or tracing on: the exception to raise,
    /// or null to go on (<paramref name="deopt"/>: leave the compiled code first).</summary>
    internal static PyBaseException? JitBackEdge(ThreadState ts, out bool deopt)
    {
        deopt = false;
        if (EvalBreaker.Flags != 0 && HandleEvalBreaker(ts) is { } e) return e;
        deopt = ts.TraceMask != 0;
        return null;
    }

    // --- instruction helpers with one implementation for the eval loop and compiled code ---------------

    internal static PyObject JitBuildTuple(PyObject?[] s, int at, int n)
    {
        var t = PyTuple.Create(new ReadOnlySpan<PyObject?>(s, at, n)!);
        ClearSlots(s, at, at + n);
        return t;
    }

    internal static PyObject JitBuildList(PyObject?[] s, int at, int n)
    {
        var items = new ReadOnlySpan<PyObject?>(s, at, n).ToArray();
        ClearSlots(s, at, at + n);
        return new PyList(items!);
    }

    internal static PyObject JitBuildSet(PyObject?[] s, int at, int n)
    {
        var set = new PySet();
        for (int i = at; i < at + n; i++) set.Add(s[i]!);
        ClearSlots(s, at, at + n);
        return set;
    }

    internal static PyObject JitBuildMap(PyObject?[] s, int at, int n)
    {
        var d = new PyDict();
        for (int i = at; i < at + 2 * n; i += 2) d.SetItem(s[i]!, s[i + 1]!);
        ClearSlots(s, at, at + 2 * n);
        return d;
    }

    internal static PyObject JitBuildConstKeyMap(PyObject?[] s, int at, int n, PyObject keys)
    {
        var k = (PyTuple)keys;
        var d = new PyDict();
        for (int i = 0; i < n; i++) d.SetItem(k[i], s[at + i]!);
        ClearSlots(s, at, at + n);
        return d;
    }

    internal static PyObject JitBuildString(PyObject?[] s, int at, int n)
    {
        var r = ConcatStrings(new ReadOnlySpan<PyObject?>(s, at, n)!);
        ClearSlots(s, at, at + n);
        return r;
    }

    internal static void JitUnpackSequence(PyObject seq, int n, PyObject?[] s, int at) => UnpackSequence(seq, n, s, at);

    internal static void JitUnpackEx(PyObject seq, int arg, PyObject?[] s, int at) => UnpackEx(seq, arg & 0xFF, arg >> 8, s, at);

    /// <summary>`raise` without an operand: the exception being handled (re-raised as it is), or the RuntimeError
    /// for none.</summary>
    internal static PyBaseException JitReraiseActive(ThreadState ts, out bool reraise)
    {
        var h = ts.Handled;
        reraise = h is not null;
        return h ?? PyErr.Make(PyExc.RuntimeError, "No active exception to reraise");
    }

    /// <summary>RERAISE's saved f_lasti (an int the handler pushed).</summary>
    internal static int LastiOf(PyObject o) => (int)((PyInt)o).Small;

    internal static PyObject ListToTuple(PyObject list) => PyTuple.Create(((PyList)list).AsSpan());

    /// <summary>PUSH_EXC_INFO: <paramref name="v"/> becomes the handled exception; returns the one it replaces.</summary>
    internal static PyObject PushExcInfo(ThreadState ts, PyObject v)
    {
        var old = (PyObject?)ts.ExcState.Value ?? PyNone.Instance;
        ts.ExcState.Value = (PyBaseException)v;
        return old;
    }

    internal static void PopExcept(ThreadState ts, PyObject v) => ts.ExcState.Value = v as PyBaseException;

    internal static PyObject CheckExcMatch(PyObject exc, PyObject right)
    {
        CheckExceptType(right);
        return PyBool.From(ExceptionMatches(exc, right));
    }

    internal static PyObject WithExceptStart(PyObject exitFunc, PyObject v)
    {
        var val = (PyBaseException)v;
        var tb = (PyObject?)val.Traceback ?? PyNone.Instance;
        return Ops.Call(exitFunc, [val.Type, val, tb]);
    }

    /// <summary>BEFORE_WITH: the result of __enter__, and the bound __exit__.</summary>
    internal static PyObject BeforeWith(PyObject mgr, out PyObject exit)
    {
        var enter = Ops.LookupSpecial(mgr, "__enter__") ?? throw PyErr.TypeError(
            $"'{mgr.Type.Name}' object does not support the context manager protocol");
        exit = Ops.LookupSpecial(mgr, "__exit__") ?? throw PyErr.TypeError(
            $"'{mgr.Type.Name}' object does not support the context manager protocol (missed __exit__ method)");
        return Ops.Call(enter, []);
    }

    /// <summary>FORMAT_VALUE: conversion (arg &amp; 3) then format with <paramref name="spec"/> (or none).</summary>
    internal static PyObject FormatValue(PyObject v, PyObject? spec, int arg)
    {
        v = Converted(v, arg & 3);
        return spec is null && v is PyStr vs && ReferenceEquals(vs.Type, PyType.StrType)
            ? v : Ops.Format(v, (PyStr?)spec ?? PyStr.Empty);
    }

    /// <summary>FORMAT_VALUE of a fused f-string (`JitCompiler.Strings.cs`): <see cref="FormatValue"/>'s text appended
    /// to <paramref name="sb"/>. Exact ints, floats and strs are laid out in place (<see cref="BuiltinFormat.AppendFormatted"/>,
    /// str.format's path for its fields), and their conversions without a spec are written straight in (<see cref="BuiltinFormat.TryAppendConverted"/>);
    /// anything else gets its conversion and __format__ as in <see cref="FormatValue"/>.</summary>
    internal static void FormatValueInto(StringBuilder sb, PyObject v, PyObject? spec, int arg)
    {
        int conversion = arg & 3;
        if (conversion != 0)
        {
            if (spec is null && BuiltinFormat.TryAppendConverted(sb, v, conversion == 1 ? 's' : conversion == 2 ? 'r' : 'a')) return;
            v = Converted(v, conversion);
        }
        if (spec is null)
        {
            if (ReferenceEquals(v.Type, PyType.StrType)) sb.Append(Unsafe.As<PyStr>(v).Value);
            else BuiltinFormat.AppendFormatted(sb, v, PyStr.Empty, 0, 0);
            return;
        }
        var s = (PyStr)spec;
        BuiltinFormat.AppendFormatted(sb, v, s, 0, s.Length);
    }

    /// <summary>FORMAT_VALUE's conversion: 1 str(), 2 repr(), 3 ascii(), 0 none.</summary>
    private static PyObject Converted(PyObject v, int conversion) => conversion switch
    {
        1 => Ops.Str(v),
        2 => Ops.Repr(v),
        3 => Ops.Ascii(v),
        _ => v,
    };

    /// <summary>A fused f-string's first piece: a cleared builder (the one an exception left behind, or the cache's).</summary>
    internal static StringBuilder StartString(StringBuilder? sb) => sb is null ? BuilderCache.Acquire() : sb.Clear();

    /// <summary>A fused f-string's constant piece (an exact str).</summary>
    internal static void AppendConstPiece(StringBuilder sb, PyObject piece) => sb.Append(Unsafe.As<PyStr>(piece).Value);

    /// <summary>A fused f-string's BUILD_STRING: the builder's text; the builder goes back to the cache.</summary>
    internal static PyStr FinishString(StringBuilder sb)
    {
        string s = BuilderCache.ToStringAndRelease(sb);
        return s.Length == 0 ? PyStr.Empty : new PyStr(s);
    }

    /// <summary>A fused f-string's text so far, for the eval loop taking the frame over in the middle.</summary>
    internal static PyStr StringSoFar(StringBuilder sb) => new(sb.ToString());

    /// <summary>MAKE_FUNCTION: the parts present per <paramref name="flags"/> (8 closure, 4 annotations,
    /// 2 keyword defaults, 1 defaults).</summary>
    internal static PyObject MakeFunction(PyFrame f, PyObject code, int flags, PyObject? closure, PyObject? annotations,
        PyObject? kwDefaults, PyObject? defaults)
    {
        var fn = new PyFunction((PyCode)code, f.Globals);
        if ((flags & 8) != 0) fn.Closure = (PyTuple)closure!;
        if ((flags & 4) != 0) fn.Annotations = AnnotationsDict(annotations!);
        if ((flags & 2) != 0) fn.KwDefaults = (PyDict)kwDefaults!;
        if ((flags & 1) != 0) fn.Defaults = (PyTuple)defaults!;
        return fn;
    }

    /// <summary>STORE_SUBSCR with list-index and dict fast paths.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void StoreSubscr(PyObject container, PyObject key, PyObject v)
    {
        var ct = container.Type;
        if (ReferenceEquals(ct, PyType.ListType) && ReferenceEquals(key.Type, PyType.IntType) && !Unsafe.As<PyInt>(key).IsBig
            && Unsafe.As<PyList>(container) is var l
            && (ulong)(Unsafe.As<PyInt>(key).Small < 0 ? Unsafe.As<PyInt>(key).Small + l.Count : Unsafe.As<PyInt>(key).Small) < (ulong)l.Count)
            l[(int)(Unsafe.As<PyInt>(key).Small < 0 ? Unsafe.As<PyInt>(key).Small + l.Count : Unsafe.As<PyInt>(key).Small)] = v;
        else if (ReferenceEquals(ct, PyType.DictType)) Unsafe.As<PyDict>(container).SetItem(key, v);
        else Ops.SetItem(container, key, v);
    }

    /// <summary>FOR_ITER of compiled code: <see cref="IterNext(PyObject)"/>, with the thread state handed to a generator's
    /// step.</summary>
    internal static PyObject? IterNext(ThreadState ts, PyObject it) =>
        ReferenceEquals(it.Type, PyGenerator.GeneratorType) ? Unsafe.As<PyGenerator>(it).NextOrNull(ts) : IterNext(it);

    /// <summary>FOR_ITER's next item (list and range iterators without a call), or null when exhausted.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyObject? IterNext(PyObject it)
    {
        if (ReferenceEquals(it.Type, PyType.ListIteratorType)) return Unsafe.As<ListIterator>(it).Next();
        if (it is RangeIterator ri) return ri.Next();
        return Ops.Next(it);
    }

    /// <summary>GET_YIELD_FROM_ITER: generators and (in coroutine code) coroutines delegate to themselves.</summary>
    internal static PyObject GetYieldFromIter(PyObject o, int coFlags)
    {
        if (o is PyCoroutine)
        {
            if ((coFlags & (CodeFlags.Coroutine | CodeFlags.IterableCoroutine)) == 0)
                throw PyErr.TypeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            return o;
        }
        return o is PyGenerator ? o : Ops.GetIter(o);
    }

    /// <summary>A generator suspended inside a try or with block must be closed when it dies.</summary>
    internal static void YieldInTry(PyFrame f)
    {
        if (f.Generator is { FinalizerRegistered: false } g)
        {
            g.FinalizerRegistered = true;
            Finalization.Register(g);
        }
    }

    /// <summary>SEND: the value the receiver yields, or (<paramref name="returned"/>) what it returned.</summary>
    internal static PyObject JitSend(ThreadState ts, PyObject receiver, PyObject v, out bool returned) =>
        Generators.Send(ts, receiver, v, out returned);

    internal static PyObject LoadBuildClass(PyFrame f) => f.Builtins.GetItemStr(PyStr.Intern("__build_class__"))
        ?? throw new PythonException(PyErr.Make(PyExc.NameError, "__build_class__ not found"));

    internal static void CopyFreeVars(PyFrame f, int n)
    {
        var closure = f.Function!.Closure!;
        // Through a span: an array element store of a PyCell would pay the covariance check.
        var s = new Span<PyObject?>(f.Slots, f.Code.NLocalsPlus - n, n);
        for (int i = 0; i < s.Length; i++) s[i] = closure[i];
    }

    internal static PyObject JitLoadName(PyFrame f, PyStr name) => LoadName(f, name) ?? throw new PythonException(NameNotDefined(name));

    internal static void JitDeleteName(PyFrame f, PyStr name)
    {
        if (!DeleteName(f, name)) throw new PythonException(NameNotDefined(name));
    }

    internal static void JitDeleteGlobal(PyFrame f, PyStr name)
    {
        if (!f.Globals.DelItemStr(name)) throw new PythonException(NameNotDefined(name));
    }

    internal static PyObject JitLoadGlobal(PyFrame f, ref GlobalCache c, PyStr name) =>
        LoadGlobalCached(f, ref c, name) ?? throw new PythonException(NameNotDefined(name));
}
