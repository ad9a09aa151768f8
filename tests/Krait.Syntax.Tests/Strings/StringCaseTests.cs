using Krait.Syntax.Parser;
using Krait.Syntax.Text;
using Assert = Xunit.Assert;

namespace Krait.Syntax.Tests.Strings;

/// <summary>Differential tests: each snippet of the *.cases files in this folder must give the AST
/// dump or the SyntaxError that python3.11 gave (recorded in *.expected by running tools/record_expr_cases.py on this folder with /usr/bin/python3.11).</summary>
public class StringCaseTests
{
    private const string Separator = "#---";

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in Directory.GetFiles(CasesFolder(), "*.cases").OrderBy(f => f, StringComparer.Ordinal))
        {
            int n = SplitCases(File.ReadAllText(file)).Count;
            for (int i = 0; i < n; i++) data.Add(Path.GetFileName(file), i);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesCPython(string file, int index)
    {
        string path = Path.Combine(CasesFolder(), file);
        var cases = SplitCases(File.ReadAllText(path));
        var expected = File.ReadAllLines(Path.ChangeExtension(path, ".expected"));
        Assert.Equal(cases.Count, expected.Length);
        string source = cases[index];
        Assert.Equal(expected[index], Answer(source));
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

    private static List<string> SplitCases(string text)
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

    /// <summary>This folder, or KRAIT_STRING_CASES when set (to run a local batch of cases).</summary>
    private static string CasesFolder()
    {
        var overridden = Environment.GetEnvironmentVariable("KRAIT_STRING_CASES");
        if (!string.IsNullOrEmpty(overridden)) return overridden;
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Krait.slnx"))) dir = dir.Parent;
        if (dir is null) throw new DirectoryNotFoundException("repository root (Krait.slnx) not found");
        return Path.Combine(dir.FullName, "tests", "Krait.Syntax.Tests", "Strings");
    }
}
