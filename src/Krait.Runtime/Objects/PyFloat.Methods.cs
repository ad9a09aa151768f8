using System.Globalization;
using System.Numerics;
using System.Text;

namespace Krait.Runtime;

// float's named methods and attributes (Objects/floatobject.c).
public partial class PyFloat
{
    private static double V(PyObject? o) => ((PyFloat)o!).Value;

    /// <summary>float(self) as an exact float (float subclasses give a plain float).</summary>
    private static PyObject ExactFloat(PyObject o) => ReferenceEquals(o.Type, PyType.FloatType) ? o : new PyFloat(((PyFloat)o).Value);

    private static void InitMethods(PyType t)
    {
        TypeBuilder.Method(t, "__round__", Rounding.FloatRound);
        TypeBuilder.Method(t, "is_integer", (self, args, kw) =>
        {
            ArgBinder.None("float.is_integer", args, kw);
            double v = V(self);
            return PyBool.From(double.IsFinite(v) && Math.Floor(v) == v);
        });
        TypeBuilder.Method(t, "conjugate", (self, args, kw) => { ArgBinder.None("float.conjugate", args, kw); return ExactFloat(self!); });
        TypeBuilder.Method(t, "__trunc__", (self, args, kw) => { ArgBinder.None("float.__trunc__", args, kw); return ToInt(V(self)); });
        TypeBuilder.Method(t, "__floor__", (self, args, kw) => { ArgBinder.None("float.__floor__", args, kw); return ToInt(Math.Floor(V(self))); });
        TypeBuilder.Method(t, "__ceil__", (self, args, kw) => { ArgBinder.None("float.__ceil__", args, kw); return ToInt(Math.Ceiling(V(self))); });
        TypeBuilder.Method(t, "__getnewargs__", (self, args, kw) =>
        {
            ArgBinder.None("float.__getnewargs__", args, kw);
            return PyTuple.Create([new PyFloat(V(self))]);
        });
        TypeBuilder.Method(t, "as_integer_ratio", (self, args, kw) =>
        {
            ArgBinder.None("float.as_integer_ratio", args, kw);
            var (n, d) = IntegerRatio(V(self));
            return PyTuple.Pair(PyInt.FromBig(n), PyInt.FromBig(d));
        });
        TypeBuilder.Method(t, "hex", (self, args, kw) => { ArgBinder.None("float.hex", args, kw); return new PyStr(Hex(V(self))); });
        TypeBuilder.ClassMethod(t, "fromhex", (cls, args, kw) =>
        {
            var a = ArgBinder.One("float.fromhex", args, kw);
            if (a is not PyStr s) throw PyErr.TypeError("bad argument type for built-in operation");
            var r = new PyFloat(FromHex(s.Value));
            return cls is PyType ct && !ReferenceEquals(ct, PyType.FloatType) ? Ops.Call(ct, [r]) : r;
        });
        TypeBuilder.ClassMethod(t, "__getformat__", (cls, args, kw) =>
        {
            var a = ArgBinder.One("float.__getformat__", args, kw);
            if (a is not PyStr s) throw PyErr.TypeError($"__getformat__() argument must be str, not {a.Type.Name}");
            if (s.Value is not ("double" or "float")) throw PyErr.ValueError("__getformat__() argument 1 must be 'double' or 'float'");
            return new PyStr(BitConverter.IsLittleEndian ? "IEEE, little-endian" : "IEEE, big-endian");
        });
        TypeBuilder.GetSet(t, "real", ExactFloat, null);
        TypeBuilder.GetSet(t, "imag", o => new PyFloat(0.0), null);
    }

    /// <summary>The exact value as a reduced fraction with a power-of-two denominator.</summary>
    internal static (BigInteger Num, BigInteger Den) IntegerRatio(double v)
    {
        if (double.IsInfinity(v)) throw PyErr.OverflowError("cannot convert Infinity to integer ratio");
        if (double.IsNaN(v)) throw PyErr.ValueError("cannot convert NaN to integer ratio");
        Decompose(v, out long mant, out int exp);
        if (mant == 0) return (BigInteger.Zero, BigInteger.One);
        if (exp >= 0) return ((BigInteger)mant << exp, BigInteger.One);
        int tz = Math.Min(BitOperations.TrailingZeroCount(Math.Abs(mant)), -exp);
        mant >>= tz;
        exp += tz;
        return (mant, BigInteger.One << -exp);
    }

    /// <summary>v = mant × 2**exp exactly (|mant| &lt; 2**53).</summary>
    internal static void Decompose(double v, out long mant, out int exp)
    {
        long bits = BitConverter.DoubleToInt64Bits(v);
        int be = (int)((bits >> 52) & 0x7FF);
        long frac = bits & 0xFFFFFFFFFFFFFL;
        if (be == 0) { mant = frac; exp = -1074; }
        else { mant = frac | (1L << 52); exp = be - 1075; }
        if (bits < 0) mant = -mant;
    }

    /// <summary>float.hex(): 0x1.hhhhhhhhhhhhhp±e, subnormals as 0x0.hhh…p-1022.</summary>
    internal static string Hex(double x)
    {
        if (double.IsNaN(x)) return "nan";
        if (double.IsInfinity(x)) return x > 0 ? "inf" : "-inf";
        bool neg = double.IsNegative(x);
        if (x == 0) return neg ? "-0x0.0p+0" : "0x0.0p+0";
        long bits = BitConverter.DoubleToInt64Bits(x);
        int be = (int)((bits >> 52) & 0x7FF);
        long frac = bits & 0xFFFFFFFFFFFFFL;
        int lead = be == 0 ? 0 : 1;
        int e = be == 0 ? -1022 : be - 1023;
        var sb = new StringBuilder(24);
        if (neg) sb.Append('-');
        sb.Append("0x").Append((char)('0' + lead)).Append('.');
        sb.Append(frac.ToString("x13", CultureInfo.InvariantCulture));
        sb.Append('p').Append(e < 0 ? '-' : '+').Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    /// <summary>float.fromhex: [ws] [sign] (inf|infinity|nan | [0x] hex [. hex] [p [sign] dec]) [ws], correctly rounded.</summary>
    internal static double FromHex(string s)
    {
        int i = 0, end = s.Length;
        while (i < end && IntParser.IsSpace(s[i])) i++;
        while (end > i && IntParser.IsSpace(s[end - 1])) end--;
        bool neg = false;
        if (i < end && (s[i] == '+' || s[i] == '-')) { neg = s[i] == '-'; i++; }
        if (i < end && (s[i] is 'i' or 'I' or 'n' or 'N'))
        {
            double special = ParsePrefix(s, i, end, out int stop);
            if (stop != end || stop == i) throw InvalidHex();
            return neg ? -special : special;
        }
        if (i + 1 < end && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) i += 2;
        BigInteger mant = BigInteger.Zero;
        long mantSmall = 0;
        bool useBig = false;
        int ndigits = 0, fracDigits = 0;
        void AddDigit(int d)
        {
            if (!useBig && mantSmall < (1L << 58)) mantSmall = mantSmall * 16 + d;
            else
            {
                if (!useBig) { mant = mantSmall; useBig = true; }
                mant = mant * 16 + d;
            }
        }
        while (i < end && HexDigit(s[i]) >= 0) { AddDigit(HexDigit(s[i])); i++; ndigits++; }
        if (i < end && s[i] == '.')
        {
            i++;
            while (i < end && HexDigit(s[i]) >= 0) { AddDigit(HexDigit(s[i])); i++; ndigits++; fracDigits++; }
        }
        if (ndigits == 0) throw InvalidHex();
        long exp = 0;
        if (i < end && (s[i] == 'p' || s[i] == 'P'))
        {
            i++;
            int esign = 1;
            if (i < end && (s[i] == '+' || s[i] == '-')) { esign = s[i] == '-' ? -1 : 1; i++; }
            if (i >= end || !char.IsAsciiDigit(s[i])) throw InvalidHex();
            while (i < end && char.IsAsciiDigit(s[i]))
            {
                if (exp < 1_000_000_000_000L) exp = exp * 10 + (s[i] - '0');
                i++;
            }
            exp *= esign;
        }
        if (i != end) throw InvalidHex();
        if (!useBig) mant = mantSmall;
        double r = ScaleToDouble(mant, exp - 4L * fracDigits, out bool overflow);
        if (overflow) throw PyErr.OverflowError("hexadecimal value too large to represent as a float");
        return neg ? -r : r;
    }

    private static PythonException InvalidHex() => PyErr.ValueError("invalid hexadecimal floating-point string");

    private static int HexDigit(char c) =>
        c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}
