using System.Buffers.Binary;

namespace Krait.Runtime;

// Items: struct-format unpack/pack, indexing and slicing, assignment, tolist, iteration, comparison, hash, cast.
public sealed partial class PyMemoryView
{
    /// <summary>get_native_fmtchar: the size of a native single-character format ("@" prefix allowed), or -1.</summary>
    internal static int NativeItemSize(string fmt, out char ch)
    {
        ch = '\0';
        int at = fmt.Length > 0 && fmt[0] == '@' ? 1 : 0;
        if (fmt.Length - at != 1) return -1;
        ch = fmt[at];
        return ch switch
        {
            'c' or 'b' or 'B' or '?' => 1,
            'h' or 'H' => 2,
            'i' or 'I' or 'f' => 4,
            'l' or 'L' or 'q' or 'Q' or 'n' or 'N' or 'd' or 'P' => 8,
            _ => -1,
        };
    }

    private static bool IsByteFormat(char c) => c is 'b' or 'B' or 'c';

    /// <summary>adjust_fmt: the format character, or NotImplementedError for formats Krait can't unpack.</summary>
    private char FormatChar()
    {
        if (NativeItemSize(_format, out char c) < 0) throw PyErr.New(PyExc.NotImplementedError, $"memoryview: unsupported format {_format}");
        return c;
    }

    private PyObject Unpack(int at, char f)
    {
        var s = _arr.AsSpan(at, _itemSize);
        switch (f)
        {
            case 'B': return PyInt.FromLong(s[0]);
            case 'b': return PyInt.FromLong((sbyte)s[0]);
            case 'c': return new PyBytes([s[0]]);
            case '?': return PyBool.From(s[0] != 0);
            case 'h': return PyInt.FromLong(BinaryPrimitives.ReadInt16LittleEndian(s));
            case 'H': return PyInt.FromLong(BinaryPrimitives.ReadUInt16LittleEndian(s));
            case 'i': return PyInt.FromLong(BinaryPrimitives.ReadInt32LittleEndian(s));
            case 'I': return PyInt.FromLong(BinaryPrimitives.ReadUInt32LittleEndian(s));
            case 'l' or 'q' or 'n': return PyInt.FromLong(BinaryPrimitives.ReadInt64LittleEndian(s));
            case 'L' or 'Q' or 'N' or 'P':
                ulong u = BinaryPrimitives.ReadUInt64LittleEndian(s);
                return u <= long.MaxValue ? PyInt.FromLong((long)u) : PyInt.FromBig(u);
            case 'f': return new PyFloat(BinaryPrimitives.ReadSingleLittleEndian(s));
            case 'd': return new PyFloat(BinaryPrimitives.ReadDoubleLittleEndian(s));
        }
        throw PyErr.New(PyExc.NotImplementedError, $"memoryview: unsupported format {_format}");
    }

    private static PythonException InvalidType(char f) => PyErr.TypeError($"memoryview: invalid type for format '{f}'");
    private static PythonException InvalidValue(char f) => PyErr.ValueError($"memoryview: invalid value for format '{f}'");

    /// <summary>pack_single: CPython's range checks and "invalid type/value for format" errors.</summary>
    private void Pack(int at, PyObject value, char f)
    {
        var s = _arr.AsSpan(at, _itemSize);
        switch (f)
        {
            case 'c':
                if (value is not PyBytes b) throw InvalidType(f);
                if (b.Value.Length != 1) throw InvalidValue(f);
                s[0] = b.Value[0];
                return;
            case '?':
                s[0] = (byte)(Ops.IsTrue(value) ? 1 : 0);
                return;
            case 'f' or 'd':
                double d;
                try { d = Ops.ToDouble(value); }
                catch (PythonException e) when (Ops.IsInstance(e.Value, PyExc.TypeError)) { throw InvalidType(f); }
                if (f == 'd') BinaryPrimitives.WriteDoubleLittleEndian(s, d);
                else BinaryPrimitives.WriteSingleLittleEndian(s, (float)d); // a plain C cast: out of range gives inf
                return;
        }
        PyInt iv;
        if (value.Type.Index is null) throw InvalidType(f);
        try { iv = Ops.Index(value); }
        catch (PythonException e) when (Ops.IsInstance(e.Value, PyExc.TypeError)) { throw InvalidType(f); }
        var big = iv.ToBigInteger();
        (long lo, ulong hi) = f switch
        {
            'B' => (0L, (ulong)byte.MaxValue),
            'b' => (sbyte.MinValue, (ulong)sbyte.MaxValue),
            'h' => (short.MinValue, (ulong)short.MaxValue),
            'H' => (0L, (ulong)ushort.MaxValue),
            'i' => (int.MinValue, (ulong)int.MaxValue),
            'I' => (0L, (ulong)uint.MaxValue),
            'l' or 'q' or 'n' => (long.MinValue, (ulong)long.MaxValue),
            _ => (0L, ulong.MaxValue),
        };
        if (big < lo || big > hi) throw InvalidValue(f);
        switch (_itemSize)
        {
            case 1: s[0] = (byte)(long)big; break;
            case 2: BinaryPrimitives.WriteInt16LittleEndian(s, (short)(long)big); break;
            case 4: BinaryPrimitives.WriteInt32LittleEndian(s, (int)(long)big); break;
            default:
                if (big < 0) BinaryPrimitives.WriteInt64LittleEndian(s, (long)big);
                else BinaryPrimitives.WriteUInt64LittleEndian(s, (ulong)big);
                break;
        }
    }

    private int LookupDimension(int at, int dim, long index)
    {
        int n = _shape[dim];
        if (index < 0) index += n;
        if (index < 0 || index >= n) throw PyErr.IndexError($"index out of bounds on dimension {dim + 1}");
        return at + (int)index * _strides[dim];
    }

    private static bool IsMultiIndex(PyTuple key)
    {
        foreach (var k in key.AsSpan()) if (k.Type.Index is null) return false;
        return true;
    }

    private static bool IsMultiSlice(PyTuple key)
    {
        foreach (var k in key.AsSpan()) if (k is not PySlice) return false;
        return true;
    }

    private int PointerFromTuple(PyTuple key)
    {
        if (key.Count > NDim) throw PyErr.TypeError($"cannot index {NDim}-dimension view with {key.Count}-element tuple");
        if (key.Count < NDim) throw PyErr.New(PyExc.NotImplementedError, "sub-views are not implemented");
        int at = _off;
        for (int d = 0; d < key.Count; d++) at = LookupDimension(at, d, Ops.AsSsize(key[d], PyExc.IndexError));
        return at;
    }

    private PyObject GetItem(PyObject key)
    {
        CheckReleased();
        if (NDim == 0)
        {
            if (key is PyTuple { Count: 0 }) return Unpack(_off, FormatChar());
            if (key is PyEllipsis) return this;
            throw PyErr.TypeError("invalid indexing of 0-dim memory");
        }
        if (key.Type.Index is not null)
        {
            long index = Ops.AsSsize(key, PyExc.IndexError);
            char f = FormatChar();
            if (NDim != 1) throw PyErr.New(PyExc.NotImplementedError, "multi-dimensional sub-views are not implemented");
            return Unpack(LookupDimension(_off, 0, index), f);
        }
        if (key is PySlice slice)
        {
            ByteSeq.SliceUnpack(slice, out long start, out long stop, out long step);
            CheckReleased();
            long count = ByteSeq.SliceAdjust(_shape[0], ref start, ref stop, step);
            var shape = (int[])_shape.Clone();
            var strides = (int[])_strides.Clone();
            int off = _off + (int)start * _strides[0];
            shape[0] = (int)Math.Max(0, count);
            strides[0] = (int)(_strides[0] * step);
            return Derive(off, shape, strides, _itemSize, _format, _readonly);
        }
        if (key is PyTuple tup)
        {
            if (IsMultiIndex(tup)) return Unpack(PointerFromTuple(tup), FormatChar());
            if (IsMultiSlice(tup)) throw PyErr.New(PyExc.NotImplementedError, "multi-dimensional slicing is not implemented");
        }
        throw PyErr.TypeError("memoryview: invalid slice key");
    }

    private void SetItem(PyObject key, PyObject? value)
    {
        CheckReleased();
        char f = FormatChar();
        if (_readonly) throw PyErr.TypeError("cannot modify read-only memory");
        if (value is null) throw PyErr.TypeError("cannot delete memory");
        if (NDim == 0)
        {
            if (key is PyEllipsis || key is PyTuple { Count: 0 }) { Pack(_off, value, f); return; }
            throw PyErr.TypeError("invalid indexing of 0-dim memory");
        }
        if (key.Type.Index is not null)
        {
            if (NDim > 1) throw PyErr.New(PyExc.NotImplementedError, "sub-views are not implemented");
            long index = Ops.AsSsize(key, PyExc.IndexError);
            Pack(LookupDimension(_off, 0, index), value, f);
            return;
        }
        if (key is PySlice slice && NDim == 1)
        {
            if (value is not IPyBuffer src) throw Buffers.Required(value);
            var info = src.GetBuffer(false);
            try
            {
                slice.Indices(_shape[0], out long start, out _, out long step, out long count);
                if (NativeItemSize(info.Format, out char sc) < 0 || sc != f || info.ItemSize != _itemSize || info.Shape.Length != 1 || info.Shape[0] != count)
                    throw PyErr.ValueError("memoryview assignment: lvalue and rvalue have different structures");
                // Copy through a temporary: source and destination may overlap.
                var tmp = new byte[count * _itemSize];
                for (int i = 0; i < count; i++)
                    info.Array.AsSpan(info.Offset + i * info.Strides[0], _itemSize).CopyTo(tmp.AsSpan(i * _itemSize));
                for (int i = 0; i < count; i++)
                    tmp.AsSpan(i * _itemSize, _itemSize).CopyTo(_arr.AsSpan(_off + (int)(start + i * step) * _strides[0]));
            }
            finally { src.ReleaseBuffer(); }
            return;
        }
        if (key is PyTuple tup && IsMultiIndex(tup))
        {
            Pack(PointerFromTuple(tup), value, f);
            return;
        }
        if (key is PySlice || key is PyTuple t2 && IsMultiSlice(t2))
            throw PyErr.New(PyExc.NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
        throw PyErr.TypeError("memoryview: invalid slice key");
    }

    private PyObject ToList()
    {
        char f = FormatChar();
        if (NDim == 0) return Unpack(_off, f);
        return ListDim(_off, 0, f);
    }

    private PyList ListDim(int at, int dim, char f)
    {
        var items = new PyObject[_shape[dim]];
        for (int i = 0; i < items.Length; i++)
        {
            int p = at + i * _strides[dim];
            items[i] = dim == NDim - 1 ? Unpack(p, f) : ListDim(p, dim + 1, f);
        }
        return new PyList(items);
    }

    private PyObject Iter()
    {
        CheckReleased();
        if (NDim == 0) throw PyErr.TypeError("invalid indexing of 0-dim memory");
        if (NDim != 1) throw PyErr.New(PyExc.NotImplementedError, "multi-dimensional sub-views are not implemented");
        char f = FormatChar();
        return new PyMemoryViewIterator(this, f);
    }

    /// <summary>Item <paramref name="i"/> of a 1-D view, for the iterator (null past the end or once released).</summary>
    internal PyObject? ItemForIterator(int i, char f)
    {
        if (_released || i >= _shape[0]) return null;
        return Unpack(_off + i * _strides[0], f);
    }

    private long Hash()
    {
        if (_hash != -1) return _hash;
        CheckReleased();
        if (!_readonly) throw PyErr.ValueError("cannot hash writable memoryview object");
        if (NativeItemSize(_format, out char c) < 0 || !IsByteFormat(c))
            throw PyErr.ValueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        Ops.Hash(_obj);
        return _hash = ByteSeq.Hash(ToBytes('C'));
    }

    private PyObject Compare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne)) return PyNotImplemented.Instance;
        bool equal;
        if (ReferenceEquals(this, other)) equal = true;
        else if (_released || other is PyMemoryView { _released: true }) equal = false;
        else
        {
            PyMemoryView w;
            if (other is PyMemoryView mw) w = mw;
            else if (other is IPyBuffer) w = FromObject(other);
            else return PyNotImplemented.Instance;
            try { equal = EqualItems(w); }
            finally { if (!ReferenceEquals(w, other)) w.Release(); }
        }
        return PyBool.From(equal == (op == CompareOp.Eq));
    }

    private bool EqualItems(PyMemoryView w)
    {
        if (NDim != w.NDim) return false;
        for (int d = 0; d < NDim; d++)
        {
            if (_shape[d] != w._shape[d]) return false;
            if (_shape[d] == 0) return true;
        }
        if (NativeItemSize(_format, out char fa) < 0 || NativeItemSize(w._format, out char fb) < 0)
            throw PyErr.New(PyExc.NotImplementedError, $"memoryview: unsupported format {(NativeItemSize(_format, out _) < 0 ? _format : w._format)}");
        if (fa == fb && fa is 'B' or 'b' or 'c' && fb == fa)
            return ToBytes('C').AsSpan().SequenceEqual(w.ToBytes('C'));
        return EqualDim(w, _off, w._off, 0, fa, fb);
    }

    private bool EqualDim(PyMemoryView w, int pa, int pb, int dim, char fa, char fb)
    {
        if (NDim == 0) return Ops.RichCompareBool(Unpack(pa, fa), w.Unpack(pb, fb), CompareOp.Eq);
        for (int i = 0; i < _shape[dim]; i++)
        {
            int a = pa + i * _strides[dim], b = pb + i * w._strides[dim];
            bool eq = dim == NDim - 1
                ? Ops.RichCompareBool(Unpack(a, fa), w.Unpack(b, fb), CompareOp.Eq)
                : EqualDim(w, a, b, dim + 1, fa, fb);
            if (!eq) return false;
        }
        return true;
    }

    /// <summary>memoryview.cast(format[, shape]): 1-D → N-D or N-D → 1-D over C-contiguous memory.</summary>
    private PyObject Cast(PyObject format, PyObject? shapeObj)
    {
        if (!IsCContiguous) throw PyErr.TypeError("memoryview: casts are restricted to C-contiguous views");
        bool zeroInShape = false;
        foreach (int d in _shape) if (d == 0) zeroInShape = true;
        if ((shapeObj is not null || NDim != 1) && zeroInShape)
            throw PyErr.TypeError("memoryview: cannot cast view with zeros in shape or strides");
        PyObject[]? dims = null;
        if (shapeObj is not null)
        {
            if (shapeObj is PyList sl) dims = sl.AsSpan().ToArray();
            else if (shapeObj is PyTuple st) dims = st.Items;
            else throw PyErr.TypeError("shape must be a list or a tuple");
            if (dims.Length > 64) throw PyErr.ValueError("memoryview: number of dimensions must not exceed 64");
            if (NDim != 1 && dims.Length != 1) throw PyErr.TypeError("memoryview: cast must be 1D -> ND or ND -> 1D");
        }
        if (format is not PyStr fs) throw PyErr.TypeError($"cast() argument 'format' must be str, not {ByteSeq.TypeNameForArg(format)}");
        foreach (char c in fs.Value)
            if (c > 127)
                throw new PythonException((PyBaseException)Ops.Call(PyExc.UnicodeEncodeError, [new PyStr("ascii"), fs,
                    PyInt.FromLong(fs.Value.IndexOf(c)), PyInt.FromLong(fs.Value.IndexOf(c) + 1), new PyStr("ordinal not in range(128)")]));
        int itemSize = NativeItemSize(fs.Value, out char dest);
        if (itemSize < 0)
            throw PyErr.ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        if ((NativeItemSize(_format, out char src) < 0 || !IsByteFormat(src)) && !IsByteFormat(dest))
            throw PyErr.TypeError("memoryview: cannot cast between two non-byte formats");
        int len = NBytes;
        if (len % itemSize != 0) throw PyErr.TypeError("memoryview: length is not a multiple of itemsize");
        int[] shape = [len / itemSize], strides = [itemSize];
        if (dims is not null)
        {
            shape = new int[dims.Length];
            long product = itemSize;
            for (int i = 0; i < dims.Length; i++)
            {
                if (dims[i] is not PyInt di) throw PyErr.TypeError("memoryview.cast(): elements of shape must be integers");
                if (di.IsBig && di.Sign > 0) throw PyErr.ValueError("memoryview.cast(): product(shape) > SSIZE_MAX");
                long v = di.IsBig ? -1 : di.Small;
                if (v <= 0) throw PyErr.ValueError("memoryview.cast(): elements of shape must be integers > 0");
                if (v > int.MaxValue || product > long.MaxValue / v) throw PyErr.ValueError("memoryview.cast(): product(shape) > SSIZE_MAX");
                product *= v;
                shape[i] = (int)v;
            }
            if (product != len) throw PyErr.TypeError("memoryview: product(shape) * itemsize != buffer size");
            strides = new int[dims.Length];
            int sd = itemSize;
            for (int i = dims.Length - 1; i >= 0; i--) { strides[i] = sd; sd *= shape[i]; }
        }
        return Derive(_off, shape, strides, itemSize, fs.Value, _readonly);
    }
}
