namespace Krait.Runtime;

// bytearray's mutations: item and slice assignment/deletion, +=, *=, and the list-like methods.
public partial class PyByteArray
{
    private void SetItem(PyObject key, PyObject? value)
    {
        long start, stop, step, slicelen, index = 0;
        if (key is not PySlice && key.Type.Index is not null)
        {
            index = Ops.AsSsize(key, PyExc.IndexError);
            // The value is converted before the bounds check: its __index__ may resize the array (GH-91153).
            int v = value is null ? -1 : ByteSeq.ByteValue(value);
            if (index < 0) index += _count;
            if (index < 0 || index >= _count) throw PyErr.IndexError("bytearray index out of range");
            if (value is not null)
            {
                _buf[_start + index] = (byte)v;
                return;
            }
        }
        else if (key is not PySlice) throw PyErr.TypeError($"bytearray indices must be integers or slices, not {key.Type.Name}");

        // Like bytearray_ass_subscript's recursive call: the value is converted first, the indices computed after.
        byte[] bytes;
        if (value is null) bytes = [];
        else if (value is PyByteArray other && !ReferenceEquals(other, this)) bytes = other.AsSpan().ToArray();
        else
        {
            if (IsNumber(value) || value is PyStr)
                throw PyErr.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            bytes = ByteSeq.FromConstructorArgs(value, null, null, "bytearray", false);
        }
        if (key is PySlice slice)
        {
            ByteSeq.SliceUnpack(slice, out start, out stop, out step);
            slicelen = ByteSeq.SliceAdjust(_count, ref start, ref stop, step);
        }
        else
        {
            start = index; stop = index + 1; step = 1; slicelen = 1;
        }
        int needed = bytes.Length;
        if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
        if (step == 1)
        {
            SetSliceLinear((int)start, (int)stop, bytes);
            return;
        }
        if (needed == 0)
        {
            CheckResizable();
            if (slicelen <= 0) return;
            if (step < 0)
            {
                stop = start + 1;
                start = stop + step * (slicelen - 1) - 1;
                step = -step;
            }
            var s = AsSpan();
            int w = (int)start;
            for (long r = start; r < _count; r++)
            {
                // Deleted: r = start + k*step for k < slicelen (written so that a huge step can't overflow).
                long off = r - start;
                if (off % step == 0 && off / step < slicelen) continue;
                s[w++] = s[(int)r];
            }
            Resize(_count - slicelen);
            return;
        }
        if (needed != slicelen)
            throw PyErr.ValueError($"attempt to assign bytes of size {needed} to extended slice of size {slicelen}");
        var dst = AsSpan();
        for (long i = 0, j = start; i < slicelen; i++, j += step) dst[(int)j] = bytes[i];
    }

    /// <summary>PyNumber_Check: int, float, complex or anything with __index__/__int__/__float__.</summary>
    private static bool IsNumber(PyObject o) =>
        o.Type.Index is not null || o.Type.Int is not null || o.Type.Float is not null || o is PyComplex;

    /// <summary>bytearray_setslice_linear: replace [lo, hi) with <paramref name="bytes"/>.</summary>
    private void SetSliceLinear(int lo, int hi, ReadOnlySpan<byte> bytes)
    {
        int needed = bytes.Length;
        int growth = needed - (hi - lo);
        if (growth < 0)
        {
            CheckResizable();
            if (lo == 0)
            {
                // Shrink by advancing the logical start (the kept tail doesn't move).
                int newSize = _count + growth;
                _start -= growth;
                ResizeAfterAdvance(newSize);
            }
            else
            {
                var s = _buf.AsSpan(_start, _count);
                s[hi..].CopyTo(s[(lo + needed)..]);
                Resize(_count + growth);
            }
        }
        else if (growth > 0)
        {
            int oldCount = _count;
            Resize((long)_count + growth);
            var s = AsSpan();
            s[hi..oldCount].CopyTo(s[(lo + needed)..]);
        }
        if (needed > 0) bytes.CopyTo(AsSpan()[lo..]);
    }

    /// <summary>The resize that follows advancing the start: the size is already the new one, but CPython's
    /// PyByteArray_Resize decides on the allocation from the requested size and the logical offset.</summary>
    private void ResizeAfterAdvance(int newSize)
    {
        long alloc = _buf.Length;
        if (newSize + (long)_start + 1 <= alloc && newSize >= alloc / 2)
        {
            _count = newSize;
            return;
        }
        // Major downsize (or no room): a fresh exact array.
        var nb = new byte[newSize + 1];
        _buf.AsSpan(_start, newSize).CopyTo(nb);
        _buf = nb;
        _start = 0;
        _count = newSize;
    }

    private void InPlaceConcat(PyObject other)
    {
        if (!Buffers.TryGetQuiet(other, out var o)) throw PyErr.TypeError($"can't concat {other.Type.Name} to {Type.Name}");
        // CPython holds a buffer of the operand while resizing: `ba += ba` is refused as an export of itself.
        if (ReferenceEquals(other, this) && o.Length > 0) throw PyErr.New(PyExc.BufferError, "Existing exports of data: object cannot be re-sized");
        byte[] copy = o.ToArray();
        int n = _count;
        Resize((long)n + copy.Length);
        copy.CopyTo(_buf.AsSpan(_start + n));
    }

    private void InPlaceRepeat(long count)
    {
        if (count < 0) count = 0;
        if (count == 1) return;
        int n = _count;
        if (n > 0 && count > Array.MaxLength / n) throw PyErr.New(PyExc.MemoryError);
        Resize(n * count);
        var s = AsSpan();
        for (long i = 1; i < count; i++) s[..n].CopyTo(s[(int)(i * n)..]);
    }

    private static void AddMutatingMethods(PyType t)
    {
        TypeBuilder.Method(t, "append", (self, args, kw) =>
        {
            var b = (PyByteArray)self!;
            byte v = ByteSeq.ByteValue(ArgBinder.One("bytearray.append", args, kw));
            int n = b._count;
            b.Resize(n + 1);
            b._buf[b._start + n] = v;
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "extend", (self, args, kw) =>
        {
            var b = (PyByteArray)self!;
            var src = ArgBinder.One("bytearray.extend", args, kw);
            if (Buffers.Is(src))
            {
                b.SetSliceLinear(b._count, b._count, Buffers.Get(src).ToArray());
                return PyNone.Instance;
            }
            PyObject it;
            try { it = Ops.GetIter(src); }
            catch (PythonException e) when (Ops.IsInstance(e.Value, PyExc.TypeError))
            {
                throw PyErr.TypeError($"can't extend bytearray with {src.Type.Name}");
            }
            var list = new List<byte>();
            while (Ops.Next(it) is { } item) list.Add(ByteSeq.ByteValue(item));
            b.InPlaceConcat(new PyBytes([.. list]));
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "insert", (self, args, kw) =>
        {
            var b = (PyByteArray)self!;
            ByteSeq.NoKeywords(self, "insert", kw);
            ArgBinder.Positional("insert", args, null, 2, 2);
            long where = ByteSeq.SsizeArg(args[0]);
            byte v = ByteSeq.ByteValue(args[1]);
            int n = b._count;
            b.Resize(n + 1);
            if (where < 0) { where += n; if (where < 0) where = 0; }
            if (where > n) where = n;
            var s = b.AsSpan();
            s[(int)where..n].CopyTo(s[((int)where + 1)..]);
            s[(int)where] = v;
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "pop", (self, args, kw) =>
        {
            var b = (PyByteArray)self!;
            ByteSeq.Positional(self, "pop", args, kw, 0, 1);
            long i = args.Length > 0 ? ByteSeq.SsizeArg(args[0]) : -1;
            int n = b._count;
            if (n == 0) throw PyErr.IndexError("pop from empty bytearray");
            if (i < 0) i += n;
            if (i < 0 || i >= n) throw PyErr.IndexError("pop index out of range");
            b.CheckResizable();
            var s = b.AsSpan();
            byte v = s[(int)i];
            s[((int)i + 1)..].CopyTo(s[(int)i..]);
            b.Resize(n - 1);
            return PyInt.FromLong(v);
        });
        TypeBuilder.Method(t, "remove", (self, args, kw) =>
        {
            var b = (PyByteArray)self!;
            byte v = ByteSeq.ByteValue(ArgBinder.One("bytearray.remove", args, kw));
            var s = b.AsSpan();
            int i = s.IndexOf(v);
            if (i < 0) throw PyErr.ValueError("value not found in bytearray");
            b.CheckResizable();
            s[(i + 1)..].CopyTo(s[i..]);
            b.Resize(b._count - 1);
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "reverse", (self, args, kw) =>
        {
            ArgBinder.None("bytearray.reverse", args, kw);
            ((PyByteArray)self!).AsSpan().Reverse();
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "clear", (self, args, kw) =>
        {
            ArgBinder.None("bytearray.clear", args, kw);
            ((PyByteArray)self!).Resize(0);
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "copy", (self, args, kw) =>
        {
            ArgBinder.None("bytearray.copy", args, kw);
            return new PyByteArray(((PyByteArray)self!).AsSpan());
        });
    }
}
