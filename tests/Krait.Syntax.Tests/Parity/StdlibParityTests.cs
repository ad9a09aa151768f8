using Krait.TestSupport;
using Assert = Xunit.Assert;

namespace Krait.Syntax.Tests.Parity;

/// <summary>For every .py file under /usr/lib/python3.11 (the standard library and its regression
/// suite, including the files CPython rejects): Krait's ast.dump equals CPython's, or both raise
/// the same error (type, msg, lineno, offset, end_lineno, end_offset).</summary>
public class StdlibParityTests
{
    public const string StdlibRoot = Stdlib.Root;

    private static readonly Lazy<Dictionary<string, CPythonOracle.Verdict>> Verdicts =
        new(() => CPythonOracle.Verdicts(Stdlib.Files));

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in Stdlib.Files) data.Add(Stdlib.Relative(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void DumpOrErrorMatchesCPython(string file)
    {
        string path = Path.Combine(StdlibRoot, file);
        byte[] data = File.ReadAllBytes(path);
        var expected = Verdicts.Value[CPythonOracle.Sha256(data)];
        var actual = KraitAst.Parse(data, path);

        if (actual.Crash is not null)
            Assert.Fail($"Krait threw {actual.Crash.GetType().Name}: {actual.Crash.Message}\n" +
                        $"CPython: {(expected.Error?.ToString() ?? "parses")}\n{actual.Crash.StackTrace}");

        if (expected.Error is not null)
        {
            if (actual.Error is null) Assert.Fail($"CPython raises {expected.Error}, Krait parses the file");
            if (!expected.Error.Matches(actual.Error))
                Assert.Fail($"error differs:\n  CPython: {expected.Error}\n  Krait:   {actual.Error}");
            return;
        }
        if (actual.Error is not null) Assert.Fail($"CPython parses the file, Krait raises {actual.Error}");
        if (CPythonOracle.Sha256(actual.Dump!) != expected.DumpSha)
            Assert.Fail(Py.FirstDifference(CPythonOracle.FullDump(path), actual.Dump!));
    }
}
