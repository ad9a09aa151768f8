using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Krait.Syntax.Parser;
using Assert = Xunit.Assert;

namespace Krait.Syntax.Tests.Statements;

/// <summary>Thousands of snippets from CPython's own regression tests (test_syntax's doctests,
/// test_patma's cases, …; about half of them syntax errors): Krait's ast.parse outcome must be
/// CPython's (same dump, or same error type, message and location). The snippets and CPython's
/// verdicts come from one run of snippets_oracle.py under /usr/bin/python3.11.</summary>
public class SnippetParityTests
{
    private const string Oracle = "/usr/bin/python3.11";
    private const string TestDir = "/usr/lib/python3.11/test";

    private static readonly string[] Modules =
    [
        "test_syntax", "test_exceptions", "test_patma", "test_grammar", "test_with", "test_except_star",
        "test_named_expressions", "test_positional_only_arg", "test_unpack_ex", "test_decorators",
        "test_keywordonlyarg", "test_genexps", "test_global", "test_type_comments", "test_ast",
        "test_compile", "test_eof", "test_flufl", "test_future", "test_string_literals",
    ];

    private static string Here([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    [Fact]
    public void SnippetsFromCPythonsTestsParseAsInCPython()
    {
        if (!File.Exists(Oracle) || !Directory.Exists(TestDir))
            Assert.Fail($"needs {Oracle} and {TestDir} (./run-tests installs them)");

        var args = new StringBuilder("-W ignore \"" + Path.Combine(Here(), "snippets_oracle.py") + "\"");
        foreach (var m in Modules)
        {
            string path = Path.Combine(TestDir, m + ".py");
            if (File.Exists(path)) args.Append(" \"").Append(path).Append('"');
        }
        var psi = new ProcessStartInfo(Oracle, args.ToString())
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var proc = Process.Start(psi)!;
        var lines = new List<string>();
        string? line;
        while ((line = proc.StandardOutput.ReadLine()) is not null) lines.Add(line);
        proc.WaitForExit();
        Assert.Equal(0, proc.ExitCode);
        Assert.True(lines.Count > 1000, $"only {lines.Count} snippets");

        var differences = new List<string>();
        foreach (var l in lines)
        {
            using var doc = JsonDocument.Parse(l);
            string src = doc.RootElement.GetProperty("src").GetString()!;
            string expected = doc.RootElement.GetProperty("verdict").GetString()!;
            string actual = Verdict(Encoding.UTF8.GetBytes(src));
            if (actual != expected)
                differences.Add($"{JsonSerializer.Serialize(src)}\n    CPython: {expected}\n    Krait:   {actual}");
        }
        if (differences.Count > 0)
            Assert.Fail($"{differences.Count} of {lines.Count} snippets differ:\n" + string.Join("\n", differences.Take(25)));
    }

    /// <summary>Krait's outcome in the oracle's format, on a thread with a large stack as the CLI runs.</summary>
    private static string Verdict(byte[] data)
    {
        string result = "";
        var t = new Thread(() =>
        {
            try
            {
                string dump = PythonParser.ParseAst(data, "<snippet>").Dump(includeAttributes: true);
                result = "OK " + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(dump))).ToLowerInvariant();
            }
            catch (PythonSyntaxError e)
            {
                result = $"ERR {e.ErrorType}|{e.Msg}|{e.Lineno}|{e.Offset}|{e.EndLineno}|{e.EndOffset}";
            }
            catch (Exception e)
            {
                result = "CRASH " + e.GetType().Name + ": " + e.Message;
            }
        }, 256 * 1024 * 1024);
        t.Start();
        t.Join();
        return result;
    }
}
