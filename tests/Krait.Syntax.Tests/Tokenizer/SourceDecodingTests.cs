using System.Text;
using Krait.Syntax.Text;
using Assert = Xunit.Assert;

namespace Krait.Syntax.Tests.Tokenizer;

public class SourceDecodingTests
{
    private static readonly System.Text.Json.JsonElement[] Utf8Cases = TokenizerData.Load("utf8_errors.jsonl");

    public static IEnumerable<object[]> Utf8Indexes() => TokenizerData.Indexes("utf8_errors.jsonl");

    /// <summary>Undecodable bytes survive decoding as U+DC80..U+DCFF, and Utf8DecodeError gives
    /// python3.11's UnicodeDecodeError message for the original bytes (utf8_errors.jsonl).</summary>
    [Theory]
    [MemberData(nameof(Utf8Indexes))]
    public void Utf8DecodeErrorIsPythons(int index)
    {
        var c = Utf8Cases[index];
        byte[] bytes = Convert.FromBase64String(c.GetProperty("bytes").GetString()!);
        string? expected = c.GetProperty("error").GetString();
        // Decoded as the body of a comment, where CPython keeps undecodable bytes.
        string text = SourceText.FromBytes([.. "#"u8, .. bytes], "f").Text[1..];
        Assert.Equal(expected, SourceText.Utf8DecodeError(text));
    }

    [Fact]
    public void NewlinesAreTranslated()
    {
        Assert.Equal("a\nb\nc\n\nd", SourceText.FromBytes("a\r\nb\rc\n\rd"u8.ToArray(), "f").Text);
        Assert.Equal("a\nb\n", SourceText.FromString("a\r\nb\r").Text);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'x' }, null)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'x' }, "utf-8")]
    [InlineData(new byte[] { (byte)'#', (byte)'c', (byte)'o', (byte)'d', (byte)'i', (byte)'n', (byte)'g', (byte)':', (byte)'l', (byte)'1', (byte)'\n' }, "l1")]
    public void DeclaredEncodingIsCPythonsTokEncoding(byte[] data, string? encoding) =>
        Assert.Equal(encoding, SourceText.FromBytes(data, "f").DeclaredEncoding);

    [Fact]
    public void StringSourceHasUtf8Encoding() => Assert.Equal("utf-8", SourceText.FromString("x").DeclaredEncoding);

    [Fact]
    public void CodingDeclarationsDecode()
    {
        Assert.Equal("# coding: latin-1\nx = 'é'\n",
            SourceText.FromBytes(Encoding.Latin1.GetBytes("# coding: latin-1\nx = 'é'\n"), "f").Text);
        var koi8 = Encoding.GetEncoding(20866);
        Assert.Equal("#!/usr/bin/python\n# -*- coding: koi8-r -*-\nы = 1\n",
            SourceText.FromBytes(koi8.GetBytes("#!/usr/bin/python\n# -*- coding: koi8-r -*-\nы = 1\n"), "f").Text);
        // A coding declaration on line 2 counts only after a blank or comment line 1.
        Assert.Equal("x = 1\n# coding: latin-1\n\uDCE9\n",
            SourceText.FromBytes([.. "x = 1\n# coding: latin-1\n"u8, 0xE9, (byte)'\n'], "f").Text);
        // The BOM is not part of the text.
        var bom = SourceText.FromBytes([0xEF, 0xBB, 0xBF, .. "x\n"u8], "f");
        Assert.Equal("x\n", bom.Text);
        Assert.True(bom.HadUtf8Bom);
        Assert.False(SourceText.FromBytes("x\n"u8.ToArray(), "f").HadUtf8Bom);
    }
}
