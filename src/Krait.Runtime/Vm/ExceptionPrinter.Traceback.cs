using System.Text;
using Krait.Syntax.Ast;
using Krait.Syntax.Parser;

namespace Krait.Runtime;

// The traceback entries (Python/traceback.c of 3.11: tb_printinternal, tb_displayline,
// display_source_line_with_margin, extract_anchors_from_line, print_error_location_carets).
public static partial class ExceptionPrinter
{
    private const int RecursiveCutoff = 3;
    private const int SourceLineIndent = 4;
    private const long DefaultLimit = 1000;

    private static void PrintTraceback(Context ctx, PyTraceback tb, int indent, string? margin, string? headerMargin, string header)
    {
        long limit = DefaultLimit;
        if (Sys.GetOrNull("tracebacklimit") is PyInt limitObj)
        {
            var big = limitObj.ToBigInteger();
            if (big > long.MaxValue) limit = long.MaxValue;
            else if (big <= 0) return;
            else limit = (long)big;
        }
        ctx.WriteIndentedMargin(indent, headerMargin);
        ctx.Write(header);

        long depth = 0;
        for (var t = tb; t is not null; t = t.Next) depth++;
        PyTraceback? cur = tb;
        while (cur is not null && depth > limit)
        {
            depth--;
            cur = cur.Next;
        }
        string? lastFile = null, lastName = null;
        int lastLine = -1;
        long cnt = 0;
        for (; cur is not null; cur = cur.Next)
        {
            var code = cur.Frame.Code;
            string file = code.Filename.Value, name = code.Name.Value;
            int line = cur.LineNo;
            if (lastFile is null || file != lastFile || lastLine == -1 || line != lastLine || lastName is null || name != lastName)
            {
                if (cnt > RecursiveCutoff) PrintLineRepeated(ctx, cnt);
                lastFile = file;
                lastLine = line;
                lastName = name;
                cnt = 0;
            }
            cnt++;
            if (cnt <= RecursiveCutoff) DisplayLine(ctx, cur, file, line, name, indent, margin);
        }
        if (cnt > RecursiveCutoff) PrintLineRepeated(ctx, cnt);
    }

    /// <summary>tb_print_line_repeated (CPython writes it without the group margin).</summary>
    private static void PrintLineRepeated(Context ctx, long cnt)
    {
        cnt -= RecursiveCutoff;
        ctx.Write(cnt > 1
            ? $"  [Previous line repeated {cnt} more times]\n"
            : $"  [Previous line repeated {cnt} more time]\n");
    }

    private static void DisplayLine(Context ctx, PyTraceback tb, string filename, int lineno, string name, int indent, string? margin)
    {
        ctx.WriteIndentedMargin(indent, margin);
        ctx.Write($"  File \"{filename}\", line {lineno}, in {name}\n");

        var sourceLine = SourceLines.GetLine(filename, lineno);
        if (sourceLine is null) return;
        int[] line = ToCodePoints(sourceLine);
        int ws = 0;
        while (ws < line.Length && line[ws] is ' ' or '\t' or '\f') ws++;
        ctx.WriteIndentedMargin(indent, margin);
        ctx.Write(new string(' ', SourceLineIndent));
        ctx.Write(FromCodePoints(line, ws, line.Length));
        ctx.Write("\n");
        int truncation = ws - SourceLineIndent;

        var positions = tb.Frame.Code.Positions;
        if (tb.Lasti < 0 || tb.Lasti >= positions.Length) return;
        var pos = positions[tb.Lasti];
        if (pos.Line < 0 || pos.EndLine < 0 || pos.Col < 0 || pos.EndCol < 0) return;

        byte[] lineBytes = Encoding.UTF8.GetBytes(sourceLine);
        int start = ByteOffsetToCharOffset(lineBytes, pos.Col);
        int end = ByteOffsetToCharOffset(lineBytes, pos.EndCol);
        int leftEnd = -1, rightStart = -1;
        char primary = '^', secondary = '^';
        if (pos.Line == pos.EndLine)
        {
            ExtractAnchors(filename, line, start, end, ref leftEnd, ref rightStart, ref primary, ref secondary);
        }
        else
        {
            // A multi-line expression is highlighted to the last non-whitespace character of its first
            // line (CPython scans the UTF-8 bytes up to the line's length in characters).
            int i = line.Length;
            while (--i >= 0)
                if (lineBytes[i] is not ((byte)' ' or (byte)'\t' or (byte)'\f')) break;
            end = i + 1;
        }

        // No markers when the primary range spans the whole (stripped) line.
        int strippedLength = line.Length - ws;
        bool secondaryRanges = leftEnd != -1 || rightStart != -1;
        if (end - start == strippedLength && !secondaryRanges) return;

        ctx.WriteIndentedMargin(indent, margin);
        var sb = new StringBuilder();
        for (int offset = truncation + 1; offset <= end; offset++)
        {
            if (offset <= start) sb.Append(' ');
            else if (secondaryRanges && leftEnd < offset && offset <= rightStart) sb.Append(secondary);
            else sb.Append(primary);
        }
        sb.Append('\n');
        ctx.Write(sb.ToString());
    }

    /// <summary>extract_anchors_from_line: parses the failing segment and, for a binary operation or a
    /// subscript, marks the operator (or the brackets) with ^ and the rest with ~.</summary>
    private static void ExtractAnchors(string filename, int[] line, int start, int end, ref int leftAnchor, ref int rightAnchor,
        ref char primary, ref char secondary)
    {
        if (start < 0 || end > line.Length || start > end) return;
        string segment = FromCodePoints(line, start, end);
        byte[] seg = Encoding.UTF8.GetBytes(segment);
        Module module;
        try
        {
            module = (Module)PythonParser.ParseModule(seg, filename, ParseMode.File);
        }
        catch (Exception e) when (e is Krait.Syntax.PythonSyntaxError or InsufficientExecutionStackException)
        {
            return;
        }
        if (module.Body.Length != 1 || module.Body[0] is not Expr { Value: var expr }) return;
        int left, right;
        switch (expr)
        {
            case BinOp b:
            {
                left = right = -1;
                for (int i = b.Left.EndColOffset; i < b.Right.ColOffset && i < seg.Length; i++)
                {
                    if (IsWhitespace(seg[i])) continue;
                    left = i;
                    right = i + 1;
                    // A two-character operator (//, **, <<, ...).
                    if (i + 1 < b.Right.ColOffset && i + 1 < seg.Length && !IsWhitespace(seg[i + 1])) right++;
                    break;
                }
                if (left < 0) return;
                break;
            }
            case Subscript s:
                left = s.Value.EndColOffset;
                right = s.Slice.EndColOffset + 1;
                break;
            default:
                return;
        }
        primary = '~';
        secondary = '^';
        leftAnchor = ByteOffsetToCharOffset(seg, left) + start;
        rightAnchor = ByteOffsetToCharOffset(seg, right) + start;
    }

    private static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\f';

    /// <summary>_PyPegen_byte_offset_to_character_offset: the number of characters the first
    /// <paramref name="col"/> UTF-8 bytes decode to (with replacement), clamped past the end as CPython's
    /// C string (with its terminating NUL) is.</summary>
    internal static int ByteOffsetToCharOffset(byte[] utf8, int col)
    {
        int len = Array.IndexOf(utf8, (byte)0);
        if (len < 0) len = utf8.Length;
        if (col > len + 1) col = len + 1;
        int extra = 0;
        if (col == len + 1)
        {
            extra = 1;
            col = len;
        }
        if (col <= 0) return extra;
        string s = Encoding.UTF8.GetString(utf8, 0, col);
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            n++;
        }
        return n + extra;
    }

    private static int[] ToCodePoints(string s)
    {
        var list = new List<int>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                list.Add(char.ConvertToUtf32(s[i], s[i + 1]));
                i++;
            }
            else list.Add(s[i]);
        }
        return [.. list];
    }

    private static string FromCodePoints(int[] cps, int start, int end)
    {
        var sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++)
        {
            int c = cps[i];
            if (c > 0xFFFF) sb.Append(char.ConvertFromUtf32(c));
            else sb.Append((char)c);
        }
        return sb.ToString();
    }
}
