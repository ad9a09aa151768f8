using System.Globalization;
using System.Numerics;

namespace Krait.Runtime;

/// <summary>int: a machine word when it fits, a BigInteger beyond. Values in −5..256 are cached so that
/// identity behaves as in CPython.</summary>
public partial class PyInt : PyObject
{
    internal readonly long Small;
    internal readonly BigInteger Big;
    public readonly bool IsBig;

    internal PyInt(PyType type, long value) : base(type) => Small = value;

    internal PyInt(PyType type, BigInteger value) : base(type)
    {
        if (value >= long.MinValue && value <= long.MaxValue) Small = (long)value;
        else { Big = value; IsBig = true; }
    }

    public static PyInt FromLong(long v)
    {
        if (v >= PyType.SmallIntMin && v <= PyType.SmallIntMax) return PyType.SmallInts[v - PyType.SmallIntMin];
        return new PyInt(PyType.IntType, v);
    }

    public static PyInt FromBig(BigInteger v) =>
        v >= long.MinValue && v <= long.MaxValue ? FromLong((long)v) : new PyInt(PyType.IntType, v);

    public BigInteger ToBigInteger() => IsBig ? Big : Small;

    public int Sign => IsBig ? Big.Sign : Math.Sign(Small);

    public bool TryGetLong(out long value)
    {
        value = Small;
        return !IsBig;
    }

    /// <summary>CPython's int hash: the value modulo 2**61−1 with the sign kept; −1 becomes −2.</summary>
    public static long HashOf(PyInt i)
    {
        long h;
        if (!i.IsBig)
        {
            long v = i.Small;
            if (v == long.MinValue) h = -(long)((ulong)1 << 63 % 61); // |MinValue| mod P = 2**(63 mod 61)
            else
            {
                h = Math.Abs(v) % NumericHash.Modulus;
                if (v < 0) h = -h;
            }
        }
        else
        {
            h = (long)(BigInteger.Abs(i.Big) % NumericHash.Modulus);
            if (i.Big.Sign < 0) h = -h;
        }
        return h == -1 ? -2 : h;
    }

    public string ToDecimalString()
    {
        if (!IsBig) return Small.ToString(CultureInfo.InvariantCulture);
        string s = Big.ToString(CultureInfo.InvariantCulture);
        int digits = s.Length - (s[0] == '-' ? 1 : 0);
        if (MaxStrDigits > 0 && digits > MaxStrDigits)
            throw PyErr.ValueError($"Exceeds the limit ({MaxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        return s;
    }

    /// <summary>sys.get_int_max_str_digits() (3.11's default 4300).</summary>
    public static int MaxStrDigits = 4300;

    internal static void InitType(PyType t)
    {
        t.Hash = o => HashOf((PyInt)o);
        t.Repr = o => new PyStr(((PyInt)o).ToDecimalString());
        t.Bool = o => { var i = (PyInt)o; return i.IsBig || i.Small != 0; };
        t.RichCompare = (a, b, op) =>
        {
            if (b is not PyInt y) return PyNotImplemented.Instance;
            var x = (PyInt)a;
            int c = !x.IsBig && !y.IsBig ? x.Small.CompareTo(y.Small) : x.ToBigInteger().CompareTo(y.ToBigInteger());
            return PyBool.From(Ops.CompareResult(c, op));
        };
        t.New = NewInt;
        InitArithmetic(t);
        TypeBuilder.Method(t, "__round__", Rounding.IntRound);
        BuiltinFormat.RegisterInt(t);
        TypeBuilder.Method(t, "bit_length", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("int.bit_length", args, kw, 0);
            var v = BigInteger.Abs(((PyInt)self!).ToBigInteger());
            return FromLong(v.IsZero ? 0 : (long)v.GetBitLength());
        });
        TypeBuilder.Method(t, "conjugate", (self, args, kw) => Exact((PyInt)self!));
        TypeBuilder.GetSet(t, "real", o => Exact((PyInt)o), null);
        TypeBuilder.GetSet(t, "imag", o => FromLong(0), null);
        TypeBuilder.GetSet(t, "numerator", o => Exact((PyInt)o), null);
        TypeBuilder.GetSet(t, "denominator", o => FromLong(1), null);
    }

    /// <summary>The same value as an exact int (for bool and int subclasses).</summary>
    internal static PyInt Exact(PyInt i) =>
        ReferenceEquals(i.Type, PyType.IntType) ? i : i.IsBig ? new PyInt(PyType.IntType, i.Big) : FromLong(i.Small);

    private static PyObject NewInt(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int npos = args.Length - (kw?.Count ?? 0);
        PyObject? x = npos > 0 ? args[0] : null, baseArg = npos > 1 ? args[1] : null;
        if (npos > 2) throw PyErr.TypeError($"int() takes at most 2 arguments ({npos} given)");
        for (int i = npos; i < args.Length; i++)
        {
            string k = ((PyStr)kw!.Items[i - npos]).Value;
            if (k == "base" && baseArg is null) baseArg = args[i];
            else throw PyErr.TypeError(k == "x" || k == "base" ? $"argument for int() given by name ('{k}') and position ({(k == "x" ? 1 : 2)})" : $"'{k}' is an invalid keyword argument for int()");
        }
        PyInt value;
        if (x is null)
        {
            if (baseArg is not null) throw PyErr.TypeError("int() missing string argument");
            value = FromLong(0);
        }
        else if (baseArg is not null)
        {
            if (x is not PyStr s) throw PyErr.TypeError("int() can't convert non-string with explicit base");
            long b = Ops.AsSsize(baseArg);
            if (b != 0 && (b < 2 || b > 36)) throw PyErr.ValueError("int() base must be >= 2 and <= 36, or 0");
            value = IntParser.Parse(s.Value, (int)b) ?? throw InvalidLiteral(s, (int)b);
        }
        else value = Ops.ToInt(x);
        if (ReferenceEquals(type, PyType.IntType)) return value;
        return new PyIntSubclass(type, value.ToBigInteger());
    }

    internal static PythonException InvalidLiteral(PyStr s, int b) =>
        PyErr.ValueError($"invalid literal for int() with base {b}: {Ops.Repr(s).Value}");
}
