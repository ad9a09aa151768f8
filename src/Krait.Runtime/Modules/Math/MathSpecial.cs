using System.Numerics;

namespace Krait.Runtime;

/// <summary>The parts of mathmodule.c that CPython computes itself rather than in libm: gamma/lgamma (Lanczos),
/// atan2/remainder/log special cases, fsum, and the vector norm behind hypot and dist. Same operations in the same
/// order, so the results are bit for bit CPython's.</summary>
internal static class MathSpecial
{
    private const double Pi = 3.141592653589793238462643383279502884197;
    private const double LogPi = 1.144729885849400174143427351353058711647;

    private const double LanczosG = 6.024680040776729583740234375;
    private const double LanczosGMinusHalf = 5.524680040776729583740234375;

    private static readonly double[] s_lanczosNum =
    [
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ];

    private static readonly double[] s_lanczosDen =
        [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];

    private static readonly double[] s_gammaIntegral =
    [
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
        6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
        121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
    ];

    private const int EDom = 1, ERange = 2;

    /// <summary>sin(pi*x), accurate for x near an integer (the reflection formula needs it).</summary>
    private static double SinPi(double x)
    {
        double y = Libm.fmod(Math.Abs(x), 2.0);
        int n = (int)Math.Round(2.0 * y, MidpointRounding.AwayFromZero);
        double r = n switch
        {
            0 => Libm.sin(Pi * y),
            1 => Libm.cos(Pi * (y - 0.5)),
            2 => Libm.sin(Pi * (1.0 - y)),
            3 => -Libm.cos(Pi * (y - 1.5)),
            _ => Libm.sin(Pi * (y - 2.0)),
        };
        return Math.CopySign(1.0, x) * r;
    }

    private static double LanczosSum(double x)
    {
        double num = 0.0, den = 0.0;
        if (x < 5.0)
        {
            for (int i = s_lanczosNum.Length; --i >= 0;)
            {
                num = num * x + s_lanczosNum[i];
                den = den * x + s_lanczosDen[i];
            }
        }
        else
        {
            for (int i = 0; i < s_lanczosNum.Length; i++)
            {
                num = num / x + s_lanczosNum[i];
                den = den / x + s_lanczosDen[i];
            }
        }
        return num / den;
    }

    public static (double, int) TGamma(double x)
    {
        if (!double.IsFinite(x))
        {
            if (double.IsNaN(x) || x > 0.0) return (x, 0);
            return (MathModule.PositiveNaN, EDom);
        }
        if (x == 0.0) return (Math.CopySign(double.PositiveInfinity, x), EDom);
        if (x == Math.Floor(x))
        {
            if (x < 0.0) return (MathModule.PositiveNaN, EDom);
            if (x <= s_gammaIntegral.Length) return (s_gammaIntegral[(int)x - 1], 0);
        }
        double absx = Math.Abs(x);
        if (absx < 1e-20)
        {
            double r0 = 1.0 / x;
            return (r0, double.IsInfinity(r0) ? ERange : 0);
        }
        if (absx > 200.0)
        {
            if (x < 0.0) return (0.0 / SinPi(x), 0);
            return (double.PositiveInfinity, ERange);
        }
        double y = absx + LanczosGMinusHalf;
        double z;
        if (absx > LanczosGMinusHalf)
        {
            double q = y - absx;
            z = q - LanczosGMinusHalf;
        }
        else
        {
            double q = y - LanczosGMinusHalf;
            z = q - absx;
        }
        z = z * LanczosG / y;
        double r;
        if (x < 0.0)
        {
            r = -Pi / SinPi(absx) / absx * Libm.exp(y) / LanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) r /= Libm.pow(y, absx - 0.5);
            else
            {
                double sqrtpow = Libm.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        }
        else
        {
            r = LanczosSum(absx) / Libm.exp(y);
            r += z * r;
            if (absx < 140.0) r *= Libm.pow(y, absx - 0.5);
            else
            {
                double sqrtpow = Libm.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        return (r, double.IsInfinity(r) ? ERange : 0);
    }

    public static (double, int) LGamma(double x)
    {
        if (!double.IsFinite(x)) return (double.IsNaN(x) ? x : double.PositiveInfinity, 0);
        if (x == Math.Floor(x) && x <= 2.0)
        {
            if (x <= 0.0) return (double.PositiveInfinity, EDom);
            return (0.0, 0);
        }
        double absx = Math.Abs(x);
        if (absx < 1e-20) return (-Libm.log(absx), 0);
        double r = Libm.log(LanczosSum(absx)) - LanczosG;
        r += (absx - 0.5) * (Libm.log(absx + LanczosG - 0.5) - 1);
        if (x < 0.0) r = LogPi - Libm.log(Math.Abs(SinPi(absx))) - Libm.log(absx) - r;
        return (r, double.IsInfinity(r) ? ERange : 0);
    }

    public static double Atan2(double y, double x)
    {
        if (double.IsNaN(x) || double.IsNaN(y)) return MathModule.PositiveNaN;
        if (double.IsInfinity(y))
        {
            if (double.IsInfinity(x))
                return Math.CopySign(Math.CopySign(1.0, x) == 1.0 ? 0.25 * Math.PI : 0.75 * Math.PI, y);
            return Math.CopySign(0.5 * Math.PI, y);
        }
        if (double.IsInfinity(x) || y == 0.0)
            return Math.CopySign(Math.CopySign(1.0, x) == 1.0 ? 0.0 : Math.PI, y);
        return Libm.atan2(y, x);
    }

    public static double Remainder(double x, double y)
    {
        if (double.IsFinite(x) && double.IsFinite(y))
        {
            if (y == 0.0) return MathModule.PositiveNaN;
            double absx = Math.Abs(x), absy = Math.Abs(y);
            double m = Libm.fmod(absx, absy);
            double c = absy - m;
            double r;
            if (m < c) r = m;
            else if (m > c) r = -c;
            else r = m - 2.0 * Libm.fmod(0.5 * (absx - m), absy);
            return Math.CopySign(1.0, x) * r;
        }
        if (double.IsNaN(x)) return x;
        if (double.IsNaN(y)) return y;
        if (double.IsInfinity(x)) return MathModule.PositiveNaN;
        return x;
    }

    /// <summary>m_log / m_log2 / m_log10: special values handled here, positive finite values by libm.</summary>
    public static double Log(double x) => LogWith(x, Libm.log);
    public static double Log2(double x) => LogWith(x, Libm.log2);
    public static double Log10(double x) => LogWith(x, Libm.log10);

    private static double LogWith(double x, Func<double, double> f)
    {
        if (double.IsFinite(x))
        {
            if (x > 0.0) return f(x);
            return x == 0.0 ? double.NegativeInfinity : MathModule.PositiveNaN;
        }
        if (double.IsNaN(x) || x > 0.0) return x;
        return MathModule.PositiveNaN;
    }

    /// <summary>_PyLong_Frexp for a positive big int: a correctly rounded mantissa in [0.5, 1) and the exponent.</summary>
    public static (double, long) BigFrexp(BigInteger a)
    {
        long n = (long)a.GetBitLength();
        int shift = (int)(n - 53);
        BigInteger q = a >> shift;
        BigInteger rem = a - (q << shift);
        BigInteger half = BigInteger.One << (shift - 1);
        int cmp = rem.CompareTo(half);
        if (cmp > 0 || (cmp == 0 && !q.IsEven)) q += 1;
        double x = (double)(long)q / 9007199254740992.0; // q / 2**53
        if (x == 1.0) { x = 0.5; n++; }
        return (x, n);
    }

    /// <summary>vector_norm: max * sqrt(sum((x/max)**2)) with the scaled, error-compensated summation of 3.11.</summary>
    public static double VectorNorm(Span<double> vec, double max, bool foundNan)
    {
        const double T27 = 134217729.0; // 2**27 + 1
        if (double.IsInfinity(max)) return max;
        if (foundNan) return MathModule.PositiveNaN;
        if (max == 0.0 || vec.Length <= 1) return max;
        double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0, x, oldcsum, t, hi, lo;
        int maxE = MathModule.FrexpRaw(max).E;
        if (maxE < -1023)
        {
            // ldexp(1.0, -max_e) would overflow: divide by max instead.
            for (int i = 0; i < vec.Length; i++)
            {
                x = vec[i] / max;
                x = x * x;
                oldcsum = csum;
                csum += x;
                frac1 += (oldcsum - csum) + x;
            }
            return max * Math.Sqrt(csum - 1.0 + frac1);
        }
        double scale = Math.ScaleB(1.0, -maxE);
        for (int i = 0; i < vec.Length; i++)
        {
            x = vec[i] * scale;
            t = x * T27;
            hi = t - (t - x);
            lo = x - hi;
            x = hi * hi;
            oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
            x = 2.0 * hi * lo;
            oldcsum = csum;
            csum += x;
            frac2 += (oldcsum - csum) + x;
            frac3 += lo * lo;
        }
        double h = Math.Sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
        x = h;
        t = x * T27;
        hi = t - (t - x);
        lo = x - hi;
        x = -hi * hi;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
        x = -2.0 * hi * lo;
        oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;
        x = -lo * lo;
        oldcsum = csum;
        csum += x;
        frac3 += (oldcsum - csum) + x;
        x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }

    /// <summary>math.fsum: Shewchuk's exact partials, then a correctly rounded (half-even) total.</summary>
    public static double Fsum(PyObject seq)
    {
        var it = Ops.GetIter(seq);
        var p = new List<double>(32);
        double specialSum = 0.0, infSum = 0.0;
        while (Ops.Next(it) is { } item)
        {
            double x = MathModule.AsDouble(item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < p.Count; j++)
            {
                double y = p[j];
                if (Math.Abs(x) < Math.Abs(y)) (x, y) = (y, x);
                double hi = x + y;
                double yr = hi - x;
                double lo = y - yr;
                if (lo != 0.0) p[i++] = lo;
                x = hi;
            }
            p.RemoveRange(i, p.Count - i);
            if (x != 0.0)
            {
                if (!double.IsFinite(x))
                {
                    // Either an intermediate overflow or an inf/nan among the summands.
                    if (double.IsFinite(xsave)) throw PyErr.OverflowError("intermediate overflow in fsum");
                    if (double.IsInfinity(xsave)) infSum += xsave;
                    specialSum += xsave;
                    p.Clear();
                }
                else p.Add(x);
            }
        }
        if (specialSum != 0.0)
        {
            if (double.IsNaN(infSum)) throw PyErr.ValueError("-inf + inf in fsum");
            return specialSum;
        }
        double total = 0.0;
        int n = p.Count;
        if (n > 0)
        {
            total = p[--n];
            double lo = 0.0;
            while (n > 0)
            {
                double x = total;
                double y = p[--n];
                total = x + y;
                double yr = total - x;
                lo = y - yr;
                if (lo != 0.0) break;
            }
            // Half-even rounding across several partials.
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)))
            {
                double y = lo * 2.0;
                double x = total + y;
                double yr = x - total;
                if (y == yr) total = x;
            }
        }
        return total;
    }
}
