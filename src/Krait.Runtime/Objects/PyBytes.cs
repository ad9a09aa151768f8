namespace Krait.Runtime;

/// <summary>bytes: an immutable byte string (Objects/bytesobject.c). The methods shared with bytearray live in
/// <see cref="ByteSeq"/>.</summary>
public partial class PyBytes : PyObject, IPyBuffer
{
    public static readonly PyType BytesType = PyType.NewBuiltin("bytes", PyType.ObjectType, TypeFlags.BaseType | TypeFlags.Sequence | TypeFlags.MatchSelf, InitType);

    public readonly byte[] Value;
    private long _hash = -1;

    public PyBytes(byte[] value) : base(BytesType) => Value = value;

    internal PyBytes(PyType type, byte[] value) : base(type) => Value = value;

    private static PyBytes? s_empty;
    public static PyBytes Empty => s_empty ??= new PyBytes([]);

    public static PyBytes FromSpan(ReadOnlySpan<byte> b) => b.Length == 0 ? Empty : new PyBytes(b.ToArray());

    public PyBufferInfo GetBuffer(bool writable)
    {
        if (writable) throw PyErr.New(PyExc.BufferError, "Object is not writable.");
        return PyBufferInfo.Bytes(this, Value, 0, Value.Length, true);
    }

    public void ReleaseBuffer() { }

    public ReadOnlySpan<byte> AsReadOnlySpan() => Value;

    /// <summary>The hash of the equal Latin-1 str (as CPython, where hash(b'ab') == hash('ab')).</summary>
    public long GetHash() => _hash != -1 ? _hash : _hash = ByteSeq.Hash(Value);

    private static void InitType(PyType t)
    {
        t.Repr = o => new PyStr(ByteSeq.Repr(((PyBytes)o).Value));
        t.Len = o => ((PyBytes)o).Value.Length;
        t.Hash = o => ((PyBytes)o).GetHash();
        t.RichCompare = (a, b, op) =>
        {
            if (b is not PyBytes bb) return PyNotImplemented.Instance;
            var x = ((PyBytes)a).Value;
            if (op is CompareOp.Eq or CompareOp.Ne) return PyBool.From(x.AsSpan().SequenceEqual(bb.Value) == (op == CompareOp.Eq));
            return PyBool.From(Ops.CompareResult(x.AsSpan().SequenceCompareTo(bb.Value), op));
        };
        t.GetItem = (o, key) => ByteSeq.GetItem(o, key, "byte");
        t.Contains = (o, item) => ByteSeq.Contains(((PyBytes)o).Value, item);
        t.Concat = (a, b) =>
        {
            if (!Buffers.TryGetQuiet(b, out var bs)) throw PyErr.TypeError($"can't concat {b.Type.Name} to {a.Type.Name}");
            var x = (PyBytes)a;
            if (bs.Length == 0 && ReferenceEquals(x.Type, BytesType)) return x;
            if (x.Value.Length == 0 && b is PyBytes yb && ReferenceEquals(yb.Type, BytesType)) return yb;
            var r = new byte[x.Value.Length + bs.Length];
            x.Value.CopyTo(r, 0);
            bs.CopyTo(r.AsSpan(x.Value.Length));
            return new PyBytes(r);
        };
        t.Repeat = (a, n) =>
        {
            var x = (PyBytes)a;
            if (n == 1 && ReferenceEquals(x.Type, BytesType)) return x;
            return new PyBytes(ByteSeq.Repeat(x.Value, n, "bytes"));
        };
        t.Number[(int)NumberOp.Remainder] = (a, b) =>
            a is PyBytes x ? new PyBytes(PercentFormat.FormatBytes(x.Value, b)) : PyNotImplemented.Instance;
        t.Iter = o => new PyBytesIterator(o);
        t.New = NewBytes;
        TypeBuilder.Method(t, "__getnewargs__", (self, args, kw) =>
        {
            ArgBinder.None("__getnewargs__", args, kw);
            return new PyTuple([new PyBytes(((PyBytes)self!).Value)]);
        });
        TypeBuilder.Method(t, "__bytes__", (self, args, kw) =>
        {
            ArgBinder.None("__bytes__", args, kw);
            var b = (PyBytes)self!;
            return ReferenceEquals(b.Type, BytesType) ? b : new PyBytes(b.Value);
        });
        TypeBuilder.Method(t, "__sizeof__", (self, args, kw) =>
        {
            ArgBinder.None("__sizeof__", args, kw);
            return PyInt.FromLong(ByteSeq.ObjectSize + 8 + ByteSeq.ArrayHeader + ((PyBytes)self!).Value.Length);
        });
        ByteSeq.AddMethods(t, false);
        t.TypeDict.SetItem(PyStr.Intern("__doc__"), new PyStr(
            "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n" +
            "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n" +
            "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object\n\n" +
            "Construct an immutable array of bytes from:\n  - an iterable yielding integers in range(256)\n" +
            "  - a text string encoded using the specified encoding\n  - any object implementing the buffer API.\n  - an integer"));
    }

    private static readonly string[] s_newNames = ["source", "encoding", "errors"];

    /// <summary>bytes_new: bytes(), bytes(int), bytes(iterable_of_ints), bytes(buffer), bytes(str, encoding[, errors]),
    /// and an object's <c>__bytes__</c>.</summary>
    private static PyObject NewBytes(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[3];
        ArgBinder.Bind("bytes", args, kw, s_newNames, 0, 3, 0, a);
        string? encoding = ByteSeq.OptStrArg("bytes", "encoding", a[1]);
        string? errors = ByteSeq.OptStrArg("bytes", "errors", a[2]);
        if (a[0] is { } x && encoding is null && errors is null && Ops.LookupSpecial(x, "__bytes__") is { } func)
        {
            // __bytes__ comes before the integer case; its result (a bytes subclass too) is returned as is.
            var r = Ops.Call(func, []);
            if (r is not PyBytes rb) throw PyErr.TypeError($"__bytes__ returned non-bytes (type {r.Type.Name})");
            return ReferenceEquals(type, BytesType) ? rb : new PyBytesSubclass(type, rb.Value);
        }
        byte[] value = ByteSeq.FromConstructorArgs(a[0], encoding, errors, "bytes", false);
        if (ReferenceEquals(type, BytesType)) return value.Length == 0 ? Empty : new PyBytes(value);
        return new PyBytesSubclass(type, value);
    }

    /// <summary>PyBytes_FromObject for one argument: a buffer's copy, or an iterable of ints in range(256).</summary>
    internal static byte[] FromObject(PyObject x, string typeName)
    {
        if (Buffers.TryGetAny(x, out var span)) return span.ToArray();
        if (x is PyList l && ReferenceEquals(x.Type, PyType.ListType))
        {
            // _PyBytes_FromList: an item's __index__ may change the list; its length is read again each time.
            var r = new List<byte>(l.Count);
            for (int i = 0; i < l.Count; i++) r.Add(ByteSeq.ByteValue(l[i], "bytes must be in range(0, 256)"));
            return [.. r];
        }
        if (x is PyTuple t && ReferenceEquals(x.Type, PyType.TupleType))
        {
            var items = t.AsSpan();
            var r = new byte[items.Length];
            for (int i = 0; i < items.Length; i++) r[i] = ByteSeq.ByteValue(items[i], "bytes must be in range(0, 256)");
            return r;
        }
        PythonException Cannot() => PyErr.TypeError($"cannot convert '{x.Type.Name}' object to {typeName}");
        if (x is PyStr) throw Cannot();
        PyObject it;
        try { it = Ops.GetIter(x); }
        catch (PythonException e) when (Ops.IsInstance(e.Value, PyExc.TypeError)) { throw Cannot(); }
        var list = new List<byte>();
        while (Ops.Next(it) is { } item) list.Add(ByteSeq.ByteValue(item, "bytes must be in range(0, 256)"));
        return [.. list];
    }
}
