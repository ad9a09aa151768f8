using System.Diagnostics;
using System.Text;
using Krait.Compiler.Symtable;
using Krait.Syntax;
using Krait.Syntax.Parser;
using Krait.Syntax.Text;
using Assert = Xunit.Assert;

namespace Krait.Compiler.Tests.Symtable;

/// <summary>The symtable's recursion limit: <c>compile()</c> called from the module level of
/// <c>python3.11 -c</c> (one Python frame, so a starting depth of 3 × 2) accepts or refuses deep
/// expressions exactly where Krait does with the same starting depth.</summary>
public class SymtableRecursionTests
{
    [Theory]
    [InlineData("-", 2992)]
    [InlineData("-", 2993)]
    [InlineData("not ", 2992)]
    [InlineData("not ", 2993)]
    public void DeepUnaryMatchesCPython(string op, int n)
    {
        string src = string.Concat(Enumerable.Repeat(op, n)) + "x";
        string expected = RunPython(
            "try:\n compile('" + op + "'*" + n + "+'x', 'f', 'exec'); print('ok')\n" +
            "except RecursionError as e: print(e)");
        string actual;
        try
        {
            var mod = PythonParser.ParseFile(SourceText.FromString(src, "f"));
            SymbolTable.Build(mod, "f", startingDepth: 6, sourceText: src, future: new FutureFeatures());
            actual = "ok";
        }
        catch (PythonSyntaxError e) when (e.ErrorType == "RecursionError")
        {
            actual = e.Msg;
        }
        Assert.Equal(expected, actual);
    }

    private static string RunPython(string code)
    {
        var psi = new ProcessStartInfo(SymtableOracle.Python)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(code);
        using var p = Process.Start(psi)!;
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return output.TrimEnd('\n');
    }
}
