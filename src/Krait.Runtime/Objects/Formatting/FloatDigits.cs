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

    /// <summary>The shortest digits that round-trip (mode 0). value = 0.DIGITS × 10^decpt.</summary>
    public static (string Digits, int DecPt) Shortest(double abs) =>
        abs == 0 ? ("0", 1) : PyRepr.ShortestDigits(abs);

    /// <summary><paramref name="ndigits"/> ≥ 1 significant digits (mode 2), trailing zeros removed.</summary>
    public static (string Digits, int DecPt) Significant(double abs, int ndigits)
    {
        if (abs == 0) return ("0", 1);
        if (ndigits > MaxUsefulDigits) ndigits = MaxUsefulDigits;
        Decompose(abs, out var m, out int e);
        // k = floor(log10(abs)) exactly: Log10's estimate can be one off near powers of ten.
        int k = (int)Math.Floor(Math.Log10(abs));
        while (ComparePow10(m, e, k) < 0) k--;
        while (ComparePow10(m, e, k + 1) >= 0) k++;
        var n = RoundScaled(m, e, ndigits - 1 - k);
        // Rounding up to 10^ndigits (9.99 → 10.0) moves the decimal point one place.
        if (n == BigInteger.Pow(10, ndigits)) return ("1", k + 2);
        return Strip(n.ToString(System.Globalization.CultureInfo.InvariantCulture), k + 1);
    }

    /// <summary>Sign of m × 2^e − 10^k.</summary>
    private static int ComparePow10(BigInteger m, int e, int k)
    {
        BigInteger lhs = m, rhs = BigInteger.One;
        if (e >= 0) lhs <<= e; else rhs <<= -e;
        if (k >= 0) rhs *= BigInteger.Pow(10, k); else lhs *= BigInteger.Pow(10, -k);
        return lhs.CompareTo(rhs);
    }

    /// <summary><paramref name="ndigits"/> ≥ 0 digits after the decimal point (mode 3), trailing zeros
    /// removed. A value that rounds to zero gives no digits and decpt = −ndigits, as dtoa does.</summary>
    public static (string Digits, int DecPt) Fixed(double abs, int ndigits)
    {
        if (abs == 0) return ("0", 1);
        if (ndigits > MaxUsefulDigits) ndigits = MaxUsefulDigits;
        Decompose(abs, out var m, out int e);
        var n = RoundScaled(m, e, ndigits);
        if (n.IsZero) return ("", -ndigits);
        string s = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Strip(s, s.Length - ndigits);
    }

    private static (string, int) Strip(string s, int decpt)
    {
        int end = s.Length;
        while (end > 1 && s[end - 1] == '0') end--;
        return (s[..end], decpt);
    }

    private static void Decompose(double abs, out BigInteger m, out int e)
    {
        long bits = BitConverter.DoubleToInt64Bits(abs);
        int exp = (int)((bits >> 52) & 0x7FF);
        long frac = bits & ((1L << 52) - 1);
        if (exp == 0) { m = frac; e = -1074; }
        else { m = frac | (1L << 52); e = exp - 1075; }
    }

    /// <summary>round-half-even(m × 2^e × 10^scale).</summary>
    private static BigInteger RoundScaled(BigInteger m, int e, int scale)
    {
        BigInteger num = m, den = BigInteger.One;
        if (e >= 0) num <<= e; else den <<= -e;
        if (scale >= 0) num *= BigInteger.Pow(10, scale); else den *= BigInteger.Pow(10, -scale);
        var q = BigInteger.DivRem(num, den, out var r);
        int c = (r << 1).CompareTo(den);
        if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        return q;
    }

    /// <summary>PyOS_double_to_string: <paramref name="type"/> is one of e E f F g G r (repr); flags as
    /// Py_DTSF_ALT (<paramref name="alt"/>), Py_DTSF_ADD_DOT_0, Py_DTSF_SIGN and Py_DTSF_NO_NEG_0.</summary>
    public static string ToString(double d, char type, int precision, bool alt = false, bool addDot0 = false,
        bool alwaysSign = false, bool noNegZero = false)
    {
        bool upper = type is 'E' or 'F' or 'G';
        char code = char.ToLowerInvariant(type);
        var sb = new StringBuilder(24);
        bool negative = double.IsNegative(d);
        if (double.IsNaN(d) || double.IsInfinity(d))
        {
            if (double.IsNaN(d)) negative = false;
            if (negative) sb.Append('-');
            else if (alwaysSign) sb.Append('+');
            sb.Append(double.IsNaN(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
            return sb.ToString();
        }
        double abs = Math.Abs(d);
        string digits;
        int decpt;
        switch (code)
        {
            case 'e': precision++; (digits, decpt) = Significant(abs, precision); break;
            case 'f': (digits, decpt) = Fixed(abs, precision); break;
            case 'g':
                if (precision == 0) precision = 1;
                (digits, decpt) = Significant(abs, precision);
                break;
            default: (digits, decpt) = Shortest(abs); break;
        }
        if (noNegZero && negative && (digits.Length == 0 || digits == "0")) negative = false;
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
        if (decpt > 0 && decpt <= nd) sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, nd - decpt);
        else sb.Append(digits);
        if (nd < decpt) sb.Append('0', decpt - nd).Append('.').Append('0', (int)(vEnd - decpt));
        else sb.Append('0', (int)(vEnd - nd));
        if (sb[^1] == '.' && !alt) sb.Length--;
        if (useExp)
        {
            sb.Append(upper ? 'E' : 'e').Append(exp < 0 ? '-' : '+');
            int a = Math.Abs(exp);
            if (a < 10) sb.Append('0');
            sb.Append(a);
        }
        return sb.ToString();
    }
}
