using Krait.Syntax;

namespace Krait.Compiler.Symtable;

/// <summary>Builds the SyntaxErrors (0 stands for None in the end fields) of the symbol table and future parse the way CPython 3.11
/// raises them: <c>PyErr_RangedSyntaxLocationObject(filename, lineno, col + 1, end_lineno,
/// end_col + 1)</c>, so offsets are 1-based UTF-8 byte columns, and the text is the source line.</summary>
internal static class SymtableErrors
{
    public static PythonSyntaxError At(string msg, string fileName, string? source, int lineno, int offset,
        int endLineno, int endOffset) =>
        new("SyntaxError", msg, fileName, lineno, offset, endLineno, endOffset, LineOf(source, lineno));

    /// <summary>The source line <paramref name="lineno"/> (1-based) with its line ending, or null.</summary>
    public static string? LineOf(string? source, int lineno)
    {
        if (source is null || lineno < 1) return null;
        int start = 0;
        for (int l = 1; l < lineno; l++)
        {
            int nl = source.IndexOf('\n', start);
            if (nl < 0) return null;
            start = nl + 1;
        }
        if (start >= source.Length) return null;
        int end = source.IndexOf('\n', start);
        return end < 0 ? source[start..] : source[start..(end + 1)];
    }
}
