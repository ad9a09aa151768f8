using System.Runtime.CompilerServices;
using System.Numerics;

namespace Krait.Runtime;

// int's number slots: a long fast path with overflow checks, BigInteger otherwise (Objects/longobject.c).
public partial class PyInt
{
    private static void InitArithmetic(PyType t)
    {
        var n = t.Number;
        n[(int)NumberOp.Add] = (a, b) => a is PyInt x && b is PyInt y ? Add(x, y) : PyNotImplemented.Instance;
        n[(int)NumberOp.Subtract] = (a, b) => a is PyInt x && b is PyInt y ? Sub(x, y) : PyNotImplemented.Instance;
        n[(int)NumberOp.Multiply] = (a, b) => a is PyInt x && b is PyInt y ? Mul(x, y) : PyNotImplemented.Instance;
        n[(int)NumberOp.FloorDivide] = (a, b) => a is PyInt x && b is PyInt y ? FloorDiv(x, y) : PyNotImplemented.Instance;
        n[(int)NumberOp.Remainder] = (a, b) => a is PyInt x && b is PyInt y ? Mod(x, y) : PyNotImplemented.Instance;
        n[(int)NumberOp.DivMod] = (a, b) => a is PyInt x && b is PyInt y ? PyTuple.Pair(FloorDiv(x, y), Mod(x, y)) : PyNotImplemented.Instance;
        n[(int)NumberOp.TrueDivide] = (a, b) => a is PyInt x && b is PyInt y ? TrueDiv(x, y) : PyNotImplemented.Instance;
        n[(int)NumberOp.Power] = (a, b) => a is PyInt x && b is PyInt y ? Pow(x, y) : PyNotImplemented.Instance;
        n[(int)NumberOp.LShift] = (a, b) => a is PyInt x && b is PyInt y ? LShift(x, y) : PyNotImplemented.Instance;
        n[(int)NumberOp.RShift] = (a, b) => a is PyInt x && b is PyInt y ? RShift(x, y) : PyNotImplemented.Instance;
        n[(int)NumberOp.And] = (a, b) => a is PyInt x && b is PyInt y ? Bitwise(x, y, 0) : PyNotImplemented.Instance;
        n[(int)NumberOp.Or] = (a, b) => a is PyInt x && b is PyInt y ? Bitwise(x, y, 1) : PyNotImplemented.Instance;
        n[(int)NumberOp.Xor] = (a, b) => a is PyInt x && b is PyInt y ? Bitwise(x, y, 2) : PyNotImplemented.Instance;
        t.Negative = o => { var x = (PyInt)o; return !x.IsBig && x.Small != long.MinValue ? FromLong(-x.Small) : FromBig(-x.ToBigInteger()); };
        t.Positive = o => Exact((PyInt)o);
        t.Absolute = o => { var x = (PyInt)o; return !x.IsBig && x.Small != long.MinValue ? FromLong(Math.Abs(x.Small)) : FromBig(BigInteger.Abs(x.ToBigInteger())); };
        t.Invert = o => { var x = (PyInt)o; return !x.IsBig ? FromLong(~x.Small) : FromBig(-x.Big - 1); };
        t.Int = o => Exact((PyInt)o);
        t.Index = o => Exact((PyInt)o);
        t.Float = o => new PyFloat(ToDouble((PyInt)o));
    }

    public static double ToDouble(PyInt x)
    {
        if (!x.IsBig) return x.Small;
        double d = PyFloat.ScaleToDouble(BigInteger.Abs(x.Big), 0, out bool overflow);
        if (overflow) throw PyErr.OverflowError("int too large to convert to float");
        return x.Big.Sign < 0 ? -d : d;
    }

    public static PyInt Add(PyInt x, PyInt y)
    {
        if (!x.IsBig && !y.IsBig)
        {
            long r = x.Small + y.Small;
            if (((x.Small ^ r) & (y.Small ^ r)) >= 0) return FromLong(r);
            return AddWide(x.Small, y.Small);
        }
        return AddBig(x, y, negate: false);
    }

    public static PyInt Sub(PyInt x, PyInt y)
    {
        if (!x.IsBig && !y.IsBig)
        {
            long r = x.Small - y.Small;
            if (((x.Small ^ y.Small) & (x.Small ^ r)) >= 0) return FromLong(r);
            return SubWide(x.Small, y.Small);
        }
        return AddBig(x, y, negate: true);
    }

    public static PyInt Mul(PyInt x, PyInt y)
    {
        if (!x.IsBig && !y.IsBig)
        {
            long hi = Math.BigMul(x.Small, y.Small, out long lo);
            if (hi == (lo >> 63)) return FromLong(lo);
            return MulWide(hi, lo);
        }
        return MulBigByWord(x, y) ?? FromBig(x.ToBigInteger() * y.ToBigInteger());
    }

    // The exact results of machine-int operations that overflow, through Int128: converting each operand to a
    // BigInteger first allocated an array for every operand beyond an int32 (sorting.py's
    // `x * 6364136223846793005`). Kept out of Add/Sub/Mul: ReadyToRun doesn't precompile a method that uses
    // Int128 (its layout is not version-resilient), and those three would otherwise be JIT-compiled at tier 0 in
    // every process and run unoptimised until they tier up.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyInt AddWide(long x, long y) => FromBig((Int128)x + y);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyInt SubWide(long x, long y) => FromBig((Int128)x - y);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyInt MulWide(long hi, long lo) => FromBig(new Int128((ulong)hi, (ulong)lo));

    /// <summary>x // y of two machine ints, y != 0 (long.MinValue // -1 overflows into a big int).</summary>
    internal static PyInt FloorDivSmall(long x, long y)
    {
        if (y == -1) return x == long.MinValue ? FromBig(-(BigInteger)x) : FromLong(-x);
        long q = x / y, r = x - q * y;
        if (r != 0 && (r ^ y) < 0) q--;
        return FromLong(q);
    }

    /// <summary>x % y of two machine ints, y != 0: the sign of y.</summary>
    internal static PyInt ModSmall(long x, long y)
    {
        if (y == -1) return FromLong(0);
        long r = x % y;
        if (r != 0 && (r ^ y) < 0) r += y;
        return FromLong(r);
    }

    public static PyInt FloorDiv(PyInt x, PyInt y)
    {
        if (y.Sign == 0) throw PyErr.ZeroDivisionError("integer division or modulo by zero");
        if (!x.IsBig && !y.IsBig) return FloorDivSmall(x.Small, y.Small);
        if (DivBigByWord(x, y, remainder: false) is { } q) return q;
        // Operands of one sign: truncation is the floor, and the remainder (an array as long as y) isn't needed.
        if ((x.Sign ^ y.Sign) >= 0) return FromBig(BigInteger.Divide(x.ToBigInteger(), y.ToBigInteger()));
        var bq = BigInteger.DivRem(x.ToBigInteger(), y.ToBigInteger(), out var rem);
        if (!rem.IsZero && (rem.Sign != y.Sign)) bq -= 1;
        return FromBig(bq);
    }

    public static PyInt Mod(PyInt x, PyInt y)
    {
        if (y.Sign == 0) throw PyErr.ZeroDivisionError("integer modulo by zero");
        if (!x.IsBig && !y.IsBig) return ModSmall(x.Small, y.Small);
        if (DivBigByWord(x, y, remainder: true) is { } m) return m;
        var br = BigInteger.Remainder(x.ToBigInteger(), y.ToBigInteger());
        if (!br.IsZero && br.Sign != y.Sign) br += y.ToBigInteger();
        return FromBig(br);
    }

    public static PyObject TrueDiv(PyInt x, PyInt y)
    {
        if (y.Sign == 0) throw PyErr.ZeroDivisionError("division by zero");
        const long exact = 1L << 53;
        if (!x.IsBig && !y.IsBig && x.Small >= -exact && x.Small <= exact && y.Small >= -exact && y.Small <= exact)
            return new PyFloat((double)x.Small / y.Small);
        return new PyFloat(BigDivide(x.ToBigInteger(), y.ToBigInteger()));
    }

    // Correctly rounded a/b: a quotient of at least 55 bits plus a sticky bit for any remainder, then one
    // rounding to the double's precision (normal or subnormal).
    private static double BigDivide(BigInteger a, BigInteger b)
    {
        bool neg = (a.Sign < 0) != (b.Sign < 0);
        a = BigInteger.Abs(a); b = BigInteger.Abs(b);
        if (a.IsZero) return neg ? -0.0 : 0.0;
        long shift = (long)b.GetBitLength() - (long)a.GetBitLength() + 55;
        BigInteger num = shift > 0 ? a << (int)shift : a;
        BigInteger den = shift < 0 ? b << (int)-shift : b;
        var q = BigInteger.DivRem(num, den, out var r);
        q = (q << 1) | (r.IsZero ? BigInteger.Zero : BigInteger.One);
        double d = PyFloat.ScaleToDouble(q, -shift - 1, out bool overflow);
        if (overflow) throw PyErr.OverflowError("integer division result too large for a float");
        return neg ? -d : d;
    }

    public static PyObject Pow(PyInt x, PyInt y)
    {
        // A negative exponent without a modulus is float_pow on the converted operands.
        if (y.Sign < 0) return PyType.FloatType.Number[(int)NumberOp.Power]!(x, y);
        if (!x.IsBig && (x.Small is 0 or 1)) return FromLong(y.Sign == 0 ? 1 : x.Small);
        if (!x.IsBig && x.Small == -1) return FromLong(y.IsBig ? (y.Big.IsEven ? 1 : -1) : ((y.Small & 1) == 0 ? 1 : -1));
        if (y.IsBig || y.Small > int.MaxValue) throw PyErr.New(PyExc.MemoryError);
        int e = (int)y.Small;
        if (!x.IsBig)
        {
            // Square-and-multiply in longs while no step overflows.
            long result = 1, b = x.Small;
            int k = e;
            bool ok = true;
            while (k > 0)
            {
                if ((k & 1) != 0)
                {
                    long hi = Math.BigMul(result, b, out long lo);
                    if (hi != (lo >> 63)) { ok = false; break; }
                    result = lo;
                }
                k >>= 1;
                if (k > 0)
                {
                    long hi = Math.BigMul(b, b, out long lo);
                    if (hi != (lo >> 63)) { ok = false; break; }
                    b = lo;
                }
            }
            if (ok) return FromLong(result);
        }
        return FromBig(BigInteger.Pow(x.ToBigInteger(), e));
    }

    public static PyInt LShift(PyInt x, PyInt y)
    {
        if (y.Sign < 0) throw PyErr.ValueError("negative shift count");
        if (x.Sign == 0) return FromLong(0);
        if (y.IsBig || y.Small > int.MaxValue) throw HugeShift(x, y);
        int s = (int)y.Small;
        if (!x.IsBig && s < 63)
        {
            long r = x.Small << s;
            if (r >> s == x.Small) return FromLong(r);
        }
        return FromBig(x.ToBigInteger() << s);
    }

    /// <summary>A left shift past what Krait's ints hold: long_lshift's OverflowError when the result would have more
    /// than MAX_LONG_DIGITS 30-bit digits (divmod_shift clips the word shift), else the MemoryError of its allocation.</summary>
    private static PythonException HugeShift(PyInt x, PyInt y)
    {
        const long maxLongDigits = (long.MaxValue - 24) / 4;
        var shift = y.ToBigInteger();
        var wordShift = BigInteger.DivRem(shift, 30, out var remShift);
        if (wordShift >= long.MaxValue / 4)
        {
            wordShift = long.MaxValue / 4;
            remShift = 0;
        }
        var newSize = (BigInteger.Abs(x.ToBigInteger()).GetBitLength() + 29) / 30 + wordShift + (remShift.IsZero ? 0 : 1);
        return newSize > maxLongDigits ? PyErr.OverflowError("too many digits in integer") : PyErr.New(PyExc.MemoryError);
    }

    public static PyInt RShift(PyInt x, PyInt y)
    {
        if (y.Sign < 0) throw PyErr.ValueError("negative shift count");
        if (y.IsBig || y.Small >= 64 * 1024 * 1024) return FromLong(x.Sign < 0 ? -1 : 0);
        int s = (int)y.Small;
        if (!x.IsBig) return FromLong(s >= 64 ? (x.Small < 0 ? -1 : 0) : x.Small >> s);
        return FromBig(x.Big >> s);
    }

    private static PyInt Bitwise(PyInt x, PyInt y, int kind)
    {
        if (!x.IsBig && !y.IsBig)
            return FromLong(kind switch { 0 => x.Small & y.Small, 1 => x.Small | y.Small, _ => x.Small ^ y.Small });
        BigInteger a = x.ToBigInteger(), b = y.ToBigInteger();
        return FromBig(kind switch { 0 => a & b, 1 => a | b, _ => a ^ b });
    }

    /// <summary>pow(b, e, m) for ints; a negative exponent uses the modular inverse.</summary>
    internal static PyObject ModPow(PyInt b, PyInt e, PyInt m)
    {
        var mod = m.ToBigInteger();
        if (mod.IsZero) throw PyErr.ValueError("pow() 3rd argument cannot be 0");
        var exp = e.ToBigInteger();
        var bas = b.ToBigInteger();
        bool negMod = mod.Sign < 0;
        var am = BigInteger.Abs(mod);
        if (exp.Sign < 0)
        {
            bas = ModInverse(bas, am) ?? throw PyErr.ValueError("base is not invertible for the given modulus");
            exp = -exp;
        }
        var r = BigInteger.ModPow(((bas % am) + am) % am, exp, am);
        if (negMod && !r.IsZero) r -= am;
        return FromBig(r);
    }

    private static BigInteger? ModInverse(BigInteger a, BigInteger m)
    {
        a = ((a % m) + m) % m;
        BigInteger t = 0, newT = 1, r = m, newR = a;
        while (!newR.IsZero)
        {
            var q = BigInteger.Divide(r, newR);
            (t, newT) = (newT, t - q * newT);
            (r, newR) = (newR, r - q * newR);
        }
        if (r != 1) return null;
        return t.Sign < 0 ? t + m : t;
    }
}
