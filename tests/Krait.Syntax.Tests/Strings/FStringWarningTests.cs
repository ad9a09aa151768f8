using Krait.Syntax.Parser;
using Krait.Syntax.Text;
using Assert = Xunit.Assert;

namespace Krait.Syntax.Tests.Strings;

/// <summary>Tokenizer warnings raised inside replacement fields, against python3.11's warnings.</summary>
public class FStringWarningTests
{
    [Fact]
    public void SyntaxWarningsInsideFStringsCarryTheFStringsLine()
    {
        const string source = "x = 1\ny = f'{1if a else 2}' f'''\n{0x1for x in y}''' f'{f\"{1or 2}\"}'\n";
        var expected = Oracle.Run("""
            import ast, sys, warnings
            with warnings.catch_warnings(record=True) as ws:
                warnings.simplefilter('always')
                ast.parse(sys.stdin.read())
            for w in ws:
                if w.category is SyntaxWarning:
                    print(f'{w.category.__name__}|{w.message}|{w.lineno}')
            """, source);
        var parser = new PythonParser(SourceText.FromString(source, "<case>"));
        parser.Run();
        var actual = (parser.FStringWarnings ?? []).Select(w => $"{w.Category}|{w.Message}|{w.Lineno}").ToArray();
        Assert.Equal(expected, actual);
    }
}
