namespace Krait.Runtime;

/// <summary>frame: one activation of a code object. The fast locals (localsplus: locals, cells, free
/// variables) and the value stack share one array, as in CPython's _PyInterpreterFrame.</summary>
public sealed partial class PyFrame : PyObject
{
    public static readonly PyType FrameType = PyType.NewBuiltin("frame", PyType.ObjectType, 0, InitType);

    public readonly PyCode Code;
    /// <summary>localsplus (Code.NLocalsPlus entries) followed by the value stack.</summary>
    public readonly PyObject?[] Slots;
    /// <summary>Index in <see cref="Slots"/> of the first free stack entry.</summary>
    public int Sp;
    /// <summary>Code-unit index of the instruction executing (or last executed); -1 before the first.</summary>
    public int Lasti = -1;
    /// <summary>Where the eval loop continues this frame (after a handler was found, or a resume).</summary>
    internal int ResumeAt;
    public PyDict Globals, Builtins;
    /// <summary>The locals mapping of module, class and exec frames; null for optimized (function) frames.</summary>
    public PyObject? Locals;
    public PyFrame? Back;
    public PyFunction? Function;
    public PyObject? Trace;
    public bool TraceLines = true, TraceOpcodes;
    /// <summary>The instruction traced last in this frame (DO_TRACING's instr_prev), -1 before the first.</summary>
    internal int TracePrev = -1;
    /// <summary>The generator, coroutine or async generator that owns this frame, if any.</summary>
    internal PyGenBase? Generator;
    /// <summary>The kw-names tuple set by KW_NAMES for the next CALL.</summary>
    internal PyTuple? KwNames;
    /// <summary>Set on the frame of an __init__ the eval loop runs for a class call: the instance, which its
    /// return hands to the caller instead of __init__'s None.</summary>
    internal PyObject? InitSelf;
    /// <summary>Set by compiled code that yields (its result is then a yielded value, not the frame's return).</summary>
    internal bool Suspending;
    /// <summary>Set while the frame runs on the eval loop; cleared when it returns or unwinds.</summary>
    internal bool Executing;
    /// <summary>True when the frame was entered from C# (its return leaves the eval loop).</summary>
    internal bool IsEntry;
    /// <summary>The frame returned or raised out and won't run again.</summary>
    internal bool Completed;
    /// <summary>A reference to the frame object reached Python code (a traceback, sys._getframe, f_back, a
    /// trace hook): its locals must outlive its return, so they are not cleared then.</summary>
    internal bool Escaped;
    /// <summary>The next frame on its code's stack of spare frames (<see cref="PyCode.SpareFrame"/>).</summary>
    internal PyFrame? NextSpare;
    /// <summary>The frame is on its code's spare stack (so it is never pushed twice).</summary>
    internal bool IsSpare;

    public PyFrame(PyCode code, PyDict globals, PyDict builtins, PyObject? locals, PyFunction? function) : base(FrameType)
    {
        Code = code;
        Slots = new PyObject?[code.NLocalsPlus + code.StackSize];
        Sp = code.NLocalsPlus;
        Globals = globals;
        Builtins = builtins;
        Locals = locals;
        Function = function;
    }

    /// <summary>Makes a returned frame of this code (<see cref="PyCode.SpareFrame"/>) the frame of a new call of
    /// <paramref name="func"/>: its locals were cleared and its stack popped when it returned, and no reference to
    /// it escaped, so only the bookkeeping fields need resetting. References are stored only when they differ
    /// (each store is a GC write barrier).</summary>
    internal void Reuse(PyFunction func)
    {
        if (!ReferenceEquals(Function, func))
        {
            Function = func;
            if (!ReferenceEquals(Globals, func.Globals)) Globals = func.Globals;
            if (!ReferenceEquals(Builtins, func.Builtins)) Builtins = func.Builtins;
        }
        Sp = Code.NLocalsPlus;
        Lasti = -1;
        ResumeAt = 0;
        Locals = null;
        Trace = null;
        TraceLines = true;
        TraceOpcodes = false;
        TracePrev = -1;
        KwNames = null;
        IsEntry = false;
        Completed = false;
    }

    internal PyFrame MarkEscaped()
    {
        Escaped = true;
        return this;
    }

    /// <summary>f_lineno: the line of the current instruction (the first line before it starts).</summary>
    public int LineNo => Lasti < 0 ? Code.FirstLineNo : Code.LineForInstruction(Lasti);

    /// <summary>f_locals: the locals mapping, refreshed from the fast locals for function frames
    /// (PyFrame_FastToLocalsWithError).</summary>
    public PyObject GetLocals()
    {
        if ((Code.Flags & Krait.Compiler.Bytecode.CodeFlags.Optimized) == 0 && Locals is not null) return Locals;
        var d = Locals as PyDict ?? new PyDict();
        Locals = d;
        var co = Code;
        for (int i = 0; i < co.NLocalsPlus; i++)
        {
            byte kind = co.LocalsPlusKinds[i];
            var v = Slots[i];
            if ((kind & Krait.Compiler.Bytecode.CodeObject.FastFree) != 0 && (co.Flags & Krait.Compiler.Bytecode.CodeFlags.Optimized) == 0)
                continue; // class bodies don't show their free variables
            if ((kind & (Krait.Compiler.Bytecode.CodeObject.FastCell | Krait.Compiler.Bytecode.CodeObject.FastFree)) != 0 && v is PyCell c)
                v = c.Contents;
            if (v is null) d.DelItemStr(co.LocalsPlusNames[i]);
            else d.SetItem(co.LocalsPlusNames[i], v);
        }
        return d;
    }

    private static void InitType(PyType t)
    {
        t.Repr = o =>
        {
            var f = (PyFrame)o;
            return new PyStr($"<frame at 0x{Ops.Id(f):x}, file {PyStr.ReprOf(f.Code.Filename.Value).Value}, line {f.LineNo}, code {f.Code.Name.Value}>");
        };
        TypeBuilder.GetSet(t, "f_code", o => ((PyFrame)o).Code, null);
        TypeBuilder.GetSet(t, "f_lineno", o => PyInt.FromLong(((PyFrame)o).LineNo), null);
        TypeBuilder.GetSet(t, "f_lasti", o => PyInt.FromLong(Math.Max(((PyFrame)o).Lasti, 0) * 2), null);
        TypeBuilder.GetSet(t, "f_globals", o => ((PyFrame)o).Globals, null);
        TypeBuilder.GetSet(t, "f_builtins", o => ((PyFrame)o).Builtins, null);
        TypeBuilder.GetSet(t, "f_locals", o => ((PyFrame)o).GetLocals(), null);
        TypeBuilder.GetSet(t, "f_back", o => ((PyFrame)o).Back is { } b ? b.MarkEscaped() : PyNone.Instance, null);
        TypeBuilder.GetSet(t, "f_trace", o => ((PyFrame)o).Trace ?? PyNone.Instance, (o, v) => ((PyFrame)o).Trace = v is null or PyNone ? null : v);
        TypeBuilder.GetSet(t, "f_trace_lines", o => PyBool.From(((PyFrame)o).TraceLines), (o, v) => ((PyFrame)o).TraceLines = v is not null && Ops.IsTrue(v));
        TypeBuilder.GetSet(t, "f_trace_opcodes", o => PyBool.From(((PyFrame)o).TraceOpcodes), (o, v) => ((PyFrame)o).TraceOpcodes = v is not null && Ops.IsTrue(v));
        TypeBuilder.Method(t, "clear", (self, args, kw) =>
        {
            var f = (PyFrame)self!;
            if (f.Executing) throw PyErr.RuntimeError("cannot clear an executing frame");
            if (f.Generator is { } g) g.Close();
            Array.Clear(f.Slots);
            f.Locals = null;
            return PyNone.Instance;
        });
    }
}
