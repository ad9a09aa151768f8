using System.Text;
using Krait.Compiler.Symtable;
using Krait.Syntax;
using Krait.Syntax.Parser;

namespace Krait.Runtime;

/// <summary>The _symtable module (CPython's Modules/symtablemodule.c): <c>symtable(source, filename, startstr)</c>
/// over the compiler's own symbol table, and the flag and scope constants symtable.py reads.</summary>
public static class SymtableModule
{
    public static PyModule Create()
    {
        var m = new PyModule("_symtable");
        m.AddFunction("symtable", Symtable);
        void Int(string name, int v) => m.Add(name, PyInt.FromLong(v));
        Int("USE", 16);
        Int("DEF_GLOBAL", 1);
        Int("DEF_NONLOCAL", 8);
        Int("DEF_LOCAL", 2);
        Int("DEF_PARAM", 4);
        Int("DEF_FREE", 32);
        Int("DEF_FREE_CLASS", 64);
        Int("DEF_IMPORT", 128);
        Int("DEF_BOUND", 2 | 4 | 128);
        Int("DEF_ANNOT", 256);
        Int("TYPE_FUNCTION", (int)BlockType.Function);
        Int("TYPE_CLASS", (int)BlockType.Class);
        Int("TYPE_MODULE", (int)BlockType.Module);
        Int("LOCAL", 1);
        Int("GLOBAL_EXPLICIT", 2);
        Int("GLOBAL_IMPLICIT", 3);
        Int("FREE", 4);
        Int("CELL", 5);
        Int("SCOPE_OFF", SymbolTable.ScopeOffset);
        Int("SCOPE_MASK", SymbolTable.ScopeMask);
        return m;
    }

    /// <summary>symtable(source, filename, startstr, /).</summary>
    private static PyObject Symtable(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is not null && kw.Count > 0) throw PyErr.TypeError("symtable() takes no keyword arguments");
        if (args.Length != 3) throw PyErr.TypeError($"symtable expected 3 arguments, got {args.Length}");
        byte[] source = args[0] switch
        {
            PyStr s => Encoding.UTF8.GetBytes(s.Value),
            PyBytes b => b.Value,
            PyByteArray or PyMemoryView => Buffers.ToArray(args[0]),
            _ => throw PyErr.TypeError("symtable() arg 1 must be a string or bytes object"),
        };
        string filename = FsDecode(args[1]);
        if (args[2] is not PyStr start) throw PyErr.TypeError($"symtable() argument 3 must be str, not {args[2].Type.Name}");
        var mode = start.Value switch
        {
            "exec" => ParseMode.File,
            "eval" => ParseMode.Eval,
            "single" => ParseMode.Interactive,
            _ => throw PyErr.ValueError("symtable() arg 3 must be 'exec' or 'eval' or 'single'"),
        };
        SymbolTable table;
        try
        {
            var mod = PythonParser.ParseModule(source, filename, mode, null,
                errorTextFromFile: mode == ParseMode.File && File.Exists(filename));
            table = SymbolTable.Build(mod, filename, Encoding.UTF8.GetString(source));
        }
        catch (PythonSyntaxError e)
        {
            throw new PythonException(CompileService.ToPython(e));
        }
        return new PySymtableEntry(table.Top);
    }

    /// <summary>PyUnicode_FSDecoder: str, bytes or an os.PathLike giving one of them.</summary>
    private static string FsDecode(PyObject o)
    {
        if (o is PyStr s) return s.Value;
        if (o is PyBytes b) return Encoding.UTF8.GetString(b.Value);
        if (Ops.LookupSpecial(o, "__fspath__") is { } fspath)
        {
            var r = Ops.Call(fspath, []);
            if (r is PyStr rs) return rs.Value;
            if (r is PyBytes rb) return Encoding.UTF8.GetString(rb.Value);
        }
        throw PyErr.TypeError($"expected str, bytes or os.PathLike object, not {o.Type.Name}");
    }
}
