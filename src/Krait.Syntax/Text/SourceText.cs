using System.Text;

namespace Krait.Syntax.Text;

/// <summary>Decoded Python source plus its file name. Line ends are kept as they are in the source
/// (the tokenizer treats CRLF and CR as newlines).</summary>
public sealed partial class SourceText
{
    private int[]? _lineStarts;

    public SourceText(string text, string fileName)
    {
        Text = text;
        FileName = fileName;
    }

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
            else n += 3;
        }
        return n;
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n') starts.Add(i + 1);
            else if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
        }
        return starts.ToArray();
    }
}
