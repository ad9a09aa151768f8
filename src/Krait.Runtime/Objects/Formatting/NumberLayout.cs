using System.Text;

namespace Krait.Runtime;

/// <summary>Lays a formatted number out in its field (formatter_unicode.c calc_number_widths and fill_number):
/// [lpadding][sign][prefix][spadding][grouped digits][remainder][rpadding]. With fill '0' and '=' alignment
/// the zero padding becomes leading zeros of the digits and is grouped with them ('010,' → '00,001,234').</summary>
internal static class NumberLayout
{
    /// <summary>Widths beyond this are refused with MemoryError instead of building a string .NET can't hold.</summary>
    public const long MaxWidth = 1 << 28;

    public static void Append(StringBuilder sb, in FormatSpec f, bool negative, string prefix, string digits,
        string remainder, bool upper, bool grouping)
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
        string grouped = digits.Length == 0 ? "" : Group(digits, minWidth, grouping ? f.Grouping : '\0', f.GroupSize);
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
        sb.Append(upper ? prefix.ToUpperInvariant() : prefix);
        AppendFill(sb, f.Fill, spad);
        sb.Append(upper ? grouped.ToUpperInvariant() : grouped);
        sb.Append(remainder);
        AppendFill(sb, f.Fill, rpad);
    }

    // The remainder of a 'c' format may be one character outside the BMP.
    private static int CodePoints(string s)
    {
        int n = s.Length;
        foreach (char c in s) if (char.IsLowSurrogate(c)) n--;
        return n;
    }

    public static void AppendFill(StringBuilder sb, int fill, long count)
    {
        if (count <= 0) return;
        if (fill < 0x10000) sb.Append((char)fill, (int)count);
        else
        {
            string s = char.ConvertFromUtf32(fill);
            for (long i = 0; i < count; i++) sb.Append(s);
        }
    }

    /// <summary>_PyUnicode_InsertThousandsGrouping: separators every <paramref name="size"/> digits from the
    /// right (none when <paramref name="sep"/> is '\0'), with leading zeros (grouped too) up to
    /// <paramref name="minWidth"/> characters.</summary>
    public static string Group(string digits, long minWidth, char sep, int size)
    {
        if (sep == '\0' && minWidth <= digits.Length) return digits;
        var parts = new List<string>();
        int remaining = digits.Length;
        long min = minWidth;
        bool useSep = false, done = false;
        if (sep != '\0')
        {
            while (true)
            {
                long l = Math.Min(size, Math.Max(Math.Max(remaining, min), 1));
                AddGroup(parts, digits, ref remaining, l, useSep ? sep : '\0');
                useSep = true;
                min -= l;
                if (remaining <= 0 && min <= 0) { done = true; break; }
                min -= 1;
            }
        }
        if (!done)
        {
            long l = Math.Max(Math.Max(remaining, min), 1);
            AddGroup(parts, digits, ref remaining, l, useSep ? sep : '\0');
        }
        var sb = new StringBuilder();
        for (int i = parts.Count - 1; i >= 0; i--) sb.Append(parts[i]);
        return sb.ToString();
    }

    // One group, written as it reads: zeros, digits, then the separator that follows it.
    private static void AddGroup(List<string> parts, string digits, ref int remaining, long l, char sepAfter)
    {
        long zeros = Math.Max(0, l - remaining);
        int chars = (int)Math.Max(0, Math.Min(remaining, l));
        var sb = new StringBuilder((int)zeros + chars + 1);
        sb.Append('0', (int)zeros).Append(digits, remaining - chars, chars);
        if (sepAfter != '\0') sb.Append(sepAfter);
        parts.Add(sb.ToString());
        remaining -= chars;
    }
}
