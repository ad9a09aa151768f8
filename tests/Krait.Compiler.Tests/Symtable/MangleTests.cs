using System.Diagnostics;
using System.Text;
using Krait.Compiler.Symtable;
using Assert = Xunit.Assert;

namespace Krait.Compiler.Tests.Symtable;

/// <summary><see cref="SymbolTable.Mangle"/> against python3.11's compiler: the name a class body
/// loads (or, for a dotted name, the module an import in the class body names), read from the
/// class body's co_names.</summary>
public class MangleTests
{
    private static readonly (string Class, string Name)[] Cases =
    [
        ("Ham", "__spam"), ("Ham", "__spam__"), ("Ham", "_spam"), ("Ham", "spam"), ("Ham", "__"),
        ("Ham", "___"), ("Ham", "__x_"), ("Ham", "__x__y"), ("_Ham", "__x"), ("__Ham__", "__x"),
        ("___", "__x"), ("_", "__x"), ("_A_", "__x"), ("Hé", "__é"), ("Ham", "__a.b"), ("Ham", "a.__b"),
    ];

    private static readonly Lazy<string[]> Expected = new(() =>
    {
        var code = new StringBuilder("import sys, types\nfor line in sys.stdin:\n");
        code.Append("    cls, name = line.rstrip('\\n').split(' ')\n");
        code.Append("    body = ('import ' if '.' in name else '') + name\n");
        code.Append("    c = compile(f'class {cls}:\\n    {body}\\n', 'f', 'exec')\n");
        code.Append("    k = [x for x in c.co_consts if isinstance(x, types.CodeType)][0]\n");
        code.Append("    print(k.co_names[3])\n");
        var psi = new ProcessStartInfo(SymtableOracle.Python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(code.ToString());
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        using var p = Process.Start(psi)!;
        foreach (var (cls, name) in Cases) p.StandardInput.WriteLine(cls + " " + name);
        p.StandardInput.Close();
        var lines = p.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        p.WaitForExit();
        Assert.Equal(Cases.Length, lines.Length);
        return lines;
    });

    public static TheoryData<int> Indexes()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < Cases.Length; i++) data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void MatchesCPython(int index)
    {
        var (cls, name) = Cases[index];
        Assert.Equal(Expected.Value[index], SymbolTable.Mangle(cls, name));
    }

    [Fact]
    public void NoClassNoMangling() => Assert.Equal("__spam", SymbolTable.Mangle(null, "__spam"));
}
