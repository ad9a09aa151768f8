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

    /// <summary>10^0 … 10^19, the powers of ten a ulong holds.</summary>
    private static readonly ulong[] s_pow10Word = MakeWordPowers();

    private static ulong[] MakeWordPowers()
    {
        var p = new ulong[20];
        p[0] = 1;
        for (int i = 1; i < p.Length; i++) p[i] = p[i - 1] * 10;
        return p;
    }

    /// <summary>The most decimal places the 128-bit fast path of <see cref="RoundScaled"/> scales by (m · 10^22 with
    /// m below 2^53 stays below 2^127).</summary>
    private const int MaxWordScale = 22;

    /// <summary>10^n once computed, by n (a class per power: a Dictionary&lt;int, BigInteger&gt; or a nullable
    /// BigInteger array is a framework generic over a struct, which ReadyToRun leaves to the JIT).</summary>
    private static Pow10Entry?[] s_pow10 = new Pow10Entry?[64];

    private sealed class Pow10Entry(BigInteger value)
    {
        public readonly BigInteger Value = value;
    }

    private static BigInteger Pow10(int n)
    {
        lock (s_pow10)
        {
            if (n >= s_pow10.Length) Array.Resize(ref s_pow10, Math.Max(n + 1, 2 * s_pow10.Length));
            return (s_pow10[n] ??= new Pow10Entry(BigInteger.Pow(10, n))).Value;
        }
    }

    /// <summary>round-half-even(m × 2^e × 10^scale) in decimal. The common case (a fraction with at
    /// most 127 binary places, at most 22 decimal ones asked for) fits in 128 bits, kept as two ulongs: ReadyToRun
    /// doesn't precompile a method that uses UInt128 (nor are its operators precompiled), so every process that
    /// formatted a float with a precision compiled this one and ran it unoptimised until it tiered up.</summary>
    private static ReadOnlySpan<char> RoundScaled(ulong m, int e, int scale, Span<char> buf)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        if (e < 0 && e >= -127 && scale >= 0 && scale <= MaxWordScale)
        {
            // num = m · 10^scale = hi · 2^64 + lo
            ulong lo, hi = scale < s_pow10Word.Length
                ? Math.BigMul(m, s_pow10Word[scale], out lo)
                : Math.BigMul(m * s_pow10Word[scale - 19], s_pow10Word[19], out lo);
            // q = num >> shift; the bits shifted out against half of their unit decide the rounding.
            int shift = -e;
            ulong qHi, qLo;
            int cmp;
            if (shift < 64)
            {
                qLo = lo >> shift | hi << (64 - shift);
                qHi = hi >> shift;
                ulong r = lo & ((1UL << shift) - 1), half = 1UL << (shift - 1);
                cmp = r.CompareTo(half);
            }
            else
            {
                int s = shift - 64;
                qLo = hi >> s;
                qHi = 0;
                ulong rHi = s == 0 ? 0 : hi & ((1UL << s) - 1);
                // half = 2^(shift-1): the top bit of lo when shift is 64, else bit s-1 of hi.
                cmp = s == 0 ? lo.CompareTo(1UL << 63) : rHi != 1UL << (s - 1) ? rHi.CompareTo(1UL << (s - 1)) : lo != 0 ? 1 : 0;
            }
            if (cmp > 0 || (cmp == 0 && (qLo & 1) != 0))
            {
                qLo++;
                if (qLo == 0) qHi++;
            }
            return buf[WriteDecimal128(qHi, qLo, buf)..];
        }
        BigInteger bnum = m, den = BigInteger.One;
        if (e >= 0) bnum <<= e; else den <<= -e;
        if (scale >= 0) bnum *= Pow10(scale); else den *= Pow10(-scale);
        var bq = BigInteger.DivRem(bnum, den, out var br);
        int c = (br << 1).CompareTo(den);
        if (c > 0 || (c == 0 && !bq.IsEven)) bq += 1;
        return bq.ToString(inv);
    }

    /// <summary>hi · 2^64 + lo (hi below 10^19) in decimal at the end of <paramref name="buf"/> (at most 39 chars);
    /// returns where the digits start.</summary>
    private static int WriteDecimal128(ulong hi, ulong lo, Span<char> buf)
    {
        if (hi == 0) return PyInt.WriteDigits(lo, 10, buf);
        // The low 19 digits are the remainder by 10^19, the rest its quotient (below 2^64 as hi < 10^19).
        const ulong Ten19 = 10_000_000_000_000_000_000;
        ulong quotient = DivRem128(hi, lo, Ten19, out ulong rem);
        int pos = PyInt.WriteDigits(rem, 10, buf);
        while (pos > buf.Length - 19) buf[--pos] = '0';
        return PyInt.WriteDigits(quotient, 10, buf[..pos]);
    }

    /// <summary>(hi · 2^64 + lo) / d and its remainder, hi &lt; d: long division by 32-bit halves of the normalised
    /// divisor (Hacker's Delight's divlu).</summary>
    private static ulong DivRem128(ulong hi, ulong lo, ulong d, out ulong rem)
    {
        int s = System.Numerics.BitOperations.LeadingZeroCount(d);
        d <<= s;
        ulong un32 = s == 0 ? hi : hi << s | lo >> (64 - s);
        ulong un10 = lo << s;
        ulong vn1 = d >> 32, vn0 = d & 0xFFFFFFFF;
        ulong un1 = un10 >> 32, un0 = un10 & 0xFFFFFFFF;
        ulong q1 = un32 / vn1, rhat = un32 - q1 * vn1;
        while (q1 > 0xFFFFFFFF || q1 * vn0 > (rhat << 32 | un1))
        {
            q1--;
            rhat += vn1;
            if (rhat > 0xFFFFFFFF) break;
        }
        ulong un21 = (un32 << 32 | un1) - q1 * d;
        ulong q0 = un21 / vn1;
        rhat = un21 - q0 * vn1;
        while (q0 > 0xFFFFFFFF || q0 * vn0 > (rhat << 32 | un0))
        {
            q0--;
            rhat += vn1;
            if (rhat > 0xFFFFFFFF) break;
        }
        rem = ((un21 << 32 | un0) - q0 * d) >> s;
        return q1 << 32 | q0;
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
            NumberLayout.AppendRepeat(sb, '0', (int)(decpt - vStart));
            sb.Append('.');
            NumberLayout.AppendRepeat(sb, '0', -decpt);
        }
        else NumberLayout.AppendRepeat(sb, '0', (int)-vStart);
        if (decpt > 0 && decpt <= nd) sb.Append(digits[..decpt]).Append('.').Append(digits[decpt..]);
        else sb.Append(digits);
        if (nd < decpt)
        {
            NumberLayout.AppendRepeat(sb, '0', decpt - nd);
            sb.Append('.');
            NumberLayout.AppendRepeat(sb, '0', (int)(vEnd - decpt));
        }
        else NumberLayout.AppendRepeat(sb, '0', (int)(vEnd - nd));
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
