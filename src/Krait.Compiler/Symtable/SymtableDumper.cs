using System.Text;

namespace Krait.Compiler.Symtable;

/// <summary>The canonical text form of a symbol table that tools/dump_symtable.py prints for
/// CPython's (see that script for the format).</summary>
public static class SymtableDumper
{
    private const int PassThrough = (int)SymbolScope.Free << SymbolTable.ScopeOffset;

    public static string Dump(SymbolTable table)
    {
        var sb = new StringBuilder();
        DumpEntry(table.Top, sb);
        return sb.ToString();
    }

    /// <summary>The one-line form of an error.</summary>
    public static string DumpError(Krait.Syntax.PythonSyntaxError e)
    {
        static string N(int v) => v == 0 ? "None" : v.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"error: {e.ErrorType}: {e.Msg} ({N(e.Lineno)}, {N(e.Offset)}, {N(e.EndLineno)}, {N(e.EndOffset)}) text={(e.Text is null ? "None" : Krait.Syntax.Text.PyRepr.Str(e.Text))}\n";
    }

    private static void DumpEntry(SymbolTableEntry e, StringBuilder sb)
    {
        string type = e.Type switch
        {
            BlockType.Function => "function",
            BlockType.Class => "class",
            BlockType.Module => "module",
            _ => ((int)e.Type).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        sb.Append("table ").Append(type).Append(' ').Append(e.Name)
          .Append(" line=").Append(e.Lineno)
          .Append(" nested=").Append(e.IsNested ? 1 : 0)
          .Append(" optimized=").Append(e.IsOptimized ? 1 : 0)
          .Append(" children=").Append(e.Children.Count).Append('\n');
        sb.Append("  varnames: ").AppendJoin(' ', e.Varnames).Append('\n');
        var syms = new List<Symbol>(e.Symbols);
        int k = syms.Count;
        while (k > 0 && syms[k - 1].RawFlags == PassThrough) k--;
        // Python sorts str by code point; ordinal UTF-16 order agrees except for astral names.
        syms.Sort(k, syms.Count - k, Comparer<Symbol>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name)));
        foreach (var s in syms)
            sb.Append("  sym ").Append(s.Name).Append(" flags=").Append(s.RawFlags)
              .Append(" scope=").Append((int)s.Scope).Append('\n');
        foreach (var c in e.Children) DumpEntry(c, sb);
    }
}
