using System.Runtime.CompilerServices;
using Krait.Compiler.Bytecode;

namespace Krait.Runtime;

/// <summary>The eval loop (Python/ceval.c): executes CPython 3.11 bytecode. Calls from Python to Python
/// functions push a frame and continue in the same loop (no C# recursion); a frame entered from C#
/// (<see cref="PyFrame.IsEntry"/>) returns to its caller. Exceptions raised by Python code are unwound
/// with the code object's exception table without a .NET throw; exceptions thrown by C# code
/// (<see cref="PythonException"/>) are caught at the instruction and unwound the same way.</summary>
internal static partial class Interpreter
{
    // Inline cache entries that follow each instruction in co_code (Include/internal/pycore_code.h).
    private const int CacheBinarySubscr = 4, CacheStoreSubscr = 1, CacheUnpack = 1, CacheCompare = 2,
        CacheBinaryOp = 1, CacheLoadGlobal = 5, CacheLoadAttr = 4, CacheStoreAttr = 4, CacheLoadMethod = 10,
        CachePrecall = 1, CacheCall = 4;

    /// <summary>Every this many backward jumps, <see cref="Execute"/> returns <see cref="ReenterMarker"/> and
    /// <see cref="Run"/> calls it again. A loop that runs for the whole program would otherwise stay in the
    /// first compiled version of Execute, the precompiled (ReadyToRun) one: the runtime replaces a method's
    /// code for later calls once they are hot (tiered compilation), but ReadyToRun code has no on-stack
    /// replacement. Re-entering costs about as much as a call; 16,384 jumps take well over 100 µs.</summary>
    internal const int ReenterInterval = 16384;

    /// <summary>A dispatch value beyond the opcodes: move the running frame to its compiled code (a hot loop).</summary>
    private const int OsrEntry = 256;

    /// <summary>What <see cref="Execute"/> returns to be called again (never a Python value).</summary>
    private static readonly PyObject ReenterMarker = new PyStr("<reenter>");

    /// <summary>Runs <paramref name="entry"/> until it returns (or, for a generator frame, yields).
    /// <paramref name="throwIn"/> starts by raising that exception at the frame's current instruction
    /// (generator.throw); otherwise a resumed generator frame receives <paramref name="sendValue"/>.
    /// <paramref name="resume"/>: continue a frame that compiled code handed back, at its ResumeAt.</summary>
    /// <summary>Makes <paramref name="entry"/> the running frame of a .NET-level entry (Run, a compiled generator's
    /// resume): linked to the caller, counted against the recursion limit and the .NET stack.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void EnterEntry(ThreadState ts, PyFrame entry)
    {
        entry.IsEntry = true;
        entry.Back = ts.Frame;
        if (++ts.Depth > PythonRuntime.RecursionLimit || !StackGuard.Sufficient(ts))
        {
            ts.Depth--;
            entry.Back = null;
            throw PyErr.RecursionError();
        }
        ts.Frame = entry;
        entry.Executing = true;
    }

    public static PyObject Run(PyFrame entry, PyObject? sendValue = null, PyBaseException? throwIn = null, bool resume = false) =>
        RunOrPending(entry, sendValue, throwIn, resume) ?? throw new PythonException(TakeJitPending(ThreadState.Current));

    /// <summary><see cref="Run"/> for callers that take an exception leaving the frame as CPython's C code does: null
    /// with the exception in <see cref="ThreadState.JitPending"/> (no .NET throw).</summary>
    internal static PyObject? RunOrPending(PyFrame entry, PyObject? sendValue = null, PyBaseException? throwIn = null, bool resume = false)
    {
        var ts = ThreadState.Current;
        EnterEntry(ts, entry);
        if (!resume)
        {
            if (entry.Lasti >= 0 && throwIn is null) entry.Slots[entry.Sp++] = sendValue ?? PyNone.Instance;
            entry.ResumeAt = entry.Lasti + 1;
        }

        // The loop (Execute) has no exception handlers, so the JIT keeps its state in registers; exceptions
        // thrown by C# code unwind here and the loop resumes at the handler.
        if (throwIn is null && !resume && entry.Generator is not null && entry.Code.Jit is { } jc && ts.TraceMask == 0
            && jc.EntryFor(entry.ResumeAt) >= 0)
        {
            // A generator resumed at a yield of its compiled code.
            var r = jc.Body(ts, entry);
            if (r is null)
            {
                // The exception stays pending.
                LeaveEntry(ts, entry, completed: true);
                return null;
            }
            if (!ReferenceEquals(r, JitDeopt))
            {
                bool yielded = entry.Suspending;
                entry.Suspending = false;
                LeaveEntry(ts, entry, completed: !yielded);
                return r;
            }
        }
        PyBaseException? exc = throwIn;
        if (throwIn is not null && ts.TraceMask != 0)
        {
            // TRACE_FUNCTION_THROW_ENTRY: a generator resumed by throw() reports 'call' first.
            try { TraceFunctionEntry(ts, entry); }
            catch (PythonException pe) { exc = pe.Value; }
        }
        while (true)
        {
            if (exc is not null)
            {
                var cur = ts.Frame!;
                // An exception thrown in by throw() is restored, not raised (_gen_throw's PyErr_Restore): it is not
                // chained to what the caller handles (SendEx chained it to the generator's own).
                bool thrownIn = ReferenceEquals(exc, throwIn);
                throwIn = null;
                if (!Unwind(ts, ref cur, ref exc, cur.Lasti, reraise: false, chain: !thrownIn))
                {
                    LeaveEntry(ts, cur, completed: true);
                    ts.JitPending = exc;
                    return null;
                }
                exc = null;
            }
            PyObject? result;
            PyBaseException? unhandled;
            try
            {
                result = Execute(ts, out unhandled);
            }
            catch (PythonException pe)
            {
                exc = pe.Value;
                continue;
            }
            catch (InsufficientExecutionStackException)
            {
                exc = PyErr.MakeRecursionError();
                continue;
            }
            catch (OutOfMemoryException)
            {
                // A failed allocation (e.g. "a" * 2**40) is Python's MemoryError, as in CPython.
                exc = PyErr.MakeMemoryError();
                continue;
            }
            catch (Exception e) when (e is not ThreadInterruptedException)
            {
                exc = InternalError(e);
                continue;
            }
            if (unhandled is not null)
            {
                ts.JitPending = unhandled;
                return null;
            }
            if (ReferenceEquals(result, ReenterMarker)) continue;
            return result!;
        }
    }

    /// <summary>Finds the handler for <paramref name="exc"/> raised at instruction <paramref name="index"/> of
    /// <paramref name="f"/>, leaving inlined frames that have none. True: <paramref name="f"/> is the frame to
    /// continue, at its <see cref="PyFrame.ResumeAt"/>. False: the exception leaves the entry frame
    /// <paramref name="f"/> (not yet left).</summary>
    private static bool Unwind(ThreadState ts, ref PyFrame f, ref PyBaseException exc, int index, bool reraise, bool chain = true)
    {
        // A fresh exception (no traceback yet) raised while another is handled gets it as __context__, as
        // _PyErr_SetObject does; `raise` statements set it themselves (MakeRaise).
        if (!reraise && chain && exc.Traceback is null && exc.Context is null && ts.Handled is { } h && !ReferenceEquals(h, exc))
            SetContext(exc, h);
        while (true)
        {
            if (!reraise)
            {
                exc.Traceback = new PyTraceback(exc.Traceback as PyTraceback, f, f.Lasti);
                if (ts.TraceMask != 0) TraceHook(ts, f, ref exc, leaving: false);
            }
            reraise = false;
            var co = f.Code;
            var slots = f.Slots;
            if (co.FindHandler(index) is { } hd)
            {
                int sp = co.NLocalsPlus + hd.Depth;
                Array.Clear(slots, sp, slots.Length - sp);
                if (hd.Lasti) slots[sp++] = PyInt.FromLong(f.Lasti);
                slots[sp++] = exc;
                f.Sp = sp;
                f.ResumeAt = hd.Target;
                return true;
            }
            Array.Clear(slots, co.NLocalsPlus, slots.Length - co.NLocalsPlus);
            f.Sp = co.NLocalsPlus;
            if (ts.TraceMask != 0) TraceHook(ts, f, ref exc, leaving: true);
            if (f.IsEntry) return false;
            var caller = f.Back!;
            FinishFrame(f);
            ts.Depth--;
            ts.Frame = f = caller;
            index = f.Lasti;
        }
    }

    /// <summary>The dispatch loop: runs <c>ts.Frame</c> from its <see cref="PyFrame.ResumeAt"/> until the entry
    /// frame returns or yields (the result), or an exception leaves it (<paramref name="unhandled"/>).</summary>
    private static PyObject? Execute(ThreadState ts, out PyBaseException? unhandled)
    {
        unhandled = null;
        PyFrame f = ts.Frame!;
        PyCode co = f.Code;
        ushort[] code = co.Instructions;
        // A span, not the array: stores through it skip the covariant array-store type check.
        Span<PyObject?> s = f.Slots;
        int sp = f.Sp;
        int ip = f.ResumeAt;
        PyBaseException? exc;
        bool reraise = false;
        // The instruction executing: where the exception table is searched. f.Lasti is usually the same, but
        // RERAISE restores it to the original raise point for the traceback (ceval.c's INSTR_OFFSET vs prev_instr).
        int instrIndex = f.Lasti;

        while (true)
        {
            while (true)
            {
                int word = code[ip];
                int op = (word & 0xFF) | ts.TraceMask, arg = word >> 8;
                f.Lasti = instrIndex = ip++;
            Dispatch:
                switch (op)
                {
                    case DoTracing:
                        op = SuperInstructions.BaseOp(word & 0xFF);
                        f.Sp = sp;
                        TraceInstruction(ts, f, instrIndex, op);
                        goto Dispatch;
                    case Op.NOP:
                        continue;
                    case Op.RESUME:
                        if (EvalBreaker.Flags != 0 && (exc = HandleEvalBreaker(ts)) is not null) goto Raise;
                        continue;
                    case Op.EXTENDED_ARG:
                    {
                        f.Lasti = instrIndex = ip;
                        word = code[ip++];
                        op = word & 0xFF;
                        if (ts.TraceMask != 0) op = SuperInstructions.BaseOp(op);
                        arg = (arg << 8) | (word >> 8);
                        goto Dispatch;
                    }
                    case Op.CACHE:
                        throw new InvalidOperationException("executed a CACHE entry");

                    // --- superinstructions (SuperInstructions.cs): the second instruction's word follows at ip ---
                    case SuperInstructions.LoadFastLoadFast:
                    {
                        var v = s[arg];
                        if (v is null) { exc = UnboundLocal(co, arg); goto Raise; }
                        int arg2 = code[ip] >> 8;
                        var v2 = s[arg2];
                        if (v2 is null) { f.Lasti = instrIndex = ip; exc = UnboundLocal(co, arg2); goto Raise; }
                        ip++;
                        s[sp] = v;
                        s[sp + 1] = v2;
                        sp += 2;
                        continue;
                    }
                    case SuperInstructions.LoadFastLoadConst:
                    {
                        var v = s[arg];
                        if (v is null) { exc = UnboundLocal(co, arg); goto Raise; }
                        s[sp] = v;
                        s[sp + 1] = co.Consts[code[ip++] >> 8];
                        sp += 2;
                        continue;
                    }
                    case SuperInstructions.StoreFastLoadFast:
                    {
                        s[arg] = s[--sp];
                        int arg2 = code[ip] >> 8;
                        var v2 = s[arg2];
                        if (v2 is null) { s[sp] = null; f.Lasti = instrIndex = ip; exc = UnboundLocal(co, arg2); goto Raise; }
                        ip++;
                        s[sp++] = v2;
                        continue;
                    }
                    case SuperInstructions.StoreFastStoreFast:
                        s[arg] = s[sp - 1];
                        s[code[ip++] >> 8] = s[sp - 2];
                        s[sp - 1] = null;
                        s[sp - 2] = null;
                        sp -= 2;
                        continue;
                    case SuperInstructions.LoadConstLoadFast:
                    {
                        int arg2 = code[ip] >> 8;
                        var v2 = s[arg2];
                        if (v2 is null) { f.Lasti = instrIndex = ip; exc = UnboundLocal(co, arg2); goto Raise; }
                        ip++;
                        s[sp] = co.Consts[arg];
                        s[sp + 1] = v2;
                        sp += 2;
                        continue;
                    }
                    case SuperInstructions.ForIterStoreFast:
                    {
                        var it = s[sp - 1]!;
                        PyObject? next;
                        if (ReferenceEquals(it.Type, PyType.ListIteratorType)) next = Unsafe.As<ListIterator>(it).Next();
                        else if (it is RangeIterator ri) next = ri.Next();
                        else next = Ops.Next(it);
                        // An iterator that turned tracing on leaves STORE_FAST to run traced.
                        if (next is not null)
                        {
                            if (ts.TraceMask == 0) s[code[ip++] >> 8] = next;
                            else s[sp++] = next;
                        }
                        else
                        {
                            s[--sp] = null;
                            ip += arg;
                        }
                        continue;
                    }
                    case SuperInstructions.ForIterUnpackPair:
                    {
                        int got = IterNextPair(s[sp - 1]!, out var first, out var second);
                        if (got == PairValues && ts.TraceMask == 0)
                        {
                            s[sp] = second;
                            s[sp + 1] = first;
                            sp += 2;
                            ip += 1 + CacheUnpack;
                            continue;
                        }
                        if (got == PairDone)
                        {
                            s[--sp] = null;
                            ip += arg;
                            continue;
                        }
                        if (ts.TraceMask != 0)
                        {
                            // The iterator turned tracing on: UNPACK_SEQUENCE runs on its own, traced.
                            s[sp++] = got == PairValues ? PyTuple.Pair(first!, second!) : first;
                            continue;
                        }
                        s[sp++] = first;
                        f.Lasti = instrIndex = ip;
                        arg = code[ip++] >> 8;
                        goto case Op.UNPACK_SEQUENCE;
                    }
                    case SuperInstructions.CompareOpPopJump:
                    {
                        var w = PopAt(s, --sp);
                        var result = CompareFast(s[sp - 1]!, w, (CompareOp)arg);
                        s[--sp] = null;
                        ip += CacheCompare;
                        int jump = code[ip];
                        bool truth;
                        if (ReferenceEquals(result, PyBool.True)) truth = true;
                        else if (ReferenceEquals(result, PyBool.False)) truth = false;
                        else
                        {
                            // __bool__ of a rich comparison's result runs at the jump instruction.
                            f.Lasti = instrIndex = ip;
                            truth = Ops.IsTrue(result);
                        }
                        ip++;
                        switch (jump & 0xFF)
                        {
                            case Op.POP_JUMP_FORWARD_IF_FALSE: if (!truth) ip += jump >> 8; break;
                            case Op.POP_JUMP_FORWARD_IF_TRUE: if (truth) ip += jump >> 8; break;
                            case Op.POP_JUMP_BACKWARD_IF_FALSE:
                                if (truth) break;
                                ip -= jump >> 8;
                                goto BackEdge;
                            default:
                                if (!truth) break;
                                ip -= jump >> 8;
                                goto BackEdge;
                        }
                        continue;
                    }

                    case SuperInstructions.LoadFastLoadAttr:
                    case SuperInstructions.LoadFastLoadMethod:
                    {
                        var v = s[arg];
                        if (v is null) { exc = UnboundLocal(co, arg); goto Raise; }
                        s[sp++] = v;
                        f.Lasti = instrIndex = ip;
                        word = code[ip++];
                        arg = word >> 8;
                        if ((word & 0xFF) == Op.LOAD_ATTR) goto case Op.LOAD_ATTR;
                        goto case Op.LOAD_METHOD;
                    }
                    case SuperInstructions.LoadFastReturnValue:
                    {
                        var v = s[arg];
                        if (v is null) { exc = UnboundLocal(co, arg); goto Raise; }
                        s[sp++] = v;
                        f.Lasti = instrIndex = ip++;
                        goto case Op.RETURN_VALUE;
                    }
                    case SuperInstructions.LoadConstReturnValue:
                        s[sp++] = co.Consts[arg];
                        f.Lasti = instrIndex = ip++;
                        goto case Op.RETURN_VALUE;
                    case SuperInstructions.BinaryOpStoreFast:
                    {
                        var w = PopAt(s, --sp);
                        var result = BinaryOp(s[sp - 1]!, w, arg);
                        if (result is null) { exc = TakeJitPending(ts); goto Raise; }
                        s[--sp] = null;
                        ip += CacheBinaryOp;
                        s[code[ip++] >> 8] = result;
                        continue;
                    }

                    // --- locals, constants, names -------------------------------------------------
                    case Op.LOAD_FAST:
                    {
                        var v = s[arg];
                        if (v is null) { exc = UnboundLocal(co, arg); goto Raise; }
                        s[sp++] = v;
                        continue;
                    }
                    case Op.STORE_FAST:
                        s[arg] = s[--sp];
                        s[sp] = null;
                        continue;
                    case Op.DELETE_FAST:
                        if (s[arg] is null) { exc = UnboundLocal(co, arg); goto Raise; }
                        s[arg] = null;
                        continue;
                    case Op.LOAD_CONST:
                        s[sp++] = co.Consts[arg];
                        continue;
                    case Op.POP_TOP:
                        s[--sp] = null;
                        continue;
                    case Op.PUSH_NULL:
                        s[sp++] = null;
                        continue;
                    case Op.COPY:
                        s[sp] = s[sp - arg];
                        sp++;
                        continue;
                    case Op.SWAP:
                        (s[sp - 1], s[sp - arg]) = (s[sp - arg], s[sp - 1]);
                        continue;
                    case Op.LOAD_GLOBAL:
                    {
                        var v = LoadGlobalCached(f, ref co.GlobalCaches[code[ip]], co.Names[arg >> 1]);
                        if (v is null) { exc = NameNotDefined(co.Names[arg >> 1]); goto Raise; }
                        if ((arg & 1) != 0) s[sp++] = null;
                        s[sp++] = v;
                        ip += CacheLoadGlobal;
                        continue;
                    }
                    case Op.STORE_GLOBAL:
                        f.Globals.SetItem(co.Names[arg], s[--sp]!);
                        s[sp] = null;
                        continue;
                    case Op.DELETE_GLOBAL:
                        if (!f.Globals.DelItemStr(co.Names[arg])) { exc = NameNotDefined(co.Names[arg]); goto Raise; }
                        continue;
                    case Op.LOAD_NAME:
                    {
                        var name = co.Names[arg];
                        var v = LoadName(f, name);
                        if (v is null) { exc = NameNotDefined(name); goto Raise; }
                        s[sp++] = v;
                        continue;
                    }
                    case Op.STORE_NAME:
                    {
                        var v = PopAt(s, --sp);
                        StoreName(f, co.Names[arg], v);
                        continue;
                    }
                    case Op.DELETE_NAME:
                        if (!DeleteName(f, co.Names[arg])) { exc = NameNotDefined(co.Names[arg]); goto Raise; }
                        continue;
                    case Op.MAKE_CELL:
                        s[arg] = new PyCell(s[arg]);
                        continue;
                    case Op.COPY_FREE_VARS:
                    {
                        var closure = f.Function!.Closure!;
                        int offset = co.NLocalsPlus - arg;
                        for (int i = 0; i < arg; i++) s[offset + i] = closure[i];
                        continue;
                    }
                    case Op.LOAD_CLOSURE:
                        s[sp++] = s[arg];
                        continue;
                    case Op.LOAD_DEREF:
                    {
                        var v = ((PyCell)s[arg]!).Contents;
                        if (v is null) { exc = UnboundDeref(co, arg); goto Raise; }
                        s[sp++] = v;
                        continue;
                    }
                    case Op.LOAD_CLASSDEREF:
                    {
                        var name = co.LocalsPlusNames[arg];
                        PyObject? v = f.Locals is PyDict ld && ReferenceEquals(ld.Type, PyType.DictType)
                            ? ld.GetItemStr(name) : MappingGetOrNull(f.Locals!, name);
                        v ??= ((PyCell)s[arg]!).Contents;
                        if (v is null) { exc = UnboundDeref(co, arg); goto Raise; }
                        s[sp++] = v;
                        continue;
                    }
                    case Op.STORE_DEREF:
                        ((PyCell)s[arg]!).Contents = s[--sp];
                        s[sp] = null;
                        continue;
                    case Op.DELETE_DEREF:
                    {
                        var cell = (PyCell)s[arg]!;
                        if (cell.Contents is null) { exc = UnboundDeref(co, arg); goto Raise; }
                        cell.Contents = null;
                        continue;
                    }

                    // --- attributes and items ------------------------------------------------------
                    case Op.LOAD_ATTR:
                    {
                        var o = s[sp - 1]!;
                        if (LoadAttrCached(o, ref co.AttrCaches[code[ip]], co.Names[arg]) is not { } v) { exc = TakeJitPending(ts); goto Raise; }
                        s[sp - 1] = v;
                        ip += CacheLoadAttr;
                        continue;
                    }
                    case Op.STORE_ATTR:
                    {
                        var o = s[--sp]!;
                        var v = s[--sp]!;
                        s[sp] = s[sp + 1] = null;
                        StoreAttrCached(o, ref co.AttrCaches[code[ip]], co.Names[arg], v);
                        ip += CacheStoreAttr;
                        continue;
                    }
                    case Op.DELETE_ATTR:
                    {
                        var o = PopAt(s, --sp);
                        Ops.DelAttr(o, co.Names[arg]);
                        continue;
                    }
                    case Op.LOAD_METHOD:
                    {
                        var o = s[sp - 1]!;
                        var m = LoadMethodCached(o, ref co.AttrCaches[code[ip]], co.Names[arg], out var self);
                        if (m is null) { exc = TakeJitPending(ts); goto Raise; }
                        if (self is null) { s[sp - 1] = null; s[sp++] = m; }
                        else { s[sp - 1] = m; s[sp++] = self; }
                        ip += CacheLoadMethod;
                        continue;
                    }
                    case Op.BINARY_SUBSCR:
                    {
                        var key = PopAt(s, --sp);
                        var container = s[sp - 1]!;
                        if (GetItemOrPending(ts, container, key) is not { } item) { exc = TakeJitPending(ts); goto Raise; }
                        s[sp - 1] = item;
                        ip += CacheBinarySubscr;
                        continue;
                    }
                    case Op.STORE_SUBSCR:
                    {
                        var key = s[--sp]!;
                        var container = s[--sp]!;
                        var v = s[--sp]!;
                        s[sp] = s[sp + 1] = s[sp + 2] = null;
                        var ct = container.Type;
                        if (ReferenceEquals(ct, PyType.ListType) && ReferenceEquals(key.Type, PyType.IntType) && !Unsafe.As<PyInt>(key).IsBig
                            && Unsafe.As<PyList>(container) is var l
                            && (ulong)(Unsafe.As<PyInt>(key).Small < 0 ? Unsafe.As<PyInt>(key).Small + l.Count : Unsafe.As<PyInt>(key).Small) < (ulong)l.Count)
                            l[(int)(Unsafe.As<PyInt>(key).Small < 0 ? Unsafe.As<PyInt>(key).Small + l.Count : Unsafe.As<PyInt>(key).Small)] = v;
                        else if (ReferenceEquals(ct, PyType.DictType)) Unsafe.As<PyDict>(container).SetItem(key, v);
                        else Ops.SetItem(container, key, v);
                        ip += CacheStoreSubscr;
                        continue;
                    }
                    case Op.DELETE_SUBSCR:
                    {
                        var key = s[--sp]!;
                        var container = s[--sp]!;
                        s[sp] = s[sp + 1] = null;
                        if (!DeleteSubscrOrPending(container, key)) { exc = TakeJitPending(ts); goto Raise; }
                        continue;
                    }

                    // --- operators -----------------------------------------------------------------
                    case Op.BINARY_OP:
                    {
                        var w = PopAt(s, --sp);
                        var v = s[sp - 1]!;
                        if (BinaryOp(v, w, arg) is not { } r) { exc = TakeJitPending(ts); goto Raise; }
                        s[sp - 1] = r;
                        ip += CacheBinaryOp;
                        continue;
                    }
                    case Op.COMPARE_OP:
                    {
                        var w = PopAt(s, --sp);
                        var v = s[sp - 1]!;
                        s[sp - 1] = CompareFast(v, w, (CompareOp)arg);
                        ip += CacheCompare;
                        continue;
                    }
                    case Op.IS_OP:
                    {
                        var w = PopAt(s, --sp);
                        s[sp - 1] = PyBool.From(ReferenceEquals(s[sp - 1], w) != (arg == 1));
                        continue;
                    }
                    case Op.CONTAINS_OP:
                    {
                        var container = PopAt(s, --sp);
                        s[sp - 1] = PyBool.From(Ops.Contains(container, s[sp - 1]!) != (arg == 1));
                        continue;
                    }
                    case Op.UNARY_NOT:
                        s[sp - 1] = PyBool.From(!Ops.IsTrue(s[sp - 1]!));
                        continue;
                    case Op.UNARY_NEGATIVE:
                        s[sp - 1] = Ops.Negative(s[sp - 1]!);
                        continue;
                    case Op.UNARY_POSITIVE:
                        s[sp - 1] = Ops.Positive(s[sp - 1]!);
                        continue;
                    case Op.UNARY_INVERT:
                        s[sp - 1] = Ops.Invert(s[sp - 1]!);
                        continue;

                    // --- jumps -----------------------------------------------------------------------
                    case Op.JUMP_FORWARD:
                        ip += arg;
                        continue;
                    case Op.JUMP_BACKWARD:
                        ip -= arg;
                        if (EvalBreaker.Flags != 0 && (exc = HandleEvalBreaker(ts)) is not null) goto Raise;
                        if (--ts.BackEdgeCountdown == 0) goto Reenter;
                        if (++co.Warmth >= JitWarmth.Threshold)
                        {
                            op = OsrEntry;
                            goto Dispatch;
                        }
                        // The loop's FOR_ITER + STORE_FAST without going round the dispatch.
                        word = code[ip];
                        if (ts.TraceMask != 0) continue;
                        if ((word & 0xFF) == SuperInstructions.ForIterStoreFast)
                        {
                            f.Lasti = instrIndex = ip++;
                            arg = word >> 8;
                            goto case SuperInstructions.ForIterStoreFast;
                        }
                        if ((word & 0xFF) != SuperInstructions.ForIterUnpackPair) continue;
                        f.Lasti = instrIndex = ip++;
                        arg = word >> 8;
                        goto case SuperInstructions.ForIterUnpackPair;
                    case Op.JUMP_BACKWARD_NO_INTERRUPT:
                        ip -= arg;
                        continue;
                    case Op.POP_JUMP_FORWARD_IF_FALSE:
                    {
                        var v = PopAt(s, --sp);
                        if (!IsTrueFast(v)) ip += arg;
                        continue;
                    }
                    case Op.POP_JUMP_FORWARD_IF_TRUE:
                    {
                        var v = PopAt(s, --sp);
                        if (IsTrueFast(v)) ip += arg;
                        continue;
                    }
                    case Op.POP_JUMP_BACKWARD_IF_FALSE:
                    {
                        var v = PopAt(s, --sp);
                        if (!IsTrueFast(v))
                        {
                            ip -= arg;
                            goto BackEdge;
                        }
                        continue;
                    }
                    case Op.POP_JUMP_BACKWARD_IF_TRUE:
                    {
                        var v = PopAt(s, --sp);
                        if (IsTrueFast(v))
                        {
                            ip -= arg;
                            goto BackEdge;
                        }
                        continue;
                    }
                    case Op.POP_JUMP_FORWARD_IF_NONE:
                    {
                        var v = PopAt(s, --sp);
                        if (v is PyNone) ip += arg;
                        continue;
                    }
                    case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
                    {
                        var v = PopAt(s, --sp);
                        if (v is not PyNone) ip += arg;
                        continue;
                    }
                    case Op.POP_JUMP_BACKWARD_IF_NONE:
                    {
                        var v = PopAt(s, --sp);
                        if (v is PyNone)
                        {
                            ip -= arg;
                            goto BackEdge;
                        }
                        continue;
                    }
                    case Op.POP_JUMP_BACKWARD_IF_NOT_NONE:
                    {
                        var v = PopAt(s, --sp);
                        if (v is not PyNone)
                        {
                            ip -= arg;
                            goto BackEdge;
                        }
                        continue;
                    }
                    case Op.JUMP_IF_FALSE_OR_POP:
                        if (!IsTrueFast(s[sp - 1]!)) ip += arg;
                        else s[--sp] = null;
                        continue;
                    case Op.JUMP_IF_TRUE_OR_POP:
                        if (IsTrueFast(s[sp - 1]!)) ip += arg;
                        else s[--sp] = null;
                        continue;

                    // --- iteration ---------------------------------------------------------------------
                    case Op.GET_ITER:
                        s[sp - 1] = Ops.GetIter(s[sp - 1]!);
                        continue;
                    case Op.GET_YIELD_FROM_ITER:
                        s[sp - 1] = GetYieldFromIter(s[sp - 1]!, co.Flags);
                        continue;
                    case Op.FOR_ITER:
                    {
                        var it = s[sp - 1]!;
                        PyObject? next;
                        if (ReferenceEquals(it.Type, PyType.ListIteratorType)) next = Unsafe.As<ListIterator>(it).Next();
                        else if (it is RangeIterator ri) next = ri.Next();
                        else if (ReferenceEquals(it.Type, PyGenerator.GeneratorType)) next = Unsafe.As<PyGenerator>(it).NextOrNull(ts);
                        else next = Ops.Next(it);
                        if (next is not null) s[sp++] = next;
                        else
                        {
                            s[--sp] = null;
                            ip += arg;
                        }
                        continue;
                    }

                    // --- building ------------------------------------------------------------------------
                    case Op.BUILD_TUPLE:
                    {
                        var t = PyTuple.Create(s.Slice(sp - arg, arg)!);
                        sp = ClearStack(s, sp, arg);
                        s[sp++] = t;
                        continue;
                    }
                    case Op.BUILD_LIST:
                    {
                        if (arg == 0 && instrIndex == co.PresizedListAt) { s[sp++] = PyList.ForComprehension(s[0]); continue; }
                        var items = s.Slice(sp - arg, arg).ToArray();
                        sp = ClearStack(s, sp, arg);
                        s[sp++] = new PyList(items!);
                        continue;
                    }
                    case Op.BUILD_SET:
                    {
                        var set = new PySet();
                        for (int i = sp - arg; i < sp; i++) set.Add(s[i]!);
                        sp = ClearStack(s, sp, arg);
                        s[sp++] = set;
                        continue;
                    }
                    case Op.BUILD_MAP:
                    {
                        if (arg == 0 && instrIndex == co.PresizedDictAt) { s[sp++] = PyDict.ForComprehension(s[0]); continue; }
                        var d = new PyDict();
                        for (int i = sp - 2 * arg; i < sp; i += 2) d.SetItem(s[i]!, s[i + 1]!);
                        sp = ClearStack(s, sp, 2 * arg);
                        s[sp++] = d;
                        continue;
                    }
                    case Op.BUILD_CONST_KEY_MAP:
                    {
                        var keys = (PyTuple)s[--sp]!;
                        s[sp] = null;
                        var d = new PyDict();
                        for (int i = 0; i < arg; i++) d.SetItem(keys[i], s[sp - arg + i]!);
                        sp = ClearStack(s, sp, arg);
                        s[sp++] = d;
                        continue;
                    }
                    case Op.BUILD_STRING:
                    {
                        var r = ConcatStrings(s.Slice(sp - arg, arg)!);
                        sp = ClearStack(s, sp, arg);
                        s[sp++] = r;
                        continue;
                    }
                    case Op.BUILD_SLICE:
                    {
                        PyObject? step = arg == 3 ? s[--sp] : null;
                        var stop = s[--sp]!;
                        var start = s[sp - 1]!;
                        s[sp] = null;
                        if (step is not null) s[sp + 1] = null;
                        s[sp - 1] = new PySlice(start, stop, step ?? PyNone.Instance);
                        continue;
                    }
                    case Op.LIST_APPEND:
                    {
                        var v = PopAt(s, --sp);
                        ((PyList)s[sp - arg]!).Append(v);
                        continue;
                    }
                    case Op.SET_ADD:
                    {
                        var v = PopAt(s, --sp);
                        ((PySet)s[sp - arg]!).Add(v);
                        continue;
                    }
                    case Op.MAP_ADD:
                    {
                        var v = s[--sp]!;
                        var k = s[--sp]!;
                        s[sp] = s[sp + 1] = null;
                        ((PyDict)s[sp - arg]!).SetItem(k, v);
                        continue;
                    }
                    case Op.LIST_EXTEND:
                    {
                        var v = PopAt(s, --sp);
                        ListExtend((PyList)s[sp - arg]!, v);
                        continue;
                    }
                    case Op.SET_UPDATE:
                    {
                        var v = PopAt(s, --sp);
                        SetUpdate((PySet)s[sp - arg]!, v);
                        continue;
                    }
                    case Op.DICT_UPDATE:
                    {
                        var v = PopAt(s, --sp);
                        DictUpdate((PyDict)s[sp - arg]!, v);
                        continue;
                    }
                    case Op.DICT_MERGE:
                    {
                        var v = PopAt(s, --sp);
                        DictMerge((PyDict)s[sp - arg]!, v, s[sp - 2 - arg]!);
                        continue;
                    }
                    case Op.LIST_TO_TUPLE:
                        s[sp - 1] = PyTuple.Create(((PyList)s[sp - 1]!).AsSpan());
                        continue;
                    case Op.UNPACK_SEQUENCE:
                    {
                        var seq = PopAt(s, --sp);
                        UnpackSequence(seq, arg, s, sp);
                        sp += arg;
                        ip += CacheUnpack;
                        continue;
                    }
                    case Op.UNPACK_EX:
                    {
                        var seq = PopAt(s, --sp);
                        int before = arg & 0xFF, after = arg >> 8;
                        UnpackEx(seq, before, after, s, sp);
                        sp += before + 1 + after;
                        continue;
                    }
                    case Op.FORMAT_VALUE:
                    {
                        PyObject? spec = (arg & 4) != 0 ? s[--sp] : null;
                        if (spec is not null) s[sp] = null;
                        s[sp - 1] = FormatValue(s[sp - 1]!, spec, arg);
                        continue;
                    }
                    case Op.PRINT_EXPR:
                    {
                        var v = PopAt(s, --sp);
                        DisplayHook(v);
                        continue;
                    }

                    // --- calls and functions ---------------------------------------------------------
                    case Op.KW_NAMES:
                        f.KwNames = (PyTuple)co.Consts[arg];
                        continue;
                    case Op.PRECALL:
                        ip += CachePrecall;
                        // PRECALL + CALL in one dispatch (under tracing each is an instruction of its own).
                        if (ts.TraceMask != 0 || (code[ip] & 0xFF) != Op.CALL) continue;
                        f.Lasti = instrIndex = ip;
                        word = code[ip++];
                        arg = word >> 8;
                        goto case Op.CALL;
                    case Op.CALL:
                    {
                        ip += CacheCall;
                        var kwnames = f.KwNames;
                        f.KwNames = null;
                        int nargs = arg;
                        int baseIdx = sp - arg - 2;
                        PyObject callable;
                        int argStart;
                        if (s[baseIdx] is { } meth)
                        {
                            callable = meth;
                            argStart = baseIdx + 1;
                            nargs++;
                        }
                        else
                        {
                            callable = s[baseIdx + 1]!;
                            argStart = baseIdx + 2;
                            if (callable is PyMethod bm)
                            {
                                // PRECALL's bound-method unpacking: call the function with self prepended.
                                s[baseIdx] = callable = bm.Func;
                                s[baseIdx + 1] = bm.Self;
                                argStart = baseIdx + 1;
                                nargs++;
                            }
                        }
                        PyFrame nf;
                        if (callable is PyFunction pf && !pf.Code.IsGenerator)
                            nf = NewFrameForCall(pf, s.Slice(argStart, nargs)!, kwnames);
                        else if (InlinableClassCall(ts, callable) is { } ct)
                        {
                            // Instantiating a class: __new__ here, then its Python __init__ as a frame of this loop
                            // (type_call without a C# re-entry); RETURN_VALUE pushes the instance (PyFrame.InitSelf).
                            f.Sp = sp;
                            if (NewInstance(ct, s, argStart, nargs, kwnames, compiledInit: false) is not { } initFrame)
                            {
                                var obj = s[argStart - 1]!;
                                sp = ClearStack(s, sp, sp - baseIdx);
                                s[sp++] = obj;
                                continue;
                            }
                            nf = initFrame;
                        }
                        else goto CallObject;
                        {
                            sp = ClearStack(s, sp, sp - baseIdx);
                            f.Sp = sp;
                            if (nf.Code.Jit is { } jc && ts.TraceMask == 0)
                            {
                                // Compiled code runs the call on the .NET stack (see Interpreter.Jit.cs).
                                var r = RunCompiled(ts, nf, jc);
                                if (r is null) { exc = TakeJitPending(ts); goto Raise; }
                                s[sp++] = r;
                                if (EvalBreaker.Flags != 0 && (exc = HandleEvalBreaker(ts)) is not null) goto Raise;
                                continue;
                            }
                            nf.Back = f;
                            if (++ts.Depth > PythonRuntime.RecursionLimit)
                            {
                                ts.Depth--;
                                exc = PyErr.MakeRecursionError();
                                goto Raise;
                            }
                            ts.Frame = f = nf;
                            f.Executing = true;
                            co = f.Code;
                            code = co.Instructions;
                            s = f.Slots;
                            sp = f.Sp;
                            ip = 0;
                            // Straight into the callee's RESUME (the first instruction unless it makes cells).
                            word = code[0];
                            if ((word & 0xFF) != Op.RESUME || ts.TraceMask != 0) continue;
                            f.Lasti = instrIndex = 0;
                            ip = 1;
                            goto case Op.RESUME;
                        }
                    CallObject:
                        f.Sp = sp;
                        var result = ts.TraceMask == 0 ? CallOrPending(ts, callable, s.Slice(argStart, nargs)!, kwnames)
                            : CallProfiled(ts, f, callable, s.Slice(argStart, nargs)!, kwnames);
                        sp = ClearStack(s, sp, sp - baseIdx);
                        if (result is null) { exc = TakeJitPending(ts); goto Raise; }
                        s[sp++] = result;
                        // ceval.c checks the breaker after a call into C (a signal during a blocking call).
                        if (EvalBreaker.Flags != 0 && (exc = HandleEvalBreaker(ts)) is not null) goto Raise;
                        continue;
                    }
                    case Op.CALL_FUNCTION_EX:
                    {
                        int top = sp;
                        PyObject? kwargs = (arg & 1) != 0 ? s[--sp] : null;
                        var callargs = s[--sp]!;
                        var func = s[sp - 1]!;
                        s.Slice(sp, top - sp).Clear();
                        var result = CallFunctionExOrPending(ts, func, callargs, kwargs);
                        s[--sp] = null;
                        if (result is null) { exc = TakeJitPending(ts); goto Raise; }
                        s[sp - 1] = result;
                        if (EvalBreaker.Flags != 0 && (exc = HandleEvalBreaker(ts)) is not null) goto Raise;
                        continue;
                    }
                    case Op.MAKE_FUNCTION:
                    {
                        var fcode = PopAt(s, --sp);
                        PyObject? closure = (arg & 8) != 0 ? PopAt(s, --sp) : null;
                        PyObject? annotations = (arg & 4) != 0 ? PopAt(s, --sp) : null;
                        PyObject? kwDefaults = (arg & 2) != 0 ? PopAt(s, --sp) : null;
                        PyObject? defaults = (arg & 1) != 0 ? PopAt(s, --sp) : null;
                        s[sp++] = MakeFunction(f, fcode, arg, closure, annotations, kwDefaults, defaults);
                        continue;
                    }
                    case Op.RETURN_VALUE:
                    {
                        var v = PopAt(s, --sp);
                        f.Sp = sp;
                        if (ts.TraceMask != 0) TraceFunctionExit(ts, f, v);
                        if (f.IsEntry)
                        {
                            LeaveEntry(ts, f, completed: true);
                            return v;
                        }
                        var caller = f.Back!;
                        var initSelf = f.InitSelf;
                        FinishFrame(f);
                        ts.Depth--;
                        ts.Frame = f = caller;
                        co = f.Code;
                        code = co.Instructions;
                        s = f.Slots;
                        sp = f.Sp;
                        ip = f.Lasti + 1 + CacheCall;
                        if (initSelf is not null)
                        {
                            // The end of an inlined type_call: the instance is the call's result.
                            if (v is not PyNone)
                            {
                                instrIndex = f.Lasti;
                                exc = PyErr.Make(PyExc.TypeError, $"__init__() should return None, not '{v.Type.Name}'");
                                goto Raise;
                            }
                            v = initSelf;
                        }
                        s[sp++] = v;
                        continue;
                    }
                    case Op.LOAD_BUILD_CLASS:
                    {
                        var bc = f.Builtins.GetItemStr(PyStr.Intern("__build_class__"));
                        if (bc is null) { exc = PyErr.Make(PyExc.NameError, "__build_class__ not found"); goto Raise; }
                        s[sp++] = bc;
                        continue;
                    }
                    case Op.LOAD_ASSERTION_ERROR:
                        s[sp++] = PyExc.AssertionError;
                        continue;
                    case Op.SETUP_ANNOTATIONS:
                        SetupAnnotations(f);
                        continue;

                    // --- imports ---------------------------------------------------------------------------
                    case Op.IMPORT_NAME:
                    {
                        var fromlist = PopAt(s, --sp);
                        var level = s[sp - 1]!;
                        s[sp - 1] = Importer.ImportName(f, co.Names[arg], fromlist, level);
                        continue;
                    }
                    case Op.IMPORT_FROM:
                        s[sp] = Importer.ImportFrom(s[sp - 1]!, co.Names[arg]);
                        sp++;
                        continue;
                    case Op.IMPORT_STAR:
                    {
                        var module = PopAt(s, --sp);
                        Importer.ImportStar(f, module);
                        continue;
                    }

                    // --- exceptions -----------------------------------------------------------------------
                    case Op.RAISE_VARARGS:
                    {
                        PyObject? cause = arg == 2 ? s[--sp] : null;
                        PyObject? value = arg >= 1 ? s[--sp] : null;
                        if (arg >= 1) s[sp] = null;
                        if (arg == 2) s[sp + 1] = null;
                        if (arg == 0)
                        {
                            exc = ts.Handled;
                            if (exc is null) { exc = PyErr.Make(PyExc.RuntimeError, "No active exception to reraise"); goto Raise; }
                            reraise = true;
                            goto Raise;
                        }
                        exc = MakeRaise(value!, cause);
                        goto Raise;
                    }
                    case Op.RERAISE:
                    {
                        exc = (PyBaseException)s[--sp]!;
                        s[sp] = null;
                        if (arg != 0) f.Lasti = (int)((PyInt)s[sp - arg]!).Small;
                        reraise = true;
                        goto Raise;
                    }
                    case Op.PUSH_EXC_INFO:
                    {
                        var v = (PyBaseException)s[sp - 1]!;
                        s[sp - 1] = (PyObject?)ts.ExcState.Value ?? PyNone.Instance;
                        ts.ExcState.Value = v;
                        s[sp++] = v;
                        continue;
                    }
                    case Op.POP_EXCEPT:
                    {
                        var v = PopAt(s, --sp);
                        ts.ExcState.Value = v as PyBaseException;
                        continue;
                    }
                    case Op.CHECK_EXC_MATCH:
                        s[sp - 1] = CheckExcMatch(s[sp - 2]!, s[sp - 1]!);
                        continue;
                    case Op.CHECK_EG_MATCH:
                    {
                        var matchType = PopAt(s, --sp);
                        var excValue = s[sp - 1]!;
                        CheckExceptStarType(matchType);
                        ExceptionGroups.Match(excValue, matchType, out var match, out var rest);
                        if (match is null)
                        {
                            s[sp - 1] = rest ?? PyNone.Instance;
                            s[sp++] = PyNone.Instance;
                        }
                        else
                        {
                            s[sp - 1] = rest ?? PyNone.Instance;
                            s[sp++] = match;
                            // The handler runs with the matched group as the handled exception.
                            ts.ExcState.Value = match as PyBaseException;
                        }
                        continue;
                    }
                    case Op.PREP_RERAISE_STAR:
                    {
                        var excs = (PyList)s[--sp]!;
                        s[sp] = null;
                        s[sp - 1] = ExceptionGroups.PrepReraiseStar(s[sp - 1]!, excs);
                        continue;
                    }
                    case Op.WITH_EXCEPT_START:
                        s[sp] = WithExceptStart(s[sp - 4]!, s[sp - 1]!);
                        sp++;
                        continue;
                    case Op.BEFORE_WITH:
                    {
                        var entered = BeforeWith(s[sp - 1]!, out var exit);
                        s[sp - 1] = exit;
                        s[sp++] = entered;
                        continue;
                    }

                    // --- pattern matching ------------------------------------------------------------------
                    case Op.GET_LEN:
                        s[sp] = PyInt.FromLong(Ops.Len(s[sp - 1]!));
                        sp++;
                        continue;
                    case Op.MATCH_MAPPING:
                        s[sp] = PyBool.From(Matching.IsMapping(s[sp - 1]!));
                        sp++;
                        continue;
                    case Op.MATCH_SEQUENCE:
                        s[sp] = PyBool.From(Matching.IsSequence(s[sp - 1]!));
                        sp++;
                        continue;
                    case Op.MATCH_KEYS:
                        s[sp] = Matching.MatchKeys(s[sp - 2]!, s[sp - 1]!);
                        sp++;
                        continue;
                    case Op.MATCH_CLASS:
                    {
                        var names = (PyTuple)s[--sp]!;
                        var type = s[--sp]!;
                        s[sp] = s[sp + 1] = null;
                        var subject = s[sp - 1]!;
                        s[sp - 1] = Matching.MatchClass(subject, type, arg, names);
                        continue;
                    }

                    // --- generators and coroutines ---------------------------------------------------------
                    case Op.RETURN_GENERATOR:
                    {
                        // The frame becomes the generator's; the caller receives the generator object.
                        f.Sp = sp;
                        f.Lasti = ip - 1;
                        var gen = PyGenBase.Create(f);
                        if (f.IsEntry)
                        {
                            LeaveEntry(ts, f, completed: false);
                            f.IsEntry = false;
                            return gen;
                        }
                        var caller = f.Back!;
                        f.Back = null;
                        f.Executing = false;
                        ts.Depth--;
                        ts.Frame = f = caller;
                        co = f.Code;
                        code = co.Instructions;
                        s = f.Slots;
                        sp = f.Sp;
                        ip = f.Lasti + 1 + CacheCall;
                        s[sp++] = gen;
                        continue;
                    }
                    case Op.YIELD_VALUE:
                    {
                        // Only foreign co_code yields from a frame called inline: it would end its caller's run.
                        if (!f.IsEntry) throw PyErr.SystemError("YIELD_VALUE outside a generator");
                        var v = PopAt(s, --sp);
                        f.Sp = sp;
                        if (co.ExceptionTable.Length > 0 && co.FindHandlerIndex(instrIndex) >= 0) YieldInTry(f);
                        if (ts.TraceMask != 0) TraceFunctionExit(ts, f, v);
                        LeaveEntry(ts, f, completed: false);
                        return v;
                    }
                    case Op.SEND:
                    {
                        var v = PopAt(s, --sp);
                        var receiver = s[sp - 1]!;
                        var r = Generators.Send(ts, receiver, v, out bool returned);
                        if (returned)
                        {
                            s[sp - 1] = r;
                            ip += arg;
                        }
                        else s[sp++] = r;
                        continue;
                    }
                    case Op.ASYNC_GEN_WRAP:
                        s[sp - 1] = new PyAsyncGenWrappedValue(s[sp - 1]!);
                        continue;
                    case Op.GET_AWAITABLE:
                        s[sp - 1] = Generators.GetAwaitable(s[sp - 1]!, arg);
                        continue;
                    case Op.GET_AITER:
                        s[sp - 1] = Generators.GetAIter(s[sp - 1]!);
                        continue;
                    case Op.GET_ANEXT:
                        s[sp] = Generators.GetANext(s[sp - 1]!);
                        sp++;
                        continue;
                    case Op.BEFORE_ASYNC_WITH:
                    {
                        var mgr = s[sp - 1]!;
                        var enter = Ops.LookupSpecial(mgr, "__aenter__") ?? throw PyErr.TypeError(
                            $"'{mgr.Type.Name}' object does not support the asynchronous context manager protocol");
                        var exit = Ops.LookupSpecial(mgr, "__aexit__") ?? throw PyErr.TypeError(
                            $"'{mgr.Type.Name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
                        s[sp - 1] = exit;
                        var res = Ops.Call(enter, []);
                        s[sp++] = Generators.GetAwaitable(res, 1);
                        continue;
                    }
                    case Op.END_ASYNC_FOR:
                    {
                        var e = (PyBaseException)s[--sp]!;
                        s[sp] = null;
                        if (e.Type.IsSubtype(PyExc.StopAsyncIteration))
                        {
                            s[--sp] = null; // the async iterator
                            continue;
                        }
                        exc = e;
                        reraise = true;
                        goto Raise;
                    }
                    case OsrEntry:
                    {
                        // A hot loop (ip is its backward jump's target) moves to the code's compiled form.
                        if (ts.TraceMask != 0 || !JitCompiler.TryCompile(co) || co.Jit!.EntryFor(ip) < 0) continue;
                        f.Sp = sp;
                        f.ResumeAt = ip;
                        var r = co.Jit.Body(ts, f);
                        if (ReferenceEquals(r, JitDeopt))
                        {
                            sp = f.Sp;
                            ip = f.ResumeAt;
                            continue;
                        }
                        if (r is null)
                        {
                            // The exception left f (the compiled code added f's traceback entry).
                            exc = TakeJitPending(ts);
                            if (f.IsEntry)
                            {
                                LeaveEntry(ts, f, completed: true);
                                unhandled = exc;
                                return null;
                            }
                            var caller = f.Back!;
                            FinishFrame(f);
                            ts.Depth--;
                            ts.Frame = f = caller;
                            sp = f.Sp;
                            instrIndex = f.Lasti;
                            goto Raise;
                        }
                        if (f.Suspending)
                        {
                            // The compiled code yielded (f is a generator's frame, so the entry frame).
                            f.Suspending = false;
                            LeaveEntry(ts, f, completed: false);
                            return r;
                        }
                        sp = co.NLocalsPlus;
                        s[sp++] = r;
                        goto case Op.RETURN_VALUE;
                    }
                    default:
                        throw PyErr.SystemError($"unknown opcode {op}");
                }
            // A taken backward conditional jump (ceval.c's CHECK_EVAL_BREAKER in POP_JUMP_BACKWARD_IF_*): a
            // `while` loop whose test is at its end must let other threads and signal handlers run too.
            BackEdge:
                if (EvalBreaker.Flags != 0 && (exc = HandleEvalBreaker(ts)) is not null) goto Raise;
                if (--ts.BackEdgeCountdown == 0) goto Reenter;
                if (++co.Warmth >= JitWarmth.Threshold)
                {
                    op = OsrEntry;
                    goto Dispatch;
                }
            }
        Reenter:
            // Leave the loop and let Run enter it again: see ReenterInterval.
            ts.BackEdgeCountdown = ReenterInterval;
            f.Sp = sp;
            f.ResumeAt = ip;
            return ReenterMarker;
        Raise:
            // A raise in Python code: unwound here without a .NET throw.
            f.Sp = sp;
            // Copies, so that f and exc themselves are never passed by reference (see PopAt).
            var unwindFrame = f;
            var unwindExc = exc!;
            bool handled = Unwind(ts, ref unwindFrame, ref unwindExc, instrIndex, reraise);
            f = unwindFrame;
            exc = unwindExc;
            if (!handled)
            {
                LeaveEntry(ts, f, completed: true);
                unhandled = exc;
                return null;
            }
            reraise = false;
            co = f.Code;
            code = co.Instructions;
            s = f.Slots;
            sp = f.Sp;
            ip = f.ResumeAt;
        }
    }

    /// <summary>Leaves the entry frame of a Run call (return, yield or exception).</summary>
    private static void LeaveEntry(ThreadState ts, PyFrame f, bool completed)
    {
        ts.Depth--;
        ts.Frame = f.Back;
        f.Executing = false;
        if (completed)
        {
            f.Completed = true;
            if (!f.Escaped) ClearLocals(f);
            KeepOrDropBack(f);
        }
        else f.Back = null; // a suspended generator frame keeps no caller link (gi_frame.f_back is None)
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void FinishFrame(PyFrame f)
    {
        f.InitSelf = null;
        f.Executing = false;
        f.Completed = true;
        KeepOrDropBack(f);
        // Nothing can read the locals of a frame that didn't escape: drop them now, so that what they held
        // is garbage at once (a stale reference to the frame in the loop's registers must not keep it alive),
        // and keep the frame for the next call of its code.
        if (!f.Escaped)
        {
            ClearLocals(f);
            Recycle(f);
        }
    }

    /// <summary>Drops a returned frame's fast locals and value-stack slots (instructions that pop by moving
    /// <c>sp</c> leave their operands there, which would keep them alive until the code runs again). Null stores
    /// need no write barrier, and a loop beats Array.Clear's call for the few slots most functions have.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ClearLocals(PyFrame f)
    {
        var slots = f.Slots;
        int n = slots.Length;
        if (n > 8) Array.Clear(slots, 0, n);
        else for (int i = 0; i < n; i++) slots[i] = null;
    }

    /// <summary>A returned frame whose object escaped keeps its f_back, as take_ownership links it (and so the
    /// caller's frame object escapes too); any other drops the link.</summary>
    private static void KeepOrDropBack(PyFrame f)
    {
        if (f.Escaped) f.Back?.MarkEscaped();
        else f.Back = null;
    }

    private static PyBaseException TakeInterrupt()
    {
        PythonRuntime.InterruptPending = false;
        var e = PyErr.Make(PyExc.KeyboardInterrupt);
        if (ThreadState.Current.Handled is { } h) SetContext(e, h);
        return e;
    }

    // The stack helpers take the stack pointer by value and the caller assigns it: a `ref sp` anywhere in Execute
    // (even one call the JIT declines to inline) makes sp address-exposed, and then every instruction reads and
    // writes it in memory instead of a register. The same goes for f and exc (see Raise).

    /// <summary>Pops the value stack's top (the caller has already decremented sp to <paramref name="top"/>),
    /// clearing its slot (the frame must not keep it alive).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject PopAt(Span<PyObject?> s, int top)
    {
        var v = s[top]!;
        s[top] = null;
        return v;
    }

    /// <summary>Clears the top <paramref name="n"/> entries; returns the new stack pointer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ClearStack(Span<PyObject?> s, int sp, int n)
    {
        int newSp = sp - n;
        // A few null stores (no write barrier) beat Span.Clear's call for the usual handful of entries.
        if (n <= 8)
            for (int i = newSp; i < sp; i++) s[i] = null;
        else s.Slice(newSp, n).Clear();
        return newSp;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsTrueFast(PyObject v)
    {
        if (ReferenceEquals(v, PyBool.True)) return true;
        if (ReferenceEquals(v, PyBool.False) || ReferenceEquals(v, PyNone.Instance)) return false;
        return Ops.IsTrue(v);
    }
}
