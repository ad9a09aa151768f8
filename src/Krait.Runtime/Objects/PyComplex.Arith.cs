namespace Krait.Runtime;

// complex's number slots with CPython's algorithms (_Py_c_quot, _Py_c_pow, c_powi, _Py_c_abs).
public partial class PyComplex
{
    /// <summary>TO_COMPLEX: int (exactly converted, OverflowError when too big), float or complex.</summary>
    private static bool ToComplex(PyObject o, out double re, out double im)
    {
        im = 0;
        switch (o)
        {
            case PyComplex c: re = c.Real; im = c.Imag; return true;
            case PyFloat f: re = f.Value; return true;
            case PyInt i: re = PyInt.ToDouble(i); return true;
            default: re = 0; return false;
        }
    }

    private delegate PyObject ComplexOp(double ar, double ai, double br, double bi);

    private static void Binary(PyType t, NumberOp op, ComplexOp f) =>
        t.Number[(int)op] = (a, b) =>
            ToComplex(a, out double ar, out double ai) && ToComplex(b, out double br, out double bi) ? f(ar, ai, br, bi) : PyNotImplemented.Instance;

    private static void InitArithmetic(PyType t)
    {
        Binary(t, NumberOp.Add, static (ar, ai, br, bi) => new PyComplex(ar + br, ai + bi));
        Binary(t, NumberOp.Subtract, static (ar, ai, br, bi) => new PyComplex(ar - br, ai - bi));
        Binary(t, NumberOp.Multiply, static (ar, ai, br, bi) => new PyComplex(ar * br - ai * bi, ar * bi + ai * br));
        Binary(t, NumberOp.TrueDivide, static (ar, ai, br, bi) =>
        {
            if (!Quot(ar, ai, br, bi, out double r, out double i)) throw PyErr.ZeroDivisionError("complex division by zero");
            return new PyComplex(r, i);
        });
        Binary(t, NumberOp.Power, static (ar, ai, br, bi) => PowerValues(ar, ai, br, bi));
        t.Negative = o => { var z = (PyComplex)o; return new PyComplex(-z.Real, -z.Imag); };
        t.Positive = o => Exact((PyComplex)o);
        t.Absolute = o =>
        {
            var z = (PyComplex)o;
            double r = Abs(z.Real, z.Imag, out bool overflow);
            if (overflow) throw PyErr.OverflowError("absolute value too large");
            return new PyFloat(r);
        };
    }

    /// <summary>v ** w for int/float/complex operands (float_pow hands a negative base with a fractional
    /// exponent over to this).</summary>
    internal static PyObject Power(PyObject v, PyObject w)
    {
        if (!ToComplex(v, out double ar, out double ai) || !ToComplex(w, out double br, out double bi)) return PyNotImplemented.Instance;
        return PowerValues(ar, ai, br, bi);
    }

    private static PyObject PowerValues(double ar, double ai, double br, double bi)
    {
        bool domain = false;
        double pr, pi;
        long intExponent = DoubleToLong(br);
        if (bi == 0.0 && br == intExponent) (pr, pi) = PowI(ar, ai, intExponent, ref domain);
        else (pr, pi) = Pow(ar, ai, br, bi, ref domain);
        if (domain) throw PyErr.ZeroDivisionError("0.0 to a negative or complex power");
        if (double.IsInfinity(pr) || double.IsInfinity(pi)) throw PyErr.OverflowError("complex exponentiation");
        return new PyComplex(pr, pi);
    }

    // C's (long) cast of a double as x86-64 does it: out of range (and NaN) gives LONG_MIN.
    private static long DoubleToLong(double d) =>
        d >= -9.2233720368547758e18 && d < 9.2233720368547758e18 ? (long)d : long.MinValue;

    /// <summary>_Py_c_quot (Smith's method); false for division by zero.</summary>
    private static bool Quot(double ar, double ai, double br, double bi, out double r, out double i)
    {
        double absBr = br < 0 ? -br : br, absBi = bi < 0 ? -bi : bi;
        if (absBr >= absBi)
        {
            if (absBr == 0.0) { r = i = 0.0; return false; }
            double ratio = bi / br;
            double denom = br + bi * ratio;
            r = (ar + ai * ratio) / denom;
            i = (ai - ar * ratio) / denom;
        }
        else if (absBi >= absBr)
        {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            r = (ar * ratio + ai) / denom;
            i = (ai * ratio - ar) / denom;
        }
        else r = i = double.NaN; // a NaN among the divisor's parts
        return true;
    }

    /// <summary>_Py_c_pow: polar form.</summary>
    private static (double, double) Pow(double ar, double ai, double br, double bi, ref bool domain)
    {
        if (br == 0.0 && bi == 0.0) return (1.0, 0.0);
        if (ar == 0.0 && ai == 0.0)
        {
            if (bi != 0.0 || br < 0.0) domain = true;
            return (0.0, 0.0);
        }
        double vabs = Hypot(ar, ai);
        double len = Math.Pow(vabs, br);
        double at = Math.Atan2(ai, ar);
        double phase = at * br;
        if (bi != 0.0)
        {
            len /= Math.Exp(at * bi);
            phase += bi * Math.Log(vabs);
        }
        // libm's cos/sin of ±inf set errno to EDOM, which complex_pow reports as this ZeroDivisionError.
        if (double.IsInfinity(phase)) domain = true;
        return (len * Math.Cos(phase), len * Math.Sin(phase));
    }

    /// <summary>c_powi: repeated squaring for |n| ≤ 100, the polar form beyond.</summary>
    private static (double, double) PowI(double ar, double ai, long n, ref bool domain)
    {
        if (n > 100 || n < -100) return Pow(ar, ai, n, 0.0, ref domain);
        if (n > 0) return PowU(ar, ai, n);
        var (dr, di) = PowU(ar, ai, -n);
        if (!Quot(1.0, 0.0, dr, di, out double r, out double i)) domain = true;
        return (r, i);
    }

    private static (double, double) PowU(double xr, double xi, long n)
    {
        double rr = 1.0, ri = 0.0, pr = xr, pi = xi;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1)
        {
            if ((n & mask) != 0) (rr, ri) = (rr * pr - ri * pi, rr * pi + ri * pr);
            (pr, pi) = (pr * pr - pi * pi, pr * pi + pi * pr);
        }
        return (rr, ri);
    }

    /// <summary>_Py_c_abs: an infinite part wins over NaN; a finite overflow is an error.</summary>
    internal static double Abs(double re, double im, out bool overflow)
    {
        overflow = false;
        if (!double.IsFinite(re) || !double.IsFinite(im))
        {
            if (double.IsInfinity(re)) return Math.Abs(re);
            if (double.IsInfinity(im)) return Math.Abs(im);
            return double.NaN;
        }
        double r = Hypot(re, im);
        if (!double.IsFinite(r)) overflow = true;
        return r;
    }

    /// <summary>hypot, correctly rounded in practice: the sum of squares is carried in double-double
    /// (with scaling against overflow/underflow) and the square root corrected once.</summary>
    internal static double Hypot(double x, double y)
    {
        x = Math.Abs(x); y = Math.Abs(y);
        if (double.IsInfinity(x) || double.IsInfinity(y)) return double.PositiveInfinity;
        if (double.IsNaN(x) || double.IsNaN(y)) return double.NaN;
        if (x < y) (x, y) = (y, x);
        if (y == 0) return x;
        // Scale so that x is near 1 (exactly, by a power of two).
        int e = Math.ILogB(x);
        double sx = Math.ScaleB(x, -e), sy = Math.ScaleB(y, -e);
        // s = sx² + sy² as hi + lo.
        double h1 = sx * sx, l1 = Math.FusedMultiplyAdd(sx, sx, -h1);
        double h2 = sy * sy, l2 = Math.FusedMultiplyAdd(sy, sy, -h2);
        double hi = h1 + h2;
        double bb = hi - h1;
        double lo = (h1 - (hi - bb)) + (h2 - bb) + l1 + l2;
        double r = Math.Sqrt(hi + lo);
        // One Newton correction: r += (s − r²) / (2r), with s − r² computed exactly-ish.
        double rr = r * r, rrl = Math.FusedMultiplyAdd(r, r, -rr);
        double resid = (hi - rr) + (lo - rrl);
        r += resid / (2 * r);
        return Math.ScaleB(r, e);
    }
}
