using System.Globalization;
using System.Numerics;
using System.Text;
using Krait.Syntax.Ast;

namespace Krait.Syntax.Text;

/// <summary>CPython's <c>repr()</c> of the constant kinds a parser produces: str, bytes, int, float,
/// complex, bool, None and Ellipsis (Objects/unicodeobject.c unicode_repr, Objects/bytesobject.c,
/// Python/pystrtod.c's 'r' format).</summary>
public static class PyRepr
{
    public static void AppendConstant(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null: sb.Append("None"); break;
            case bool b: sb.Append(b ? "True" : "False"); break;
            case BigInteger i: sb.Append(i.ToString(CultureInfo.InvariantCulture)); break;
            case long l: sb.Append(l.ToString(CultureInfo.InvariantCulture)); break;
            case int n: sb.Append(n.ToString(CultureInfo.InvariantCulture)); break;
            case double d: AppendFloat(sb, d); break;
            case Complex c: AppendComplex(sb, c); break;
            case string s: AppendStr(sb, s); break;
            case CodePointString cps: AppendStr(sb, cps.CodePoints); break;
            case byte[] bytes: AppendBytes(sb, bytes); break;
            case EllipsisValue: sb.Append("Ellipsis"); break;
            default: throw new ArgumentException($"not a constant: {value.GetType()}");
        }
    }

    public static string Str(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        AppendStr(sb, s);
        return sb.ToString();
    }

    /// <summary>Python's <c>repr(str)</c>. A .NET surrogate pair counts as one code point.</summary>
    public static void AppendStr(StringBuilder sb, string s)
    {
        char quote = ChooseQuote(s.Contains('\''), s.Contains('"'));
        sb.Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            int c = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                c = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            AppendStrCodePoint(sb, c, quote);
        }
        sb.Append(quote);
    }

    /// <summary>Python's <c>repr(str)</c> of a string given as code points.</summary>
    public static void AppendStr(StringBuilder sb, ReadOnlySpan<int> codePoints)
    {
        char quote = ChooseQuote(codePoints.Contains('\''), codePoints.Contains('"'));
        sb.Append(quote);
        foreach (int c in codePoints) AppendStrCodePoint(sb, c, quote);
        sb.Append(quote);
    }

    private static char ChooseQuote(bool hasSingle, bool hasDouble) => hasSingle && !hasDouble ? '"' : '\'';

    // One code point of unicode_repr: escapes for quotes, backslash, controls and non-printables.
    private static void AppendStrCodePoint(StringBuilder sb, int c, char quote)
    {
        if (c == quote || c == '\\') sb.Append('\\').Append((char)c);
        else if (c == '\t') sb.Append("\\t");
        else if (c == '\n') sb.Append("\\n");
        else if (c == '\r') sb.Append("\\r");
        else if (c < ' ' || c == 0x7f) AppendHex(sb, "\\x", c, 2);
        else if (c < 0x7f) sb.Append((char)c);
        else if (UnicodeInfo.IsPrintable(c)) AppendCodePoint(sb, c);
        else if (c <= 0xff) AppendHex(sb, "\\x", c, 2);
        else if (c <= 0xffff) AppendHex(sb, "\\u", c, 4);
        else AppendHex(sb, "\\U", c, 8);
    }

    /// <summary>Python's <c>repr(bytes)</c>.</summary>
    public static void AppendBytes(StringBuilder sb, ReadOnlySpan<byte> bytes)
    {
        char quote = '\'';
        if (bytes.Contains((byte)'\'') && !bytes.Contains((byte)'"')) quote = '"';
        sb.Append('b').Append(quote);
        foreach (byte c in bytes)
        {
            if (c == quote || c == '\\') sb.Append('\\').Append((char)c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < ' ' || c >= 0x7f) AppendHex(sb, "\\x", c, 2);
            else sb.Append((char)c);
        }
        sb.Append(quote);
    }

    public static string Float(double d)
    {
        var sb = new StringBuilder();
        AppendFloat(sb, d);
        return sb.ToString();
    }

    /// <summary>Python's <c>repr(float)</c>: the shortest string that round-trips, in fixed notation
    /// for decimal exponents in [-4, 16), else scientific with at least two exponent digits.</summary>
    public static void AppendFloat(StringBuilder sb, double d) => AppendShortest(sb, d, addDotZero: true);

    /// <summary>Python's <c>repr(complex)</c>.</summary>
    public static void AppendComplex(StringBuilder sb, Complex c)
    {
        if (c.Real == 0 && !double.IsNegative(c.Real))
        {
            AppendShortest(sb, c.Imaginary, addDotZero: false);
            sb.Append('j');
            return;
        }
        sb.Append('(');
        AppendShortest(sb, c.Real, addDotZero: false);
        if (!double.IsNegative(c.Imaginary) || double.IsNaN(c.Imaginary)) sb.Append('+');
        AppendShortest(sb, c.Imaginary, addDotZero: false);
        sb.Append("j)");
    }

    private static void AppendShortest(StringBuilder sb, double d, bool addDotZero)
    {
        if (double.IsNaN(d)) { sb.Append("nan"); return; }
        if (double.IsNegative(d)) sb.Append('-');
        if (double.IsInfinity(d)) { sb.Append("inf"); return; }
        if (d == 0) { sb.Append(addDotZero ? "0.0" : "0"); return; }

        var (digits, decpt) = ShortestDigits(Math.Abs(d));
        int n = digits.Length;
        if (decpt <= -4 || decpt > 16)
        {
            sb.Append(digits[0]);
            if (n > 1) sb.Append('.').Append(digits, 1, n - 1);
            int e = decpt - 1;
            sb.Append('e').Append(e < 0 ? '-' : '+');
            e = Math.Abs(e);
            if (e < 10) sb.Append('0');
            sb.Append(e);
        }
        else if (decpt <= 0)
        {
            sb.Append("0.").Append('0', -decpt).Append(digits);
        }
        else if (decpt >= n)
        {
            sb.Append(digits).Append('0', decpt - n);
            if (addDotZero) sb.Append(".0");
        }
        else
        {
            sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, n - decpt);
        }
    }

    /// <summary>The shortest decimal digits that read back as <paramref name="abs"/> (finite, &gt; 0),
    /// and the decimal point's position: value = 0.DIGITS × 10^decpt. .NET's "R" is shortest but not
    /// always right at the boundary below an exact power of two (2**-25 comes out one digit short
    /// and reads back as its neighbour), so its answer is checked and, if wrong, the shortest
    /// round-tripping precision is searched.</summary>
    public static (string Digits, int DecPt) ShortestDigits(double abs)
    {
        string r = abs.ToString("R", CultureInfo.InvariantCulture);
        if (double.Parse(r, CultureInfo.InvariantCulture) == abs) return SplitDigits(r);
        for (int precision = 1; precision <= 17; precision++)
        {
            string e = abs.ToString("E" + (precision - 1), CultureInfo.InvariantCulture);
            if (double.Parse(e, CultureInfo.InvariantCulture) == abs) return SplitDigits(e);
            // Below a power of two the interval that reads back is narrower under the value than
            // over it: the nearest candidate can miss while the one a unit above still reads back.
            string up = NextDecimalUp(e);
            if (double.Parse(up, CultureInfo.InvariantCulture) == abs) return SplitDigits(up);
        }
        return SplitDigits(abs.ToString("E16", CultureInfo.InvariantCulture));
    }

    // "2.980232238769531E-008" → "2.980232238769532E-008" (one unit in the last digit, with carry).
    private static string NextDecimalUp(string e)
    {
        int ePos = e.IndexOf('E');
        var mantissa = e[..ePos].ToCharArray();
        int exp = int.Parse(e.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        int i = mantissa.Length - 1;
        for (; i >= 0; i--)
        {
            if (mantissa[i] == '.') continue;
            if (mantissa[i] != '9') { mantissa[i]++; break; }
            mantissa[i] = '0';
        }
        string m = new string(mantissa);
        if (i < 0)
        {
            // 9.99 → 10.00: renormalise to 1.000 with the exponent one higher.
            m = "1" + m.Replace(".", "")[..^1];
            m = m.Length > 1 ? m[0] + "." + m[1..] : m;
            exp++;
        }
        return m + "E" + exp.ToString(CultureInfo.InvariantCulture);
    }

    // "1.2345E-05" or "123.45" → ("12345", decpt) with leading and trailing zeros removed.
    private static (string Digits, int DecPt) SplitDigits(string r)
    {
        int ePos = r.IndexOfAny(['E', 'e']);
        string mantissa = ePos >= 0 ? r[..ePos] : r;
        int exp = ePos >= 0 ? int.Parse(r.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
        int dot = mantissa.IndexOf('.');
        string digits = dot >= 0 ? mantissa.Remove(dot, 1) : mantissa;
        int decpt = (dot >= 0 ? dot : mantissa.Length) + exp;
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') lead++;
        digits = digits[lead..].TrimEnd('0');
        decpt -= lead;
        return (digits.Length == 0 ? "0" : digits, decpt);
    }

    public static string Complex(Complex c)
    {
        var sb = new StringBuilder();
        AppendComplex(sb, c);
        return sb.ToString();
    }

    private static void AppendHex(StringBuilder sb, string prefix, int value, int width) =>
        sb.Append(prefix).Append(value.ToString("x" + width, CultureInfo.InvariantCulture));

    private static void AppendCodePoint(StringBuilder sb, int c)
    {
        if (c < 0x10000) sb.Append((char)c);
        else sb.Append(char.ConvertFromUtf32(c));
    }
}
