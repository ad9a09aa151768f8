using System.Runtime.CompilerServices;
using System.Text;
using Krait.Compiler.Bytecode;

namespace Krait.Runtime;

// Calling Python functions: argument binding (ceval.c initialize_locals) and frame creation.
internal static partial class Interpreter
{
    /// <summary>The function object's call slot: binds the arguments and runs the code (returns the generator
    /// object for generator functions).</summary>
    public static PyObject CallFunction(PyFunction func, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var frame = NewFrameForCall(func, args, kwnames);
        var ts = ThreadState.Current;
        if (func.Code.IsGenerator)
        {
            if (StartGenerator(ts, frame) is { } gen) return gen;
        }
        else if (frame.Code.Jit is { } jc && ts.TraceMask == 0)
            return RunCompiled(ts, frame, jc) ?? throw new PythonException(TakeJitPending(ts));
        var result = Run(frame);
        if (!func.Code.IsGenerator) Recycle(frame);
        return result;
    }

    /// <summary>The generator object of a generator function's new frame, made as the frame's first instruction,
    /// RETURN_GENERATOR, would make it (after a COPY_FREE_VARS), without entering the eval loop for that one
    /// instruction (the loop's entry, its 1.3 KB of zeroed spill slots and its exception handling were most of the
    /// cost of creating a generator expression). Null when the code starts otherwise (cells to make), when tracing
    /// (the eval loop reports its events) or at the recursion limit (entering the frame raises RecursionError).</summary>
    private static PyGenBase? StartGenerator(ThreadState ts, PyFrame frame)
    {
        var co = frame.Code;
        var code = co.Instructions;
        int at = 0;
        if (ts.TraceMask != 0 || ts.Depth >= PythonRuntime.RecursionLimit) return null;
        if ((code[0] & 0xFF) == Op.COPY_FREE_VARS)
        {
            if (code.Length < 2 || (code[1] & 0xFF) != Op.RETURN_GENERATOR) return null;
            CopyFreeVars(frame, code[0] >> 8);
            at = 1;
        }
        else if ((code[0] & 0xFF) != Op.RETURN_GENERATOR) return null;
        frame.Lasti = at;
        return PyGenBase.Create(frame);
    }

    /// <summary>A new frame for <paramref name="func"/> with its arguments bound; raises CPython's TypeErrors.</summary>
    internal static PyFrame NewFrameForCall(PyFunction func, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var co = func.Code;
        var frame = WarmFrame(func, co);
        Span<PyObject?> s = frame.Slots;
        int kwcount = kwnames?.Count ?? 0;
        int n = args.Length - kwcount;
        int argcount = co.ArgCount;
        // Fast path: exact positional call of a plain function.
        if (kwcount == 0 && n == argcount && (co.Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) == 0 && co.KwOnlyArgCount == 0)
        {
            for (int i = 0; i < n; i++) s[i] = args[i];
            return frame;
        }
        BindArguments(func, s, args[..n], kwnames is null ? default : kwnames.AsSpan(), args[n..]);
        return frame;
    }

    /// <summary><see cref="NewFrameForCall(PyFunction, ReadOnlySpan{PyObject}, PyTuple?)"/> for arguments whose
    /// keywords come as separate spans of names and values (CALL_FUNCTION_EX's dictionary).</summary>
    internal static PyFrame NewFrameForCall(PyFunction func, ReadOnlySpan<PyObject> positional, ReadOnlySpan<PyObject> kwnames, ReadOnlySpan<PyObject> kwvalues)
    {
        var frame = WarmFrame(func, func.Code);
        BindArguments(func, frame.Slots, positional, kwnames, kwvalues);
        return frame;
    }

    /// <summary>A call's frame (<see cref="TakeFrame"/>), counting the call towards compiling the code.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyFrame WarmFrame(PyFunction func, PyCode co)
    {
        CountRun(co);
        return TakeFrame(func, co);
    }

    /// <summary>Counts a run of <paramref name="co"/> that doesn't go through a backward jump of the eval loop (a call,
    /// a generator's resume in the eval loop) towards compiling it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CountRun(PyCode co)
    {
        if (++co.Warmth == JitWarmth.Threshold) JitCompiler.TryCompile(co);
    }

    /// <summary>A frame for a call of <paramref name="func"/> (whose code is <paramref name="co"/>): the code's spare
    /// frame when it has one, else a new one; its fast locals are empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyFrame TakeFrame(PyFunction func, PyCode co)
    {
        var frame = co.SpareFrame;
        if (frame is null) return new PyFrame(co, func.Globals, func.Builtins, null, func);
        co.SpareFrame = frame.NextSpare;
        co.SpareCount--;
        frame.NextSpare = null;
        frame.IsSpare = false;
        frame.Reuse(func);
        return frame;
    }

    /// <summary>The class when <paramref name="callable"/> is one whose call both tiers run themselves (the
    /// metatype's __call__ is type's own, nothing traces): see <see cref="NewInstance"/>. int, float and str are left
    /// to <see cref="CallOrPending"/> (int(str) and float(str) raise their ValueError without a .NET throw; str(i) of
    /// a machine-word int and str(s) of an exact str are answered there directly).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyType? InlinableClassCall(ThreadState ts, PyObject callable) =>
        callable is PyType ct && ReferenceEquals(ct.Type.Call, PyType.DefaultTypeCall) && ts.TraceMask == 0
            && !ReferenceEquals(ct, PyType.TypeType) && !ReferenceEquals(ct, PyType.IntType)
            && !ReferenceEquals(ct, PyType.FloatType) && !ReferenceEquals(ct, PyType.StrType) ? ct : null;

    /// <summary>type_call for a call whose arguments are <paramref name="s"/>[argStart, argStart + nargs): __new__, whose
    /// instance goes to the callable's slot just below the arguments, then the frame of the Python __init__ (that
    /// slot its self, the instance its result through PyFrame.InitSelf) — or null when the instance is complete:
    /// __init__ isn't a plain Python function (or, with <paramref name="compiledInit"/>, isn't compiled) and ran
    /// through the init slot. The instance is handed back in the slot, not in an out parameter: a local whose
    /// address is taken stays reported live for the whole eval loop and would keep the instance from being freed.</summary>
    internal static PyFrame? NewInstance(PyType ct, Span<PyObject?> s, int argStart, int nargs, PyTuple? kwnames, bool compiledInit)
    {
        ReadOnlySpan<PyObject> args = s.Slice(argStart, nargs)!;
        var obj = PyType.NewForCall(ct, args, kwnames);
        s[argStart - 1] = obj;
        if (InlineInit(obj, ct) is not { } init || (compiledInit && init.Code.Jit is null))
        {
            if (obj.Type.IsSubtype(ct)) obj.Type.Init?.Invoke(obj, args, kwnames);
            return null;
        }
        var nf = NewFrameForCall(init, s.Slice(argStart - 1, nargs + 1)!, kwnames);
        nf.InitSelf = obj;
        return nf;
    }

    /// <summary>The Python <c>__init__</c> that a class call may run as a frame of the eval loop: <paramref name="obj"/> is
    /// an instance of <paramref name="type"/> whose type's __init__ slot calls a plain (non-generator) Python function.
    /// Null: run the __init__ slot the usual way (or none, when __new__ returned something else).</summary>
    private static PyFunction? InlineInit(PyObject obj, PyType type)
    {
        var t = obj.Type;
        if (!ReferenceEquals(t.Init, SlotStubs.Init) || !t.IsSubtype(type)) return null;
        return t.Lookup(DunderNames.Init) is PyFunction init && !init.Code.IsGenerator ? init : null;
    }

    /// <summary>Keeps a function frame that returned for a next call of its code: most calls then allocate no frame.
    /// Up to <see cref="MaxSpareFrames"/> per code object, so that recursion (where each level needs its own frame)
    /// allocates only while it first goes deeper. Only a frame nothing else can reach: not escaped (no frame object
    /// was handed out, see <see cref="PyFrame.Escaped"/>), not a generator's.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Recycle(PyFrame f)
    {
        var co = f.Code;
        if (!f.Escaped && f.Completed && f.Generator is null && co.SpareCount < MaxSpareFrames && !f.IsSpare)
        {
            f.IsSpare = true;
            f.NextSpare = co.SpareFrame;
            co.SpareFrame = f;
            co.SpareCount++;
        }
    }

    private const int MaxSpareFrames = 16;

    /// <summary>Binds <paramref name="args"/> (the positional arguments) and the keyword arguments named
    /// <paramref name="kwnames"/> (values <paramref name="kwvalues"/>) to the parameters in <paramref name="s"/>, with
    /// CPython's TypeErrors.</summary>
    private static void BindArguments(PyFunction func, Span<PyObject?> s, ReadOnlySpan<PyObject> args, ReadOnlySpan<PyObject> kwnames,
        ReadOnlySpan<PyObject> kwvalues)
    {
        var co = func.Code;
        int kwcount = kwnames.Length;
        int n = args.Length;
        int argcount = co.ArgCount;
        int total = argcount + co.KwOnlyArgCount;
        PyDict? kwdict = null;
        if (co.HasVarKeywords)
        {
            kwdict = new PyDict();
            s[total + (co.HasVarArgs ? 1 : 0)] = kwdict;
        }
        int copied = Math.Min(n, argcount);
        for (int j = 0; j < copied; j++) s[j] = args[j];
        if (co.HasVarArgs) s[total] = n > argcount ? PyTuple.Create(args[argcount..n]) : PyTuple.Empty;

        for (int i = 0; i < kwcount; i++)
        {
            if (kwnames[i] is not PyStr name) throw PyErr.TypeError($"{func.QualName.Value}() keywords must be strings");
            var value = kwvalues[i];
            int j = FindParameter(co, name, co.PosOnlyArgCount, total);
            if (j < 0)
            {
                if (kwdict is not null)
                {
                    // At most the keywords left go to the dict: its entries array is made for them.
                    kwdict.Reserve(kwcount - i);
                    kwdict.SetItem(name, value);
                    continue;
                }
                if (FindParameter(co, name, 0, co.PosOnlyArgCount) >= 0) throw PositionalOnlyAsKeyword(func, kwnames);
                throw PyErr.TypeError($"{func.QualName.Value}() got an unexpected keyword argument '{name.Value}'");
            }
            if (s[j] is not null) throw PyErr.TypeError($"{func.QualName.Value}() got multiple values for argument '{name.Value}'");
            s[j] = value;
        }

        if (n > argcount && !co.HasVarArgs) throw TooManyPositional(func, s, n);

        if (n < argcount)
        {
            var defaults = func.Defaults;
            int defcount = defaults?.Count ?? 0;
            int m = argcount - defcount;
            List<PyStr>? missing = null;
            for (int i = n; i < m; i++)
                if (s[i] is null) (missing ??= []).Add(co.LocalsPlusNames[i]);
            if (missing is not null) throw MissingArguments(func, "positional", missing);
            for (int i = Math.Max(n, m); i < argcount; i++)
                s[i] ??= defaults![i - m];
        }
        if (co.KwOnlyArgCount > 0)
        {
            List<PyStr>? missing = null;
            for (int i = argcount; i < total; i++)
            {
                if (s[i] is not null) continue;
                var name = co.LocalsPlusNames[i];
                var def = func.KwDefaults?.GetItemStr(name);
                if (def is not null) s[i] = def;
                else (missing ??= []).Add(name);
            }
            if (missing is not null) throw MissingArguments(func, "keyword-only", missing);
        }
    }

    private static int FindParameter(PyCode co, PyStr name, int from, int to)
    {
        var names = co.LocalsPlusNames;
        for (int j = from; j < to; j++)
            if (ReferenceEquals(names[j], name)) return j;
        // The slow fallback compares the keyword with each name (PyObject_RichCompareBool(keyword, name)): a str
        // subclass's __eq__ runs, an exact str compares without Python code.
        bool exact = ReferenceEquals(name.Type, PyType.StrType);
        for (int j = from; j < to; j++)
            if (exact ? names[j].Value == name.Value : Ops.RichCompareBool(name, names[j], CompareOp.Eq)) return j;
        return -1;
    }

    private static PythonException TooManyPositional(PyFunction func, Span<PyObject?> s, int given)
    {
        var co = func.Code;
        int kwonlyGiven = 0;
        for (int i = co.ArgCount; i < co.ArgCount + co.KwOnlyArgCount; i++)
            if (s[i] is not null) kwonlyGiven++;
        int defcount = func.Defaults?.Count ?? 0;
        string sig;
        bool plural;
        if (defcount > 0)
        {
            sig = $"from {co.ArgCount - defcount} to {co.ArgCount}";
            plural = true;
        }
        else
        {
            sig = co.ArgCount.ToString();
            plural = co.ArgCount != 1;
        }
        string kwonlySig = kwonlyGiven > 0
            ? $" positional argument{(given != 1 ? "s" : "")} (and {kwonlyGiven} keyword-only argument{(kwonlyGiven != 1 ? "s" : "")})"
            : "";
        string verb = given == 1 && kwonlyGiven == 0 ? "was" : "were";
        return PyErr.TypeError($"{func.QualName.Value}() takes {sig} positional argument{(plural ? "s" : "")} but {given}{kwonlySig} {verb} given");
    }

    private static PythonException MissingArguments(PyFunction func, string kind, List<PyStr> names)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < names.Count; i++)
        {
            if (i > 0) sb.Append(names.Count == 2 ? " and " : i == names.Count - 1 ? ", and " : ", ");
            sb.Append('\'').Append(names[i].Value).Append('\'');
        }
        return PyErr.TypeError($"{func.QualName.Value}() missing {names.Count} required {kind} argument{(names.Count == 1 ? "" : "s")}: {sb}");
    }

    private static PythonException PositionalOnlyAsKeyword(PyFunction func, ReadOnlySpan<PyObject> kwnames)
    {
        var co = func.Code;
        var bad = new List<string>();
        for (int i = 0; i < kwnames.Length; i++)
            if (kwnames[i] is PyStr k && FindParameter(co, k, 0, co.PosOnlyArgCount) >= 0) bad.Add(k.Value);
        return PyErr.TypeError($"{func.QualName.Value}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", bad)}'");
    }

    /// <summary>Runs module- or class-level code with explicit namespaces (exec, imports, class bodies).</summary>
    public static PyObject RunCode(PyCode code, PyDict globals, PyObject? locals, PyTuple? closure = null)
    {
        var builtins = PythonRuntime.BuiltinsFor(globals);
        PyFunction? func = null;
        if (closure is not null) func = new PyFunction(code, globals) { Closure = closure };
        var frame = new PyFrame(code, globals, builtins, locals, func);
        return Run(frame);
    }

    /// <summary>Runs a class body (the function __build_class__ received) with <paramref name="ns"/> as its
    /// locals; returns the body's result (the __class__ cell, or None).</summary>
    internal static PyObject RunClassBody(PyFunction func, PyObject ns)
    {
        var frame = new PyFrame(func.Code, func.Globals, func.Builtins, ns, func);
        return Run(frame);
    }
}
