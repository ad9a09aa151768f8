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
    public readonly PyDict Globals, Builtins;
    /// <summary>The locals mapping of module, class and exec frames; null for optimized (function) frames.</summary>
    public PyObject? Locals;
    public PyFrame? Back;
    public readonly PyFunction? Function;
    public PyObject? Trace;
    public bool TraceLines = true, TraceOpcodes;
    /// <summary>The generator, coroutine or async generator that owns this frame, if any.</summary>
    internal PyGenBase? Generator;
    /// <summary>The kw-names tuple set by KW_NAMES for the next CALL.</summary>
    internal PyTuple? KwNames;
    /// <summary>Set while the frame runs on the eval loop; cleared when it returns or unwinds.</summary>
    internal bool Executing;
    /// <summary>True when the frame was entered from C# (its return leaves the eval loop).</summary>
    internal bool IsEntry;
    /// <summary>The frame returned or raised out and won't run again.</summary>
    internal bool Completed;

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
        TypeBuilder.GetSet(t, "f_back", o => (PyObject?)((PyFrame)o).Back ?? PyNone.Instance, null);
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
