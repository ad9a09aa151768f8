namespace Krait.Runtime;

/// <summary>bytearray: a mutable byte string (Objects/bytearrayobject.c). The storage follows CPython's so that
/// <c>__alloc__</c> agrees: <c>_buf.Length</c> is ob_alloc (data plus the trailing NUL), <c>_start</c> is the
/// logical start that deleting from the front advances. While a memoryview exports it, it can't be resized.</summary>
public partial class PyByteArray : PyObject, IPyBuffer, IPyViewTracker
{
    public static readonly PyType ByteArrayType = PyType.NewBuiltin("bytearray", PyType.ObjectType, TypeFlags.BaseType | TypeFlags.Sequence | TypeFlags.MatchSelf, InitType);

    private byte[] _buf = [];
    private int _start, _count;
    private int _exports;

    public PyByteArray() : base(ByteArrayType) { }

    internal PyByteArray(PyType type) : base(type) { }

    /// <summary>A bytearray holding a copy of <paramref name="value"/> (allocated as PyByteArray_FromStringAndSize).</summary>
    public PyByteArray(ReadOnlySpan<byte> value) : base(ByteArrayType) => SetInitial(value);

    private void SetInitial(ReadOnlySpan<byte> value)
    {
        _buf = value.Length == 0 ? [] : new byte[value.Length + 1];
        value.CopyTo(_buf);
        _start = 0;
        _count = value.Length;
    }

    public int Count => _count;
    public Span<byte> AsSpan() => _buf.AsSpan(_start, _count);

    public PyBufferInfo GetBuffer(bool writable)
    {
        _exports++;
        return PyBufferInfo.Bytes(this, _buf, _start, _count, false);
    }

    public void ReleaseBuffer() => _exports--;

    public ReadOnlySpan<byte> AsReadOnlySpan() => AsSpan();

    private List<WeakReference<PyMemoryView>>? _views;

    internal (byte[] Array, int Offset) Storage() => (_buf, _start);

    /// <summary>A memoryview over this bytearray: tracked weakly, so that a view dropped without release() stops
    /// blocking resizes once the .NET GC has collected it (CPython frees it at once by reference counting).</summary>
    public void TrackView(PyMemoryView view) => (_views ??= []).Add(new WeakReference<PyMemoryView>(view));

    public void UntrackView(PyMemoryView view)
    {
        if (_views is null) return;
        for (int i = 0; i < _views.Count; i++)
            if (_views[i].TryGetTarget(out var v) && ReferenceEquals(v, view)) { _views.RemoveAt(i); return; }
    }

    private bool HasLiveViews()
    {
        if (_views is null) return false;
        _views.RemoveAll(static w => !w.TryGetTarget(out var v) || v.IsReleased);
        return _views.Count > 0;
    }

    private void CheckResizable()
    {
        bool exported = _exports > 0;
        if (!exported && HasLiveViews())
        {
            // Views nobody references any more would be gone in CPython: collect them before refusing.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            exported = HasLiveViews();
        }
        if (exported) throw PyErr.New(PyExc.BufferError, "Existing exports of data: object cannot be re-sized");
    }

    /// <summary>PyByteArray_Resize: CPython's over-allocation; new bytes past the old end are zero.</summary>
    internal void Resize(long requested)
    {
        if (requested == _count) return;
        CheckResizable();
        if (requested > Array.MaxLength - 1) throw PyErr.New(PyExc.MemoryError);
        int size = (int)requested;
        long alloc = _buf.Length;
        if (size + (long)_start + 1 <= alloc)
        {
            if (size < alloc / 2) alloc = size + 1;
            else
            {
                if (size > _count) _buf.AsSpan(_start + _count, size - _count).Clear();
                _count = size;
                return;
            }
        }
        else if (size <= alloc * 1.125) alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
        else alloc = size + 1;
        if (alloc > Array.MaxLength) throw PyErr.New(PyExc.MemoryError);
        var nb = new byte[alloc];
        _buf.AsSpan(_start, Math.Min(size, _count)).CopyTo(nb);
        _buf = nb;
        _start = 0;
        _count = size;
    }

    private static void InitType(PyType t)
    {
        t.Repr = o =>
        {
            var b = (PyByteArray)o;
            return new PyStr($"{b.Type.Name}({Repr(b.AsSpan())})");
        };
        t.Len = o => ((PyByteArray)o)._count;
        t.Hash = SlotDefs.HashNotImplemented;
        t.RichCompare = (a, b, op) =>
        {
            if (!Buffers.TryGetQuiet(b, out var y)) return PyNotImplemented.Instance;
            var x = ((PyByteArray)a).AsSpan();
            if (op is CompareOp.Eq or CompareOp.Ne) return PyBool.From(x.SequenceEqual(y) == (op == CompareOp.Eq));
            return PyBool.From(Ops.CompareResult(((ReadOnlySpan<byte>)x).SequenceCompareTo(y), op));
        };
        t.GetItem = (o, key) => ByteSeq.GetItem(o, key, "bytearray");
        t.SetItem = (o, key, value) => ((PyByteArray)o).SetItem(key, value);
        t.DelItem = (o, key) => ((PyByteArray)o).SetItem(key, null);
        t.Contains = (o, item) => ByteSeq.Contains(((PyByteArray)o).AsSpan(), item);
        t.Concat = (a, b) =>
        {
            if (!Buffers.TryGetQuiet(b, out var bs)) throw PyErr.TypeError($"can't concat {b.Type.Name} to {a.Type.Name}");
            var x = ((PyByteArray)a).AsSpan();
            var r = new byte[x.Length + bs.Length];
            x.CopyTo(r);
            bs.CopyTo(r.AsSpan(x.Length));
            return new PyByteArray(r);
        };
        t.InPlaceConcat = (a, b) => { ((PyByteArray)a).InPlaceConcat(b); return a; };
        t.Repeat = (a, n) => new PyByteArray(ByteSeq.Repeat(((PyByteArray)a).AsSpan(), n, "bytes"));
        t.InPlaceRepeat = (a, n) => { ((PyByteArray)a).InPlaceRepeat(n); return a; };
        t.Number[(int)NumberOp.Remainder] = (a, b) =>
            a is PyByteArray x ? new PyByteArray(PercentFormat.FormatBytes(x.AsSpan(), b)) : PyNotImplemented.Instance;
        t.Iter = o => new PyBytesIterator(o);
        t.New = (type, args, kw) => ReferenceEquals(type, ByteArrayType) ? new PyByteArray() : new PyByteArraySubclass(type);
        t.Init = Init;
        ByteSeq.AddMethods(t, true);
        t.TypeDict.SetItem(PyStr.Intern("__doc__"), new PyStr(
            "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\n" +
            "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n" +
            "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\n" +
            "Construct a mutable bytearray object from:\n  - an iterable yielding integers in range(256)\n" +
            "  - a text string encoded using the specified encoding\n  - a bytes or a buffer object\n" +
            "  - any object implementing the buffer API.\n  - an integer"));
        AddMutatingMethods(t);
        TypeBuilder.Method(t, "__alloc__", (self, args, kw) =>
        {
            ArgBinder.None("bytearray.__alloc__", args, kw);
            return PyInt.FromLong(((PyByteArray)self!)._buf.Length);
        });
        TypeBuilder.Method(t, "__sizeof__", (self, args, kw) =>
        {
            ArgBinder.None("bytearray.__sizeof__", args, kw);
            return PyInt.FromLong(ByteSeq.ObjectSize + 8 + 12 + ByteSeq.ArrayHeader + ((PyByteArray)self!)._buf.Length);
        });
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            ArgBinder.None("bytearray.__reduce__", args, kw);
            return Reduce((PyByteArray)self!, 2);
        });
        TypeBuilder.Method(t, "__reduce_ex__", (self, args, kw) =>
        {
            TypeBuilder.ArgRange("__reduce_ex__", args, kw, 0, 1);
            long proto = args.Length > 0 ? ByteSeq.SsizeArg(args[0]) : 0;
            return Reduce((PyByteArray)self!, proto);
        });
    }

    /// <summary>_common_reduce: (type, (latin-1 str, 'latin-1') or (bytes,), state).</summary>
    private static PyObject Reduce(PyByteArray b, long proto)
    {
        // _PyObject_GetState: an overriding __getstate__, else the dict and the slots' values.
        var state = PyBaseObject.GetStateOf(b);
        PyObject args;
        if (proto < 3)
            args = new PyTuple([new PyStr(System.Text.Encoding.Latin1.GetString(b.AsSpan())), new PyStr("latin-1")]);
        else args = new PyTuple([PyBytes.FromSpan(b.AsSpan())]);
        return new PyTuple([b.Type, args, state]);
    }

    /// <summary>bytearray_repr's b'...': unlike bytes' repr it escapes a single quote even inside double quotes.</summary>
    private static string Repr(ReadOnlySpan<byte> v)
    {
        char quote = '\'';
        foreach (byte c in v)
        {
            if (c == '"') { quote = '\''; break; }
            if (c == '\'') quote = '"';
        }
        var sb = new System.Text.StringBuilder(v.Length + 3).Append('b').Append(quote);
        foreach (byte c in v)
        {
            if (c is (byte)'\'' or (byte)'\\') sb.Append('\\').Append((char)c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < ' ' || c >= 0x7f) sb.Append("\\x").Append(c.ToString("x2"));
            else sb.Append((char)c);
        }
        return sb.Append(quote).ToString();
    }

    private static readonly string[] s_initNames = ["source", "encoding", "errors"];

    private static void Init(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var b = (PyByteArray)self;
        Span<PyObject?> a = new PyObject?[3];
        ArgBinder.Bind("bytearray", args, kw, s_initNames, 0, 3, 0, a);
        string? encoding = ByteSeq.OptStrArg("bytearray", "encoding", a[1]);
        string? errors = ByteSeq.OptStrArg("bytearray", "errors", a[2]);
        if (b._count != 0) b.Resize(0);
        var src = a[0];
        // bytearray___init___impl's order: str (needs an encoding), then no encoding/errors allowed, an int, a
        // buffer, and any iterable, whose bytes are appended one at a time as they come (the iterator sees them).
        if (src is null || src is PyStr)
        {
            var value = ByteSeq.FromConstructorArgs(src, encoding, errors, "bytearray", false);
            if (value.Length == 0) return;
            b.Resize(value.Length);
            value.CopyTo(b.AsSpan());
            return;
        }
        if (encoding is not null || errors is not null)
            throw PyErr.TypeError(encoding is not null ? "encoding without a string argument" : "errors without a string argument");
        if (src.Type.Index is not null)
        {
            long n = -1;
            bool isCount = true;
            try { n = Ops.AsSsize(src, PyExc.OverflowError); }
            catch (PythonException e) when (Ops.IsInstance(e.Value, PyExc.TypeError)) { isCount = false; }
            if (isCount)
            {
                if (n < 0) throw PyErr.ValueError("negative count");
                if (n > 0) b.Resize(n);
                return;
            }
        }
        if (Buffers.TryGetAny(src, out var span))
        {
            var copy = span.ToArray();
            if (copy.Length == 0) return;
            b.Resize(copy.Length);
            copy.CopyTo(b.AsSpan());
            return;
        }
        // The fast path for an exact list or tuple of exact ints: one resize to the full size (so __alloc__ is
        // CPython's); any other item sends it back to the one-at-a-time loop.
        if (ReferenceEquals(src.Type, PyType.ListType) || ReferenceEquals(src.Type, PyType.TupleType))
        {
            var items = src is PyList l ? l.AsSpan() : ((PyTuple)src).AsSpan();
            bool allInts = true;
            foreach (var item in items)
                if (!ReferenceEquals(item.Type, PyType.IntType)) { allInts = false; break; }
            if (allInts)
            {
                var copy = new byte[items.Length];
                for (int i = 0; i < copy.Length; i++) copy[i] = ByteSeq.ByteValue(items[i]);
                if (copy.Length == 0) return;
                b.Resize(copy.Length);
                copy.CopyTo(b.AsSpan());
                return;
            }
        }
        PyObject it;
        try { it = Ops.GetIter(src); }
        catch (PythonException e) when (Ops.IsInstance(e.Value, PyExc.TypeError))
        {
            throw PyErr.TypeError($"cannot convert '{src.Type.Name}' object to bytearray");
        }
        while (Ops.Next(it) is { } item)
        {
            byte v = ByteSeq.ByteValue(item);
            if (b._count + 1 < b._buf.Length - b._start) b._count++;
            else b.Resize(b._count + 1);
            b._buf[b._start + b._count - 1] = v;
        }
    }
}
