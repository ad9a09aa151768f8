using System.Text;

namespace Krait.Runtime;

// SyntaxError's location block (pythonrun.c of 3.11: print_exception_file_and_line, parse_syntax_error,
// print_error_text).
public static partial class ExceptionPrinter
{
    /// <summary>For an exception with a <c>print_file_and_line</c> attribute (SyntaxError and its subclasses),
    /// prints <c>  File "…", line N</c>, the text line and the carets, and returns its <c>msg</c>, which is
    /// then shown in place of str(exception). False when the fields can't be read.</summary>
    private static bool PrintSyntaxErrorLocation(Context ctx, PyBaseException value, out PyObject? message)
    {
        message = null;
        try
        {
            if (Ops.TryGetAttr(value, PyStr.Intern("print_file_and_line")) is null) return false;
        }
        catch (PythonException)
        {
            return false;
        }
        PyObject msg, filename;
        long lineno, offset, endLineno, endOffset;
        PyObject? text;
        try
        {
            msg = Ops.GetAttr(value, "msg");
            var f = Ops.GetAttr(value, "filename");
            filename = f is PyNone ? new PyStr("<string>") : f;
            lineno = AsSsize(Ops.GetAttr(value, "lineno"));
            var o = Ops.GetAttr(value, "offset");
            offset = o is PyNone ? -1 : AsSsize(o);
            if (ReferenceEquals(value.Type, PyExc.SyntaxError))
            {
                var el = Ops.TryGetAttr(value, PyStr.Intern("end_lineno"));
                endLineno = el is null or PyNone ? lineno : AsSsize(el);
                var eo = Ops.TryGetAttr(value, PyStr.Intern("end_offset"));
                endOffset = eo is null or PyNone ? -1 : AsSsize(eo);
            }
            else
            {
                // Subclasses (IndentationError, TabError) get a single caret.
                endLineno = lineno;
                endOffset = -1;
            }
            var t = Ops.GetAttr(value, "text");
            text = t is PyNone ? null : t;
        }
        catch (PythonException)
        {
            return false;
        }
        message = msg;

        ctx.WriteIndentedMargin();
        ctx.Write($"  File \"{Ops.Str(filename).Value}\", line {lineno}\n");
        if (text is PyStr s)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(s.Value);
            // A range over several lines is highlighted to the end of the first one.
            if (endLineno > lineno) endOffset = bytes.Length;
            // At most as many carets as the line has bytes.
            if (endOffset > bytes.Length + 1) endOffset = bytes.Length + 1;
            PrintErrorText(ctx, offset, endOffset, bytes);
        }
        return true;
    }

    /// <summary>PyLong_AsSsize_t: an int (no __index__), else TypeError.</summary>
    private static long AsSsize(PyObject o) =>
        o is PyInt i ? (long)i.ToBigInteger() : throw PyErr.TypeError("an integer is required");

    /// <summary>print_error_text, on the UTF-8 bytes of the line as CPython does (the offsets count bytes).</summary>
    private static void PrintErrorText(Context ctx, long offset, long endOffset, byte[] text)
    {
        long carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        offset--;
        int start = 0;
        while (start < text.Length && text[start] is (byte)' ' or (byte)'\t' or (byte)'\f')
        {
            start++;
            offset--;
        }
        // CPython's C string ends at the first NUL.
        int end = Array.IndexOf(text, (byte)0, start);
        if (end < 0) end = text.Length;
        long len = end - start;
        if (len > 0 && text[start + len - 1] == '\n') len--;
        if (offset > len) offset = len;
        // Skip the lines before the one the offset is on.
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
        ctx.Write("    ");
        ctx.Write(Encoding.UTF8.GetString(text, start, end - start));
        if (start + len >= end || text[start + len] != '\n') ctx.Write("\n");
        if (offset < 0) return;
        var sb = new StringBuilder("    ");
        sb.Append(' ', (int)Math.Min(offset, int.MaxValue / 2));
        sb.Append('^', (int)Math.Min(carets, int.MaxValue / 2));
        sb.Append('\n');
        ctx.Write(sb.ToString());
    }
}
