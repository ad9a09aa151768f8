using System.Text;
using Krait.Syntax.Parser;
using Krait.Syntax.Text;
using Assert = Xunit.Assert;

namespace Krait.Syntax.Tests.Strings;

/// <summary>Literals in source that is not valid UTF-8 (the tokenizer keeps undecodable bytes as
/// U+DC80..U+DCFF), against python3.11's ast.parse of the same bytes.</summary>
public class SourceBytesTests
{
    private static readonly byte[][] Sources =
    [
        Latin1("x = 'a\xf6b'\n"),
        Latin1("x = f'{a}\xf6b'\n"),
        Latin1("x = 'a' '\xf6\xf6' \n"),
        Latin1("x = r'a\xf6'\n"),
        Latin1("x = '\\n\xf6'\n"),
        Latin1("x = '\\n\xe2\x82'\n"),
        Latin1("x = '\xe2\x82'\n"),
        Latin1("x = '\xe2\x82x'\n"),
        Latin1("x = 'ab\xe2\x28\xa1'\n"),
        Latin1("x = '\\d\xc3\xa9\xff'\n"),
        Latin1("x = rf'{a}\xff'\n"),
        Latin1("x = b'\xff'\n"),
        Latin1("x = 1 # \xf6\n'ok'\n"),
        Latin1("x = '\xed\xa0\x80'\n"),
        Latin1("x = '\xf0\x9f\x98\x80\xf0\x9f'\n"),
    ];

    private static byte[] Latin1(string s) => Encoding.Latin1.GetBytes(s);

    [Fact]
    public void UndecodableBytesInLiteralsFailAsInPython311()
    {
        var hex = new StringBuilder();
        foreach (var s in Sources) hex.Append(Convert.ToHexString(s)).Append('\n');
        var expected = Oracle.Run("""
            import ast, sys
            for h in sys.stdin.read().split():
                try:
                    ast.parse(bytes.fromhex(h), '<case>')
                    print('OK')
                except SyntaxError as e:
                    print(f'ERR {type(e).__name__}|{e.msg}|{e.lineno}')
            """, hex.ToString());
        for (int i = 0; i < Sources.Length; i++)
        {
            string actual;
            try
            {
                PythonParser.ParseFile(SourceText.FromBytes(Sources[i], "<case>"));
                actual = "OK";
            }
            catch (PythonSyntaxError e)
            {
                actual = $"ERR {e.ErrorType}|{e.Msg}|{e.Lineno}";
            }
            Assert.True(expected[i] == actual, $"case {i}: python {expected[i]}, krait {actual}");
        }
    }
}
