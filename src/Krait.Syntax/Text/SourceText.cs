using System.Text;

namespace Krait.Syntax.Text;

/// <summary>Decoded Python source plus its file name. Line ends are translated to <c>\n</c> (CRLF and
/// CR alike), as CPython's tokenizer does before tokenizing (translate_newlines), so that string
/// literals, columns and error lines see what CPython sees. An undecodable source byte 0xXY of UTF-8
/// source is kept as the lone surrogate U+DCXY (see SourceText.Decode.cs).</summary>
public sealed partial class SourceText
{
    private int[]? _lineStarts;

    public SourceText(string text, string fileName) : this(text, fileName, "utf-8", false) { }

    private SourceText(string text, string fileName, string? declaredEncoding, bool hadUtf8Bom)
    {
        Text = text.Contains('\r') ? TranslateNewlines(text) : text;
        FileName = fileName;
        DeclaredEncoding = declaredEncoding;
        HadUtf8Bom = hadUtf8Bom;
    }

    /// <summary>The bytes began with a UTF-8 BOM (which is not part of <see cref="Text"/>).</summary>
    public bool HadUtf8Bom { get; }

    /// <summary>CPython's tok->encoding: "utf-8" for text given as a string, the BOM's or the coding
    /// declaration's encoding for bytes, and null for bytes with neither. When it is null, CPython
    /// reports the offsets of errors raised by the parser (not the tokenizer's own) in UTF-8 bytes
    /// instead of characters (_PyPegen_raise_error_known_location converts only if it is set).</summary>
    public string? DeclaredEncoding { get; }

    public string FileName { get; }
    public string Text { get; }

    public static SourceText FromString(string text, string fileName = "<string>") => new(text, fileName);

    /// <summary>Start offsets (into <see cref="Text"/>) of every line; index 0 is line 1.</summary>
    public int[] LineStarts => _lineStarts ??= ComputeLineStarts(Text);

    /// <summary>Line <paramref name="lineno"/> (1-based) including its line ending, or "" past the end.</summary>
    public string GetLine(int lineno)
    {
        var starts = LineStarts;
        if (lineno < 1 || lineno > starts.Length) return "";
        int s = starts[lineno - 1];
        int e = lineno < starts.Length ? starts[lineno] : Text.Length;
        return Text[s..e];
    }

    /// <summary>UTF-8 byte length of <c>Text[start..end]</c>.</summary>
    public int Utf8Length(int start, int end)
    {
        int n = 0;
        for (int i = start; i < end; i++)
        {
            char c = Text[i];
            if (c < 0x80) n++;
            else if (c < 0x800) n += 2;
            else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(Text[i + 1])) { n += 4; i++; }
            else if (c >= 0xDC80 && c <= 0xDCFF) n++; // an undecodable source byte
            else n += 3;
        }
        return n;
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        int i = 0;
        while ((i = text.IndexOf('\n', i)) >= 0) starts.Add(++i);
        return starts.ToArray();
    }

    /// <summary>CRLF and lone CR become LF.</summary>
    private static string TranslateNewlines(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
