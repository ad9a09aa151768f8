using Krait.Compiler.Bytecode;

namespace Krait.Runtime;

// code.replace(**changes), co_lines() and _varname_from_oparg (Objects/codeobject.c).
public sealed partial class PyCode
{
    private static readonly string[] s_replaceable =
    [
        "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags",
        "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars",
        "co_filename", "co_name", "co_qualname", "co_linetable", "co_exceptiontable",
    ];

    /// <summary>code_richcompare: equal when every field is; constants compare with their types (1 != 1.0 here).</summary>
    private static bool CodeEquals(PyCode a, PyCode b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.Name.Value != b.Name.Value || a.ArgCount != b.ArgCount || a.PosOnlyArgCount != b.PosOnlyArgCount
            || a.KwOnlyArgCount != b.KwOnlyArgCount || a.Flags != b.Flags || a.FirstLineNo != b.FirstLineNo
            || !a.Code.AsSpan().SequenceEqual(b.Code) || !a.Source.LineTable.AsSpan().SequenceEqual(b.Source.LineTable)
            || !a.Source.ExceptionTable.AsSpan().SequenceEqual(b.Source.ExceptionTable)
            || !a.LocalsPlusKinds.AsSpan().SequenceEqual(b.LocalsPlusKinds)
            || a.Consts.Length != b.Consts.Length || a.Names.Length != b.Names.Length || a.LocalsPlusNames.Length != b.LocalsPlusNames.Length)
            return false;
        for (int i = 0; i < a.Names.Length; i++) if (a.Names[i].Value != b.Names[i].Value) return false;
        for (int i = 0; i < a.LocalsPlusNames.Length; i++) if (a.LocalsPlusNames[i].Value != b.LocalsPlusNames[i].Value) return false;
        for (int i = 0; i < a.Consts.Length; i++)
        {
            var x = a.Consts[i]; var y = b.Consts[i];
            if (ReferenceEquals(x, y)) continue;
            if (!ReferenceEquals(x.Type, y.Type) || !Ops.RichCompareBool(x, y, CompareOp.Eq)) return false;
        }
        return true;
    }

    private static void AddReplaceMethods(PyType t)
    {
        t.RichCompare = (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyCode cb) return PyNotImplemented.Instance;
            bool eq = CodeEquals((PyCode)a, cb);
            return PyBool.From(op == CompareOp.Eq ? eq : !eq);
        };
        t.Hash = o =>
        {
            var c = (PyCode)o;
            long h = c.Name.GetHash() ^ ((long)c.ArgCount << 8) ^ ((long)c.Flags << 16) ^ c.FirstLineNo ^ c.Code.Length * 1000003L;
            return h == -1 ? -2 : h;
        };
        TypeBuilder.Method(t, "replace", (self, args, kw) =>
        {
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos > 0) throw PyErr.TypeError("replace() takes no positional arguments");
            var c = (PyCode)self!;
            var changes = new Dictionary<string, PyObject>();
            for (int i = 0; i < (kw?.Count ?? 0); i++)
            {
                string k = ((PyStr)kw![i]).Value;
                if (Array.IndexOf(s_replaceable, k) < 0) throw PyErr.TypeError($"'{k}' is an invalid keyword argument for replace()");
                changes[k] = args[npos + i];
            }
            return c.Replace(changes);
        });
        TypeBuilder.Method(t, "co_lines", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("co_lines", args, kw, 0);
            var c = (PyCode)self!;
            var pos = c.Positions;
            var items = new List<PyObject>();
            // One range per location-table entry: an entry's first byte has the high bit set.
            var table = c.Source.LineTable;
            int pc = 0;
            foreach (var b in table)
            {
                if ((b & 0x80) == 0 || pc >= pos.Length) continue;
                int end = Math.Min(pc + (b & 7) + 1, pos.Length);
                items.Add(PyTuple.Create([PyInt.FromLong(pc * 2), PyInt.FromLong(end * 2), Opt(pos[pc].Line)]));
                pc = end;
            }
            return Ops.GetIter(PyTuple.Wrap([.. items]));
        });
        TypeBuilder.Method(t, "_varname_from_oparg", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("_varname_from_oparg", args, kw, 1);
            var c = (PyCode)self!;
            long i = Ops.AsSsize(args[0]);
            if (i < 0 || i >= c.LocalsPlusNames.Length) throw PyErr.IndexError("tuple index out of range");
            return c.LocalsPlusNames[i];
        });
    }

    private PyCode Replace(Dictionary<string, PyObject> ch)
    {
        int Int(string k, int v) => ch.TryGetValue(k, out var o)
            ? o is PyInt ? (int)Ops.AsSsize(o, PyExc.OverflowError) : throw Bad(k, "int", o) : v;
        string Str(string k, string v) => ch.TryGetValue(k, out var o) ? (o as PyStr ?? throw Bad(k, "str", o)).Value : v;
        byte[] Bytes(string k, byte[] v) => ch.TryGetValue(k, out var o) ? (o as PyBytes ?? throw Bad(k, "bytes", o)).Value : v;
        string[]? Names(string k)
        {
            if (!ch.TryGetValue(k, out var o)) return null;
            var t = o as PyTuple ?? throw Bad(k, "tuple", o);
            var r = new string[t.Count];
            for (int i = 0; i < r.Length; i++) r[i] = (t[i] as PyStr ?? throw PyErr.TypeError("name tuples must contain only strings, not '" + t[i].Type.Name + "'")).Value;
            return r;
        }
        PyTuple? consts = null;
        if (ch.TryGetValue("co_consts", out var co)) consts = co as PyTuple ?? throw Bad("co_consts", "tuple", co);
        var (lpNames, lpKinds) = (Source.LocalsPlusNames, Source.LocalsPlusKinds);
        var varnames = Names("co_varnames");
        var cellvars = Names("co_cellvars");
        var freevars = Names("co_freevars");
        if (varnames is not null || cellvars is not null || freevars is not null)
        {
            varnames ??= Source.VarNames;
            cellvars ??= Source.CellVars;
            freevars ??= Source.FreeVars;
            var names = new List<string>(varnames);
            var kinds = new List<byte>();
            foreach (var _ in varnames) kinds.Add(CodeObject.FastLocal);
            foreach (var n in cellvars)
            {
                int at = names.IndexOf(n);
                if (at >= 0) kinds[at] |= CodeObject.FastCell;
                else { names.Add(n); kinds.Add(CodeObject.FastCell); }
            }
            foreach (var n in freevars) { names.Add(n); kinds.Add(CodeObject.FastFree); }
            (lpNames, lpKinds) = ([.. names], [.. kinds]);
        }
        var src = new CodeObject
        {
            ArgCount = Int("co_argcount", ArgCount),
            PosOnlyArgCount = Int("co_posonlyargcount", PosOnlyArgCount),
            KwOnlyArgCount = Int("co_kwonlyargcount", KwOnlyArgCount),
            StackSize = Int("co_stacksize", StackSize),
            Flags = Int("co_flags", Flags),
            FirstLineNo = Int("co_firstlineno", FirstLineNo),
            Code = Bytes("co_code", Code),
            // The constants are filled in below from this code object's (its Source may hold none: code read by
            // marshal carries its constants as Python objects only).
            Consts = new object?[consts?.Count ?? Consts.Length],
            Names = Names("co_names") ?? Source.Names,
            LocalsPlusNames = lpNames,
            LocalsPlusKinds = lpKinds,
            Filename = Str("co_filename", Filename.Value),
            Name = Str("co_name", Name.Value),
            QualName = Str("co_qualname", QualName.Value),
            LineTable = Bytes("co_linetable", Source.LineTable),
            ExceptionTable = Bytes("co_exceptiontable", Source.ExceptionTable),
        };
        Int("co_nlocals", NLocals);
        var result = new PyCode(src);
        if (consts is not null)
            for (int i = 0; i < consts.Count; i++) result.Consts[i] = consts[i];
        else Array.Copy(Consts, result.Consts, Consts.Length);
        return result;
    }

    private static PythonException Bad(string arg, string expected, PyObject got) =>
        PyErr.TypeError($"replace() argument '{arg}' must be {expected}, not {got.Type.Name}");
}
