using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.InteropServices;
using Krait.Compiler.Bytecode;

namespace Krait.Runtime;

/// <summary>Compiles a hot code object's bytecode to a .NET method (a DynamicMethod the runtime's JIT then compiles
/// to machine code), the eval loop's fast tier. The instructions become straight-line IL with real branches; the
/// value stack becomes IL locals (its depth at every instruction is known statically), so that operands stay in
/// machine registers instead of the frame's slot array; the fast locals stay in the frame's slots, where frame
/// introspection (f_locals, tracebacks, sys._getframe) finds them. Each instruction calls the same helpers the eval
/// loop does, so the two tiers can't disagree. Exceptions are dispatched through the code's exception table:
/// a raise (or a .NET exception from a helper, caught by the one try block around the body) looks up the handler
/// and re-enters the body at it. A frame moves from the eval loop to compiled code at a loop's backward jump, and
/// back (deoptimization) when a trace or profile function is set. Generator and coroutine code stays interpreted.
/// See docs/architecture.md, "Compiled code".</summary>
internal sealed partial class JitCompiler
{
    /// <summary>KRAIT_JIT_TRACE=1: each compile, and why a code object can't be compiled, on stderr.</summary>
    internal static readonly bool Trace = Environment.GetEnvironmentVariable("KRAIT_JIT_TRACE") == "1";

    /// <summary>Whether hot code is compiled on the compile thread (<see cref="JitCodeQueue"/>) while the eval loop
    /// goes on running it. Not with KRAIT_JIT_THRESHOLD=1 (the tests' "compile everything": each code object is
    /// compiled before its first run, deterministically), with KRAIT_JIT_SYNC=1, or on one processor.</summary>
    internal static readonly bool Background = JitWarmth.Threshold > 1 && Environment.GetEnvironmentVariable("KRAIT_JIT_SYNC") != "1"
        && Environment.ProcessorCount > 1;

    /// <summary>Whether <paramref name="code"/> has its compiled method (<see cref="PyCode.Jit"/>); asked when its
    /// warmth reaches the threshold. Compiles it now, or queues it for the compile thread and returns false until
    /// the method is installed. A code object that can't be compiled gets warmth int.MinValue (not tried again).</summary>
    internal static bool TryCompile(PyCode code)
    {
        if (code.Jit is not null) return true;
        if (code.Warmth == int.MinValue) return false;
        if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
        {
            // NativeAOT: no DynamicMethod. The code stays interpreted; the launcher learns the program has hot code.
            JitWarmth.SawHotCode = true;
            code.Warmth = int.MinValue;
            return false;
        }
        return Background ? JitCodeQueue.Poll(code) : CompileHere(code, null);
    }

    /// <summary>Compiles <paramref name="code"/> on the running (Python) thread and installs it; false (and warmth
    /// int.MinValue) when it can't be compiled. <paramref name="why"/>: said in the trace.</summary>
    internal static bool CompileHere(PyCode code, string? why)
    {
        JitCode? jc = null;
        long start = Trace ? System.Diagnostics.Stopwatch.GetTimestamp() : 0;
        try
        {
            jc = new JitCompiler(code).Compile();
        }
        catch (NotSupportedException e)
        {
            // An instruction compiled code doesn't handle (or inconsistent bytecode): the code stays interpreted.
            if (Trace) TraceLine($"jit: {Describe(code)} stays interpreted: {e.Message}");
        }
        if (jc is null)
        {
            code.Warmth = int.MinValue;
            return false;
        }
        // The time is the IL's; RyuJIT compiles the method at its first call, just after.
        if (Trace) TraceLine($"jit: compiled {Describe(code)} ({jc.ILSize} bytes of IL in {System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds:F1} ms)" +
            (why is null ? "" : $" on the running thread, {why}"));
        code.Jit = jc;
        return true;
    }

    /// <summary>The compile thread's compile (<see cref="JitCodeQueue"/>): the method with its machine code made
    /// (RyuJIT compiles a DynamicMethod at its first call, not in CreateDelegate: the body is called once with no
    /// frame, which returns at once), or null when the code can't be compiled. Runs no Python code.</summary>
    internal static JitCode? CompileOffThread(PyCode code)
    {
        try
        {
            var jc = new JitCompiler(code).Compile();
            jc.Body(null!, null!);
            return jc;
        }
        catch (Exception e)
        {
            // NotSupportedException: an instruction compiled code doesn't handle. Anything else is a bug in the
            // compiler, which must not take the process down from this thread: the code stays interpreted.
            if (Trace)
                TraceLine($"jit: {Describe(code)} stays interpreted: " + (e is NotSupportedException ? e.Message : e.ToString()));
            return null;
        }
    }

    internal static string Describe(PyCode code) => $"{code.QualName.Value} ({code.Filename.Value}:{code.FirstLineNo})";

    /// <summary>A trace line on stderr; a closed stderr mustn't end the compile thread (and the process with it).</summary>
    internal static void TraceLine(string line)
    {
        try { Console.Error.WriteLine(line); }
        catch (IOException) { }
    }

    private readonly PyCode _co;
    private readonly Instr[] _instrs;
    /// <summary>The instruction starting at each code unit (its EXTENDED_ARG prefix included), or -1.</summary>
    private readonly int[] _instrAt;
    private readonly int _nlp;
    private ILGenerator _il = null!;
    private LocalBuilder[] _stk = null!;
    private LocalBuilder _slots = null!, _sref = null!, _consts = null!, _names = null!, _gcaches = null!, _acaches = null!;
    private LocalBuilder _entry = null!, _exc = null!, _reraise = null!, _rindex = null!, _result = null!, _tmp = null!,
        _tmp2 = null!, _deopt = null!, _hidx = null!, _callFn = null!, _callCo = null!;
    private Label _raise, _ret;
    private Label[] _labels = null!;
    private readonly List<Action> _cold = [];

    /// <summary>One decoded instruction: <see cref="Start"/> is its first code unit (an EXTENDED_ARG prefix),
    /// <see cref="Index"/> the opcode's own (f_lasti), <see cref="Next"/> the following instruction's start.</summary>
    private struct Instr
    {
        public int Start, Index, Next, Op, Arg, Depth;
    }

    private JitCompiler(PyCode co)
    {
        _co = co;
        _nlp = co.NLocalsPlus;
        (_instrs, _instrAt) = Decode(co);
        ComputeDepths();
    }

    private static (Instr[], int[]) Decode(PyCode co)
    {
        var bytes = co.Code;
        int n = bytes.Length / 2;
        // Arrays rather than List<Instr>/Stack<int>/AsSpan<Instr>: the framework's generics over Krait's structs
        // are not precompiled (each method would be compiled by the JIT in every process that compiles code).
        var list = new Instr[n];
        int count = 0;
        var at = new int[n + 1];
        for (int k = 0; k < at.Length; k++) at[k] = -1; // Array.Fill's vectorised code isn't precompiled either
        int i = 0;
        while (i < n)
        {
            int start = i, arg = 0, op;
            while (true)
            {
                op = bytes[2 * i];
                arg = (arg << 8) | bytes[2 * i + 1];
                if (op != Op.EXTENDED_ARG) break;
                if (++i >= n) throw new NotSupportedException("EXTENDED_ARG at the end");
            }
            int next = i + 1 + OpcodeInfo.CacheCount(op);
            if (next > n || (co.Instructions[i] & 0xFF) == PyCode.InvalidOpcode) throw new NotSupportedException("bad code");
            at[start] = count;
            list[count++] = new Instr { Start = start, Index = i, Next = next, Op = op, Arg = arg, Depth = -1 };
            i = next;
        }
        var instrs = new Instr[count];
        Array.Copy(list, instrs, count);
        return (instrs, at);
    }

    /// <summary>The jump target of a relative jump instruction.</summary>
    private static int Target(in Instr ins) => ins.Op switch
    {
        Op.JUMP_BACKWARD or Op.JUMP_BACKWARD_NO_INTERRUPT or Op.POP_JUMP_BACKWARD_IF_FALSE or Op.POP_JUMP_BACKWARD_IF_TRUE
            or Op.POP_JUMP_BACKWARD_IF_NONE or Op.POP_JUMP_BACKWARD_IF_NOT_NONE => ins.Index + 1 - ins.Arg,
        _ => ins.Index + 1 + ins.Arg,
    };

    private static bool IsJump(int op) => op is Op.JUMP_FORWARD or Op.JUMP_BACKWARD or Op.JUMP_BACKWARD_NO_INTERRUPT
        or Op.POP_JUMP_FORWARD_IF_FALSE or Op.POP_JUMP_FORWARD_IF_TRUE or Op.POP_JUMP_BACKWARD_IF_FALSE
        or Op.POP_JUMP_BACKWARD_IF_TRUE or Op.POP_JUMP_FORWARD_IF_NONE or Op.POP_JUMP_FORWARD_IF_NOT_NONE
        or Op.POP_JUMP_BACKWARD_IF_NONE or Op.POP_JUMP_BACKWARD_IF_NOT_NONE or Op.JUMP_IF_FALSE_OR_POP
        or Op.JUMP_IF_TRUE_OR_POP or Op.FOR_ITER or Op.SEND;

    private static bool Ends(int op) => op is Op.JUMP_FORWARD or Op.JUMP_BACKWARD or Op.JUMP_BACKWARD_NO_INTERRUPT
        or Op.RETURN_VALUE or Op.RAISE_VARARGS or Op.RERAISE;

    private static bool IsBackward(int op) => op is Op.JUMP_BACKWARD or Op.JUMP_BACKWARD_NO_INTERRUPT
        or Op.POP_JUMP_BACKWARD_IF_FALSE or Op.POP_JUMP_BACKWARD_IF_TRUE or Op.POP_JUMP_BACKWARD_IF_NONE
        or Op.POP_JUMP_BACKWARD_IF_NOT_NONE;

    private int InstrAt(int unit)
    {
        if (unit < 0 || unit >= _instrAt.Length || _instrAt[unit] < 0) throw new NotSupportedException("jump into an instruction");
        return _instrAt[unit];
    }

    /// <summary>The value stack's depth at each reachable instruction (flow analysis, as the assembler's).</summary>
    private void ComputeDepths()
    {
        var work = new int[_instrs.Length]; // an instruction is pushed once, when its depth is first set
        int pending = 0;
        void Reach(int k, int depth)
        {
            if (depth < 0 || depth > _co.StackSize) throw new NotSupportedException("stack depth");
            ref var ins = ref _instrs[k];
            if (ins.Depth == depth) return;
            if (ins.Depth >= 0) throw new NotSupportedException("inconsistent stack depth");
            ins.Depth = depth;
            work[pending++] = k;
        }
        if (_instrs.Length == 0) throw new NotSupportedException("empty code");
        Reach(0, 0);
        while (pending > 0)
        {
            int k = work[--pending];
            var ins = _instrs[k];
            if (ins.Op is Op.PRECALL && (k + 1 >= _instrs.Length || _instrs[k + 1].Op != Op.CALL))
                throw new NotSupportedException("PRECALL without CALL");
            int d = ins.Depth;
            if (!Ends(ins.Op))
            {
                if (ins.Next >= _instrAt.Length - 1) throw new NotSupportedException("falls off the end");
                // A generator is resumed with the sent value pushed: after RETURN_GENERATOR there is one more entry.
                Reach(InstrAt(ins.Next), d + (ins.Op == Op.RETURN_GENERATOR ? 1 : StackEffect(ins, false)));
            }
            if (IsJump(ins.Op)) Reach(InstrAt(Target(ins)), d + StackEffect(ins, true));
            // The handler covering this instruction, entered with the stack cut to its depth plus lasti and exc.
            int h = _co.FindHandlerIndex(ins.Index);
            if (h >= 0)
            {
                var e = _co.ExceptionTable[h];
                Reach(InstrAt(e.Target), e.Depth + (e.Lasti ? 1 : 0) + 1);
            }
        }
    }

    /// <summary>Per instruction: whether control can reach it other than from the instruction before it (a jump, an
    /// exception handler, a generator's resumption after a yield). The fusions over runs of instructions
    /// (arithmetic trees, string builds) need their inner instructions entered only from their start.</summary>
    private bool[] EnteredFromElsewhere()
    {
        var targets = new bool[_instrs.Length];
        foreach (var ins in _instrs)
        {
            if (ins.Depth < 0) continue;
            if (IsJump(ins.Op)) targets[InstrAt(Target(ins))] = true;
            if (ins.Op is Op.RETURN_GENERATOR or Op.YIELD_VALUE && ins.Next < _instrAt.Length && _instrAt[ins.Next] >= 0)
                targets[_instrAt[ins.Next]] = true;
        }
        foreach (var e in _co.ExceptionTable) targets[InstrAt(e.Target)] = true;
        return targets;
    }

    private static int StackEffect(in Instr ins, bool jump) =>
        Krait.Compiler.CompilerInfo.StackEffect(ins.Op, ins.Arg, jump ? 1 : 0) ?? throw new NotSupportedException("opcode");

    /// <summary>The largest method compiled. .NET's JIT compiles a method of more than 60,000 bytes of IL without
    /// optimisation, and even below that its time grows faster than the size: re._parser._parse (68 KB of IL)
    /// took 232 ms to compile during `import asyncio`, for code that runs a few thousand times. Such a function
    /// stays in the eval loop. (A big function must also run longer before it is queued: JitWarmth.UnitWarmth.)
    /// 40,000 rather than 32,000: the benchmarks' `main`s of big_dict and dict_str compile to 31–32 KB, and a few
    /// more bytes for any new fused shape left them interpreted (2× slower) without a word.</summary>
    private static readonly int MaxIL = int.TryParse(Environment.GetEnvironmentVariable("KRAIT_JIT_MAXIL"), out var m) ? m : 40_000;

    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Compiling runs only where dynamic code is supported: TryCompile checks RuntimeFeature.IsDynamicCodeSupported (not under NativeAOT).")]
    private JitCode Compile()
    {
        // Entry points: the start, and every backward-jump target (where the eval loop hands over a loop).
        var entries = new List<int> { 0 };
        foreach (var ins in _instrs)
        {
            if (ins.Depth < 0) continue;
            if (IsBackward(ins.Op) && !entries.Contains(Target(ins))) entries.Add(Target(ins));
            // A generator resumes after its RETURN_GENERATOR and after each yield.
            if (ins.Op is Op.RETURN_GENERATOR or Op.YIELD_VALUE && !entries.Contains(ins.Next)) entries.Add(ins.Next);
        }
        var jc = new JitCode(_co, entries.ToArray());
        var dm = new DynamicMethod($"py:{_co.QualName.Value}", typeof(PyObject), [typeof(JitCode), typeof(ThreadState), typeof(PyFrame)],
            typeof(Interpreter), skipVisibility: true);
        _il = dm.GetILGenerator(64 + _instrs.Length * 24);
        DeclareLocals();
        var entered = EnteredFromElsewhere();
        FindArithTrees(entered);
        FindStringBuilds(entered);
        FindKwargsPassThrough(entered);
        EmitPrologue();
        var top = _il.DefineLabel();
        _il.MarkLabel(top);
        _il.BeginExceptionBlock();
        EmitEntrySwitch(entries);
        for (int k = 0; k < _instrs.Length; k++)
        {
            ref var ins = ref _instrs[k];
            _il.MarkLabel(_labels[_instrAt[ins.Start]]);
            if (ins.Depth < 0) continue;
            if (!_skipNext) EmitArithTree(k);
            EmitInstruction(ref ins);
        }
        // An instruction that falls off the end can't be reached (the analysis checked): nothing to emit after.
        foreach (var c in _cold) c();
        _il.BeginCatchBlock(typeof(Exception));
        _il.Emit(OpCodes.Call, M(nameof(Interpreter.JitCaught)));
        _il.Emit(OpCodes.Stloc, _exc);
        _il.Emit(OpCodes.Leave, _raise);
        _il.EndExceptionBlock();
        EmitRaise(entries.Count, top);
        _il.MarkLabel(_ret);
        _il.Emit(OpCodes.Ldloc, _result);
        _il.Emit(OpCodes.Ret);
        if (_il.ILOffset > MaxIL)
            throw new NotSupportedException($"{_il.ILOffset} bytes of IL (more than {MaxIL})");
        jc.ILSize = _il.ILOffset;
        jc.Body = (Func<ThreadState, PyFrame, PyObject?>)dm.CreateDelegate(typeof(Func<ThreadState, PyFrame, PyObject?>), jc);
        return jc;
    }

    private void DeclareLocals()
    {
        var il = _il;
        _slots = il.DeclareLocal(typeof(PyObject[]));
        _sref = il.DeclareLocal(typeof(PyObject).MakeByRefType());
        _consts = il.DeclareLocal(typeof(PyObject[]));
        _names = il.DeclareLocal(typeof(PyStr[]));
        _gcaches = il.DeclareLocal(typeof(GlobalCache[]));
        _acaches = il.DeclareLocal(typeof(AttrCache[]));
        _entry = il.DeclareLocal(typeof(int));
        _exc = il.DeclareLocal(typeof(PyBaseException));
        _reraise = il.DeclareLocal(typeof(bool));
        _rindex = il.DeclareLocal(typeof(int));
        _result = il.DeclareLocal(typeof(PyObject));
        _tmp = il.DeclareLocal(typeof(PyObject));
        _tmp2 = il.DeclareLocal(typeof(PyObject));
        _callFn = il.DeclareLocal(typeof(PyFunction));
        _callCo = il.DeclareLocal(typeof(PyCode));
        _deopt = il.DeclareLocal(typeof(bool));
        _hidx = il.DeclareLocal(typeof(int));
        _stk = new LocalBuilder[_co.StackSize];
        for (int i = 0; i < _stk.Length; i++) _stk[i] = il.DeclareLocal(typeof(PyObject));
        _labels = new Label[_instrs.Length];
        for (int i = 0; i < _labels.Length; i++) _labels[i] = il.DefineLabel();
        _raise = il.DefineLabel();
        _ret = il.DefineLabel();
    }

    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Compiling runs only where dynamic code is supported: TryCompile checks RuntimeFeature.IsDynamicCodeSupported (not under NativeAOT).")]
    private void EmitPrologue()
    {
        var il = _il;
        // No frame: the compile thread's call that makes RyuJIT compile the method (JitCodeQueue).
        var go = il.DefineLabel();
        il.Emit(OpCodes.Ldarg_2);
        il.Emit(OpCodes.Brtrue, go);
        il.Emit(OpCodes.Ldnull);
        il.Emit(OpCodes.Ret);
        il.MarkLabel(go);
        il.Emit(OpCodes.Ldarg_2);
        il.Emit(OpCodes.Ldfld, F<PyFrame>(nameof(PyFrame.Slots)));
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Stloc, _slots);
        il.Emit(OpCodes.Call, typeof(MemoryMarshal).GetMethod(nameof(MemoryMarshal.GetArrayDataReference), 1, [Type.MakeGenericMethodParameter(0).MakeArrayType()])!
            .MakeGenericMethod(typeof(PyObject)));
        il.Emit(OpCodes.Stloc, _sref);
        LoadCodeField(nameof(PyCode.Consts), _consts);
        LoadCodeField(nameof(PyCode.Names), _names);
        LoadCodeField(nameof(PyCode.GlobalCaches), _gcaches);
        LoadCodeField(nameof(PyCode.AttrCaches), _acaches);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_2);
        il.Emit(OpCodes.Ldfld, F<PyFrame>(nameof(PyFrame.ResumeAt)));
        il.Emit(OpCodes.Call, typeof(JitCode).GetMethod(nameof(JitCode.EntryFor))!);
        il.Emit(OpCodes.Stloc, _entry);
        il.Emit(OpCodes.Ldc_I4_M1);
        il.Emit(OpCodes.Stloc, _rindex);
    }

    private void LoadCodeField(string name, LocalBuilder into)
    {
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Ldfld, F<JitCode>(nameof(JitCode.Code)));
        _il.Emit(OpCodes.Ldfld, F<PyCode>(name));
        _il.Emit(OpCodes.Stloc, into);
    }

    /// <summary>The body's first instructions: jump to where the frame resumes (a loop handed over by the eval loop
    /// loads its value stack from the frame's slots), or to the handler an exception was dispatched to.</summary>
    private void EmitEntrySwitch(List<int> entries)
    {
        var il = _il;
        var table = new Label[entries.Count + _co.ExceptionTable.Length];
        var stubs = new Label[entries.Count];
        table[0] = _labels[0];
        for (int i = 1; i < entries.Count; i++) table[i] = stubs[i] = il.DefineLabel();
        for (int h = 0; h < _co.ExceptionTable.Length; h++) table[entries.Count + h] = _labels[InstrAt(_co.ExceptionTable[h].Target)];
        il.Emit(OpCodes.Ldloc, _entry);
        il.Emit(OpCodes.Switch, table);
        il.Emit(OpCodes.Br, _labels[0]);
        for (int i = 1; i < entries.Count; i++)
        {
            il.MarkLabel(stubs[i]);
            int k = InstrAt(entries[i]);
            int depth = _instrs[k].Depth;
            for (int j = 0; j < depth; j++)
            {
                LdSlot(_nlp + j);
                St(j);
                StSlotNull(_nlp + j);
            }
            il.Emit(OpCodes.Br, _labels[k]);
        }
    }

    /// <summary>After the body: find the handler of the exception in <c>exc</c>; push what it expects and enter
    /// the body there, or return null (the exception is pending).</summary>
    private void EmitRaise(int entryCount, Label top)
    {
        var il = _il;
        il.MarkLabel(_raise);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ldarg_2);
        il.Emit(OpCodes.Ldloca, _exc);
        il.Emit(OpCodes.Ldloc, _reraise);
        il.Emit(OpCodes.Ldloc, _rindex);
        il.Emit(OpCodes.Call, M(nameof(Interpreter.JitUnwind)));
        il.Emit(OpCodes.Stloc, _hidx);
        il.Emit(OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Stloc, _reraise);
        il.Emit(OpCodes.Ldc_I4_M1);
        il.Emit(OpCodes.Stloc, _rindex);
        var table = _co.ExceptionTable;
        var stubs = new Label[table.Length];
        for (int h = 0; h < table.Length; h++) stubs[h] = il.DefineLabel();
        il.Emit(OpCodes.Ldloc, _hidx);
        il.Emit(OpCodes.Switch, stubs);
        il.Emit(OpCodes.Ldnull);
        il.Emit(OpCodes.Ret);
        for (int h = 0; h < table.Length; h++)
        {
            il.MarkLabel(stubs[h]);
            var e = table[h];
            int d = e.Depth;
            if (e.Lasti)
            {
                il.Emit(OpCodes.Ldarg_2);
                il.Emit(OpCodes.Ldfld, F<PyFrame>(nameof(PyFrame.Lasti)));
                il.Emit(OpCodes.Conv_I8);
                il.Emit(OpCodes.Call, typeof(PyInt).GetMethod(nameof(PyInt.FromLong), [typeof(long)])!);
                St(d++);
            }
            il.Emit(OpCodes.Ldloc, _exc);
            St(d);
            il.Emit(OpCodes.Ldc_I4, entryCount + h);
            il.Emit(OpCodes.Stloc, _entry);
            il.Emit(OpCodes.Br, top);
        }
    }

    // --- reflection ----------------------------------------------------------------------------------------

    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;

    /// <summary>The Interpreter method <paramref name="name"/> (unique by name).</summary>
    private static MethodInfo M(string name) => M(typeof(Interpreter), name);

    private static MethodInfo M([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.NonPublicMethods)] Type t, string name) =>
        t.GetMethod(name, All) ?? throw new InvalidOperationException($"no method {t.Name}.{name}");

    private static MethodInfo M([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.NonPublicMethods)] Type t, string name, params Type[] args) =>
        t.GetMethod(name, All, args) ?? throw new InvalidOperationException($"no method {t.Name}.{name}");

    private static FieldInfo F<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.NonPublicFields)] T>(string name) =>
        typeof(T).GetField(name, All) ?? throw new InvalidOperationException($"no field {typeof(T).Name}.{name}");

    private static MethodInfo Getter<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.NonPublicProperties)] T>(string name) =>
        typeof(T).GetProperty(name, All)?.GetMethod ?? throw new InvalidOperationException($"no property {typeof(T).Name}.{name}");
}
