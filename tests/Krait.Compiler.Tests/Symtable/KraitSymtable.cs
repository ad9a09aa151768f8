using Krait.Compiler.Symtable;
using Krait.Syntax;
using Krait.Syntax.Parser;
using Krait.Syntax.Text;

namespace Krait.Compiler.Tests.Symtable;

/// <summary>Krait's side of the comparison: the same text as <c>krait --dump-symtable</c>.</summary>
internal static class KraitSymtable
{
    /// <summary>The dump or error line; <paramref name="parseError"/> is set when Krait's parser
    /// rejects the file (a parser matter, not the symbol table's).</summary>
    public static string? Dump(byte[] data, string path, out string? parseError)
    {
        parseError = null;
        Krait.Syntax.Ast.Module module;
        try
        {
            // compile() and symtable() have no ast.parse conversion-depth limit.
            module = (Krait.Syntax.Ast.Module)PythonParser.ParseModule(data, path);
        }
        catch (PythonSyntaxError e)
        {
            parseError = SymtableDumper.DumpError(e);
            return null;
        }
        try
        {
            string text = SourceText.FromBytes(data, path).Text;
            return SymtableDumper.Dump(SymbolTable.Build(module, path, text));
        }
        catch (PythonSyntaxError e)
        {
            return SymtableDumper.DumpError(e);
        }
    }

    /// <summary>The first differing line of two dumps, with a little context.</summary>
    public static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        int n = Math.Min(e.Length, a.Length);
        int i = 0;
        while (i < n && e[i] == a[i]) i++;
        int from = Math.Max(0, i - 6);
        var sb = new System.Text.StringBuilder();
        sb.Append($"first difference at line {i + 1}\n--- context\n");
        for (int j = from; j < i; j++) sb.Append("  ").Append(e[j]).Append('\n');
        sb.Append("--- CPython\n");
        for (int j = i; j < Math.Min(e.Length, i + 4); j++) sb.Append("  ").Append(e[j]).Append('\n');
        sb.Append("--- Krait\n");
        for (int j = i; j < Math.Min(a.Length, i + 4); j++) sb.Append("  ").Append(a[j]).Append('\n');
        return sb.ToString();
    }
}
