using System.Buffers.Binary;
using System.Numerics;

namespace Krait.Runtime;

/// <summary>array.array (CPython's Modules/arraymodule.c): a compact sequence of one C type, stored as native
/// (little-endian) bytes. While a memoryview exports it, it can't be resized.</summary>
public sealed partial class PyArray : PyObject, IPyBuffer, IPyViewTracker
{
    public static readonly PyType ArrayType = PyType.NewBuiltin("array.array", PyType.ObjectType,
        TypeFlags.BaseType | TypeFlags.Sequence | TypeFlags.MatchSequence, InitType);

    internal const string TypeCodes = "bBuhHiIlLqQfd";

    internal readonly char Code;
    internal readonly int ItemSize;
    private byte[] _buf = [];
    private int _count;
    private int _exports;
    private PyDict? _dict;
    private List<WeakReference<PyMemoryView>>? _views;

    internal PyArray(PyType type, char code) : base(type)
    {
        Code = code;
        ItemSize = SizeOf(code);
        if (type.HasDict) _dict = new PyDict();
    }

    public override PyDict? Dict { get => _dict; set => _dict = _dict is null ? throw PyErr.NoAttribute(this, PyStr.Intern("__dict__")) : value; }

    public int Count => _count;
    internal int ByteLength => _count * ItemSize;
    internal Span<byte> Bytes => _buf.AsSpan(0, _count * ItemSize);

    internal static int SizeOf(char code) => code switch
    {
        'b' or 'B' => 1, 'h' or 'H' => 2, 'u' or 'i' or 'I' or 'f' => 4, _ => 8,
    };

    internal static bool IsValid(char c) => TypeCodes.Contains(c);

    internal static PythonException BadTypeCode() =>
        PyErr.ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");

    // ---- storage ----

    private bool HasLiveViews()
    {
        if (_views is null) return false;
        _views.RemoveAll(static w => !w.TryGetTarget(out var v) || v.IsReleased);
        return _views.Count > 0;
    }

    /// <summary>array_resize's export check ("cannot resize an array that is exporting buffers"): views nobody references
    /// any more would be gone in CPython, so they are collected before refusing.</summary>
    internal void CheckResizable()
    {
        bool exported = _exports > 0;
        if (!exported && HasLiveViews())
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            exported = HasLiveViews();
        }
        if (exported) throw PyErr.New(PyExc.BufferError, "cannot resize an array that is exporting buffers");
    }

    /// <summary>Sets the length to <paramref name="n"/> items (new items are zero) with array_resize's
    /// over-allocation, so that __sizeof__ agrees with CPython's.</summary>
    internal void Resize(long n)
    {
        if (n == _count) return;
        CheckResizable();
        int alloc = _buf.Length / ItemSize;
        if (alloc >= n && _count < n + 16)
        {
            if (n > _count) Array.Clear(_buf, _count * ItemSize, ((int)n - _count) * ItemSize);
            _count = (int)n;
            return;
        }
        if (n == 0) { _buf = []; _count = 0; return; }
        long size = (n >> 4) + (_count < 8 ? 3 : 7) + n;
        if (size * ItemSize > int.MaxValue) throw PyErr.New(PyExc.MemoryError);
        var nb = new byte[size * ItemSize];
        Array.Copy(_buf, nb, Math.Min(_count, (int)n) * ItemSize);
        _buf = nb;
        _count = (int)n;
    }

    /// <summary>newarrayobject: exactly <paramref name="n"/> zeroed items.</summary>
    internal static PyArray NewSized(PyType type, char code, long n)
    {
        var a = new PyArray(type, code);
        if ((ulong)n * (ulong)a.ItemSize > int.MaxValue) throw PyErr.New(PyExc.MemoryError);
        a._buf = n == 0 ? [] : new byte[n * a.ItemSize];
        a._count = (int)n;
        return a;
    }

    internal int Allocated => _buf.Length / ItemSize;

    /// <summary>Replaces items [lo, hi) with <paramref name="src"/> (raw bytes of this typecode).</summary>
    internal void Replace(int lo, int hi, ReadOnlySpan<byte> src)
    {
        int n = src.Length / ItemSize, d = n - (hi - lo);
        if (d == 0) { src.CopyTo(_buf.AsSpan(lo * ItemSize)); return; }
        CheckResizable();
        // src may alias our own buffer (a[i:j] = a): copy it first.
        var copy = src.ToArray();
        int oldBytes = _count * ItemSize;
        if (d < 0)
        {
            Array.Copy(_buf, hi * ItemSize, _buf, (hi + d) * ItemSize, oldBytes - hi * ItemSize);
            Resize(_count + d);
        }
        else
        {
            Resize(_count + d);
            Array.Copy(_buf, hi * ItemSize, _buf, (hi + d) * ItemSize, oldBytes - hi * ItemSize);
        }
        copy.CopyTo(_buf, lo * ItemSize);
    }

    internal void AppendBytes(ReadOnlySpan<byte> src)
    {
        if (src.Length == 0) return;
        int old = _count * ItemSize;
        var copy = src.Overlaps(_buf) ? src.ToArray() : null;
        Resize(_count + src.Length / ItemSize);
        (copy ?? src).CopyTo(_buf.AsSpan(old));
    }

    // ---- items ----

    internal PyObject GetItem(int i)
    {
        var s = _buf.AsSpan(i * ItemSize, ItemSize);
        return Code switch
        {
            'b' => PyInt.FromLong((sbyte)s[0]),
            'B' => PyInt.FromLong(s[0]),
            'h' => PyInt.FromLong(BinaryPrimitives.ReadInt16LittleEndian(s)),
            'H' => PyInt.FromLong(BinaryPrimitives.ReadUInt16LittleEndian(s)),
            'i' => PyInt.FromLong(BinaryPrimitives.ReadInt32LittleEndian(s)),
            'I' => PyInt.FromLong(BinaryPrimitives.ReadUInt32LittleEndian(s)),
            'l' or 'q' => PyInt.FromLong(BinaryPrimitives.ReadInt64LittleEndian(s)),
            'L' or 'Q' => FromUlong(BinaryPrimitives.ReadUInt64LittleEndian(s)),
            'f' => new PyFloat(BinaryPrimitives.ReadSingleLittleEndian(s)),
            'd' => new PyFloat(BinaryPrimitives.ReadDoubleLittleEndian(s)),
            _ => CharOf(BinaryPrimitives.ReadInt32LittleEndian(s)),
        };
    }

    private static PyInt FromUlong(ulong v) => v <= long.MaxValue ? PyInt.FromLong((long)v) : PyInt.FromBig(v);

    private static PyStr CharOf(int cp)
    {
        if ((uint)cp > 0x10FFFF) throw PyErr.ValueError($"character U+{(uint)cp:x} is not in range [U+0000; U+10ffff]");
        return PyStr.Char(cp);
    }

    /// <summary>Converts <paramref name="v"/> to this typecode's bytes with the typecode's own errors (the
    /// PyArg_Parse format each setitem uses in CPython).</summary>
    internal void Encode(PyObject v, Span<byte> dest) => Encode(Code, v, dest);

    internal static void Encode(char code, PyObject v, Span<byte> dest)
    {
        switch (code)
        {
            case 'b':
            {
                long x = ShortArg(v);
                if (x > sbyte.MaxValue) throw PyErr.OverflowError("signed char is greater than maximum");
                if (x < sbyte.MinValue) throw PyErr.OverflowError("signed char is less than minimum");
                dest[0] = (byte)(sbyte)x;
                break;
            }
            case 'B':
            {
                long x = LongArg(v);
                if (x < 0) throw PyErr.OverflowError("unsigned byte integer is less than minimum");
                if (x > byte.MaxValue) throw PyErr.OverflowError("unsigned byte integer is greater than maximum");
                dest[0] = (byte)x;
                break;
            }
            case 'h': BinaryPrimitives.WriteInt16LittleEndian(dest, (short)ShortArg(v)); break;
            case 'H':
            {
                long x = IntArg(v);
                if (x < 0) throw PyErr.OverflowError("unsigned short is less than minimum");
                if (x > ushort.MaxValue) throw PyErr.OverflowError("unsigned short is greater than maximum");
                BinaryPrimitives.WriteUInt16LittleEndian(dest, (ushort)x);
                break;
            }
            case 'i': BinaryPrimitives.WriteInt32LittleEndian(dest, (int)IntArg(v)); break;
            case 'I':
            {
                ulong x = UlongArg(v, "can't convert negative value to unsigned int", "Python int too large to convert to C unsigned long");
                if (x > uint.MaxValue) throw PyErr.OverflowError("unsigned int is greater than maximum");
                BinaryPrimitives.WriteUInt32LittleEndian(dest, (uint)x);
                break;
            }
            case 'l': BinaryPrimitives.WriteInt64LittleEndian(dest, LongArg(v)); break;
            case 'L':
                BinaryPrimitives.WriteUInt64LittleEndian(dest, UlongArg(v, "can't convert negative value to unsigned int", "Python int too large to convert to C unsigned long"));
                break;
            case 'q':
            {
                var i = Ops.Index(v);
                if (!i.TryGetLong(out long x)) throw PyErr.OverflowError("int too big to convert");
                BinaryPrimitives.WriteInt64LittleEndian(dest, x);
                break;
            }
            case 'Q': BinaryPrimitives.WriteUInt64LittleEndian(dest, UlongArg(v, "can't convert negative int to unsigned", "int too big to convert")); break;
            case 'f': BinaryPrimitives.WriteSingleLittleEndian(dest, (float)Ops.ToDouble(v)); break;
            case 'd': BinaryPrimitives.WriteDoubleLittleEndian(dest, Ops.ToDouble(v)); break;
            default:
                if (v is not PyStr s || s.Length != 1) throw PyErr.TypeError("array item must be unicode character");
                BinaryPrimitives.WriteInt32LittleEndian(dest, s.CodePointAt(0));
                break;
        }
    }

    /// <summary>PyLong_AsLong through __index__.</summary>
    private static long LongArg(PyObject v)
    {
        var i = Ops.Index(v);
        if (!i.TryGetLong(out long x)) throw PyErr.OverflowError("Python int too large to convert to C long");
        return x;
    }

    /// <summary>PyArg_Parse "h".</summary>
    private static long ShortArg(PyObject v)
    {
        long x = LongArg(v);
        if (x < short.MinValue) throw PyErr.OverflowError("signed short integer is less than minimum");
        if (x > short.MaxValue) throw PyErr.OverflowError("signed short integer is greater than maximum");
        return x;
    }

    /// <summary>PyArg_Parse "i".</summary>
    private static long IntArg(PyObject v)
    {
        long x = LongArg(v);
        if (x > int.MaxValue) throw PyErr.OverflowError("signed integer is greater than maximum");
        if (x < int.MinValue) throw PyErr.OverflowError("signed integer is less than minimum");
        return x;
    }

    private static ulong UlongArg(PyObject v, string negative, string tooBig)
    {
        var i = Ops.Index(v);
        if (i.Sign < 0) throw PyErr.OverflowError(negative);
        var b = i.ToBigInteger();
        if (b > ulong.MaxValue) throw PyErr.OverflowError(tooBig);
        return (ulong)b;
    }

    internal void SetItem(int i, PyObject v) => Encode(v, _buf.AsSpan(i * ItemSize, ItemSize));

    internal void Append(PyObject v)
    {
        Span<byte> tmp = stackalloc byte[8];
        Encode(v, tmp[..ItemSize]);
        Resize(_count + 1);
        tmp[..ItemSize].CopyTo(_buf.AsSpan((_count - 1) * ItemSize));
    }

    // ---- buffer protocol ----

    public PyBufferInfo GetBuffer(bool writable) => new()
    {
        Array = _buf, Offset = 0, Length = _count * ItemSize, ReadOnly = false, Obj = this,
        Format = Code == 'u' ? "w" : Code.ToString(), ItemSize = ItemSize, Shape = [_count], Strides = [ItemSize],
    };

    public void ReleaseBuffer() { }

    public ReadOnlySpan<byte> AsReadOnlySpan() => Bytes;

    /// <summary>A memoryview over this array: tracked weakly, so that a view dropped without release() stops
    /// blocking resizes once the .NET GC has collected it (CPython frees it at once by reference counting).</summary>
    public void TrackView(PyMemoryView view) => (_views ??= []).Add(new WeakReference<PyMemoryView>(view));

    public void UntrackView(PyMemoryView view)
    {
        if (_views is null) return;
        for (int i = 0; i < _views.Count; i++)
            if (_views[i].TryGetTarget(out var v) && ReferenceEquals(v, view)) { _views.RemoveAt(i); return; }
    }

    /// <summary>Held while Python code may run over our own bytes (extend from a generator of ourselves).</summary>
    internal void Export() => _exports++;
    internal void Unexport() => _exports--;
}
