using System.Buffers;
using System.Text;

namespace Krait.Runtime;

/// <summary>The methods bytes and bytearray share (Objects/bytes_methods.c and stringlib), written once over
/// <see cref="ReadOnlySpan{T}"/>; a result has the type of the receiver's builtin base (bytes or bytearray).</summary>
internal static partial class ByteSeq
{
    /// <summary>Krait's object layout for __sizeof__ (see Sys/KraitSizes.cs): header + type reference, array header.</summary>
    internal const long ObjectSize = 24, ArrayHeader = 24;

    /// <summary>The receiver's bytes (bytes or bytearray, or a subclass of either).</summary>
    internal static ReadOnlySpan<byte> Span(PyObject? self) => self is PyBytes b ? b.Value : ((PyByteArray)self!).AsSpan();

    /// <summary>A new object of the receiver's builtin kind holding <paramref name="r"/>.</summary>
    internal static PyObject Make(PyObject? self, byte[] r) => self is PyByteArray ? new PyByteArray(r) : r.Length == 0 ? PyBytes.Empty : new PyBytes(r);

    internal static PyObject Make(PyObject? self, ReadOnlySpan<byte> r) => Make(self, r.ToArray());

    /// <summary>The receiver itself when it is an exact bytes (immutable: CPython returns it unchanged), else a copy.</summary>
    internal static PyObject SelfOrCopy(PyObject? self) =>
        self is PyBytes b && ReferenceEquals(b.Type, PyBytes.BytesType) ? b : Make(self, Span(self));

    internal static long Hash(ReadOnlySpan<byte> v)
    {
        if (v.Length == 0) return 0;
        char[]? rented = null;
        Span<char> chars = v.Length <= 256 ? stackalloc char[v.Length] : (rented = ArrayPool<char>.Shared.Rent(v.Length)).AsSpan(0, v.Length);
        for (int i = 0; i < v.Length; i++) chars[i] = (char)v[i];
        long h = string.GetHashCode(chars);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return h == -1 ? -2 : h;
    }

    internal static string Repr(ReadOnlySpan<byte> v)
    {
        var sb = new StringBuilder(v.Length + 3);
        Krait.Syntax.Text.PyRepr.AppendBytes(sb, v);
        return sb.ToString();
    }

    /// <summary>_getbytevalue: an int in range(256) ("'str' object cannot be interpreted as an integer" otherwise).</summary>
    internal static byte ByteValue(PyObject o, string rangeMessage = "byte must be in range(0, 256)")
    {
        long v;
        if (o is PyInt i) v = i.IsBig ? -1 : i.Small;
        else
        {
            var idx = Ops.Index(o);
            v = idx.IsBig ? -1 : idx.Small;
        }
        if (v < 0 || v > 255) throw PyErr.ValueError(rangeMessage);
        return (byte)v;
    }

    /// <summary>An optional str argument of Argument Clinic ("bytes() argument 'encoding' must be str, not int").</summary>
    internal static string? OptStrArg(string fname, string pname, PyObject? o)
    {
        if (o is null) return null;
        if (o is PyStr s) return s.Value;
        throw PyErr.TypeError($"{fname}() argument '{pname}' must be str, not {TypeNameForArg(o)}");
    }

    internal static string TypeNameForArg(PyObject o) => o is PyNone ? "None" : o.Type.Name;

    /// <summary>bytes(x, encoding, errors) / bytearray(x, encoding, errors) up to the integer and iterable cases.</summary>
    internal static byte[] FromConstructorArgs(PyObject? x, string? encoding, string? errors, string typeName, bool useBytesDunder)
    {
        if (x is null)
        {
            if (encoding is not null || errors is not null)
                throw PyErr.TypeError(encoding is not null ? "encoding without a string argument" : "errors without a string argument");
            return [];
        }
        if (encoding is not null)
        {
            if (x is not PyStr s) throw PyErr.TypeError("encoding without a string argument");
            return Encode(s, encoding, errors ?? "strict");
        }
        if (errors is not null)
            throw PyErr.TypeError(x is PyStr ? "string argument without an encoding" : "errors without a string argument");
        // bytes_new: __bytes__ comes before the str check (a str subclass may define it); bytearray has no __bytes__ step.
        if (useBytesDunder && Ops.LookupSpecial(x, "__bytes__") is { } func)
        {
            var r = Ops.Call(func, []);
            if (r is not PyBytes rb) throw PyErr.TypeError($"__bytes__ returned non-bytes (type {r.Type.Name})");
            return rb.Value;
        }
        if (x is PyStr) throw PyErr.TypeError("string argument without an encoding");
        if (x.Type.Index is not null)
        {
            long n;
            try { n = Ops.AsSsize(x, PyExc.OverflowError); }
            catch (PythonException e) when (Ops.IsInstance(e.Value, PyExc.TypeError)) { return FromIterable(x, typeName); }
            if (n < 0) throw PyErr.ValueError("negative count");
            if (n > Array.MaxLength) throw PyErr.New(PyExc.MemoryError);
            return new byte[n];
        }
        return FromIterable(x, typeName);
    }

    private static byte[] FromIterable(PyObject x, string typeName)
    {
        if (typeName == "bytes") return PyBytes.FromObject(x, typeName);
        if (Buffers.TryGetAny(x, out var span)) return span.ToArray();
        PyObject it;
        try { it = Ops.GetIter(x); }
        catch (PythonException e) when (Ops.IsInstance(e.Value, PyExc.TypeError))
        {
            throw PyErr.TypeError($"cannot convert '{x.Type.Name}' object to {typeName}");
        }
        var list = new List<byte>();
        while (Ops.Next(it) is { } item) list.Add(ByteValue(item));
        return [.. list];
    }

    /// <summary>PySlice_Unpack: the raw start/stop/step (their __index__ runs here, before the length is read).</summary>
    internal static void SliceUnpack(PySlice s, out long start, out long stop, out long step)
    {
        step = s.Step is PyNone ? 1 : SliceIndex(s.Step, 1);
        if (step == 0) throw PyErr.ValueError("slice step cannot be zero");
        if (step < -long.MaxValue) step = -long.MaxValue;
        start = s.Start is PyNone ? (step < 0 ? long.MaxValue : 0) : SliceIndex(s.Start, 0);
        stop = s.Stop is PyNone ? (step < 0 ? long.MinValue : long.MaxValue) : SliceIndex(s.Stop, 0);
    }

    /// <summary>PySlice_AdjustIndices: clamps to a sequence of <paramref name="length"/> and returns the item count.</summary>
    internal static long SliceAdjust(long length, ref long start, ref long stop, long step)
    {
        if (start < 0) { start += length; if (start < 0) start = step < 0 ? -1 : 0; }
        else if (start >= length) start = step < 0 ? length - 1 : length;
        if (stop < 0) { stop += length; if (stop < 0) stop = step < 0 ? -1 : 0; }
        else if (stop >= length) stop = step < 0 ? length - 1 : length;
        if (step < 0) return stop < start ? (start - stop - 1) / -step + 1 : 0;
        return start < stop ? (stop - start - 1) / step + 1 : 0;
    }

    /// <summary>sq_item/mp_subscript: an int for an index, a new sequence for a slice. The receiver's bytes are
    /// read after the key's __index__ has run (it may resize a bytearray).</summary>
    internal static PyObject GetItem(PyObject self, PyObject key, string kind)
    {
        if (key is PySlice slice)
        {
            SliceUnpack(slice, out long start, out long stop, out long step);
            var v = Span(self);
            long count = SliceAdjust(v.Length, ref start, ref stop, step);
            if (step == 1 && count == v.Length && self is PyBytes { } whole && ReferenceEquals(whole.Type, PyBytes.BytesType)) return whole;
            if (step == 1) return count <= 0 ? Make(self, ReadOnlySpan<byte>.Empty) : Make(self, v.Slice((int)start, (int)count));
            var r = new byte[Math.Max(0, count)];
            for (long i = 0, j = start; i < count; i++, j += step) r[i] = v[(int)j];
            return Make(self, r);
        }
        if (key.Type.Index is null)
            throw PyErr.TypeError($"{(self is PyByteArray ? "bytearray" : "byte")} indices must be integers or slices, not {key.Type.Name}");
        long idx = Ops.AsSsize(key, PyExc.IndexError);
        var items = Span(self);
        if (idx < 0) idx += items.Length;
        if (idx < 0 || idx >= items.Length) throw PyErr.IndexError(kind == "byte" ? "index out of range" : "bytearray index out of range");
        return PyInt.FromLong(items[(int)idx]);
    }

    /// <summary>_Py_bytes_contains: an int in range(256), or a bytes-like substring.</summary>
    internal static bool Contains(ReadOnlySpan<byte> v, PyObject item)
    {
        if (item.Type.Index is not null)
        {
            long b = Ops.AsSsize(item);
            if (b < 0 || b > 255) throw PyErr.ValueError("byte must be in range(0, 256)");
            return v.IndexOf((byte)b) >= 0;
        }
        return v.IndexOf(Buffers.Get(item)) >= 0;
    }

    internal static byte[] Repeat(ReadOnlySpan<byte> v, long n, string typeName)
    {
        if (n <= 0 || v.Length == 0) return [];
        if (n > long.MaxValue / v.Length) throw PyErr.OverflowError($"repeated {typeName} are too long");
        long total = v.Length * n;
        if (total > Array.MaxLength) throw PyErr.New(PyExc.MemoryError);
        var r = new byte[total];
        if (v.Length == 1) r.AsSpan().Fill(v[0]);
        else for (long i = 0; i < n; i++) v.CopyTo(r.AsSpan((int)(i * v.Length)));
        return r;
    }

    internal static PyStr Decode(ReadOnlySpan<byte> b, string encoding, string errors) => Codecs.Decode(b, encoding, errors);

    internal static byte[] Encode(PyStr s, string encoding, string errors) => Codecs.Encode(s, encoding, errors);
}
