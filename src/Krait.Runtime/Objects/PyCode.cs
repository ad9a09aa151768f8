using System.Numerics;
using Krait.Compiler.Bytecode;
using Krait.Syntax.Text;

namespace Krait.Runtime;

/// <summary>code: a compiled code object in CPython 3.11's format, with its constants and names as Python
/// objects and its exception table decoded for the VM (Objects/codeobject.c).</summary>
public sealed partial class PyCode : PyObject
{
    public static readonly PyType CodeType = PyType.NewBuiltin("code", PyType.ObjectType, 0, InitType);

    public readonly CodeObject Source;
    /// <summary>co_code: 3.11 code units (opcode, oparg), CACHE entries included.</summary>
    public readonly byte[] Code;
    /// <summary>co_code as 16-bit words (opcode | oparg &lt;&lt; 8), what the eval loop reads.</summary>
    internal readonly ushort[] Instructions;
    /// <summary>Returned, unreachable frames of this code kept for its next calls (Interpreter.Recycle): a stack
    /// linked through <see cref="PyFrame.NextSpare"/>, <see cref="SpareCount"/> deep.</summary>
    internal PyFrame? SpareFrame;
    internal int SpareCount;
    /// <summary>This code compiled to IL (Jit/JitCompiler.cs), once it ran hot; null before (or when it can't be).</summary>
    internal JitCode? Jit;
    /// <summary>Calls and backward jumps counted towards compiling (<see cref="JitWarmth.Threshold"/>);
    /// int.MinValue when the code can't be compiled.</summary>
    internal int Warmth;
    /// <summary>co_argcount when a call with exactly that many positional arguments needs no binding (no *args,
    /// **kwargs or keyword-only parameters) and runs a plain frame (not a generator or coroutine); else -1.
    /// Compiled code calls such a function directly (Interpreter.CallPlain*).</summary>
    internal readonly int PlainArgCount;
    public readonly PyObject[] Consts;
    public readonly PyStr[] Names;
    public readonly PyStr[] LocalsPlusNames;
    public readonly byte[] LocalsPlusKinds;
    public readonly int ArgCount, PosOnlyArgCount, KwOnlyArgCount, StackSize, Flags, FirstLineNo;
    public readonly int NLocalsPlus, NLocals, NCells, NFrees;
    public readonly PyStr Filename, Name, QualName;
    /// <summary>The decoded exception table: (start, end, target, depth, lasti) in code units.</summary>
    internal readonly ExceptionEntry[] ExceptionTable;
    /// <summary>The first instruction tracing sees (the first RESUME: the prologue before it isn't traced).</summary>
    internal readonly int FirstTraceable;

    private static void InitType(PyType t) => InitCodeType(t);

    public PyCode(CodeObject co) : this(co, null) { }

    /// <summary>A code object whose constants are already Python objects (marshal.loads builds them itself;
    /// <paramref name="co"/>'s own Consts are then not used).</summary>
    internal PyCode(CodeObject co, PyObject[]? consts) : base(CodeType)
    {
        Source = co;
        Code = co.Code;
        Instructions = new ushort[Code.Length / 2];
        for (int i = 0; i < Instructions.Length; i++) Instructions[i] = (ushort)(Code[2 * i] | (Code[2 * i + 1] << 8));
        Warmth = JitWarmth.InitialWarmth(Instructions.Length);
        if (consts is null)
        {
            consts = new PyObject[co.Consts.Length];
            for (int i = 0; i < consts.Length; i++) consts[i] = ConstToObject(co.Consts[i]);
        }
        Consts = consts;
        Names = InternAll(co.Names);
        LocalsPlusNames = InternAll(co.LocalsPlusNames);
        LocalsPlusKinds = co.LocalsPlusKinds;
        ArgCount = co.ArgCount;
        PosOnlyArgCount = co.PosOnlyArgCount;
        KwOnlyArgCount = co.KwOnlyArgCount;
        StackSize = co.StackSize;
        Flags = co.Flags;
        FirstLineNo = co.FirstLineNo;
        NLocalsPlus = LocalsPlusNames.Length;
        foreach (var k in LocalsPlusKinds)
        {
            if ((k & CodeObject.FastLocal) != 0) NLocals++;
            if ((k & CodeObject.FastCell) != 0) NCells++;
            if ((k & CodeObject.FastFree) != 0) NFrees++;
        }
        Filename = new PyStr(co.Filename);
        Name = PyStr.Intern(co.Name);
        QualName = new PyStr(co.QualName);
        ExceptionTable = DecodeExceptionTable(co.ExceptionTable);
        RejectUnknownOpcodes(Instructions);
        PresizedListAt = FindOneLoopComprehension(Instructions, Op.BUILD_LIST, Op.LIST_APPEND, keyIsTarget: false);
        PresizedDictAt = FindOneLoopComprehension(Instructions, Op.BUILD_MAP, Op.MAP_ADD, keyIsTarget: true);
        (GlobalCaches, AttrCaches) = AssignInlineCaches(Instructions);
        SuperInstructions.Quicken(Instructions);
        PlainArgCount = (Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) == 0 && KwOnlyArgCount == 0 && !IsGenerator ? ArgCount : -1;
        FirstTraceable = -1;
        for (int i = 0; i < Instructions.Length; i++)
            if ((Instructions[i] & 0xFF) == Op.RESUME) { FirstTraceable = i; break; }
    }

    /// <summary>An opcode CPython 3.11 does not define and Krait uses for none of its own: the eval loop raises
    /// SystemError for it.</summary>
    internal const int InvalidOpcode = 254;

    private static readonly bool[] s_definedOpcodes = BuildDefinedOpcodes();

    private static bool[] BuildDefinedOpcodes()
    {
        var t = new bool[256];
        for (int i = 0; i < 256; i++) t[i] = !OpcodeInfo.Name(i).StartsWith('<');
        return t;
    }

    /// <summary>co_code from code(), code.replace() or a .pyc need not come from the compiler: an opcode that
    /// 3.11 does not define could be one of Krait's superinstructions or DO_TRACING, which read past the
    /// instruction or loop; such an instruction becomes <see cref="InvalidOpcode"/> (CPython 3.11 would
    /// crash on it).</summary>
    private static void RejectUnknownOpcodes(ushort[] code)
    {
        for (int i = 0; i < code.Length; i++)
        {
            int op = code[i] & 0xFF;
            if (!s_definedOpcodes[op]) code[i] = (ushort)((code[i] & 0xFF00) | InvalidOpcode);
            else i += OpcodeInfo.CacheCount(op);
        }
    }

    public bool IsGenerator => (Flags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator | CodeFlags.IterableCoroutine)) != 0;
    public bool HasVarArgs => (Flags & CodeFlags.VarArgs) != 0;
    public bool HasVarKeywords => (Flags & CodeFlags.VarKeywords) != 0;
    /// <summary>Arguments including kw-only, *args and **kwargs slots.</summary>
    public int TotalArgs => ArgCount + KwOnlyArgCount + (HasVarArgs ? 1 : 0) + (HasVarKeywords ? 1 : 0);

    private static PyStr[] InternAll(string[] names)
    {
        var r = new PyStr[names.Length];
        for (int i = 0; i < names.Length; i++) r[i] = PyStr.Intern(names[i]);
        return r;
    }

    /// <summary>A compiler constant as a Python object (see <see cref="CodeObject.Consts"/> for the kinds).</summary>
    internal static PyObject ConstToObject(object? c) => c switch
    {
        null => PyNone.Instance,
        bool b => PyBool.From(b),
        BigInteger i => PyInt.FromBig(i),
        double d => new PyFloat(d),
        Complex z => new PyComplex(z.Real, z.Imaginary),
        string s => IsInternable(s) ? PyStr.Intern(s) : new PyStr(s),
        CodePointString cps => PyStr.FromCodePoints(cps.CodePoints),
        byte[] bytes => new PyBytes(bytes),
        Krait.Syntax.Ast.EllipsisValue => PyEllipsis.Instance,
        ConstTuple t => TupleOf(t.Items),
        ConstFrozenSet fs => PyFrozenSet.FromItems(ConstsToObjects(fs.Items)),
        CodeObject co => new PyCode(co),
        _ => throw new InvalidOperationException($"unknown constant kind {c.GetType().Name}"),
    };

    private static PyObject[] ConstsToObjects(IReadOnlyList<object?> items)
    {
        var r = new PyObject[items.Count];
        for (int i = 0; i < r.Length; i++) r[i] = ConstToObject(items[i]);
        return r;
    }

    private static PyTuple TupleOf(IReadOnlyList<object?> items) => items.Count == 0 ? PyTuple.Empty : PyTuple.Create(ConstsToObjects(items));

    /// <summary>CPython interns constant strings made only of name characters (intern_string_constants).</summary>
    private static bool IsInternable(string s)
    {
        foreach (char ch in s)
            if (!(char.IsAsciiLetterOrDigit(ch) || ch == '_')) return false;
        return true;
    }

    /// <summary>The entries of co_exceptiontable. One that does not fit the code — only foreign or corrupt tables
    /// have such: a range or target outside co_code, a handler depth the value stack can't hold, a truncated
    /// entry — is dropped, so that unwinding never indexes outside the frame.</summary>
    private ExceptionEntry[] DecodeExceptionTable(byte[] t)
    {
        if (t.Length == 0) return s_noExceptionEntries;
        // An array, not a List<ExceptionEntry> (a framework generic over a struct of ours is compiled by the JIT
        // at start-up); every entry takes at least four bytes.
        var list = new ExceptionEntry[t.Length / 4];
        int count = 0;
        int p = 0, units = Instructions.Length;
        while (p < t.Length)
        {
            if (!TryReadExceptionVarint(t, ref p, out int start) || !TryReadExceptionVarint(t, ref p, out int length)
                || !TryReadExceptionVarint(t, ref p, out int target) || !TryReadExceptionVarint(t, ref p, out int dl))
                break;
            int depth = dl >> 1;
            bool lasti = (dl & 1) != 0;
            if ((long)start + length > units || target >= units || depth + (lasti ? 2 : 1) > StackSize) continue;
            list[count++] = new ExceptionEntry(start, start + length, target, depth, lasti);
        }
        if (count == 0) return s_noExceptionEntries;
        if (count == list.Length) return list;
        var exact = new ExceptionEntry[count];
        Array.Copy(list, exact, count);
        return exact;
    }

    private static readonly ExceptionEntry[] s_noExceptionEntries = new ExceptionEntry[0];

    private static bool TryReadExceptionVarint(byte[] t, ref int p, out int val)
    {
        val = 0;
        if (p >= t.Length) return false;
        int b = t[p++];
        val = b & 63;
        while ((b & 64) != 0)
        {
            if (p >= t.Length || val > (int.MaxValue >> 6)) return false;
            b = t[p++];
            val = (val << 6) | (b & 63);
        }
        return true;
    }

    /// <summary>The handler covering code unit <paramref name="index"/>, or null.</summary>
    internal ExceptionEntry? FindHandler(int index)
    {
        int i = FindHandlerIndex(index);
        return i >= 0 ? ExceptionTable[i] : null;
    }

    /// <summary>The index in <see cref="ExceptionTable"/> of the handler covering code unit <paramref name="index"/>,
    /// or -1.</summary>
    internal int FindHandlerIndex(int index)
    {
        // Entries are sorted by start and don't overlap.
        int lo = 0, hi = ExceptionTable.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            var e = ExceptionTable[mid];
            if (index < e.Start) hi = mid - 1;
            else if (index >= e.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }
}

internal readonly record struct ExceptionEntry(int Start, int End, int Target, int Depth, bool Lasti);
