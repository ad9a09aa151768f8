using Krait.Syntax.Parser;
using Krait.Syntax.Tests.Parity;
using Assert = Xunit.Assert;

namespace Krait.Syntax.Tests.Errors;

/// <summary>The syntax-error corpus (tests/syntax-errors): for every case, Krait raises CPython's
/// error (type, msg, lineno, offset, end_lineno, end_offset) and prints exactly what python3.11
/// prints on stderr for the --dump-ast one-liner (minus the traceback frames).</summary>
public class SyntaxErrorCorpusTests
{
    public static TheoryData<string> Cases()
    {
        var d = new TheoryData<string>();
        foreach (var c in SyntaxErrorCase.All()) d.Add(c);
        return d;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void KraitRaisesCPythonsErrorAndPrintsItsReport(string rel)
    {
        var c = SyntaxErrorCase.Load(rel);
        var (error, crash) = Run(c.Source, rel);
        if (crash is not null) Assert.Fail($"Krait threw {crash.GetType().Name}: {crash.Message}\n{crash.StackTrace}");
        if (error is null) Assert.Fail($"Krait parses the case; CPython raises {c.Error}");
        var actual = ErrorTuple.From(error);
        if (!c.Error.Matches(actual)) Assert.Fail($"error differs:\n  CPython: {c.Error}\n  Krait:   {actual}");
        Assert.Equal(c.Stderr, CliPrinter.Format(error));
        Assert.Equal(1, c.ExitCode);
    }

    /// <summary>The printer alone, fed CPython's own exception values (text included).</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void PrinterFormatsCPythonsErrorAsCPythonDoes(string rel)
    {
        var c = SyntaxErrorCase.Load(rel);
        Assert.Equal(c.Stderr, CliPrinter.Format(c.ToException()));
    }

    internal static (PythonSyntaxError? Error, Exception? Crash) Run(byte[] data, string path)
    {
        PythonSyntaxError? error = null;
        Exception? crash = null;
        var t = new Thread(() =>
        {
            try
            {
                PythonParser.ParseAst(data, path);
            }
            catch (PythonSyntaxError e)
            {
                error = e;
            }
            catch (Exception e)
            {
                crash = e;
            }
        }, 256 * 1024 * 1024);
        t.Start();
        t.Join();
        return (error, crash);
    }
}
