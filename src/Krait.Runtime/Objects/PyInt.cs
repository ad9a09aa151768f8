using System.Globalization;
using System.Numerics;

namespace Krait.Runtime;

/// <summary>int: a machine word when it fits, a BigInteger beyond. Values in −5..256 are cached so that
/// identity behaves as in CPython.</summary>
public partial class PyInt : PyObject
{
    // A word-sized value inline. A value beyond long's range keeps BigMarker here and lives in a subclass
    // (BigInt, or PyIntSubclass's own field), so that the common small int is 32 bytes: the object header, the
    // type and this word. The IsBig test stays one compare; only a genuine long.MinValue asks further.
    internal readonly long Small;
    private const long BigMarker = long.MinValue;

    /// <summary>An exact int beyond long's range.</summary>
    private sealed class BigInt(BigInteger value) : PyInt(PyType.IntType, BigMarker)
    {
        private readonly BigInteger _value = value;
        private protected override bool HoldsBig => true;
        private protected override BigInteger BigValue => _value;
    }

    /// <summary>Whether this object carries a BigInteger (subclasses that can hold one override both).</summary>
    private protected virtual bool HoldsBig => false;
    private protected virtual BigInteger BigValue => default;

    /// <summary>True when the value does not fit a long (then <see cref="Big"/> holds it, else <see cref="Small"/>).</summary>
    public bool IsBig => Small == BigMarker && HoldsBig;

    /// <summary>The value when <see cref="IsBig"/> (default otherwise).</summary>
    internal BigInteger Big => IsBig ? BigValue : default;

    internal PyInt(PyType type, long value) : base(type) => Small = value;

    /// <summary>Whether <paramref name="value"/> needs the big representation.</summary>
    internal static bool NeedsBig(BigInteger value) => value < long.MinValue || value > long.MaxValue;

    /// <summary>What <see cref="Small"/> holds for <paramref name="value"/>: the value, or the big marker.</summary>
    private protected static long SmallOrMarker(BigInteger value) => NeedsBig(value) ? BigMarker : (long)value;

    public static PyInt FromLong(long v)
    {
        if (v >= PyType.SmallIntMin && v <= PyType.SmallIntMax) return PyType.SmallInts[v - PyType.SmallIntMin];
        return new PyInt(PyType.IntType, v);
    }

    public static PyInt FromBig(BigInteger v) =>
        NeedsBig(v) ? new BigInt(v) : FromLong((long)v);

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
            h = (long)BigModulus(BigInteger.Abs(i.Big));
            if (i.Big.Sign < 0) h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /// <summary>|v| mod 2**61−1 without BigInteger division (which allocates): the 64-bit words of the magnitude,
    /// most significant first, folded as h = h·2**64 + w, where 2**64 ≡ 8 (mod 2**61−1).</summary>
    private static ulong BigModulus(BigInteger mag)
    {
        const ulong P = (ulong)NumericHash.Modulus;
        int n = mag.GetByteCount(isUnsigned: true);
        int words = (n + 7) >> 3;
        Span<byte> buf = words <= 32 ? stackalloc byte[256] : new byte[words * 8];
        buf = buf[..(words * 8)];
        buf.Clear();
        mag.TryWriteBytes(buf, out _, isUnsigned: true, isBigEndian: false);
        ulong h = 0;
        for (int k = words - 1; k >= 0; k--)
        {
            ulong w = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(buf.Slice(k * 8, 8));
            h = Fold(h << 3) + Fold(w); // h < P, so h·8 < 2**64
            h = Fold(h);
        }
        return h;

        static ulong Fold(ulong x)
        {
            x = (x & P) + (x >> 61);
            return x >= P ? x - P : x;
        }
    }

    public string ToDecimalString()
    {
        if (!IsBig) return FormatSmall(Small);
        int limit = MaxStrDigits;
        // Bail out before the (quadratic) conversion when the bit length alone proves the limit is exceeded.
        if (limit > 0 && (double)Big.GetBitLength() * 0.30102999566398120 > limit + 1) throw TooManyDigitsToStr();
        string s = Big.ToString(CultureInfo.InvariantCulture);
        int digits = s.Length - (s[0] == '-' ? 1 : 0);
        if (limit > 0 && digits > limit) throw TooManyDigitsToStr();
        return s;
    }

    /// <summary>A machine int in decimal, by hand: long.ToString, even with the invariant culture, initialises
    /// CultureInfo, which loads ICU (~4 ms of start-up, where site formats sys.version_info into a path).</summary>
    internal static string FormatSmall(long v)
    {
        Span<char> buf = stackalloc char[20];
        return new string(buf[WriteSmall(v, buf)..]);
    }

    /// <summary><see cref="FormatSmall"/> written at the end of <paramref name="buf"/> (20 chars are enough); returns
    /// where the text starts.</summary>
    internal static int WriteSmall(long v, Span<char> buf)
    {
        int pos = WriteDigits(v < 0 ? (ulong)(-(v + 1)) + 1 : (ulong)v, 10, buf);
        if (v < 0) buf[--pos] = '-';
        return pos;
    }

    /// <summary>The digits of <paramref name="u"/> in base 2, 8, 10 or 16 (lower case), written at the end of
    /// <paramref name="buf"/> (64 chars are enough); returns where they start.</summary>
    internal static int WriteDigits(ulong u, int radix, Span<char> buf)
    {
        int pos = buf.Length;
        if (radix == 10)
        {
            do
            {
                ulong q = u / 10;
                buf[--pos] = (char)('0' + (int)(u - q * 10));
                u = q;
            }
            while (u != 0);
            return pos;
        }
        int shift = radix == 2 ? 1 : radix == 8 ? 3 : 4;
        do
        {
            buf[--pos] = "0123456789abcdef"[(int)(u & (ulong)(radix - 1))];
            u >>= shift;
        }
        while (u != 0);
        return pos;
    }

    private static PythonException TooManyDigitsToStr() =>
        PyErr.ValueError($"Exceeds the limit ({MaxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");

    /// <summary>sys.get_int_max_str_digits() (3.11's default 4300; 0 = no limit).</summary>
    public static int MaxStrDigits = 4300;

    internal static void InitType(PyType t)
    {
        t.Hash = o => HashOf((PyInt)o);
        t.Repr = o => PyStr.Ascii(((PyInt)o).ToDecimalString());
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
        InitMethods(t);
        BuiltinFormat.RegisterInt(t);
    }

    /// <summary>The same value as an exact int (for bool and int subclasses).</summary>
    internal static PyInt Exact(PyInt i) =>
        ReferenceEquals(i.Type, PyType.IntType) ? i : i.IsBig ? new BigInt(i.Big) : FromLong(i.Small);
}
