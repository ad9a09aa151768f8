using System.Numerics;
using System.Text;
using Krait.Syntax.Text;

namespace Krait.Runtime;

/// <summary>Correctly rounded decimal digits of a double, as David Gay's dtoa gives them to CPython
/// (Python/dtoa.c modes 0, 2 and 3), and PyOS_double_to_string's layout of them (Python/pystrtod.c).
/// Digits come from the exact binary value with BigInteger arithmetic, ties to even, so that
/// format(0.125, '.2f') is '0.12' and format(1e300, '.0f') prints every digit of the stored value.</summary>
internal static class FloatDigits
{
    // A double has at most 767 significant decimal digits and 1074 after the point: past this
    // many requested digits the exact expansion has ended and only (stripped) zeros would follow.
    private const int MaxUsefulDigits = 1100;

    // Digits from the 128-bit fast path of RoundScaled take at most 39 chars; the scratch buffer holds two such.
    private const int Scratch = 40;

    /// <summary>The shortest digits that round-trip (mode 0). value = 0.DIGITS × 10^decpt.</summary>
    public static ReadOnlySpan<char> Shortest(double abs, out int decpt)
    {
        if (abs == 0) { decpt = 1; return "0"; }
        (string digits, decpt) = PyRepr.ShortestDigits(abs);
        return digits;
    }

    /// <summary><paramref name="ndigits"/> ≥ 1 significant digits (mode 2), trailing zeros removed; written into
    /// <paramref name="buf"/> (2 × <see cref="Scratch"/> chars) when they fit in 128 bits.</summary>
    public static ReadOnlySpan<char> Significant(double abs, int ndigits, Span<char> buf, out int decpt)
    {
        decpt = 1;
        if (abs == 0) return "0";
        if (ndigits > MaxUsefulDigits) ndigits = MaxUsefulDigits;
        Decompose(abs, out ulong m, out int e);
        // k = floor(log10(abs)); Log10's estimate can be one off near powers of ten, which shows as
        // too many or too few digits, or — when abs is just below 10^k — as exactly 10^(ndigits-1).
        int k = (int)Math.Floor(Math.Log10(abs));
        ReadOnlySpan<char> n = "";
        for (int guard = 0; guard < 4; guard++)
        {
            n = RoundScaled(m, e, ndigits - 1 - k, buf[..Scratch]);
            if (n.Length > ndigits) { k++; continue; }
            if (n.Length < ndigits) { k--; continue; }
            if (IsPowerOfTen(n) && ComparePow10(m, e, k) < 0)
            {
                var below = RoundScaled(m, e, ndigits - k, buf[Scratch..]);
                if (below.Length == ndigits) { decpt = k; return Strip(below); }
            }
            break;
        }
        decpt = k + 1;
        return Strip(n);
    }

    /// <summary><paramref name="ndigits"/> ≥ 0 digits after the decimal point (mode 3), trailing zeros
    /// removed. A value that rounds to zero gives no digits and decpt = −ndigits, as dtoa does.</summary>
    public static ReadOnlySpan<char> Fixed(double abs, int ndigits, Span<char> buf, out int decpt)
    {
        decpt = 1;
        if (abs == 0) return "0";
        if (ndigits > MaxUsefulDigits) ndigits = MaxUsefulDigits;
        Decompose(abs, out ulong m, out int e);
        var n = RoundScaled(m, e, ndigits, buf[..Scratch]);
        if (n is "0") { decpt = -ndigits; return ""; }
        decpt = n.Length - ndigits;
        return Strip(n);
    }

    private static bool IsPowerOfTen(ReadOnlySpan<char> n)
    {
        if (n[0] != '1') return false;
        for (int i = 1; i < n.Length; i++) if (n[i] != '0') return false;
        return true;
    }

    /// <summary>Sign of m × 2^e − 10^k.</summary>
    private static int ComparePow10(ulong m, int e, int k)
    {
        BigInteger lhs = m, rhs = BigInteger.One;
        if (e >= 0) lhs <<= e; else rhs <<= -e;
        if (k >= 0) rhs *= Pow10(k); else lhs *= Pow10(-k);
        return lhs.CompareTo(rhs);
    }

    private static ReadOnlySpan<char> Strip(ReadOnlySpan<char> s)
    {
        int end = s.Length;
        while (end > 1 && s[end - 1] == '0') end--;
        return s[..end];
    }

    private static void Decompose(double abs, out ulong m, out int e)
    {
        long bits = BitConverter.DoubleToInt64Bits(abs);
        int exp = (int)((bits >> 52) & 0x7FF);
        ulong frac = (ulong)bits & ((1UL << 52) - 1);
        if (exp == 0) { m = frac; e = -1074; }
        else { m = frac | (1UL << 52); e = exp - 1075; }
    }

    private static readonly UInt128[] s_pow10Small = MakeSmallPowers();

    private static UInt128[] MakeSmallPowers()
    {
        var p = new UInt128[23];
        p[0] = 1;
        for (int i = 1; i < p.Length; i++) p[i] = p[i - 1] * 10;
        return p;
    }

    private static readonly Dictionary<int, BigInteger> s_pow10 = [];

    private static BigInteger Pow10(int n)
    {
        lock (s_pow10)
        {
            if (!s_pow10.TryGetValue(n, out var p)) s_pow10[n] = p = BigInteger.Pow(10, n);
            return p;
        }
    }

    /// <summary>round-half-even(m × 2^e × 10^scale) in decimal. The common case (a fraction with at
    /// most 127 binary places, at most 22 decimal ones asked for) fits in 128 bits.</summary>
    private static ReadOnlySpan<char> RoundScaled(ulong m, int e, int scale, Span<char> buf)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        if (e < 0 && e >= -127 && scale >= 0 && scale < s_pow10Small.Length)
        {
            UInt128 num = m * s_pow10Small[scale];
            int shift = -e;
            UInt128 q = num >> shift, r = num & ((UInt128.One << shift) - 1), half = UInt128.One << (shift - 1);
            if (r > half || (r == half && (q & 1) != 0)) q++;
            if (q.TryFormat(buf, out int written, default, inv)) return buf[..written];
            return q.ToString(inv);
        }
        BigInteger bnum = m, den = BigInteger.One;
        if (e >= 0) bnum <<= e; else den <<= -e;
        if (scale >= 0) bnum *= Pow10(scale); else den *= Pow10(-scale);
        var bq = BigInteger.DivRem(bnum, den, out var br);
        int c = (br << 1).CompareTo(den);
        if (c > 0 || (c == 0 && !bq.IsEven)) bq += 1;
        return bq.ToString(inv);
    }

    /// <summary>PyOS_double_to_string: <paramref name="type"/> is one of e E f F g G r (repr); flags as
    /// Py_DTSF_ALT (<paramref name="alt"/>), Py_DTSF_ADD_DOT_0, Py_DTSF_SIGN and Py_DTSF_NO_NEG_0.</summary>
    public static string ToString(double d, char type, int precision, bool alt = false, bool addDot0 = false,
        bool alwaysSign = false, bool noNegZero = false)
    {
        var sb = BuilderCache.Acquire();
        Append(sb, d, type, precision, alt, addDot0, alwaysSign, noNegZero);
        return BuilderCache.ToStringAndRelease(sb);
    }

    /// <summary><see cref="ToString"/> appended to <paramref name="sb"/>.</summary>
    public static void Append(StringBuilder sb, double d, char type, int precision, bool alt = false, bool addDot0 = false,
        bool alwaysSign = false, bool noNegZero = false)
    {
        bool upper = type is 'E' or 'F' or 'G';
        char code = char.ToLowerInvariant(type);
        int begin = sb.Length;
        bool negative = double.IsNegative(d);
        if (double.IsNaN(d) || double.IsInfinity(d))
        {
            if (double.IsNaN(d)) negative = false;
            if (negative) sb.Append('-');
            else if (alwaysSign) sb.Append('+');
            sb.Append(double.IsNaN(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
            return;
        }
        double abs = Math.Abs(d);
        Span<char> buf = stackalloc char[2 * Scratch];
        ReadOnlySpan<char> digits = buf;
        int decpt;
        switch (code)
        {
            case 'e': precision++; digits = Significant(abs, precision, buf, out decpt); break;
            case 'f': digits = Fixed(abs, precision, buf, out decpt); break;
            case 'g':
                if (precision == 0) precision = 1;
                digits = Significant(abs, precision, buf, out decpt);
                break;
            default: digits = Shortest(abs, out decpt); break;
        }
        if (noNegZero && negative && (digits.Length == 0 || digits is "0")) negative = false;
        if (negative) sb.Append('-');
        else if (alwaysSign) sb.Append('+');

        int nd = digits.Length;
        bool useExp = false;
        long vEnd = nd;
        switch (code)
        {
            case 'e': useExp = true; vEnd = precision; break;
            case 'f': vEnd = (long)decpt + precision; break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
                if (alt) vEnd = precision;
                break;
            default:
                if (decpt <= -4 || decpt > 16) useExp = true;
                break;
        }
        int exp = 0;
        if (useExp) { exp = decpt - 1; decpt = 1; }
        long vStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) vEnd = Math.Max(vEnd, decpt + 1);
        else vEnd = Math.Max(vEnd, decpt);

        if (decpt <= 0)
        {
            sb.Append('0', (int)(decpt - vStart)).Append('.').Append('0', -decpt);
        }
        else sb.Append('0', (int)-vStart);
        if (decpt > 0 && decpt <= nd) sb.Append(digits[..decpt]).Append('.').Append(digits[decpt..]);
        else sb.Append(digits);
        if (nd < decpt) sb.Append('0', decpt - nd).Append('.').Append('0', (int)(vEnd - decpt));
        else sb.Append('0', (int)(vEnd - nd));
        if (sb.Length > begin && sb[^1] == '.' && !alt) sb.Length--;
        if (useExp)
        {
            sb.Append(upper ? 'E' : 'e').Append(exp < 0 ? '-' : '+');
            int a = Math.Abs(exp);
            if (a < 10) sb.Append('0');
            sb.Append(a);
        }
    }
}
