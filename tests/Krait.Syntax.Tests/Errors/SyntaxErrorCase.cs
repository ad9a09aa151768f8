using System.Text;
using System.Text.Json;
using Krait.Syntax.Tests.Parity;

namespace Krait.Syntax.Tests.Errors;

/// <summary>One case of the syntax-error corpus (tests/syntax-errors/cases/FAMILY/NAME.py) and what
/// tools/regen-syntax-errors recorded from python3.11 in NAME.expected.</summary>
internal sealed record SyntaxErrorCase(string RelativePath, byte[] Source, ErrorTuple Error, string? Text, int ExitCode, string Stderr)
{
    public static string CorpusRoot { get; } = Path.Combine(CPythonOracle.RepoRoot, "tests", "syntax-errors");

    /// <summary>Case paths relative to <see cref="CorpusRoot"/>, e.g. <c>cases/strings/unterminated-single.py</c>.</summary>
    public static IEnumerable<string> All()
    {
        var files = Directory.GetFiles(Path.Combine(CorpusRoot, "cases"), "*.py", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var f in files) yield return Path.GetRelativePath(CorpusRoot, f).Replace('\\', '/');
    }

    public static SyntaxErrorCase Load(string rel)
    {
        string py = Path.Combine(CorpusRoot, rel);
        string expected = Path.ChangeExtension(py, ".expected");
        var content = File.ReadAllText(expected, Encoding.UTF8);
        int nl1 = content.IndexOf('\n');
        int nl2 = content.IndexOf('\n', nl1 + 1);
        using var doc = JsonDocument.Parse(content[..nl1]);
        var e = doc.RootElement;
        static int? Int(JsonElement x) => x.ValueKind == JsonValueKind.Number ? x.GetInt32() : null;
        var tuple = new ErrorTuple(e[0].GetString()!, e[1].GetString()!, Int(e[2]), Int(e[3]), Int(e[4]), Int(e[5]));
        string? text = e[6].ValueKind == JsonValueKind.String ? e[6].GetString() : null;
        int exit = int.Parse(content[(nl1 + 1)..nl2].Split(' ')[1]);
        return new SyntaxErrorCase(rel, File.ReadAllBytes(py), tuple, text, exit, content[(nl2 + 1)..]);
    }

    /// <summary>The recorded error as Krait's exception (CPython's None as 0).</summary>
    public PythonSyntaxError ToException() =>
        new(Error.Type, Error.Msg, RelativePath, Error.Lineno ?? 0, Error.Offset ?? 0,
            Error.EndLineno ?? 0, Error.EndOffset ?? 0, Text);
}
