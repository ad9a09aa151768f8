using System.Text;

namespace Krait.Runtime;

// The builtins that need the VM: class creation, imports, exec/eval/compile and the namespace functions.
public static partial class BuiltinsModule
{
    private static void AddVmFunctions(PyModule m)
    {
        m.AddFunction("__build_class__", BuildClass.Call);
        m.AddFunction("__import__", (self, args, kw) => Importer.ImportFunction(args, kw));
        m.AddFunction("exec", (self, args, kw) => { ExecOrEval(args, kw, "exec"); return PyNone.Instance; });
        m.AddFunction("eval", (self, args, kw) => ExecOrEval(args, kw, "eval"));
        m.AddFunction("compile", Compile);
        m.AddFunction("globals", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("globals", args, kw, 0);
            return CurrentFrame().Globals;
        });
        m.AddFunction("locals", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("locals", args, kw, 0);
            return CurrentFrame().GetLocals();
        });
        m.AddFunction("vars", (self, args, kw) =>
        {
            TypeBuilder.ArgRange("vars", args, kw, 0, 1);
            if (args.Length == 0) return CurrentFrame().GetLocals();
            PyObject? d;
            try { d = Ops.TryGetAttr(args[0], PyStr.Intern("__dict__")); }
            catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.AttributeError)) { d = null; }
            return d ?? throw PyErr.TypeError("vars() argument must have __dict__ attribute");
        });
    }

    internal static PyFrame CurrentFrame() =>
        ThreadState.Current.Frame ?? throw PyErr.SystemError("no current frame");

    /// <summary>exec(source, globals=None, locals=None, /, *, closure=None) and eval(source, globals=None, locals=None, /).</summary>
    private static PyObject ExecOrEval(ReadOnlySpan<PyObject> args, PyTuple? kw, string mode)
    {
        PyObject source;
        PyObject? globalsArg, localsArg, closure = null;
        if (mode == "exec")
        {
            // exec(source, globals=None, locals=None, /, *, closure=None), bound as Argument Clinic does.
            Span<PyObject?> v = new PyObject?[4];
            ArgBinder.Bind("exec", args, kw, ["source", "globals", "locals", "closure"], 3, 3, 1, v);
            source = v[0]!;
            globalsArg = v[1] is PyNone ? null : v[1];
            localsArg = v[2] is PyNone ? null : v[2];
            closure = v[3] is PyNone ? null : v[3];
        }
        else
        {
            int npos = ArgBinder.Positional(mode, args, kw, 1, 3);
            source = args[0];
            globalsArg = npos > 1 && args[1] is not PyNone ? args[1] : null;
            localsArg = npos > 2 && args[2] is not PyNone ? args[2] : null;
        }
        if (globalsArg is not null && globalsArg is not PyDict)
            throw PyErr.TypeError(mode == "exec"
                ? $"exec() globals must be a dict, not {globalsArg.Type.Name}"
                : localsArg is null ? $"globals must be a real dict; try eval(expr, {{}}, mapping)" : "globals must be a dict");
        if (localsArg is not null && localsArg.Type.GetItem is null)
            throw PyErr.TypeError(mode == "exec" ? $"locals must be a mapping or None, not {localsArg.Type.Name}" : "locals must be a mapping");
        PyDict globals;
        PyObject locals;
        if (globalsArg is null)
        {
            var f = CurrentFrame();
            globals = f.Globals;
            locals = localsArg ?? f.GetLocals();
        }
        else
        {
            globals = (PyDict)globalsArg;
            locals = localsArg ?? globals;
        }
        if (globals.GetItemStr(PyStr.Intern("__builtins__")) is null)
            globals.SetItem(PyStr.Intern("__builtins__"), PythonRuntime.Builtins);

        PyCode code;
        PyTuple? cells = null;
        if (source is PyCode c)
        {
            if (mode == "exec")
            {
                if (c.NFrees == 0)
                {
                    if (closure is not null) throw PyErr.TypeError("cannot use a closure with this code object");
                }
                else
                {
                    bool ok = closure is PyTuple ct && ReferenceEquals(ct.Type, PyType.TupleType) && ct.Count == c.NFrees;
                    if (ok)
                        foreach (var cell in ((PyTuple)closure!).AsSpan())
                            if (cell is not PyCell) { ok = false; break; }
                    if (!ok) throw PyErr.TypeError($"code object requires a closure of exactly length {c.NFrees}");
                    cells = (PyTuple)closure!;
                }
            }
            else if (c.NFrees > 0) throw PyErr.TypeError("code object passed to eval() may not contain free variables");
            code = c;
        }
        else
        {
            if (closure is not null) throw PyErr.TypeError("closure can only be used when source is a code object");
            byte[] bytes = SourceBytes(source, mode, out bool fromStr);
            if (mode == "eval" && fromStr) bytes = TrimLeadingWhitespace(bytes);
            // site's exec() of .pth lines: the same few lines on every start-up (see CompileCache).
            code = CompileCache.SiteImporting ? CompileCache.Compile(bytes, "<string>", mode) : CompileService.Compile(bytes, "<string>", mode);
        }
        return Interpreter.RunCode(code, globals, locals, cells);
    }

    private static byte[] TrimLeadingWhitespace(byte[] b)
    {
        int i = 0;
        while (i < b.Length && (b[i] == ' ' || b[i] == '\t')) i++;
        return i == 0 ? b : b[i..];
    }

    private static byte[] SourceBytes(PyObject source, string func, out bool fromStr)
    {
        fromStr = source is PyStr;
        if (source is PyStr s) return Encoding.UTF8.GetBytes(s.Value);
        if (source is PyBytes b) return b.Value;
        if (source is PyByteArray or PyMemoryView) return Buffers.ToArray(source);
        string what = func == "compile" ? "compile() arg 1" : $"{func}() arg 1";
        throw PyErr.TypeError($"{what} must be a string, bytes or {(func == "compile" ? "AST" : "code")} object");
    }

    /// <summary>compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1).</summary>
    private static PyObject Compile(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        string[] names = ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"];
        var vals = new PyObject?[names.Length];
        int npos = args.Length - (kw?.Count ?? 0);
        if (npos > 6) throw PyErr.TypeError($"compile() takes at most 6 arguments ({npos} given)");
        for (int i = 0; i < npos; i++) vals[i] = args[i];
        for (int i = 0; i < (kw?.Count ?? 0); i++)
        {
            string k = ((PyStr)kw![i]).Value;
            int j = Array.IndexOf(names, k);
            if (j < 0) throw PyErr.TypeError($"compile() got an unexpected keyword argument '{k}'");
            if (vals[j] is not null) throw PyErr.TypeError($"argument for compile() given by name ('{k}') and position ({j + 1})");
            vals[j] = args[npos + i];
        }
        for (int i = 0; i < 3; i++)
            if (vals[i] is null) throw PyErr.TypeError($"compile() missing required argument '{names[i]}' (pos {i + 1})");
        if (vals[2] is not PyStr mode) throw PyErr.TypeError($"compile() argument 'mode' must be str, not {vals[2]!.Type.Name}");
        string filename = vals[1] is PyStr fs ? fs.Value : vals[1] is PyBytes fb ? Encoding.UTF8.GetString(fb.Value)
            : throw PyErr.TypeError($"compile() argument 'filename' must be str, bytes or os.PathLike, not {vals[1]!.Type.Name}");
        long flags = vals[3] is null ? 0 : Ops.AsSsize(vals[3]!);
        if (flags is < int.MinValue or > int.MaxValue) throw PyErr.New(PyExc.OverflowError, "Python int too large to convert to C int");
        int optimize = vals[5] is null ? -1 : (int)Ops.AsSsize(vals[5]!);
        // PyCF_MASK (the CO_FUTURE_* flags) | PyCF_MASK_OBSOLETE (CO_NESTED) | PyCF_COMPILE_MASK.
        const long knownFlags = 0x1FE0000 | 0x10 | 0x200 | 0x400 | 0x1000 | 0x2000 | 0x4000;
        if ((flags & ~knownFlags) != 0) throw PyErr.ValueError("compile(): unrecognised flags");
        if (optimize < -1 || optimize > 2) throw PyErr.ValueError("compile(): invalid optimize value");
        bool onlyAst = (flags & AstModule.PyCF_ONLY_AST) != 0;
        if (mode.Value == "func_type" && !onlyAst)
            throw PyErr.ValueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        if (mode.Value is not ("exec" or "eval" or "single" or "func_type"))
            throw PyErr.ValueError("compile() mode must be 'exec', 'eval' or 'single'");
        var source = vals[0]!;
        // builtin_compile_impl: an AST object is returned as it is (PyCF_ONLY_AST) or validated and compiled.
        if (AstModule.IsAst(source))
            return onlyAst ? source : AstModule.Compile(source, filename, mode.Value, optimize);
        if (source is PyCode) throw PyErr.TypeError("compile() arg 1 must be a string, bytes or AST object");
        byte[] bytes = SourceBytes(source, "compile", out _);
        if (onlyAst) return CompileService.ParseToAst(bytes, filename, mode.Value);
        return CompileService.Compile(bytes, filename, mode.Value, optimize);
    }
}
