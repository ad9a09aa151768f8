namespace Krait.Runtime;

// The complex functions (c_* / cmath_*_impl of cmathmodule.c) and their special-value tables.
public static partial class CmathModule
{
    private static int SpecialType(double d)
    {
        if (double.IsFinite(d))
        {
            if (d != 0) return Math.CopySign(1.0, d) == 1.0 ? 4 : 1;
            return Math.CopySign(1.0, d) == 1.0 ? 3 : 2;
        }
        if (double.IsNaN(d)) return 6;
        return Math.CopySign(1.0, d) == 1.0 ? 5 : 0;
    }

    private static bool Special((double Re, double Im) z, (double, double)[] table, out (double Re, double Im) r)
    {
        if (double.IsFinite(z.Re) && double.IsFinite(z.Im)) { r = default; return false; }
        r = table[SpecialType(z.Re) * 7 + SpecialType(z.Im)];
        return true;
    }

    private const double P = Math.PI, P14 = 0.25 * Math.PI, P12 = 0.5 * Math.PI, P34 = 0.75 * Math.PI;
    private const double INF = double.PositiveInfinity, U = -9.5426319407711027e33;
    private static readonly double N = MathModule.PositiveNaN;

    private static readonly (double, double)[] s_acos =
    [
        (P34, INF), (P, INF), (P, INF), (P, -INF), (P, -INF), (P34, -INF), (N, INF),
        (P12, INF), (U, U), (U, U), (U, U), (U, U), (P12, -INF), (N, N),
        (P12, INF), (U, U), (P12, 0.0), (P12, -0.0), (U, U), (P12, -INF), (P12, N),
        (P12, INF), (U, U), (P12, 0.0), (P12, -0.0), (U, U), (P12, -INF), (P12, N),
        (P12, INF), (U, U), (U, U), (U, U), (U, U), (P12, -INF), (N, N),
        (P14, INF), (0.0, INF), (0.0, INF), (0.0, -INF), (0.0, -INF), (P14, -INF), (N, INF),
        (N, INF), (N, N), (N, N), (N, N), (N, N), (N, -INF), (N, N),
    ];
    private static readonly (double, double)[] s_acosh =
    [
        (INF, -P34), (INF, -P), (INF, -P), (INF, P), (INF, P), (INF, P34), (INF, N),
        (INF, -P12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N),
        (INF, -P12), (U, U), (0.0, -P12), (0.0, P12), (U, U), (INF, P12), (N, N),
        (INF, -P12), (U, U), (0.0, -P12), (0.0, P12), (U, U), (INF, P12), (N, N),
        (INF, -P12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N),
        (INF, -P14), (INF, -0.0), (INF, -0.0), (INF, 0.0), (INF, 0.0), (INF, P14), (INF, N),
        (INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N),
    ];
    private static readonly (double, double)[] s_asinh =
    [
        (-INF, -P14), (-INF, -0.0), (-INF, -0.0), (-INF, 0.0), (-INF, 0.0), (-INF, P14), (-INF, N),
        (-INF, -P12), (U, U), (U, U), (U, U), (U, U), (-INF, P12), (N, N),
        (-INF, -P12), (U, U), (-0.0, -0.0), (-0.0, 0.0), (U, U), (-INF, P12), (N, N),
        (INF, -P12), (U, U), (0.0, -0.0), (0.0, 0.0), (U, U), (INF, P12), (N, N),
        (INF, -P12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N),
        (INF, -P14), (INF, -0.0), (INF, -0.0), (INF, 0.0), (INF, 0.0), (INF, P14), (INF, N),
        (INF, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (INF, N), (N, N),
    ];
    private static readonly (double, double)[] s_atanh =
    [
        (-0.0, -P12), (-0.0, -P12), (-0.0, -P12), (-0.0, P12), (-0.0, P12), (-0.0, P12), (-0.0, N),
        (-0.0, -P12), (U, U), (U, U), (U, U), (U, U), (-0.0, P12), (N, N),
        (-0.0, -P12), (U, U), (-0.0, -0.0), (-0.0, 0.0), (U, U), (-0.0, P12), (-0.0, N),
        (0.0, -P12), (U, U), (0.0, -0.0), (0.0, 0.0), (U, U), (0.0, P12), (0.0, N),
        (0.0, -P12), (U, U), (U, U), (U, U), (U, U), (0.0, P12), (N, N),
        (0.0, -P12), (0.0, -P12), (0.0, -P12), (0.0, P12), (0.0, P12), (0.0, P12), (0.0, N),
        (0.0, -P12), (N, N), (N, N), (N, N), (N, N), (0.0, P12), (N, N),
    ];
    private static readonly (double, double)[] s_cosh =
    [
        (INF, N), (U, U), (INF, 0.0), (INF, -0.0), (U, U), (INF, N), (INF, N),
        (N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N),
        (N, 0.0), (U, U), (1.0, 0.0), (1.0, -0.0), (U, U), (N, 0.0), (N, 0.0),
        (N, 0.0), (U, U), (1.0, -0.0), (1.0, 0.0), (U, U), (N, 0.0), (N, 0.0),
        (N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N),
        (INF, N), (U, U), (INF, -0.0), (INF, 0.0), (U, U), (INF, N), (INF, N),
        (N, N), (N, N), (N, 0.0), (N, 0.0), (N, N), (N, N), (N, N),
    ];
    private static readonly (double, double)[] s_exp =
    [
        (0.0, 0.0), (U, U), (0.0, -0.0), (0.0, 0.0), (U, U), (0.0, 0.0), (0.0, 0.0),
        (N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N),
        (N, N), (U, U), (1.0, -0.0), (1.0, 0.0), (U, U), (N, N), (N, N),
        (N, N), (U, U), (1.0, -0.0), (1.0, 0.0), (U, U), (N, N), (N, N),
        (N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N),
        (INF, N), (U, U), (INF, -0.0), (INF, 0.0), (U, U), (INF, N), (INF, N),
        (N, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (N, N), (N, N),
    ];
    private static readonly (double, double)[] s_log =
    [
        (INF, -P34), (INF, -P), (INF, -P), (INF, P), (INF, P), (INF, P34), (INF, N),
        (INF, -P12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N),
        (INF, -P12), (U, U), (-INF, -P), (-INF, P), (U, U), (INF, P12), (N, N),
        (INF, -P12), (U, U), (-INF, -0.0), (-INF, 0.0), (U, U), (INF, P12), (N, N),
        (INF, -P12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N),
        (INF, -P14), (INF, -0.0), (INF, -0.0), (INF, 0.0), (INF, 0.0), (INF, P14), (INF, N),
        (INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N),
    ];
    private static readonly (double, double)[] s_sinh =
    [
        (INF, N), (U, U), (-INF, -0.0), (-INF, 0.0), (U, U), (INF, N), (INF, N),
        (N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N),
        (0.0, N), (U, U), (-0.0, -0.0), (-0.0, 0.0), (U, U), (0.0, N), (0.0, N),
        (0.0, N), (U, U), (0.0, -0.0), (0.0, 0.0), (U, U), (0.0, N), (0.0, N),
        (N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N),
        (INF, N), (U, U), (INF, -0.0), (INF, 0.0), (U, U), (INF, N), (INF, N),
        (N, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (N, N), (N, N),
    ];
    private static readonly (double, double)[] s_sqrt =
    [
        (INF, -INF), (0.0, -INF), (0.0, -INF), (0.0, INF), (0.0, INF), (INF, INF), (N, INF),
        (INF, -INF), (U, U), (U, U), (U, U), (U, U), (INF, INF), (N, N),
        (INF, -INF), (U, U), (0.0, -0.0), (0.0, 0.0), (U, U), (INF, INF), (N, N),
        (INF, -INF), (U, U), (0.0, -0.0), (0.0, 0.0), (U, U), (INF, INF), (N, N),
        (INF, -INF), (U, U), (U, U), (U, U), (U, U), (INF, INF), (N, N),
        (INF, -INF), (INF, -0.0), (INF, -0.0), (INF, 0.0), (INF, 0.0), (INF, INF), (INF, N),
        (INF, -INF), (N, N), (N, N), (N, N), (N, N), (INF, INF), (N, N),
    ];
    private static readonly (double, double)[] s_tanh =
    [
        (-1.0, 0.0), (U, U), (-1.0, -0.0), (-1.0, 0.0), (U, U), (-1.0, 0.0), (-1.0, 0.0),
        (N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N),
        (N, N), (U, U), (-0.0, -0.0), (-0.0, 0.0), (U, U), (N, N), (N, N),
        (N, N), (U, U), (0.0, -0.0), (0.0, 0.0), (U, U), (N, N), (N, N),
        (N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N),
        (1.0, 0.0), (U, U), (1.0, -0.0), (1.0, 0.0), (U, U), (1.0, 0.0), (1.0, 0.0),
        (N, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (N, N), (N, N),
    ];
    private static readonly (double, double)[] s_rect =
    [
        (INF, N), (U, U), (-INF, 0.0), (-INF, -0.0), (U, U), (INF, N), (INF, N),
        (N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N),
        (0.0, 0.0), (U, U), (-0.0, 0.0), (-0.0, -0.0), (U, U), (0.0, 0.0), (0.0, 0.0),
        (0.0, 0.0), (U, U), (0.0, -0.0), (0.0, 0.0), (U, U), (0.0, 0.0), (0.0, 0.0),
        (N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N),
        (INF, N), (U, U), (INF, -0.0), (INF, 0.0), (U, U), (INF, N), (INF, N),
        (N, N), (N, N), (N, 0.0), (N, 0.0), (N, N), (N, N), (N, N),
    ];

    private static ((double Re, double Im), int) Acos((double Re, double Im) z)
    {
        if (Special(z, s_acos, out var sv)) return (sv, 0);
        double re, im;
        if (Math.Abs(z.Re) > LargeDouble || Math.Abs(z.Im) > LargeDouble)
        {
            re = Libm.atan2(Math.Abs(z.Im), z.Re);
            double l = Libm.log(Libm.hypot(z.Re / 2.0, z.Im / 2.0)) + Ln2 * 2.0;
            im = z.Re < 0.0 ? -Math.CopySign(l, z.Im) : Math.CopySign(l, -z.Im);
        }
        else
        {
            var s1 = Sqrt((1.0 - z.Re, -z.Im));
            var s2 = Sqrt((1.0 + z.Re, z.Im));
            re = 2.0 * Libm.atan2(s1.Re, s2.Re);
            im = Libm.asinh(s2.Re * s1.Im - s2.Im * s1.Re);
        }
        return ((re, im), 0);
    }

    private static ((double Re, double Im), int) Acosh((double Re, double Im) z)
    {
        if (Special(z, s_acosh, out var sv)) return (sv, 0);
        double re, im;
        if (Math.Abs(z.Re) > LargeDouble || Math.Abs(z.Im) > LargeDouble)
        {
            re = Libm.log(Libm.hypot(z.Re / 2.0, z.Im / 2.0)) + Ln2 * 2.0;
            im = Libm.atan2(z.Im, z.Re);
        }
        else
        {
            var s1 = Sqrt((z.Re - 1.0, z.Im));
            var s2 = Sqrt((z.Re + 1.0, z.Im));
            re = Libm.asinh(s1.Re * s2.Re + s1.Im * s2.Im);
            im = 2.0 * Libm.atan2(s1.Im, s2.Re);
        }
        return ((re, im), 0);
    }

    private static ((double Re, double Im), int) Asin((double Re, double Im) z)
    {
        var (s, err) = Asinh((-z.Im, z.Re));
        return ((s.Im, -s.Re), err);
    }

    private static ((double Re, double Im), int) Asinh((double Re, double Im) z)
    {
        if (Special(z, s_asinh, out var sv)) return (sv, 0);
        double re, im;
        if (Math.Abs(z.Re) > LargeDouble || Math.Abs(z.Im) > LargeDouble)
        {
            double l = Libm.log(Libm.hypot(z.Re / 2.0, z.Im / 2.0)) + Ln2 * 2.0;
            re = z.Im >= 0.0 ? Math.CopySign(l, z.Re) : -Math.CopySign(l, -z.Re);
            im = Libm.atan2(z.Im, Math.Abs(z.Re));
        }
        else
        {
            var s1 = Sqrt((1.0 + z.Im, -z.Re));
            var s2 = Sqrt((1.0 - z.Im, z.Re));
            re = Libm.asinh(s1.Re * s2.Im - s2.Re * s1.Im);
            im = Libm.atan2(z.Im, s1.Re * s2.Re - s1.Im * s2.Im);
        }
        return ((re, im), 0);
    }

    private static ((double Re, double Im), int) Atan((double Re, double Im) z)
    {
        var (s, err) = Atanh((-z.Im, z.Re));
        return ((s.Im, -s.Re), err);
    }

    private static ((double Re, double Im), int) Atanh((double Re, double Im) z)
    {
        if (Special(z, s_atanh, out var sv)) return (sv, 0);
        if (z.Re < 0.0)
        {
            var (n, e) = Atanh((-z.Re, -z.Im));
            return ((-n.Re, -n.Im), e);
        }
        double ay = Math.Abs(z.Im);
        if (z.Re > s_sqrtLargeDouble || ay > s_sqrtLargeDouble)
        {
            double h = Libm.hypot(z.Re / 2.0, z.Im / 2.0);
            return ((z.Re / 4.0 / h / h, -Math.CopySign(Math.PI / 2.0, -z.Im)), 0);
        }
        if (z.Re == 1.0 && ay < s_sqrtDblMin)
        {
            if (ay == 0.0) return ((INF, z.Im), EDom);
            return ((-Libm.log(Math.Sqrt(ay) / Math.Sqrt(Libm.hypot(ay, 2.0))), Math.CopySign(Libm.atan2(2.0, -ay) / 2, z.Im)), 0);
        }
        double re = Libm.log1p(4.0 * z.Re / ((1 - z.Re) * (1 - z.Re) + ay * ay)) / 4.0;
        double im = -Libm.atan2(-2.0 * z.Im, (1 - z.Re) * (1 + z.Re) - ay * ay) / 2.0;
        return ((re, im), 0);
    }

    private static ((double Re, double Im), int) Cos((double Re, double Im) z) => Cosh((-z.Im, z.Re));

    private static ((double Re, double Im), int) Cosh((double Re, double Im) z)
    {
        (double Re, double Im) r;
        if (!double.IsFinite(z.Re) || !double.IsFinite(z.Im))
        {
            if (double.IsInfinity(z.Re) && double.IsFinite(z.Im) && z.Im != 0.0)
            {
                r = z.Re > 0
                    ? (Math.CopySign(INF, Libm.cos(z.Im)), Math.CopySign(INF, Libm.sin(z.Im)))
                    : (Math.CopySign(INF, Libm.cos(z.Im)), -Math.CopySign(INF, Libm.sin(z.Im)));
            }
            else r = s_cosh[SpecialType(z.Re) * 7 + SpecialType(z.Im)];
            return (r, double.IsInfinity(z.Im) && !double.IsNaN(z.Re) ? EDom : 0);
        }
        if (Math.Abs(z.Re) > s_logLargeDouble)
        {
            double x1 = z.Re - Math.CopySign(1.0, z.Re);
            r = (Libm.cos(z.Im) * Libm.cosh(x1) * Math.E, Libm.sin(z.Im) * Libm.sinh(x1) * Math.E);
        }
        else r = (Libm.cos(z.Im) * Libm.cosh(z.Re), Libm.sin(z.Im) * Libm.sinh(z.Re));
        return (r, double.IsInfinity(r.Re) || double.IsInfinity(r.Im) ? ERange : 0);
    }

    private static ((double Re, double Im), int) Exp((double Re, double Im) z)
    {
        (double Re, double Im) r;
        if (!double.IsFinite(z.Re) || !double.IsFinite(z.Im))
        {
            if (double.IsInfinity(z.Re) && double.IsFinite(z.Im) && z.Im != 0.0)
            {
                r = z.Re > 0
                    ? (Math.CopySign(INF, Libm.cos(z.Im)), Math.CopySign(INF, Libm.sin(z.Im)))
                    : (Math.CopySign(0.0, Libm.cos(z.Im)), Math.CopySign(0.0, Libm.sin(z.Im)));
            }
            else r = s_exp[SpecialType(z.Re) * 7 + SpecialType(z.Im)];
            bool dom = double.IsInfinity(z.Im) && (double.IsFinite(z.Re) || (double.IsInfinity(z.Re) && z.Re > 0));
            return (r, dom ? EDom : 0);
        }
        if (z.Re > s_logLargeDouble)
        {
            double l = Libm.exp(z.Re - 1.0);
            r = (l * Libm.cos(z.Im) * Math.E, l * Libm.sin(z.Im) * Math.E);
        }
        else
        {
            double l = Libm.exp(z.Re);
            r = (l * Libm.cos(z.Im), l * Libm.sin(z.Im));
        }
        return (r, double.IsInfinity(r.Re) || double.IsInfinity(r.Im) ? ERange : 0);
    }

    private static ((double Re, double Im), int) Log((double Re, double Im) z)
    {
        if (Special(z, s_log, out var sv)) return (sv, 0);
        double ax = Math.Abs(z.Re), ay = Math.Abs(z.Im), re;
        if (ax > LargeDouble || ay > LargeDouble) re = Libm.log(Libm.hypot(ax / 2.0, ay / 2.0)) + Ln2;
        else if (ax < DblMin && ay < DblMin)
        {
            if (ax > 0.0 || ay > 0.0)
                re = Libm.log(Libm.hypot(Math.ScaleB(ax, 53), Math.ScaleB(ay, 53))) - 53 * Ln2;
            else return ((-INF, Libm.atan2(z.Im, z.Re)), EDom);
        }
        else
        {
            double h = Libm.hypot(ax, ay);
            if (0.71 <= h && h <= 1.73)
            {
                double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
                re = Libm.log1p((am - 1) * (am + 1) + an * an) / 2.0;
            }
            else re = Libm.log(h);
        }
        return ((re, Libm.atan2(z.Im, z.Re)), 0);
    }

    private static ((double Re, double Im), int) Sin((double Re, double Im) z)
    {
        var (s, err) = Sinh((-z.Im, z.Re));
        return ((s.Im, -s.Re), err);
    }

    private static ((double Re, double Im), int) Sinh((double Re, double Im) z)
    {
        (double Re, double Im) r;
        if (!double.IsFinite(z.Re) || !double.IsFinite(z.Im))
        {
            if (double.IsInfinity(z.Re) && double.IsFinite(z.Im) && z.Im != 0.0)
            {
                r = z.Re > 0
                    ? (Math.CopySign(INF, Libm.cos(z.Im)), Math.CopySign(INF, Libm.sin(z.Im)))
                    : (-Math.CopySign(INF, Libm.cos(z.Im)), Math.CopySign(INF, Libm.sin(z.Im)));
            }
            else r = s_sinh[SpecialType(z.Re) * 7 + SpecialType(z.Im)];
            return (r, double.IsInfinity(z.Im) && !double.IsNaN(z.Re) ? EDom : 0);
        }
        if (Math.Abs(z.Re) > s_logLargeDouble)
        {
            double x1 = z.Re - Math.CopySign(1.0, z.Re);
            r = (Libm.cos(z.Im) * Libm.sinh(x1) * Math.E, Libm.sin(z.Im) * Libm.cosh(x1) * Math.E);
        }
        else r = (Libm.cos(z.Im) * Libm.sinh(z.Re), Libm.sin(z.Im) * Libm.cosh(z.Re));
        return (r, double.IsInfinity(r.Re) || double.IsInfinity(r.Im) ? ERange : 0);
    }

    private static (double Re, double Im) Sqrt((double Re, double Im) z)
    {
        if (Special(z, s_sqrt, out var sv)) return sv;
        if (z.Re == 0.0 && z.Im == 0.0) return (0.0, z.Im);
        double ax = Math.Abs(z.Re), ay = Math.Abs(z.Im), s;
        if (ax < DblMin && ay < DblMin && (ax > 0.0 || ay > 0.0))
        {
            ax = Math.ScaleB(ax, ScaleUp);
            s = Math.ScaleB(Math.Sqrt(ax + Libm.hypot(ax, Math.ScaleB(ay, ScaleUp))), ScaleDown);
        }
        else
        {
            ax /= 8.0;
            s = 2.0 * Math.Sqrt(ax + Libm.hypot(ax, ay / 8.0));
        }
        double d = ay / (2.0 * s);
        return z.Re >= 0.0 ? (s, Math.CopySign(d, z.Im)) : (d, Math.CopySign(s, z.Im));
    }

    private static ((double Re, double Im), int) Tan((double Re, double Im) z)
    {
        var (s, err) = Tanh((-z.Im, z.Re));
        return ((s.Im, -s.Re), err);
    }

    private static ((double Re, double Im), int) Tanh((double Re, double Im) z)
    {
        if (!double.IsFinite(z.Re) || !double.IsFinite(z.Im))
        {
            (double Re, double Im) r;
            if (double.IsInfinity(z.Re) && double.IsFinite(z.Im) && z.Im != 0.0)
                r = (z.Re > 0 ? 1.0 : -1.0, Math.CopySign(0.0, 2.0 * Libm.sin(z.Im) * Libm.cos(z.Im)));
            else r = s_tanh[SpecialType(z.Re) * 7 + SpecialType(z.Im)];
            return (r, double.IsInfinity(z.Im) && double.IsFinite(z.Re) ? EDom : 0);
        }
        if (Math.Abs(z.Re) > s_logLargeDouble)
            return ((Math.CopySign(1.0, z.Re), 4.0 * Libm.sin(z.Im) * Libm.cos(z.Im) * Libm.exp(-2.0 * Math.Abs(z.Re))), 0);
        double tx = Libm.tanh(z.Re), ty = Libm.tan(z.Im), cx = 1.0 / Libm.cosh(z.Re);
        double txty = tx * ty;
        double denom = 1.0 + txty * txty;
        return ((tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx), 0);
    }

    private static ((double Re, double Im), int) Rect(double r, double phi)
    {
        if (!double.IsFinite(r) || !double.IsFinite(phi))
        {
            (double Re, double Im) z;
            if (double.IsInfinity(r) && double.IsFinite(phi) && phi != 0.0)
            {
                z = r > 0
                    ? (Math.CopySign(INF, Libm.cos(phi)), Math.CopySign(INF, Libm.sin(phi)))
                    : (-Math.CopySign(INF, Libm.cos(phi)), -Math.CopySign(INF, Libm.sin(phi)));
            }
            else z = s_rect[SpecialType(r) * 7 + SpecialType(phi)];
            return (z, r != 0.0 && !double.IsNaN(r) && double.IsInfinity(phi) ? EDom : 0);
        }
        if (phi == 0.0) return ((r, r * phi), 0);
        return ((r * Libm.cos(phi), r * Libm.sin(phi)), 0);
    }
}
