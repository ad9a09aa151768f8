namespace Krait.Runtime;

/// <summary>SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])).</summary>
public sealed class PySyntaxError(PyType type, PyTuple args) : PyBaseException(type, args)
{
    public PyObject Msg = PyNone.Instance, Filename = PyNone.Instance, Lineno = PyNone.Instance, Offset = PyNone.Instance,
        Text = PyNone.Instance, EndLineno = PyNone.Instance, EndOffset = PyNone.Instance, PrintFileAndLine = PyNone.Instance;

    internal static new void InitType(PyType t)
    {
        t.New = (type, args, kw) => new PySyntaxError(type, ArgsOf(args, kw));
        t.Init = (self, args, kw) =>
        {
            NoKeywords(self, kw);
            var e = (PySyntaxError)self;
            e.Args = ArgsOf(args, kw);
            if (args.Length >= 1) e.Msg = args[0];
            if (args.Length == 2)
            {
                var info = PyTuple.FromIterable(args[1]);
                if (info.Count < 4) throw PyErr.TypeError($"function takes at least 4 arguments ({info.Count} given)");
                if (info.Count > 6) throw PyErr.TypeError($"function takes at most 6 arguments ({info.Count} given)");
                if (info.Count == 5) throw PyErr.TypeError("end_offset must be provided when end_lineno is provided");
                e.Filename = info[0]; e.Lineno = info[1]; e.Offset = info[2]; e.Text = info[3];
                e.EndLineno = info.Count > 4 ? info[4] : PyNone.Instance;
                e.EndOffset = info.Count > 5 ? info[5] : PyNone.Instance;
            }
        };
        t.Str = o =>
        {
            var e = (PySyntaxError)o;
            string msg = Ops.Str(e.Msg).Value;
            string? file = e.Filename is PyStr f ? f.Value[(f.Value.LastIndexOf('/') + 1)..] : null;
            bool hasLine = e.Lineno is PyInt && ReferenceEquals(e.Lineno.Type, PyType.IntType);
            if (file is not null && hasLine) return new PyStr($"{msg} ({file}, line {Ops.Str(e.Lineno).Value})");
            if (file is not null) return new PyStr($"{msg} ({file})");
            if (hasLine) return new PyStr($"{msg} (line {Ops.Str(e.Lineno).Value})");
            return new PyStr(msg);
        };
        GetSet(t, "msg", o => ((PySyntaxError)o).Msg, (o, v) => ((PySyntaxError)o).Msg = v ?? PyNone.Instance);
        GetSet(t, "filename", o => ((PySyntaxError)o).Filename, (o, v) => ((PySyntaxError)o).Filename = v ?? PyNone.Instance);
        GetSet(t, "lineno", o => ((PySyntaxError)o).Lineno, (o, v) => ((PySyntaxError)o).Lineno = v ?? PyNone.Instance);
        GetSet(t, "offset", o => ((PySyntaxError)o).Offset, (o, v) => ((PySyntaxError)o).Offset = v ?? PyNone.Instance);
        GetSet(t, "text", o => ((PySyntaxError)o).Text, (o, v) => ((PySyntaxError)o).Text = v ?? PyNone.Instance);
        GetSet(t, "end_lineno", o => ((PySyntaxError)o).EndLineno, (o, v) => ((PySyntaxError)o).EndLineno = v ?? PyNone.Instance);
        GetSet(t, "end_offset", o => ((PySyntaxError)o).EndOffset, (o, v) => ((PySyntaxError)o).EndOffset = v ?? PyNone.Instance);
        GetSet(t, "print_file_and_line", o => ((PySyntaxError)o).PrintFileAndLine, (o, v) => ((PySyntaxError)o).PrintFileAndLine = v ?? PyNone.Instance);
    }
}
