using Krait.Syntax;
using Krait.Syntax.Text;
using Krait.Syntax.Tokenizer;

namespace Krait.Cli;

/// <summary>Prints compile-time warnings as Python's <c>warnings.showwarning</c> does under the
/// default filters: <c>FILE:LINE: Category: message</c>, then the source line stripped and indented
/// by two spaces; a warning repeated at the same line is shown once (the "default" action).</summary>
internal static class WarningPrinter
{
    public static void Print(IReadOnlyList<TokenizerWarning> warnings, string fileName, byte[] data, TextWriter w)
    {
        if (warnings.Count == 0) return;
        SourceText? source = null;
        try
        {
            source = SourceText.FromBytes(data, fileName);
        }
        catch (PythonSyntaxError)
        {
            // Undecodable source: the warnings are printed without their lines.
        }
        var seen = new HashSet<(string, string, int)>();
        foreach (var warning in warnings)
        {
            if (!seen.Add((warning.Category, warning.Message, warning.Lineno))) continue;
            w.WriteLine($"{fileName}:{warning.Lineno}: {warning.Category}: {warning.Message}");
            string line = source?.GetLine(warning.Lineno).Trim() ?? "";
            if (line.Length > 0) w.WriteLine("  " + line);
        }
    }
}
