namespace Krait.Runtime;

/// <summary>_PyIO_find_line_ending: where a line ends in decoded text, for each newline mode.</summary>
internal static class TextLines
{
    /// <summary>The index just past the first line ending at or after <paramref name="from"/>, or -1. Modes:
    /// "\n" (also used when translating), "" (universal: \r, \n, \r\n), "\r" or "\r\n". <paramref name="needMore"/>:
    /// universal mode found '\r' at the very end and more text may bring its '\n'.</summary>
    public static int FindLineEnd(string text, int from, string nl, bool final, out bool needMore)
    {
        needMore = false;
        switch (nl)
        {
            case "\n":
            {
                int i = text.IndexOf('\n', from);
                return i < 0 ? -1 : i + 1;
            }
            case "\r\n":
            {
                int i = text.IndexOf("\r\n", from, StringComparison.Ordinal);
                return i < 0 ? -1 : i + 2;
            }
            case "\r":
            {
                int i = text.IndexOf('\r', from);
                return i < 0 ? -1 : i + 1;
            }
            default:
            {
                int i = text.AsSpan(from).IndexOfAny('\r', '\n');
                if (i < 0) return -1;
                i += from;
                if (text[i] == '\n') return i + 1;
                if (i + 1 < text.Length) return text[i + 1] == '\n' ? i + 2 : i + 1;
                needMore = !final;
                return i + 1;
            }
        }
    }
}
