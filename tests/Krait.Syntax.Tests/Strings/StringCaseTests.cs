using Krait.Syntax.Tests.Support;
using Assert = Xunit.Assert;

namespace Krait.Syntax.Tests.Strings;

/// <summary>Differential tests: each snippet of the *.cases files in this folder gives the AST dump
/// or the SyntaxError that /usr/bin/python3.11 gave (see <see cref="CaseFiles"/>; $KRAIT_STRING_CASES runs another folder).</summary>
public class StringCaseTests
{
    private static readonly CaseFiles Files = new("Strings", "KRAIT_STRING_CASES");

    public static TheoryData<string, int> Cases() => Files.All();

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesCPython(string file, int index)
    {
        var (expected, actual) = Files.Run(file, index);
        Assert.Equal(expected, actual);
    }
}
