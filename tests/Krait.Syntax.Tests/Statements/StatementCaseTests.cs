using System.Runtime.CompilerServices;
using System.Text;
using Krait.Syntax.Parser;
using Krait.Syntax.Text;
using Assert = Xunit.Assert;

namespace Krait.Syntax.Tests.Statements;

/// <summary>Differential tests of the statement grammar: every case of cases.txt must give what
/// CPython 3.11 gave (expected.txt, recorded by record.py): the same AST dump with positions, or
/// the same error type, message and location.</summary>
public class StatementCaseTests
{
    private static string Here([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    private static readonly Lazy<Dictionary<string, (string Mode, string Source)>> Cases = new(() =>
    {
        var result = new Dictionary<string, (string, string)>();
        foreach (var (header, body) in Sections(File.ReadAllText(Path.Combine(Here(), "cases.txt"), Encoding.UTF8)))
        {
            var parts = header.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            result.Add(parts[0], (parts.Length > 1 ? parts[1] : "exec", body));
        }
        return result;
    });

    private static readonly Lazy<Dictionary<string, string>> Expected = new(() =>
    {
        var result = new Dictionary<string, string>();
        foreach (var (header, body) in Sections(File.ReadAllText(Path.Combine(Here(), "expected.txt"), Encoding.UTF8)))
            result.Add(header.Trim(), body.TrimEnd('\n'));
        return result;
    });

    /// <summary>Splits text at lines starting with "#### " into (header, body) pairs.</summary>
    private static IEnumerable<(string Header, string Body)> Sections(string text)
    {
        string? header = null;
        var body = new StringBuilder();
        // Lines as Python's splitlines(keepends=True) sees them: no empty line after the final '\n'.
        if (text.EndsWith('\n')) text = text[..^1];
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("#### ", StringComparison.Ordinal))
            {
                if (header is not null) yield return (header, Trim(body));
                header = line[5..];
                body.Clear();
            }
            else body.Append(line).Append('\n');
        }
        if (header is not null) yield return (header, Trim(body));

        static string Trim(StringBuilder sb) => sb.ToString();
    }

    public static IEnumerable<object[]> CaseNames() => Cases.Value.Keys.Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void MatchesCPython(string name)
    {
        var (mode, source) = Cases.Value[name];
        Assert.Equal(Expected.Value[name], Parse(source, mode));
    }

    internal static string Parse(string source, string mode)
    {
        var parseMode = mode switch
        {
            "eval" => ParseMode.Eval,
            "single" => ParseMode.Interactive,
            "func_type" => ParseMode.FuncType,
            _ => ParseMode.File,
        };
        try
        {
            var data = Encoding.UTF8.GetBytes(source);
            // 'exec' goes through ast.parse's entry (byte input, error offsets as CPython's).
            if (parseMode == ParseMode.File) return PythonParser.ParseAst(data, "<case>").Dump(includeAttributes: true);
            var text = SourceText.FromBytes(data, "<case>");
            return new PythonParser(text, parseMode).Run().Dump(includeAttributes: true);
        }
        catch (PythonSyntaxError e)
        {
            return $"{e.ErrorType}|{e.Msg}|{e.Lineno}|{e.Offset}|{e.EndLineno}|{e.EndOffset}";
        }
    }
}
