using System.Numerics;

namespace Krait.Runtime;

// int's named methods and attributes (Objects/longobject.c, clinic signatures of 3.11).
public partial class PyInt
{
    private static void InitMethods(PyType t)
    {
        TypeBuilder.Method(t, "__round__", Rounding.IntRound);
        TypeBuilder.Method(t, "bit_length", (self, args, kw) =>
        {
            ArgBinder.None("int.bit_length", args, kw);
            var i = (PyInt)self!;
            if (!i.IsBig) return FromLong(i.Small == 0 ? 0 : 64 - BitOperations.LeadingZeroCount(i.Small == long.MinValue ? (ulong)i.Small : (ulong)Math.Abs(i.Small)));
            return FromLong((long)BigInteger.Abs(i.Big).GetBitLength());
        });
        TypeBuilder.Method(t, "bit_count", (self, args, kw) =>
        {
            ArgBinder.None("int.bit_count", args, kw);
            var i = (PyInt)self!;
            if (!i.IsBig) return FromLong(BitOperations.PopCount(i.Small == long.MinValue ? (ulong)i.Small : (ulong)Math.Abs(i.Small)));
            long n = 0;
            foreach (byte b in BigInteger.Abs(i.Big).ToByteArray(isUnsigned: true)) n += BitOperations.PopCount(b);
            return FromLong(n);
        });
        TypeBuilder.Method(t, "conjugate", (self, args, kw) => { ArgBinder.None("int.conjugate", args, kw); return Exact((PyInt)self!); });
        TypeBuilder.Method(t, "as_integer_ratio", (self, args, kw) =>
        {
            ArgBinder.None("int.as_integer_ratio", args, kw);
            return PyTuple.Pair(Exact((PyInt)self!), FromLong(1));
        });
        TypeBuilder.Method(t, "__trunc__", (self, args, kw) => { ArgBinder.None("int.__trunc__", args, kw); return Exact((PyInt)self!); });
        TypeBuilder.Method(t, "__floor__", (self, args, kw) => { ArgBinder.None("int.__floor__", args, kw); return Exact((PyInt)self!); });
        TypeBuilder.Method(t, "__ceil__", (self, args, kw) => { ArgBinder.None("int.__ceil__", args, kw); return Exact((PyInt)self!); });
        TypeBuilder.Method(t, "__getnewargs__", (self, args, kw) =>
        {
            ArgBinder.None("int.__getnewargs__", args, kw);
            return PyTuple.Create([Exact((PyInt)self!)]);
        });
        TypeBuilder.Method(t, "to_bytes", ToBytes);
        TypeBuilder.ClassMethod(t, "from_bytes", FromBytes);
        TypeBuilder.GetSet(t, "real", o => Exact((PyInt)o), null);
        TypeBuilder.GetSet(t, "imag", o => FromLong(0), null);
        TypeBuilder.GetSet(t, "numerator", o => Exact((PyInt)o), null);
        TypeBuilder.GetSet(t, "denominator", o => FromLong(1), null);
    }

    /// <summary>Clinic's Py_ssize_t converter: __index__, then "Python int too large to convert to C ssize_t".</summary>
    internal static long SsizeArg(PyObject o)
    {
        var i = Ops.Index(o);
        if (i.IsBig) throw PyErr.OverflowError("Python int too large to convert to C ssize_t");
        return i.Small;
    }

    private static bool LittleEndian(string fname, PyObject order)
    {
        if (order is not PyStr s) throw PyErr.TypeError($"{fname}() argument 'byteorder' must be str, not {(order is PyNone ? "None" : order.Type.Name)}");
        return s.Value switch
        {
            "little" => true,
            "big" => false,
            _ => throw PyErr.ValueError("byteorder must be either 'little' or 'big'"),
        };
    }

    // int.to_bytes(length=1, byteorder='big', *, signed=False)
    private static PyObject ToBytes(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> v = new PyObject?[3];
        ArgBinder.Bind("to_bytes", args, kw, ["length", "byteorder", "signed"], 0, 2, 0, v);
        long length = v[0] is null ? 1 : SsizeArg(v[0]!);
        bool little = v[1] is not null && LittleEndian("to_bytes", v[1]!);
        bool signed = v[2] is not null && Ops.IsTrue(v[2]!);
        if (length < 0) throw PyErr.ValueError("length argument must be non-negative");
        var value = ((PyInt)self!).ToBigInteger();
        if (!signed && value.Sign < 0) throw PyErr.OverflowError("can't convert negative int to unsigned");
        // Bits needed: magnitude bits unsigned; two's complement needs one more (except -2**(k-1)).
        long need = signed ? (long)value.GetBitLength() + 1 : (long)value.GetBitLength();
        if (value.Sign < 0) need = (long)(-(value + 1)).GetBitLength() + 1;
        else if (value.IsZero) need = 0;
        // _PyLong_AsByteArray stores no sign bits for -1, so CPython accepts it for a length of 0.
        if (length == 0 && value == BigInteger.MinusOne) need = 0;
        if (length <= long.MaxValue / 8 && need > length * 8) throw PyErr.OverflowError("int too big to convert");
        if (length > Array.MaxLength) throw PyErr.New(PyExc.MemoryError);
        var result = new byte[length];
        if (length > 0)
        {
            byte[] raw = value.ToByteArray(isUnsigned: !signed, isBigEndian: false);
            byte fill = value.Sign < 0 ? (byte)0xFF : (byte)0;
            for (long k = 0; k < length; k++)
            {
                byte b = k < raw.Length ? raw[k] : fill;
                result[little ? k : length - 1 - k] = b;
            }
        }
        return new PyBytes(result);
    }

    // int.from_bytes(bytes, byteorder='big', *, signed=False), a classmethod.
    private static PyObject FromBytes(PyObject? cls, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> v = new PyObject?[3];
        ArgBinder.Bind("from_bytes", args, kw, ["bytes", "byteorder", "signed"], 0, 2, 1, v);
        bool little = v[1] is not null && LittleEndian("from_bytes", v[1]!);
        bool signed = v[2] is not null && Ops.IsTrue(v[2]!);
        byte[] data = AsBytes(v[0]!);
        var value = data.Length == 0 ? BigInteger.Zero : new BigInteger(data, isUnsigned: !signed, isBigEndian: !little);
        var r = FromBig(value);
        if (cls is PyType ct && !ReferenceEquals(ct, PyType.IntType)) return Ops.Call(ct, [r]);
        return r;
    }

    /// <summary>PyObject_Bytes: bytes as they are, __bytes__, buffers and iterables of ints; never str or a bare int.</summary>
    private static byte[] AsBytes(PyObject o)
    {
        if (o is PyBytes b) return b.Value;
        if (o is PyStr || (o.Type.Index is not null && Ops.LookupSpecial(o, "__iter__") is null && Ops.LookupSpecial(o, "__bytes__") is null))
            throw PyErr.TypeError($"cannot convert '{o.Type.Name}' object to bytes");
        if (Ops.LookupSpecial(o, "__bytes__") is not null) return ((PyBytes)Ops.Call(PyBytes.BytesType, [o])).Value;
        if (o.Type.Iter is null && Ops.LookupSpecial(o, "__iter__") is null && o.Type.GetItem is null)
            throw PyErr.TypeError($"cannot convert '{o.Type.Name}' object to bytes");
        var list = new List<byte>();
        var it = Ops.GetIter(o);
        while (Ops.Next(it) is { } item)
        {
            var n = Ops.Index(item);
            if (n.IsBig || n.Small < 0 || n.Small > 255) throw PyErr.ValueError("bytes must be in range(0, 256)");
            list.Add((byte)n.Small);
        }
        return list.ToArray();
    }
}
