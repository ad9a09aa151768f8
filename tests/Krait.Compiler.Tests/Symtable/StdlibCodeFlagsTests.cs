using Krait.TestSupport;
using Krait.Compiler.Symtable;
using Krait.Syntax;
using Krait.Syntax.Parser;
using Krait.Syntax.Text;
using Assert = Xunit.Assert;

namespace Krait.Compiler.Tests.Symtable;

/// <summary>The block flags the symtable module does not show (generator, coroutine, nested,
/// *args/**kwargs), checked through the co_flags of the function code objects python3.11 compiles
/// from every stdlib file that compile() accepts. Code objects are keyed by co_name and
/// co_firstlineno.</summary>
public class StdlibCodeFlagsTests
{
    private static readonly Lazy<Dictionary<string, SymtableOracle.Verdict>> Verdicts =
        new(() => SymtableOracle.Verdicts(Stdlib.Files, codeFlags: true));

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in Stdlib.Files) data.Add(Stdlib.Relative(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void FunctionFlagsMatchCPython(string file)
    {
        string path = Path.Combine(StdlibSymtableTests.StdlibRoot, file);
        byte[] data = File.ReadAllBytes(path);
        var expected = Verdicts.Value[SymtableOracle.Sha256(data)];
        if (expected.ParseError is not null) return; // compile() refuses the file
        string actual;
        try
        {
            var mod = (Krait.Syntax.Ast.Module)PythonParser.ParseModule(data, path);
            actual = CodeFlags.Dump(SymbolTable.Build(mod, path, SourceText.FromBytes(data, path).Text));
        }
        catch (PythonSyntaxError e)
        {
            actual = SymtableDumper.DumpError(e);
        }
        if (SymtableOracle.Sha256(actual) == expected.Dump) return;
        // CPython's compiler drops code objects in unreachable code (a def after a return), so
        // Krait's table may have more functions; each of CPython's must be there with its flags.
        string full = SymtableOracle.FullDumps([path], codeFlags: true)[0].Dump!;
        var extra = new List<string>(actual.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        foreach (var line in full.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            if (!extra.Remove(line))
                Assert.Fail($"CPython has {line}, Krait not\n" + KraitSymtable.FirstDifference(full, actual));
    }
}
