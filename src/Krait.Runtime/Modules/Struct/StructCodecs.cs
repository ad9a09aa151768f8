using System.Buffers.Binary;
using System.Numerics;

namespace Krait.Runtime;

/// <summary>The pack and unpack functions of the struct tables (CPython's np_*/nu_*, bp_*/bu_*, lp_*/lu_*), with
/// their exact range checks and messages.</summary>
internal static class StructCodecs
{
    /// <summary>get_pylong: an int, or the __index__ of an object that has one.</summary>
    private static PyInt GetPyLong(PyObject v)
    {
        if (v is PyInt i) return i;
        if (v.Type.Index is not null) return Ops.Index(v);
        throw StructModule.Error("required argument is not an integer");
    }

    /// <summary>get_long: "argument out of range" when it does not fit a C long.</summary>
    private static long GetLong(PyObject v)
    {
        var i = GetPyLong(v);
        if (i.IsBig) throw StructModule.Error("argument out of range");
        return i.Small;
    }

    /// <summary>get_ulong: negative values and values past 2**64-1 are "argument out of range".</summary>
    private static ulong GetULong(PyObject v)
    {
        var i = GetPyLong(v);
        if (!i.IsBig) return i.Small >= 0 ? (ulong)i.Small : throw StructModule.Error("argument out of range");
        var b = i.Big;
        if (b.Sign < 0 || b > ulong.MaxValue) throw StructModule.Error("argument out of range");
        return (ulong)b;
    }

    private static void Write(Span<byte> dest, ulong x, int size, bool little)
    {
        for (int k = 0; k < size; k++)
        {
            dest[little ? k : size - 1 - k] = (byte)x;
            x >>= 8;
        }
    }

    private static PythonException RangeError(FormatDef f, bool unsigned)
    {
        ulong largest = ulong.MaxValue >> ((8 - f.Size) * 8);
        if (unsigned) return StructModule.Error($"'{f.Format}' format requires 0 <= number <= {largest}");
        long l = (long)(largest >> 1);
        return StructModule.Error($"'{f.Format}' format requires {~l} <= number <= {l}");
    }

    public static FormatDef.Packer NativeSmall(string name, long min, long max) => (dest, v, e) =>
    {
        long x = GetLong(v);
        if (x < min || x > max) throw StructModule.Error($"{name} format requires {min} <= number <= {max}");
        Write(dest, (ulong)x, e.Size, true);
    };

    public static void NativeInt(Span<byte> dest, PyObject v, FormatDef e)
    {
        long x = GetLong(v);
        if (x < int.MinValue || x > int.MaxValue) throw RangeError(e, false);
        Write(dest, (ulong)x, 4, true);
    }

    public static void NativeUInt(Span<byte> dest, PyObject v, FormatDef e)
    {
        ulong x = GetULong(v);
        if (x > uint.MaxValue) throw RangeError(e, true);
        Write(dest, x, 4, true);
    }

    public static void NativeLong(Span<byte> dest, PyObject v, FormatDef e) => Write(dest, (ulong)GetLong(v), 8, true);
    public static void NativeULong(Span<byte> dest, PyObject v, FormatDef e) => Write(dest, GetULong(v), 8, true);

    /// <summary>np_void_p: PyLong_AsVoidPtr, whose OverflowError the pack loop turns into "int too large to convert".</summary>
    public static void NativePointer(Span<byte> dest, PyObject v, FormatDef e)
    {
        var b = GetPyLong(v).ToBigInteger();
        if (b < long.MinValue || b > ulong.MaxValue) throw PyErr.OverflowError("int too large to convert");
        Write(dest, b.Sign < 0 ? (ulong)(long)b : (ulong)b, 8, true);
    }

    public static FormatDef.Packer StdSigned(bool little) => (dest, v, e) =>
    {
        long x = GetLong(v);
        long lim = 1L << (e.Size * 8 - 1);
        if (x < -lim || x >= lim) throw RangeError(e, false);
        Write(dest, (ulong)x, e.Size, little);
    };

    public static FormatDef.Packer StdUnsigned(bool little) => (dest, v, e) =>
    {
        ulong x = GetULong(v);
        if (x > ulong.MaxValue >> ((8 - e.Size) * 8)) throw RangeError(e, true);
        Write(dest, x, e.Size, little);
    };

    /// <summary>bp/lp_(u)longlong: _PyLong_AsByteArray, whose OverflowError becomes "int too large to convert".</summary>
    public static FormatDef.Packer StdLongLong(bool little, bool signed) => (dest, v, e) =>
    {
        var b = GetPyLong(v).ToBigInteger();
        if (signed ? (b < long.MinValue || b > long.MaxValue) : (b.Sign < 0 || b > ulong.MaxValue))
            throw PyErr.OverflowError("int too large to convert");
        Write(dest, signed ? (ulong)(long)b : (ulong)b, 8, little);
    };

    public static void PackPad(Span<byte> dest, PyObject v, FormatDef e) { }
    public static void PackNone(Span<byte> dest, PyObject v, FormatDef e) { }
    public static PyObject UnpackNone(ReadOnlySpan<byte> src, FormatDef e) => PyNone.Instance;

    public static void PackChar(Span<byte> dest, PyObject v, FormatDef e)
    {
        if (v is not PyBytes b || b.Value.Length != 1) throw StructModule.Error("char format requires a bytes object of length 1");
        dest[0] = b.Value[0];
    }

    public static PyObject UnpackChar(ReadOnlySpan<byte> src, FormatDef e) => new PyBytes([src[0]]);

    public static void PackBool(Span<byte> dest, PyObject v, FormatDef e) => dest[0] = Ops.IsTrue(v) ? (byte)1 : (byte)0;
    public static PyObject UnpackBool(ReadOnlySpan<byte> src, FormatDef e) => PyBool.From(src[0] != 0);

    public static FormatDef.Unpacker UnpackSigned(bool little) => (src, e) =>
    {
        ulong x = 0;
        for (int k = 0; k < e.Size; k++) x |= (ulong)src[little ? k : e.Size - 1 - k] << (8 * k);
        int shift = 64 - 8 * e.Size;
        return PyInt.FromLong((long)(x << shift) >> shift);
    };

    public static FormatDef.Unpacker UnpackUnsigned(bool little) => (src, e) =>
    {
        ulong x = 0;
        for (int k = 0; k < e.Size; k++) x |= (ulong)src[little ? k : e.Size - 1 - k] << (8 * k);
        return x <= long.MaxValue ? PyInt.FromLong((long)x) : PyInt.FromBig(new BigInteger(x));
    };

    /// <summary>PyFloat_AsDouble, any failure reported as "required argument is not a float".</summary>
    private static double GetDouble(PyObject v)
    {
        try { return MathModule.AsDouble(v); }
        catch (PythonException) { throw StructModule.Error("required argument is not a float"); }
    }

    public static void NativeFloat(Span<byte> dest, PyObject v, FormatDef e) =>
        BinaryPrimitives.WriteSingleLittleEndian(dest, (float)GetDouble(v));

    public static FormatDef.Packer StdFloat(bool little) => (dest, v, e) =>
    {
        double x = GetDouble(v);
        float y = (float)x;
        if (float.IsInfinity(y) && !double.IsInfinity(x)) throw PyErr.OverflowError("float too large to pack with f format");
        if (little) BinaryPrimitives.WriteSingleLittleEndian(dest, y);
        else BinaryPrimitives.WriteSingleBigEndian(dest, y);
    };

    public static FormatDef.Unpacker UnpackFloat(bool little) => (src, e) =>
        new PyFloat(little ? BinaryPrimitives.ReadSingleLittleEndian(src) : BinaryPrimitives.ReadSingleBigEndian(src));

    public static FormatDef.Packer PackDouble(bool little) => (dest, v, e) =>
    {
        double x = GetDouble(v);
        if (little) BinaryPrimitives.WriteDoubleLittleEndian(dest, x);
        else BinaryPrimitives.WriteDoubleBigEndian(dest, x);
    };

    public static FormatDef.Unpacker UnpackDouble(bool little) => (src, e) =>
        new PyFloat(little ? BinaryPrimitives.ReadDoubleLittleEndian(src) : BinaryPrimitives.ReadDoubleBigEndian(src));

    public static FormatDef.Packer PackHalf(bool little) => (dest, v, e) =>
    {
        ushort bits = HalfBits(GetDouble(v));
        if (little) BinaryPrimitives.WriteUInt16LittleEndian(dest, bits);
        else BinaryPrimitives.WriteUInt16BigEndian(dest, bits);
    };

    public static FormatDef.Unpacker UnpackHalf(bool little) => (src, e) =>
        new PyFloat(HalfValue(little ? BinaryPrimitives.ReadUInt16LittleEndian(src) : BinaryPrimitives.ReadUInt16BigEndian(src)));

    /// <summary>PyFloat_Pack2: round half to even into IEEE binary16.</summary>
    internal static ushort HalfBits(double x)
    {
        int sign, e;
        uint bits;
        if (x == 0.0) { sign = double.IsNegative(x) ? 1 : 0; e = 0; bits = 0; }
        else if (double.IsInfinity(x)) { sign = x < 0.0 ? 1 : 0; e = 0x1f; bits = 0; }
        else if (double.IsNaN(x)) { sign = double.IsNegative(x) ? 1 : 0; e = 0x1f; bits = 512; }
        else
        {
            sign = x < 0.0 ? 1 : 0;
            if (sign == 1) x = -x;
            var (f, ex) = MathModule.FrexpRaw(x);
            f *= 2.0;
            e = ex - 1;
            if (e >= 16) throw HalfOverflow();
            if (e < -25) { f = 0.0; e = 0; }
            else if (e < -14) { f = Math.ScaleB(f, 14 + e); e = 0; }
            else { e += 15; f -= 1.0; }
            f *= 1024.0;
            bits = (uint)f;
            if (f - bits > 0.5 || (f - bits == 0.5 && bits % 2 == 1))
            {
                ++bits;
                if (bits == 1024)
                {
                    bits = 0;
                    ++e;
                    if (e == 31) throw HalfOverflow();
                }
            }
        }
        return (ushort)(bits | ((uint)e << 10) | ((uint)sign << 15));
    }

    private static PythonException HalfOverflow() => PyErr.OverflowError("float too large to pack with e format");

    /// <summary>PyFloat_Unpack2.</summary>
    internal static double HalfValue(ushort h)
    {
        int sign = (h >> 15) & 1;
        int e = (h >> 10) & 0x1f;
        int f = h & 0x3ff;
        if (e == 0x1f)
        {
            if (f == 0) return sign == 1 ? double.NegativeInfinity : double.PositiveInfinity;
            return BitConverter.Int64BitsToDouble(0x7ff8000000000000L | ((long)sign << 63));
        }
        double x = f / 1024.0;
        if (e == 0) e = -14;
        else { x += 1.0; e -= 15; }
        x = Math.ScaleB(x, e);
        return sign == 1 ? -x : x;
    }
}
