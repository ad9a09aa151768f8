using Krait.Compiler.Symtable;
using Krait.Syntax;
using Krait.Syntax.Parser;
using Krait.Syntax.Text;

namespace Krait.Cli;

/// <summary><c>krait --dump-symtable FILE</c>: Krait's symbol table in the canonical form that
/// <c>tools/dump_symtable.py FILE</c> prints for CPython's. A SyntaxError raised by the parser,
/// the future parse or the symbol table prints as one <c>error: …</c> line (exit status 1).</summary>
internal static class DumpSymtable
{
    public static int Run(string path, TextWriter stdout, TextWriter stderr)
    {
        if (!SourceFile.TryRead(path, stderr, out var data, out var fileName)) return 2;
        try
        {
            var module = Parse(data, fileName);
            string text = SourceText.FromBytes(data, fileName).Text;
            var table = SymbolTable.Build(module, fileName, text);
            stdout.Write(SymtableDumper.Dump(table));
            return 0;
        }
        catch (PythonSyntaxError e)
        {
            stdout.Write(SymtableDumper.DumpError(e));
            return 1;
        }
    }

    /// <summary>Parses as compile() does (no ast.parse conversion-depth limit).</summary>
    internal static Krait.Syntax.Ast.Module Parse(byte[] data, string path) =>
        (Krait.Syntax.Ast.Module)PythonParser.ParseModule(data, path);
}
