using System.Diagnostics;
using Assert = Xunit.Assert;

namespace Krait.Syntax.Tests.Errors;

/// <summary>The built <c>krait --dump-ast</c> on a few corpus cases, as a user runs it: CPython's
/// report on stderr, nothing on stdout, exit status 1.</summary>
public class CliEndToEndTests
{
    [Theory]
    [InlineData("cases/brackets/never-closed-then-statement.py")]
    [InlineData("cases/indentation/tab-error.py")]
    [InlineData("cases/fstrings/invalid-syntax-in-expr.py")]
    [InlineData("cases/limits/neg-6000.py")]
    [InlineData("cases/characters/null-byte.py")]
    public async Task DumpAstPrintsCPythonsReportAndExitsWith1(string rel)
    {
        var c = SyntaxErrorCase.Load(rel);
        var psi = new ProcessStartInfo(CliPrinter.BuiltCli("krait"))
        {
            WorkingDirectory = SyntaxErrorCase.CorpusRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("--dump-ast");
        psi.ArgumentList.Add(rel);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await p.WaitForExitAsync(cts.Token);
        Assert.Equal(c.Stderr, await stderr);
        Assert.Equal("", await stdout);
        Assert.Equal(c.ExitCode, p.ExitCode);
    }
}
