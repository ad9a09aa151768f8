namespace Krait.Runtime;

// print() and input(): the builtins that talk to sys.stdin / sys.stdout / sys.stderr.
public static partial class BuiltinsModule
{
    private static readonly string[] s_printKw = ["sep", "end", "file", "flush"];

    private static void AddIOFunctions(PyModule m)
    {
        m.AddFunction("print", Print);
        m.AddFunction("input", Input);
    }

    /// <summary>print(*objects, sep=' ', end='\n', file=None, flush=False).</summary>
    private static PyObject Print(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int nkw = kw?.Count ?? 0;
        int npos = args.Length - nkw;
        PyObject? sep = null, end = null, file = null, flush = null;
        for (int i = 0; i < nkw; i++)
        {
            var v = args[npos + i];
            switch (((PyStr)kw![i]).Value)
            {
                case "sep": sep = v; break;
                case "end": end = v; break;
                case "file": file = v; break;
                case "flush": flush = v; break;
                default: throw PyErr.TypeError($"'{((PyStr)kw[i]).Value}' is an invalid keyword argument for print()");
            }
        }
        if (file is null or PyNone)
        {
            file = Sys.GetOrNull("stdout") ?? throw PyErr.RuntimeError("lost sys.stdout");
            // sys.stdout may be None when FILE* stdout isn't connected
            if (file is PyNone) return PyNone.Instance;
        }
        if (sep is PyNone) sep = null;
        else if (sep is not null and not PyStr) throw PyErr.TypeError($"sep must be None or a string, not {sep.Type.Name}");
        if (end is PyNone) end = null;
        else if (end is not null and not PyStr) throw PyErr.TypeError($"end must be None or a string, not {end.Type.Name}");

        // Krait's own text stream without an overridden write: no method look-ups per piece.
        var direct = file is PyTextIOWrapper w && ReferenceEquals(w.Type, PyTextIOWrapper.TextIOWrapperType)
            && w.Dict?.GetItemStr(PyStr.Intern("write")) is null ? w : null;
        PyObject? write = direct is null ? Ops.GetAttr(file, "write") : null;
        for (int i = 0; i < npos; i++)
        {
            if (i > 0) WritePiece(direct, write, sep ?? s_space);
            WritePiece(direct, write, Ops.Str(args[i]));
        }
        WritePiece(direct, write, end ?? s_newline);
        if (flush is not null && Ops.IsTrue(flush))
        {
            if (direct is not null) direct.Flush();
            else Ops.CallMethod(file, "flush", []);
        }
        return PyNone.Instance;
    }

    private static readonly PyStr s_space = new(" "), s_newline = new("\n");

    private static void WritePiece(PyTextIOWrapper? direct, PyObject? write, PyObject piece)
    {
        if (direct is not null) direct.Write(piece);
        else Ops.Call(write!, [piece]);
    }

    /// <summary>input(prompt='', /): writes the prompt to sys.stdout, reads a line from sys.stdin without its newline.</summary>
    private static PyObject Input(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        ArgBinder.Positional("input", args, kw, 0, 1);
        var stdin = Sys.GetOrNull("stdin");
        var stdout = Sys.GetOrNull("stdout");
        var stderr = Sys.GetOrNull("stderr");
        if (stdin is null or PyNone) throw PyErr.RuntimeError("input(): lost sys.stdin");
        if (stdout is null or PyNone) throw PyErr.RuntimeError("input(): lost sys.stdout");
        if (stderr is null or PyNone) throw PyErr.RuntimeError("input(): lost sys.stderr");
        if (SysModule.HasAuditHooks) SysModule.Audit("builtins.input", PyTuple.Create([args.Length > 0 ? args[0] : PyNone.Instance]));
        try { Ops.CallMethod(stderr, "flush", []); } catch (PythonException) { }
        if (args.Length > 0)
        {
            var prompt = Ops.Str(args[0]);
            Ops.CallMethod(stdout, "write", [prompt]);
        }
        try { Ops.CallMethod(stdout, "flush", []); } catch (PythonException) { }
        var line = Ops.CallMethod(stdin, "readline", []);
        if (line is not PyStr s) throw PyErr.TypeError("object.readline() returned non-string");
        if (s.Value.Length == 0) throw PyErr.New(PyExc.EOFError, "EOF when reading a line");
        if (SysModule.HasAuditHooks) SysModule.Audit("builtins.input/result", PyTuple.Create([s]));
        return s.Value.EndsWith('\n') ? new PyStr(s.Value[..^1]) : s;
    }
}
