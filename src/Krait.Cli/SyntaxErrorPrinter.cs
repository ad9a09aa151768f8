using System.Text;
using Krait.Syntax;

namespace Krait.Cli;

/// <summary>Prints an uncaught compile error the way CPython 3.11 does (print_exception and
/// print_error_text in Python/pythonrun.c), without the traceback frames above it:
/// <code>
///   File "FILE", line N
///     source line, leading whitespace stripped
///        ^^^^
/// SyntaxError: message
/// </code>
/// Like CPython 3.11, the caret line counts the (character) offsets as UTF-8 bytes of the line, so
/// carets drift right of the error on lines with non-ASCII text; only SyntaxError itself gets a
/// range of carets (IndentationError and TabError get one). Errors that are not SyntaxErrors
/// (MemoryError, RecursionError, ValueError) print just <c>Type: message</c>.</summary>
internal static class SyntaxErrorPrinter
{
    public static void Print(PythonSyntaxError e, TextWriter w) => w.Write(Format(e));

    public static string Format(PythonSyntaxError e)
    {
        var sb = new StringBuilder();
        if (e.ErrorType is "SyntaxError" or "IndentationError" or "TabError")
        {
            sb.Append("  File \"").Append(e.FileName ?? "<string>").Append("\", line ").Append(e.Lineno).Append('\n');
            if (e.Text is not null)
            {
                int offset = e.Offset;
                int endLineno = e.EndLineno, endOffset = e.EndOffset;
                if (e.ErrorType != "SyntaxError")
                {
                    // parse_syntax_error reads the end position of SyntaxError itself only.
                    endLineno = e.Lineno;
                    endOffset = -1;
                }
                else if (endOffset == 0 && endLineno == 0)
                {
                    // Krait's 0 stands for CPython's None.
                    endLineno = e.Lineno;
                    endOffset = -1;
                }
                byte[] text = Encoding.UTF8.GetBytes(e.Text);
                // A range over several lines is highlighted to the end of the first one.
                if (endLineno > e.Lineno) endOffset = text.Length;
                // At most as many carets as the line has bytes.
                int lineSize = text.Length;
                if (endOffset > lineSize + 1) endOffset = lineSize + 1;
                AppendErrorText(sb, offset, endOffset, text);
            }
            sb.Append(e.ErrorType).Append(": ").Append(e.Msg).Append('\n');
        }
        else
        {
            sb.Append(e.ErrorType);
            if (e.Msg.Length > 0) sb.Append(": ").Append(e.Msg);
            sb.Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>print_error_text, on the UTF-8 bytes of the line as CPython does.</summary>
    private static void AppendErrorText(StringBuilder sb, int offset, int endOffset, byte[] text)
    {
        int carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        offset--;
        int start = 0;
        while (start < text.Length && text[start] is (byte)' ' or (byte)'\t' or (byte)'\f')
        {
            start++;
            offset--;
        }
        // CPython's C string stops at the first NUL.
        int end = Array.IndexOf(text, (byte)0, start);
        if (end < 0) end = text.Length;
        int len = end - start;
        if (len > 0 && text[start + len - 1] == '\n') len--;
        if (offset > len) offset = len;
        // Lines before the one the offset is on are skipped.
        for (;;)
        {
            int nl = Array.IndexOf(text, (byte)'\n', start, end - start);
            if (nl < 0) break;
            int inl = nl - start;
            if (inl >= offset) break;
            inl++;
            start += inl;
            len -= inl;
            offset -= inl;
        }
        sb.Append("    ").Append(Encoding.UTF8.GetString(text, start, end - start));
        if (start + len >= end || text[start + len] != '\n') sb.Append('\n');
        if (offset < 0) return;
        sb.Append("    ").Append(' ', offset).Append('^', carets).Append('\n');
    }
}
