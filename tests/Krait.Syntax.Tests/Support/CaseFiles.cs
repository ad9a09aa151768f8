using Krait.Syntax.Parser;

namespace Krait.Syntax.Tests.Support;

/// <summary>Differential case files: a folder's <c>*.cases</c> files hold snippets separated by
/// <c>#---</c> lines; the <c>*.expected</c> file beside each has one line per snippet, the AST dump
/// (<c>OK …</c>) or the SyntaxError (<c>ERR type|msg|lineno|offset|end_lineno|end_offset</c>) that
/// /usr/bin/python3.11 gave, recorded by tools/record_expr_cases.py.</summary>
internal sealed class CaseFiles
{
    private const string Separator = "#---";
    private readonly string _folder;

    /// <param name="area">The folder under tests/Krait.Syntax.Tests.</param>
    /// <param name="overrideVariable">An environment variable that, when set, names another folder
    /// (to run a local batch of cases).</param>
    public CaseFiles(string area, string overrideVariable)
    {
        var overridden = Environment.GetEnvironmentVariable(overrideVariable);
        _folder = !string.IsNullOrEmpty(overridden)
            ? overridden
            : Path.Combine(Krait.TestSupport.Repo.Root, "tests", "Krait.Syntax.Tests", area);
    }

    /// <summary>(file name, index) for every case, for a theory's MemberData.</summary>
    public TheoryData<string, int> All()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in Directory.GetFiles(_folder, "*.cases").OrderBy(f => f, StringComparer.Ordinal))
        {
            int n = Split(File.ReadAllText(file)).Count;
            for (int i = 0; i < n; i++) data.Add(Path.GetFileName(file), i);
        }
        return data;
    }

    /// <summary>Krait's answer and the recorded one for case <paramref name="index"/> of <paramref name="file"/>.</summary>
    public (string Expected, string Actual) Run(string file, int index)
    {
        string path = Path.Combine(_folder, file);
        var cases = Split(File.ReadAllText(path));
        var expected = File.ReadAllLines(Path.ChangeExtension(path, ".expected"));
        Xunit.Assert.Equal(cases.Count, expected.Length);
        return (expected[index], Answer(cases[index]));
    }

    private static string Answer(string source)
    {
        try
        {
            // As the milestone parses: ast.parse(bytes, file).
            var module = PythonParser.ParseAst(System.Text.Encoding.UTF8.GetBytes(source), "<case>");
            return "OK " + module.Dump(includeAttributes: true);
        }
        catch (PythonSyntaxError e)
        {
            return $"ERR {e.ErrorType}|{e.Msg}|{e.Lineno}|{e.Offset}|{e.EndLineno}|{e.EndOffset}";
        }
    }

    private static List<string> Split(string text)
    {
        var cases = new List<string>();
        var current = new System.Text.StringBuilder();
        int pos = 0;
        while (pos < text.Length)
        {
            int nl = text.IndexOf('\n', pos);
            int end = nl < 0 ? text.Length : nl + 1;
            string line = text[pos..end];
            if (line.TrimEnd('\r', '\n') == Separator)
            {
                cases.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(line);
            }
            pos = end;
        }
        if (current.Length > 0) cases.Add(current.ToString());
        return cases;
    }
}
