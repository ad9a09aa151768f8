using Krait.TestSupport;
using Assert = Xunit.Assert;

namespace Krait.Compiler.Tests.Symtable;

/// <summary>For every .py file under /usr/lib/python3.11 that CPython's parser accepts: Krait's
/// symbol table dump equals CPython's (tools/dump_symtable.py), or both raise the same SyntaxError.</summary>
public class StdlibSymtableTests
{
    public const string StdlibRoot = Stdlib.Root;

    private static readonly Lazy<Dictionary<string, SymtableOracle.Verdict>> Verdicts =
        new(() => SymtableOracle.Verdicts(Stdlib.Files));

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in Stdlib.Files) data.Add(Stdlib.Relative(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void DumpMatchesCPython(string file)
    {
        string path = Path.Combine(StdlibRoot, file);
        byte[] data = File.ReadAllBytes(path);
        var expected = Verdicts.Value[SymtableOracle.Sha256(data)];
        // Files CPython cannot parse are the parser's parity test's business.
        if (expected.ParseError is not null) return;
        string? actual = KraitSymtable.Dump(data, path, out string? parseError);
        if (parseError is not null) Assert.Fail($"Krait's parser rejects a file CPython parses: {parseError}");
        if (SymtableOracle.Sha256(actual!) != expected.Dump)
            Assert.Fail(KraitSymtable.FirstDifference(SymtableOracle.FullDumps([path])[0].Dump!, actual!));
    }
}
