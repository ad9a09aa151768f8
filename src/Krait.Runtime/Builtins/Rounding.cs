using System.Globalization;
using System.Numerics;

namespace Krait.Runtime;

/// <summary>int.__round__ and float.__round__ with CPython's results: round half to even on the exact binary
/// value, then the correctly rounded double nearest the decimal result (floatobject.c double_round).</summary>
internal static class Rounding
{
    // CPython's NDIGITS_MAX / NDIGITS_MIN: beyond these, rounding cannot change a double / always gives zero.
    private const int NDigitsMax = 323, NDigitsMin = -308;

    public static PyObject FloatRound(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int n = ArgBinder.Positional("__round__", args, kw, 0, 1);
        double x = ((PyFloat)self!).Value;
        if (n == 0 || args[0] is PyNone) return RoundToInt(x);
        long nd = Ops.AsSsize(args[0]);
        return new PyFloat(RoundDouble(x, nd));
    }

    public static PyObject IntRound(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int n = ArgBinder.Positional("__round__", args, kw, 0, 1);
        var i = PyInt.Exact((PyInt)self!);
        if (n == 0 || args[0] is PyNone) return i;
        var nd = Ops.Index(args[0]);
        if (nd.Sign >= 0) return i;
        var digits = -nd.ToBigInteger();
        if (digits > 100000) return PyInt.FromLong(0); // 10**digits exceeds any representable int
        var pow = BigInteger.Pow(10, (int)digits);
        var q = RoundHalfEven(i.ToBigInteger(), pow);
        return PyInt.FromBig(q * pow);
    }

    /// <summary>round(x) for a float: the nearest int, ties to even.</summary>
    public static PyObject RoundToInt(double x)
    {
        if (double.IsInfinity(x)) throw PyErr.OverflowError("cannot convert float infinity to integer");
        if (double.IsNaN(x)) throw PyErr.ValueError("cannot convert float NaN to integer");
        double r = Math.Round(x, MidpointRounding.ToEven);
        if (Math.Abs(r) < 9.2e18) return PyInt.FromLong((long)r);
        return PyInt.FromBig(new BigInteger(r));
    }

    /// <summary>round(x, ndigits) for a float.</summary>
    public static double RoundDouble(double x, long ndigits)
    {
        if (!double.IsFinite(x) || x == 0) return x;
        if (ndigits > NDigitsMax) return x;
        if (ndigits < NDigitsMin) return 0.0 * x;
        int nd = (int)ndigits;
        // x = m * 2**e exactly.
        long bits = BitConverter.DoubleToInt64Bits(x);
        bool neg = bits < 0;
        int exp = (int)((bits >> 52) & 0x7FF);
        long frac = bits & 0xFFFFFFFFFFFFFL;
        BigInteger m;
        int e;
        if (exp == 0) { m = frac; e = -1074; }
        else { m = frac | (1L << 52); e = exp - 1075; }
        BigInteger num = m, den = BigInteger.One;
        if (e >= 0) num <<= e; else den <<= -e;
        if (nd >= 0) num *= BigInteger.Pow(10, nd); else den *= BigInteger.Pow(10, -nd);
        var q = RoundHalfEven(num, den);
        double r;
        if (q.IsZero) r = 0.0;
        else
        {
            r = double.Parse(q.ToString(CultureInfo.InvariantCulture) + "E" + (-nd).ToString(CultureInfo.InvariantCulture),
                NumberStyles.Float, CultureInfo.InvariantCulture);
            if (double.IsInfinity(r)) throw PyErr.OverflowError("rounded value too large to represent");
        }
        return neg ? -r : r;
    }

    /// <summary>num / den rounded to the nearest integer, ties to even (den &gt; 0).</summary>
    private static BigInteger RoundHalfEven(BigInteger num, BigInteger den)
    {
        var q = BigInteger.DivRem(num, den, out var rem);
        if (rem.Sign < 0) { q -= 1; rem += den; } // floor division
        int c = (rem * 2).CompareTo(den);
        if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        return q;
    }
}
