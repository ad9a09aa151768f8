using System.Text;
using Krait.Syntax.Parser;
using Krait.Syntax.Text;
using Assert = Xunit.Assert;

namespace Krait.Syntax.Tests.Strings;

/// <summary>Escape decoding and number values against python3.11, below the parser (no tokens needed).</summary>
public class LiteralDecodeTests
{
    private static readonly string[] StrBodies =
    [
        @"plain", @"\\ \' \"" \a \b \f \n \r \t \v", @"\0 \7 \07 \017 \0170 \377 \400 \777 \8 \9", @"\x41\x7f\xff\xFf",
        @"\u0041\u00e9\u20ac\uFFFF", @"\U0001F600\U00010000\U0010FFFF", @"\ud800", @"\udc00x", @"\udc00\ud800",
        @"\N{LATIN SMALL LETTER A}\N{bullet}\N{EM DASH}", @"\N{HANGUL SYLLABLE GAG}\N{CJK UNIFIED IDEOGRAPH-4E00}",
        @"\d\w\s\(\{\}", "line\\\ncontinued", "é\\é", "\\é", "é\\x41é", "😀\\n😀",
        @"\x4", @"\x", @"\xg0", @"\x0g", @"é\xZZ", @"😀\xZZ", @"\u12", @"\u123g", @"\U1234567", @"\U00110000", @"\UFFFFFFFF",
        @"ab\N", @"\N{", @"\N{}", @"\N{foo}", @"\N{LATIN SMALL LETTER A", @"\Nx", @"é\N{é}", @"\N{\x}",
        @"\N{latin small letter a}", @"x\U0001F600y\N{NO SUCH}",
    ];

    [Fact]
    public void StrEscapesMatchPython311()
    {
        var lines = Oracle.Run("""
            import sys, ast
            for h in sys.stdin.read().split():
                body = bytes.fromhex(h).decode('utf-8', 'surrogatepass')
                try:
                    v = ast.literal_eval("'''" + body + "'''")
                    print('V', ascii(v))
                except SyntaxError as e:
                    print('E', ascii(e.msg))
            """, Hex(StrBodies));
        for (int i = 0; i < StrBodies.Length; i++)
        {
            string actual;
            try
            {
                actual = "V " + Ascii(StringLiteral.DecodeStr(StrBodies[i]));
            }
            catch (LiteralDecodeError e)
            {
                actual = "E " + Ascii(e.Message);
            }
            Assert.True(lines[i] == actual, $"{StrBodies[i]}: python {lines[i]}, krait {actual}");
        }
    }

    /// <summary>The one ambiguity of holding Python str in UTF-16: a high and a low surrogate escape
    /// in a row decode to the two code units of one astral character, which read back as that
    /// character (python3.11 keeps two code points, '\ud83d\ude00').</summary>
    [Fact]
    public void SurrogateEscapePairBecomesOneUtf16Pair()
    {
        Assert.Equal("\ud83d\ude00", StringLiteral.DecodeStr(@"\ud83d\ude00"));
        Assert.Equal("'\U0001F600'", PyRepr.Str(StringLiteral.DecodeStr(@"\ud83d\ude00")));
    }

    private static readonly string[] BytesBodies =
    [
        @"plain", @"\\ \' \"" \a \b \f \n \r \t \v", @"\0 \7 \07 \017 \0170 \377 \400 \777 \8", @"\x41\x7f\xff\xFf",
        @"\u0041\U00010000\N{x}", @"\d\(", "a\\\nb", @"\x4", @"ab\x", @"\xg0", @"abc\x0g",
    ];

    [Fact]
    public void BytesEscapesMatchPython311()
    {
        var lines = Oracle.Run("""
            import sys, ast
            for h in sys.stdin.read().split():
                body = bytes.fromhex(h).decode('utf-8')
                try:
                    v = ast.literal_eval("b'''" + body + "'''")
                    print('V', repr(v))
                except SyntaxError as e:
                    print('E', ascii(e.msg))
            """, Hex(BytesBodies));
        for (int i = 0; i < BytesBodies.Length; i++)
        {
            string actual;
            try
            {
                var sb = new StringBuilder();
                PyRepr.AppendBytes(sb, StringLiteral.DecodeBytes(BytesBodies[i]));
                actual = "V " + sb;
            }
            catch (LiteralDecodeError e)
            {
                actual = "E " + Ascii(e.Message);
            }
            Assert.True(lines[i] == actual, $"{BytesBodies[i]}: python {lines[i]}, krait {actual}");
        }
    }

    private static readonly string[] Numbers =
    [
        "0", "00", "0_0", "7", "1_000_000", "9223372036854775807", "9223372036854775808", "18446744073709551616",
        "123456789012345678901234567890", "0x0", "0xff", "0XDEAD_beef", "0x7fffffffffffffff", "0x8000000000000000",
        "0xffffffffffffffffffffffffffffffff", "0o17", "0O777", "0o1_7", "0b0", "0b1010", "0B1111_0000",
        "0b" + new string('1', 100), "0.0", "1.", ".5", "1e5", "1E-5", "1_0.5e-3_0", "3.14159265358979323846264338327950288",
        "1e400", "1e-400", "4.9e-324", "2.5e-324", "2.4e-324", "1.7976931348623157e308", "1.7976931348623159e308",
        "0.1", "0e0", "00.5", "0_0.0_1", "1j", "0j", "1.5J", "1e400j", "1_0j", "0.1e-1_0j", "123456789.123456789e-5",
        "9007199254740993", "9007199254740993.0", "0.30000000000000004", new string('9', 4300),
        new string('1', 4301), new string('1', 500) + "." + new string('2', 500),
    ];

    [Fact]
    public void NumberValuesMatchPython311()
    {
        var lines = Oracle.Run("""
            import sys, ast
            for s in sys.stdin.read().split():
                try:
                    print('V', repr(ast.literal_eval(s)))
                except SyntaxError as e:
                    print('E', e.msg)
            """, string.Join("\n", Numbers));
        for (int i = 0; i < Numbers.Length; i++)
        {
            string actual;
            try
            {
                var sb = new StringBuilder();
                PyRepr.AppendConstant(sb, NumberLiteral.Parse(Numbers[i]));
                actual = "V " + sb;
            }
            catch (LiteralDecodeError e)
            {
                actual = "E " + e.Message + " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.";
            }
            Assert.True(lines[i] == actual, $"{Numbers[i]}: python {lines[i]}, krait {actual}");
        }
    }

    private static string Hex(string[] items)
    {
        var sb = new StringBuilder();
        foreach (var s in items)
        {
            // Lone surrogates go over as CESU-style 3-byte sequences ('surrogatepass' on the Python side).
            foreach (var r in EncodeSurrogatePass(s)) sb.Append(r.ToString("x2"));
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static List<byte> EncodeSurrogatePass(string s)
    {
        var bytes = new List<byte>();
        for (int i = 0; i < s.Length; i++)
        {
            int c = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) c = char.ConvertToUtf32(s[i], s[++i]);
            if (c < 0x80) bytes.Add((byte)c);
            else if (c < 0x800) { bytes.Add((byte)(0xC0 | (c >> 6))); bytes.Add((byte)(0x80 | (c & 0x3F))); }
            else if (c < 0x10000) { bytes.Add((byte)(0xE0 | (c >> 12))); bytes.Add((byte)(0x80 | ((c >> 6) & 0x3F))); bytes.Add((byte)(0x80 | (c & 0x3F))); }
            else { bytes.Add((byte)(0xF0 | (c >> 18))); bytes.Add((byte)(0x80 | ((c >> 12) & 0x3F))); bytes.Add((byte)(0x80 | ((c >> 6) & 0x3F))); bytes.Add((byte)(0x80 | (c & 0x3F))); }
        }
        return bytes;
    }

    /// <summary>Python's ascii() of a str (code points, so a surrogate pair written by two escapes
    /// would read back as one character: see the report on lone surrogates).</summary>
    private static string Ascii(string s)
    {
        var sb = new StringBuilder();
        PyRepr.AppendStr(sb, s);
        var r = sb.ToString();
        var o = new StringBuilder();
        for (int i = 0; i < r.Length; i++)
        {
            int c = r[i];
            if (char.IsHighSurrogate(r[i]) && i + 1 < r.Length && char.IsLowSurrogate(r[i + 1])) c = char.ConvertToUtf32(r[i], r[++i]);
            if (c < 0x80) o.Append((char)c);
            else if (c <= 0xff) o.Append($"\\x{c:x2}");
            else if (c <= 0xffff) o.Append($"\\u{c:x4}");
            else o.Append($"\\U{c:x8}");
        }
        return o.ToString();
    }
}
