using System.Text;

namespace Krait.Runtime;

/// <summary>Lays a formatted number out in its field (formatter_unicode.c calc_number_widths and fill_number):
/// [lpadding][sign][prefix][spadding][grouped digits][remainder][rpadding]. With fill '0' and '=' alignment
/// the zero padding becomes leading zeros of the digits and is grouped with them ('010,' → '00,001,234').</summary>
internal static class NumberLayout
{
    /// <summary>Widths beyond this are refused with MemoryError instead of building a string .NET can't hold.</summary>
    public const long MaxWidth = 1 << 28;

    public static void Append(StringBuilder sb, in FormatSpec f, bool negative, string prefix, ReadOnlySpan<char> digits,
        ReadOnlySpan<char> remainder, bool upper, bool grouping)
    {
        char sign = f.Sign switch
        {
            '+' => negative ? '-' : '+',
            ' ' => negative ? '-' : ' ',
            _ => negative ? '-' : '\0',
        };
        int nSign = sign == '\0' ? 0 : 1;
        long nonDigit = nSign + prefix.Length + CodePoints(remainder);
        long minWidth = f.Fill == '0' && f.Align == '=' ? f.Width - nonDigit : 0;
        if (f.Width > MaxWidth) throw PyErr.New(PyExc.MemoryError);
        char sep = grouping ? f.Grouping : '\0';
        bool group = digits.Length > 0 && (sep != '\0' || minWidth > digits.Length);
        // Each group of at least one digit or zero brings at most one separator; the last may overshoot by a group.
        long need = group ? Math.Max(minWidth, digits.Length) * 2 + f.GroupSize + 2 : 0;
        Span<char> buf = need <= 128 ? stackalloc char[(int)need] : new char[need];
        ReadOnlySpan<char> grouped = group ? buf[Group(digits, minWidth, sep, f.GroupSize, buf)..] : digits;
        long padding = f.Width - (nonDigit + grouped.Length);
        long lpad = 0, spad = 0, rpad = 0;
        if (padding > 0)
        {
            switch (f.Align)
            {
                case '<': rpad = padding; break;
                case '^': lpad = padding / 2; rpad = padding - lpad; break;
                case '=': spad = padding; break;
                default: lpad = padding; break;
            }
        }
        AppendFill(sb, f.Fill, lpad);
        if (nSign == 1) sb.Append(sign);
        AppendCased(sb, prefix, upper);
        AppendFill(sb, f.Fill, spad);
        AppendCased(sb, grouped, upper);
        sb.Append(remainder);
        AppendFill(sb, f.Fill, rpad);
    }

    private static void AppendCased(StringBuilder sb, ReadOnlySpan<char> s, bool upper)
    {
        if (!upper) { sb.Append(s); return; }
        foreach (char c in s) sb.Append(char.ToUpperInvariant(c));
    }

    // The remainder of a 'c' format may be one character outside the BMP.
    private static int CodePoints(ReadOnlySpan<char> s)
    {
        int n = s.Length;
        foreach (char c in s) if (char.IsLowSurrogate(c)) n--;
        return n;
    }

    public static void AppendFill(StringBuilder sb, int fill, long count)
    {
        if (count <= 0) return;
        if (fill < 0x10000) AppendRepeat(sb, (char)fill, (int)count);
        else
        {
            string s = char.ConvertFromUtf32(fill);
            for (long i = 0; i < count; i++) sb.Append(s);
        }
    }

    /// <summary><paramref name="count"/> copies of <paramref name="c"/> (none when it isn't positive). A short run is a
    /// loop: StringBuilder.Append(char, int) fills a span, and the vectorised Span.Fill isn't precompiled (a JIT
    /// compilation in every process that pads or zero-fills a number).</summary>
    public static void AppendRepeat(StringBuilder sb, char c, int count)
    {
        if (count > 32) sb.Append(c, count);
        else
            for (int i = 0; i < count; i++) sb.Append(c);
    }

    /// <summary>_PyUnicode_InsertThousandsGrouping: separators every <paramref name="size"/> digits from the
    /// right (none when <paramref name="sep"/> is '\0'), with leading zeros (grouped too) up to
    /// <paramref name="minWidth"/> characters. Written right to left at the end of <paramref name="buf"/>; returns
    /// where the result starts.</summary>
    public static int Group(ReadOnlySpan<char> digits, long minWidth, char sep, int size, Span<char> buf)
    {
        int at = buf.Length;
        int remaining = digits.Length;
        long min = minWidth;
        bool useSep = false, done = false;
        if (sep != '\0')
        {
            while (true)
            {
                long l = Math.Min(size, Math.Max(Math.Max(remaining, min), 1));
                at = AddGroup(buf, at, digits, ref remaining, l, useSep ? sep : '\0');
                useSep = true;
                min -= l;
                if (remaining <= 0 && min <= 0) { done = true; break; }
                min -= 1;
            }
        }
        if (!done)
        {
            long l = Math.Max(Math.Max(remaining, min), 1);
            at = AddGroup(buf, at, digits, ref remaining, l, useSep ? sep : '\0');
        }
        return at;
    }

    // One group, written before position at as it reads: zeros, digits, then the separator that follows it.
    private static int AddGroup(Span<char> buf, int at, ReadOnlySpan<char> digits, ref int remaining, long l, char sepAfter)
    {
        long zeros = Math.Max(0, l - remaining);
        int chars = (int)Math.Max(0, Math.Min(remaining, l));
        if (sepAfter != '\0') buf[--at] = sepAfter;
        at -= chars;
        digits.Slice(remaining - chars, chars).CopyTo(buf[at..]);
        at -= (int)zeros;
        FillZeros(buf.Slice(at, (int)zeros));
        remaining -= chars;
        return at;
    }

    /// <summary>Writes '0' over <paramref name="s"/>. A loop, not Span.Fill: SpanHelpers.Fill has AVX-512 paths, so it
    /// is never precompiled and its first use (even on an empty span: '%d' % n at start-up) is a JIT compilation.</summary>
    internal static void FillZeros(Span<char> s)
    {
        for (int i = 0; i < s.Length; i++) s[i] = '0';
    }
}
