using Assert = Xunit.Assert;

namespace Krait.Compiler.Tests.CodeGen;

/// <summary>Each CodeGen/Cases/NAME.py compiles to exactly the code objects CPython 3.11 produced
/// (NAME.dump, recorded by tools/record_codegen_cases.py), or raises the same SyntaxError.</summary>
public class CodeGenCaseTests
{
    private static string CasesDir
    {
        get
        {
            for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
                if (File.Exists(Path.Combine(d.FullName, "Krait.slnx")))
                    return Path.Combine(d.FullName, "tests", "Krait.Compiler.Tests", "CodeGen", "Cases");
            throw new InvalidOperationException("repository root not found");
        }
    }

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        var files = Directory.GetFiles(CasesDir, "*.py");
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var f in files) data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesCPython(string name)
    {
        string path = Path.Combine(CasesDir, name);
        string expected = File.ReadAllText(Path.ChangeExtension(path, ".dump"));
        string actual = KraitCode.DumpOrError(File.ReadAllBytes(path), name);
        Assert.Equal(expected, actual);
    }
}
