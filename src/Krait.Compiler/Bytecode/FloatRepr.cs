using System.Globalization;
using System.Numerics;
using System.Text;

namespace Krait.Compiler.Bytecode;

/// <summary>Python's repr of float and complex (shortest round-tripping digits, fixed notation for
/// decimal exponents in [-4, 16), else scientific). .NET's "R" format sometimes yields digits that
/// do not round-trip (2**-25), so the digits are searched here.</summary>
internal static class FloatRepr
{
    public static string Float(double d) => Format(d, addDotZero: true);

    public static string Complex(Complex c)
    {
        if (c.Real == 0 && !double.IsNegative(c.Real)) return Format(c.Imaginary, false) + "j";
        var sb = new StringBuilder("(");
        sb.Append(Format(c.Real, false));
        if (!double.IsNegative(c.Imaginary) || double.IsNaN(c.Imaginary)) sb.Append('+');
        sb.Append(Format(c.Imaginary, false)).Append("j)");
        return sb.ToString();
    }

    private static (string Digits, int DecPt) Shortest(double d)
    {
        for (int p = 1; p <= 17; p++)
        {
            string s = d.ToString("E" + (p - 1), CultureInfo.InvariantCulture);
            int e = s.IndexOf('E');
            string mant = s[..e].Replace(".", "");
            int exp = int.Parse(s.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            if (!RoundTrips(mant, exp, d))
            {
                // .NET rounds an exact tie to even; the neighbour above may be the one that round-trips.
                (mant, exp) = Increment(mant, exp);
                if (!RoundTrips(mant, exp, d)) continue;
            }
            mant = mant.TrimEnd('0');
            if (mant.Length == 0) mant = "0";
            return (mant, exp + 1);
        }
        throw new InvalidOperationException("no round-trip representation");
    }

    private static bool RoundTrips(string mant, int exp, double d) =>
        double.Parse($"{mant[0]}.{mant[1..]}E{exp}", CultureInfo.InvariantCulture) == d;

    private static (string, int) Increment(string mant, int exp)
    {
        var c = mant.ToCharArray();
        int i = c.Length - 1;
        while (i >= 0 && c[i] == '9')
        {
            c[i] = '0';
            i--;
        }
        if (i < 0) return ("1" + new string(c, 0, c.Length - 1), exp + 1);
        c[i]++;
        return (new string(c), exp);
    }

    private static string Format(double d, bool addDotZero)
    {
        if (double.IsNaN(d)) return "nan";
        var sb = new StringBuilder();
        if (double.IsNegative(d)) sb.Append('-');
        if (double.IsInfinity(d)) return sb.Append("inf").ToString();
        if (d == 0) return sb.Append(addDotZero ? "0.0" : "0").ToString();
        var (digits, decpt) = Shortest(Math.Abs(d));
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
        else if (decpt <= 0) sb.Append("0.").Append('0', -decpt).Append(digits);
        else if (decpt >= n)
        {
            sb.Append(digits).Append('0', decpt - n);
            if (addDotZero) sb.Append(".0");
        }
        else sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, n - decpt);
        return sb.ToString();
    }
}
