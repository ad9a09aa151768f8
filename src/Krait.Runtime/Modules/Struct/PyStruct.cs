namespace Krait.Runtime;

/// <summary>_struct.Struct: a compiled format with pack, pack_into, unpack, unpack_from and iter_unpack.</summary>
public sealed class PyStruct : PyObject
{
    public static readonly PyType StructType = PyType.NewBuiltin("_struct.Struct", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private byte[] _format = [];
    private StructCode[] _codes = [];
    internal long Size = -1;
    internal int Len = -1;
    private PyDict? _dict;

    internal PyStruct(PyType type) : base(type) { }

    public override PyDict? Dict
    {
        get => Type.IsHeapType ? _dict ??= new PyDict() : null;
        set
        {
            if (!Type.IsHeapType) base.Dict = value;
            _dict = value;
        }
    }

    internal static PyStruct Compile(PyObject format)
    {
        var s = new PyStruct(StructType);
        s.SetFormat(format);
        return s;
    }

    private void SetFormat(PyObject format)
    {
        byte[] fmt;
        if (format is PyStr str)
        {
            string v = str.Value;
            for (int i = 0; i < v.Length; i++)
                if (v[i] > 127)
                    throw new PythonException((PyBaseException)Ops.Call(PyExc.UnicodeEncodeError,
                        [new PyStr("ascii"), str, PyInt.FromLong(i), PyInt.FromLong(i + 1), new PyStr("ordinal not in range(128)")]));
            fmt = new byte[v.Length];
            for (int i = 0; i < v.Length; i++) fmt[i] = (byte)v[i];
        }
        else if (format is PyBytes b) fmt = b.Value.ToArray();
        else throw PyErr.TypeError($"Struct() argument 1 must be a str or bytes object, not {format.Type.Name}");
        if (Array.IndexOf(fmt, (byte)0) >= 0) throw StructModule.Error("embedded null character");
        var (codes, size, len) = StructFormat.Parse(fmt);
        _format = fmt;
        _codes = codes;
        Size = size;
        Len = len;
    }

    internal string FormatString => System.Text.Encoding.Latin1.GetString(_format);

    /// <summary>s_pack_internal: the items of <paramref name="args"/> into <paramref name="buf"/>.</summary>
    internal void PackInto(Span<byte> buf, ReadOnlySpan<PyObject> args, string fname)
    {
        if (args.Length != Len) throw StructModule.Error($"{fname} expected {Len} items for packing (got {args.Length})");
        buf[..(int)Size].Clear();
        int a = 0;
        foreach (var code in _codes)
        {
            var e = code.Def;
            var dest = buf.Slice((int)code.Offset);
            switch (e.Format)
            {
                case 'x':
                    break;
                case 's':
                {
                    var v = args[a++];
                    if (!TryBytes(v, out var data)) throw StructModule.Error("argument for 's' must be a bytes object");
                    int n = (int)Math.Min(data.Length, code.Size);
                    data[..n].CopyTo(dest);
                    break;
                }
                case 'p':
                {
                    var v = args[a++];
                    if (!TryBytes(v, out var data)) throw StructModule.Error("argument for 'p' must be a bytes object");
                    int n = (int)Math.Min(data.Length, code.Size - 1);
                    if (n > 0) data[..n].CopyTo(dest[1..]);
                    if (code.Size > 0) dest[0] = (byte)Math.Min(n, 255);
                    break;
                }
                default:
                    for (long r = 0; r < code.Repeat; r++)
                    {
                        var v = args[a++];
                        try { e.Pack(dest.Slice((int)(r * e.Size)), v, e); }
                        catch (PythonException ex) when (v is PyInt && ex.Value.Type.IsSubtype(PyExc.OverflowError))
                        {
                            throw StructModule.Error("int too large to convert");
                        }
                    }
                    break;
            }
        }
    }

    private static bool TryBytes(PyObject v, out ReadOnlySpan<byte> data)
    {
        switch (v)
        {
            case PyBytes b: data = b.Value; return true;
            case PyByteArray ba: data = ba.AsSpan(); return true;
            default: data = default; return false;
        }
    }

    internal PyBytes Pack(ReadOnlySpan<PyObject> args)
    {
        // The result is allocated first, as in CPython: a size no array holds is MemoryError.
        if (Size > Array.MaxLength) throw PyErr.New(PyExc.MemoryError);
        var buf = new byte[Size];
        PackInto(buf, args, "pack");
        return new PyBytes(buf);
    }

    /// <summary>s_unpack_internal: a tuple of the items in the first Size bytes of <paramref name="src"/>.</summary>
    internal PyTuple Unpack(ReadOnlySpan<byte> src)
    {
        var items = new PyObject[Len];
        int a = 0;
        foreach (var code in _codes)
        {
            var e = code.Def;
            var at = src.Slice((int)code.Offset);
            switch (e.Format)
            {
                case 'x':
                    break;
                case 's':
                    items[a++] = new PyBytes(at[..(int)code.Size].ToArray());
                    break;
                case 'p':
                {
                    long n = at[0];
                    if (n >= code.Size) n = code.Size - 1;
                    if (n < 0) throw PyErr.New(PyExc.SystemError, "Negative size passed to PyBytes_FromStringAndSize");
                    items[a++] = new PyBytes(at.Slice(1, (int)n).ToArray());
                    break;
                }
                default:
                    for (long r = 0; r < code.Repeat; r++) items[a++] = e.Unpack(at.Slice((int)(r * e.Size)), e);
                    break;
            }
        }
        return PyTuple.Wrap(items);
    }

    internal PyTuple UnpackBuffer(PyObject buffer)
    {
        var data = Buffers.Get(buffer);
        if (data.Length != Size) throw StructModule.Error($"unpack requires a buffer of {Size} bytes");
        return Unpack(data);
    }

    internal PyTuple UnpackFrom(PyObject buffer, long offset)
    {
        var data = Buffers.Get(buffer);
        long len = data.Length;
        long orig = offset;
        if (offset < 0)
        {
            if (offset + len < 0) throw StructModule.Error($"offset {offset} out of range for {len}-byte buffer");
            offset += len;
        }
        if (len - offset < Size)
        {
            if (orig < 0) throw StructModule.Error($"not enough data to unpack {Size} bytes at offset {orig}");
            throw StructModule.Error($"unpack_from requires a buffer of at least {(ulong)Size + (ulong)offset} bytes for unpacking {Size} bytes at offset {offset} (actual buffer size is {len})");
        }
        return Unpack(data.Slice((int)offset));
    }

    /// <summary>pack_into(buffer, offset, *values) after the format.</summary>
    internal PyObject PackIntoBuffer(ReadOnlySpan<PyObject> args)
    {
        if (args.Length < 1) throw StructModule.Error("pack_into expected buffer argument");
        if (args.Length < 2) throw StructModule.Error("pack_into expected offset argument");
        if (args.Length - 2 != Len) throw StructModule.Error($"pack_into expected {Len} items for packing (got {args.Length - 2})");
        var target = args[0];
        if (target is not IPyBuffer exporter)
            throw PyErr.TypeError($"argument must be read-write bytes-like object, not {target.Type.Name}");
        var info = exporter.GetBuffer(false);
        try
        {
            if (info.ReadOnly) throw PyErr.TypeError($"argument must be read-write bytes-like object, not {target.Type.Name}");
            long offset = ArgBinder.Ssize(args[1]);
            long len = info.Length;
            long orig = offset;
            if (offset < 0)
            {
                if (offset + len < 0) throw StructModule.Error($"offset {offset} out of range for {len}-byte buffer");
                offset += len;
            }
            if (len - offset < Size)
            {
                if (orig < 0) throw StructModule.Error($"no space to pack {Size} bytes at offset {orig}");
                throw StructModule.Error($"pack_into requires a buffer of at least {(ulong)Size + (ulong)offset} bytes for packing {Size} bytes at offset {offset} (actual buffer size is {len})");
            }
            PackInto(info.Array.AsSpan(info.Offset + (int)offset, (int)Size), args[2..], "pack_into");
        }
        finally { exporter.ReleaseBuffer(); }
        return PyNone.Instance;
    }

    internal PyObject IterUnpack(PyObject buffer)
    {
        if (Size == 0) throw StructModule.Error("cannot iteratively unpack with a struct of length 0");
        var data = Buffers.Get(buffer).ToArray();
        if (data.Length % Size != 0) throw StructModule.Error($"iterative unpacking requires a buffer of a multiple of {Size} bytes");
        return new PyUnpackIterator(this, data);
    }

    private static PyStruct Self(PyObject? o) => (PyStruct)o!;

    private static void InitType(PyType t)
    {
        t.New = (type, args, kw) => new PyStruct(type);
        t.Init = (self, args, kw) =>
        {
            var v = new PyObject?[1];
            ArgBinder.Bind("Struct", args, kw, ["format"], 0, 1, 1, v);
            Self(self).SetFormat(v[0]!);
        };
        TypeBuilder.Method(t, "pack", (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("Struct.pack() takes no keyword arguments");
            return Self(self).Pack(args);
        });
        TypeBuilder.Method(t, "pack_into", (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("Struct.pack_into() takes no keyword arguments");
            return Self(self).PackIntoBuffer(args);
        });
        TypeBuilder.Method(t, "unpack", (self, args, kw) => Self(self).UnpackBuffer(ArgBinder.One("Struct.unpack", args, kw)));
        TypeBuilder.Method(t, "unpack_from", (self, args, kw) =>
        {
            var v = new PyObject?[2];
            ArgBinder.Bind("unpack_from", args, kw, ["buffer", "offset"], 0, 2, 1, v);
            return Self(self).UnpackFrom(v[0]!, v[1] is null ? 0 : ArgBinder.Ssize(v[1]!));
        });
        TypeBuilder.Method(t, "iter_unpack", (self, args, kw) => Self(self).IterUnpack(ArgBinder.One("Struct.iter_unpack", args, kw)));
        TypeBuilder.Method(t, "__sizeof__", (self, args, kw) =>
        {
            ArgBinder.None("Struct.__sizeof__", args, kw);
            return PyInt.FromLong(64 + 32 * (Self(self)._codes.Length + 1));
        });
        TypeBuilder.GetSet(t, "format", o => new PyStr(Self(o).FormatString), null);
        TypeBuilder.GetSet(t, "size", o => PyInt.FromLong(Self(o).Size), null);
        t.TypeDict.SetItem(PyStr.Intern("__doc__"), new PyStr("Struct(format)\n--\n\nCreate a compiled struct object.\n\nReturn a new Struct object which writes and reads binary data according to\nthe format string.\n\nSee help(struct) for more on format strings."));
    }
}
