using System.Text;
using System.Text.Json;
using Krait.TestSupport;

namespace Krait.Runtime.Tests.Tracebacks;

/// <summary>ExceptionPrinter on CPython's own SyntaxError values: for every case of the syntax-error corpus
/// (tests/syntax-errors), the exception built from the recorded fields must print exactly as python3.11
/// printed it. This is what lets the CLI print compile errors through the runtime's printer.</summary>
public class SyntaxErrorDisplayTests
{
    private static readonly string CorpusRoot = Path.Combine(Repo.Root, "tests", "syntax-errors");

    public static IEnumerable<object[]> Cases()
    {
        var files = Directory.GetFiles(Path.Combine(CorpusRoot, "cases"), "*.expected", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var f in files) yield return [Path.GetRelativePath(CorpusRoot, f).Replace('\\', '/')];
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void PrintsAsCPythonDoes(string rel)
    {
        var content = File.ReadAllText(Path.Combine(CorpusRoot, rel), Encoding.UTF8);
        int nl1 = content.IndexOf('\n');
        int nl2 = content.IndexOf('\n', nl1 + 1);
        using var doc = JsonDocument.Parse(content[..nl1]);
        var e = doc.RootElement;
        PyObject Opt(JsonElement x) => x.ValueKind switch
        {
            JsonValueKind.Number => PyInt.FromLong(x.GetInt64()),
            JsonValueKind.String => new PyStr(x.GetString()!),
            _ => PyNone.Instance,
        };
        var type = e[0].GetString() switch
        {
            "SyntaxError" => PyExc.SyntaxError,
            "IndentationError" => PyExc.IndentationError,
            "TabError" => PyExc.TabError,
            "ValueError" => PyExc.ValueError,
            "MemoryError" => PyExc.MemoryError,
            "RecursionError" => PyExc.RecursionError,
            "UnicodeDecodeError" => PyExc.SyntaxError,
            var other => throw new InvalidOperationException(other),
        };
        var msg = new PyStr(e[1].GetString()!);
        string source = Path.ChangeExtension(rel, ".py");
        PyBaseException exc = type.IsSubtype(PyExc.SyntaxError)
            ? (PyBaseException)Ops.Call(type, [msg, PyTuple.Create([new PyStr(source), Opt(e[2]), Opt(e[3]), Opt(e[6]), Opt(e[4]), Opt(e[5])])])
            : msg.Value.Length == 0 ? PyErr.Make(type) : PyErr.Make(type, msg);
        Assert.Equal(content[(nl2 + 1)..], ExceptionPrinter.Format(exc));
    }
}
