using Krait.Syntax;

namespace Krait.Cli;

/// <summary>Prints a SyntaxError the way CPython 3.11's PyErr_Display does (print_error_text in
/// Python/pythonrun.c): file and line, the stripped source line, the caret line.</summary>
internal static class SyntaxErrorPrinter
{
    public static void Print(PythonSyntaxError e, TextWriter w)
    {
        w.WriteLine($"  File \"{e.FileName}\", line {e.Lineno}");
        if (e.Text is not null)
        {
            string text = e.Text.TrimEnd('\n', '\r');
            int stripped = text.Length - text.TrimStart(' ', '\t', '\f').Length;
            w.WriteLine("    " + text[stripped..]);
            if (e.Offset >= 1)
            {
                int start = Math.Max(0, e.Offset - 1 - stripped);
                int end = e.EndLineno == e.Lineno && e.EndOffset > e.Offset ? e.EndOffset - 1 - stripped : start + 1;
                w.WriteLine("    " + new string(' ', start) + new string('^', Math.Max(1, end - start)));
            }
        }
        w.WriteLine($"{e.ErrorType}: {e.Msg}");
    }
}
