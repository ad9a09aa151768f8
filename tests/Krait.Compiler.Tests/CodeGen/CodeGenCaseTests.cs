using Krait.Syntax.Parser;
using Assert = Xunit.Assert;

namespace Krait.Compiler.Tests.CodeGen;

/// <summary>Each CodeGen/Cases/NAME.py compiles to exactly the code objects CPython 3.11 produced
/// (NAME.dump, recorded by tools/record_codegen_cases.py), or raises the same SyntaxError.
/// NAME_O1.py and NAME_O2.py are compiled with optimize=1 and 2; NAME_eval.py and NAME_single.py
/// in the 'eval' and 'single' modes.</summary>
public class CodeGenCaseTests
{
    private static string CasesDir =>
        Path.Combine(Krait.TestSupport.Repo.Root, "tests", "Krait.Compiler.Tests", "CodeGen", "Cases");

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
        int optimize = name.EndsWith("_O2.py", StringComparison.Ordinal) ? 2 : name.EndsWith("_O1.py", StringComparison.Ordinal) ? 1 : 0;
        var mode = name.EndsWith("_eval.py", StringComparison.Ordinal) ? ParseMode.Eval
            : name.EndsWith("_single.py", StringComparison.Ordinal) ? ParseMode.Interactive : ParseMode.File;
        string actual = KraitCode.DumpOrError(File.ReadAllBytes(path), name, optimize, mode);
        Assert.Equal(expected, actual);
    }
}
