using System.Text;

namespace Krait.Runtime;

// array.array's constructor, sequence slots, comparison and repr.
public sealed partial class PyArray
{
    private static PyArray Self(PyObject? o) => (PyArray)o!;

    private static PyObject New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int nkw = kw?.Count ?? 0;
        if (nkw > 0 && ReferenceEquals(type, ArrayType)) throw PyErr.TypeError("array.array() takes no keyword arguments");
        args = args[..^nkw];
        if (args.Length < 1) throw PyErr.TypeError($"array() takes at least 1 argument ({args.Length} given)");
        if (args.Length > 2) throw PyErr.TypeError($"array() takes at most 2 arguments ({args.Length} given)");
        if (args[0] is not PyStr tcs || tcs.Length != 1)
            throw PyErr.TypeError($"array() argument 1 must be a unicode character, not {args[0].Type.Name}");
        int cp = tcs.CodePointAt(0);
        char c = cp < 128 ? (char)cp : '\0';
        var initial = args.Length > 1 ? args[1] : null;
        if (initial is not null && c != 'u')
        {
            if (initial is PyStr)
                throw PyErr.TypeError($"cannot use a str to initialize an array with typecode '{c}'");
            if (initial is PyArray ua && ua.Code == 'u')
                throw PyErr.TypeError($"cannot use a unicode array to initialize an array with typecode '{c}'");
        }
        if (!IsValid(c)) throw BadTypeCode();
        switch (initial)
        {
            case null: return new PyArray(type, c);
            case PyList or PyTuple:
            {
                var items = initial is PyList l ? l.AsSpan().ToArray() : ((PyTuple)initial).AsSpan().ToArray();
                var a = NewSized(type, c, items.Length);
                for (int i = 0; i < items.Length; i++) a.SetItem(i, items[i]);
                return a;
            }
            case PyBytes or PyByteArray:
            {
                var a = new PyArray(type, c);
                a.FromBytes(Buffers.Get(initial));
                return a;
            }
            case PyStr s when c == 'u':
            {
                var a = new PyArray(type, c);
                a.FromUnicode(s);
                return a;
            }
            case PyArray other when other.Code == c:
            {
                var a = NewSized(type, c, other._count);
                other.Bytes.CopyTo(a._buf);
                return a;
            }
            default:
            {
                var a = new PyArray(type, c);
                a.ExtendIter(initial);
                return a;
            }
        }
    }

    internal void ExtendIter(PyObject iterable)
    {
        var it = Ops.GetIter(iterable);
        while (Ops.Next(it) is { } v) Append(v);
    }

    internal void FromBytes(ReadOnlySpan<byte> b)
    {
        if (b.Length % ItemSize != 0) throw PyErr.ValueError("bytes length not a multiple of item size");
        AppendBytes(b);
    }

    internal void FromUnicode(PyStr s)
    {
        int n = s.Length;
        if (n == 0) return;
        int old = _count;
        Resize(_count + n);
        for (int i = 0; i < n; i++)
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(_buf.AsSpan((old + i) * 4), s.CodePointAt(i));
    }

    internal PyArray Slice(int lo, int hi)
    {
        if (hi < lo) hi = lo;
        var a = NewSized(ArrayType, Code, hi - lo);
        _buf.AsSpan(lo * ItemSize, (hi - lo) * ItemSize).CopyTo(a._buf);
        return a;
    }

    private int NormalizeIndex(PyObject key, string message)
    {
        long i = Ops.AsSsize(key, PyExc.IndexError);
        if (i < 0) i += _count;
        if (i < 0 || i >= _count) throw PyErr.IndexError(message);
        return (int)i;
    }

    private static PyObject Subscript(PyObject o, PyObject key)
    {
        var a = Self(o);
        if (key is PySlice sl)
        {
            sl.Indices(a._count, out long start, out _, out long step, out long count);
            if (step == 1) return a.Slice((int)start, (int)(start + count));
            var r = NewSized(ArrayType, a.Code, count);
            for (long i = 0, j = start; i < count; i++, j += step)
                a._buf.AsSpan((int)j * a.ItemSize, a.ItemSize).CopyTo(r._buf.AsSpan((int)i * a.ItemSize));
            return r;
        }
        if (key.Type.Index is null && key is not PyInt) throw PyErr.TypeError("array indices must be integers");
        return a.GetItem(a.NormalizeIndex(key, "array index out of range"));
    }

    private static void AssignSubscript(PyObject o, PyObject key, PyObject? value)
    {
        var a = Self(o);
        if (key is not PySlice sl)
        {
            if (key.Type.Index is null && key is not PyInt) throw PyErr.TypeError("array indices must be integers");
            int i = a.NormalizeIndex(key, "array assignment index out of range");
            if (value is null) a.Replace(i, i + 1, []);
            else a.SetItem(i, value);
            return;
        }
        sl.Indices(a._count, out long start, out long stop, out long step, out long count);
        byte[] src;
        if (value is null) src = [];
        else
        {
            if (value is not PyArray other)
                throw PyErr.TypeError($"can only assign array (not \"{value.Type.Name}\") to array slice");
            if (other.Code != a.Code) throw BadArgument();
            src = other.Bytes.ToArray();
        }
        int n = src.Length / a.ItemSize;
        if (step == 1)
        {
            if (stop < start) stop = start;
            a.Replace((int)start, (int)stop, src);
            return;
        }
        if (value is null)
        {
            if (count == 0) return;
            // Keep the items the extended slice doesn't select.
            var keep = new List<byte>(a.ByteLength);
            var del = new bool[a._count];
            for (long i = 0, j = start; i < count; i++, j += step) del[j] = true;
            var bytes = a.Bytes;
            for (int i = 0; i < a._count; i++)
                if (!del[i]) for (int k = 0; k < a.ItemSize; k++) keep.Add(bytes[i * a.ItemSize + k]);
            a.Replace(0, a._count, keep.ToArray());
            return;
        }
        if (n != count) throw PyErr.ValueError($"attempt to assign array of size {n} to extended slice of size {count}");
        for (long i = 0, j = start; i < count; i++, j += step)
            src.AsSpan((int)i * a.ItemSize, a.ItemSize).CopyTo(a._buf.AsSpan((int)j * a.ItemSize));
    }

    internal static PythonException BadArgument() => PyErr.TypeError("bad argument type for built-in operation");

    private static PyObject RichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if (v is not PyArray va || w is not PyArray wa) return PyNotImplemented.Instance;
        if (va._count != wa._count && (op == CompareOp.Eq || op == CompareOp.Ne)) return PyBool.From(op == CompareOp.Ne);
        int i = 0;
        PyObject? x = null, y = null;
        for (; i < va._count && i < wa._count; i++)
        {
            x = va.GetItem(i);
            y = wa.GetItem(i);
            if (!Ops.RichCompareBool(x, y, CompareOp.Eq)) break;
        }
        if (i >= va._count || i >= wa._count)
        {
            long vs = va._count, ws = wa._count;
            bool r = op switch
            {
                CompareOp.Lt => vs < ws, CompareOp.Le => vs <= ws, CompareOp.Eq => vs == ws,
                CompareOp.Ne => vs != ws, CompareOp.Gt => vs > ws, _ => vs >= ws,
            };
            return PyBool.From(r);
        }
        if (op == CompareOp.Eq) return PyBool.False;
        if (op == CompareOp.Ne) return PyBool.True;
        return Ops.RichCompare(x!, y!, op);
    }

    private static PyStr Repr(PyObject o)
    {
        var a = Self(o);
        string name = ItertoolsModule.ShortName(o.Type);
        if (a._count == 0) return new PyStr($"{name}('{a.Code}')");
        var sb = new StringBuilder(name).Append("('").Append(a.Code).Append("', ");
        var items = a.Code == 'u' ? (PyObject)a.ToUnicode() : a.ToList();
        sb.Append(Ops.Repr(items).Value).Append(')');
        return new PyStr(sb.ToString());
    }

    internal PyList ToList()
    {
        var items = new PyObject[_count];
        for (int i = 0; i < items.Length; i++) items[i] = GetItem(i);
        return new PyList(items);
    }

    internal PyStr ToUnicode()
    {
        var cps = new int[_count];
        for (int i = 0; i < cps.Length; i++)
        {
            int cp = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(_buf.AsSpan(i * 4));
            if ((uint)cp > 0x10FFFF) throw PyErr.ValueError($"character U+{(uint)cp:x} is not in range [U+0000; U+10ffff]");
            cps[i] = cp;
        }
        return PyStr.FromCodePoints(cps);
    }

    private static PyObject Repeat(PyObject o, long n)
    {
        var a = Self(o);
        if (n < 0) n = 0;
        if (a._count > 0 && n > int.MaxValue / a.ByteLength) throw PyErr.New(PyExc.MemoryError);
        var r = NewSized(ArrayType, a.Code, a._count * n);
        int len = a.ByteLength;
        for (long i = 0; i < n; i++) a.Bytes.CopyTo(r._buf.AsSpan((int)(i * len)));
        return r;
    }

    private static PyObject InPlaceRepeat(PyObject o, long n)
    {
        var a = Self(o);
        if (a._count == 0) return a;
        if (n <= 0) { a.Resize(0); return a; }
        if (n > int.MaxValue / a.ByteLength) throw PyErr.New(PyExc.MemoryError);
        var one = a.Bytes.ToArray();
        a.Resize(a._count * n);
        for (long i = 1; i < n; i++) one.CopyTo(a._buf.AsSpan((int)(i * one.Length)));
        return a;
    }

    private static void InitType(PyType t)
    {
        t.New = New;
        t.Repr = Repr;
        t.Hash = SlotDefs.HashNotImplemented;
        t.RichCompare = RichCompare;
        t.HasWeakref = true;
        t.Len = o => Self(o)._count;
        t.Iter = o => new PyArrayIterator(Self(o));
        t.Contains = (o, v) =>
        {
            var a = Self(o);
            for (int i = 0; i < a._count; i++)
                if (Ops.RichCompareBool(a.GetItem(i), v, CompareOp.Eq)) return true;
            return false;
        };
        t.GetItem = Subscript;
        t.SetItem = (o, k, v) => AssignSubscript(o, k, v);
        t.DelItem = (o, k) => AssignSubscript(o, k, null);
        t.Concat = (x, y) =>
        {
            var a = Self(x);
            if (y is not PyArray b) throw PyErr.TypeError($"can only append array (not \"{y.Type.Name}\") to array");
            if (a.Code != b.Code) throw BadArgument();
            var r = NewSized(ArrayType, a.Code, (long)a._count + b._count);
            a.Bytes.CopyTo(r._buf);
            b.Bytes.CopyTo(r._buf.AsSpan(a.ByteLength));
            return r;
        };
        t.InPlaceConcat = (x, y) =>
        {
            if (y is not PyArray) throw PyErr.TypeError($"can only extend array with array (not \"{y.Type.Name}\")");
            Self(x).DoExtend(y);
            return x;
        };
        t.Repeat = Repeat;
        t.InPlaceRepeat = InPlaceRepeat;
        InitMethods(t);
        ItertoolsModule.Doc(t, ArrayDoc);
    }
}
