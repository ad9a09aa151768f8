namespace Krait.Runtime;

/// <summary>_io._IOBase and the C# base of every _io stream: a __dict__, weak references, and the generic
/// methods (Modules/_io/iobase.c) that work through the stream's own Python-visible methods, so that Python
/// subclasses (io.py's IOBase, user classes) get them too.</summary>
public class PyIOBase : PyObject
{
    public static readonly PyType IOBaseType = PyType.NewBuiltin("_io._IOBase", PyType.ObjectType, TypeFlags.BaseType, InitIOBase);
    public static readonly PyType RawIOBaseType = PyType.NewBuiltin("_io._RawIOBase", IOBaseType, TypeFlags.BaseType, InitRawIOBase);
    public static readonly PyType BufferedIOBaseType = PyType.NewBuiltin("_io._BufferedIOBase", IOBaseType, TypeFlags.BaseType, InitBufferedIOBase);
    public static readonly PyType TextIOBaseType = PyType.NewBuiltin("_io._TextIOBase", IOBaseType, TypeFlags.BaseType, InitTextIOBase);

    private PyDict? _dict;

    public PyIOBase(PyType type) : base(type)
    {
        if (type.HasFinalizer) Finalization.Register(this);
    }

    public override PyDict? Dict { get => _dict ??= new PyDict(); set => _dict = value ?? throw PyErr.TypeError("__dict__ must be set to a dictionary"); }

    internal PyDict? DictIfAny => _dict;

    /// <summary>True when the C# state says whether the stream is closed (an exact builtin type whose `closed`
    /// no Python subclass can override).</summary>
    internal virtual bool HasNativeClosed => false;
    internal virtual bool NativeClosed => false;

    private static readonly PyStr s_closedKey = PyStr.Intern("__IOBase_closed");

    /// <summary>iobase_is_closed: the private `__IOBase_closed` attribute _IOBase.close() sets.</summary>
    internal static bool IOBaseIsClosed(PyObject self) => self.Dict?.GetItemStr(s_closedKey) is not null;

    /// <summary>_checkClosed: ValueError when `self.closed` is true.</summary>
    internal static void CheckClosed(PyObject self)
    {
        if (IOTypes.Closed(self)) throw IOTypes.ClosedFile();
    }

    internal static void CheckReadable(PyObject self)
    {
        if (!Ops.IsTrue(Ops.CallMethod(self, "readable", []))) throw IOTypes.Unsupported("File or stream is not readable.");
    }

    internal static void CheckWritable(PyObject self)
    {
        if (!Ops.IsTrue(Ops.CallMethod(self, "writable", []))) throw IOTypes.Unsupported("File or stream is not writable.");
    }

    internal static void CheckSeekable(PyObject self)
    {
        if (!Ops.IsTrue(Ops.CallMethod(self, "seekable", []))) throw IOTypes.Unsupported("File or stream is not seekable.");
    }

    private static PyObject NewIO(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw) => new PyIOBase(type);

    private static void InitIOBase(PyType t)
    {
        string tn = IOTypes.ShortName(t);
        t.HasWeakref = true;
        t.New = NewIO;
        TypeBuilder.GetSet(t, "__dict__", o => o.Dict!, (o, v) => o.Dict = v as PyDict ?? throw PyErr.TypeError("__dict__ must be set to a dictionary"));
        TypeBuilder.GetSet(t, "closed", o => PyBool.From(IOBaseIsClosed(o)), null);
        TypeBuilder.Method(t, "seek", (self, args, kw) => throw IOTypes.Unsupported("seek"));
        TypeBuilder.Method(t, "tell", (self, args, kw) =>
        {
            ArgBinder.None(tn + ".tell", args, kw);
            return Ops.CallMethod(self!, "seek", [PyInt.FromLong(0), PyInt.FromLong(1)]);
        });
        TypeBuilder.Method(t, "truncate", (self, args, kw) => throw IOTypes.Unsupported("truncate"));
        TypeBuilder.Method(t, "flush", (self, args, kw) =>
        {
            ArgBinder.None(tn + ".flush", args, kw);
            if (IOBaseIsClosed(self!)) throw IOTypes.ClosedFile();
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "close", (self, args, kw) =>
        {
            ArgBinder.None(tn + ".close", args, kw);
            return GenericClose(self!);
        });
        TypeBuilder.Method(t, "seekable", (self, args, kw) => { ArgBinder.None(tn + ".seekable", args, kw); return PyBool.False; });
        TypeBuilder.Method(t, "readable", (self, args, kw) => { ArgBinder.None(tn + ".readable", args, kw); return PyBool.False; });
        TypeBuilder.Method(t, "writable", (self, args, kw) => { ArgBinder.None(tn + ".writable", args, kw); return PyBool.False; });
        TypeBuilder.Method(t, "_checkClosed", (self, args, kw) => { CheckClosed(self!); return PyNone.Instance; });
        TypeBuilder.Method(t, "_checkSeekable", (self, args, kw) => { CheckSeekable(self!); return PyBool.True; });
        TypeBuilder.Method(t, "_checkReadable", (self, args, kw) => { CheckReadable(self!); return PyBool.True; });
        TypeBuilder.Method(t, "_checkWritable", (self, args, kw) => { CheckWritable(self!); return PyBool.True; });
        TypeBuilder.Method(t, "fileno", (self, args, kw) => throw IOTypes.Unsupported("fileno"));
        TypeBuilder.Method(t, "isatty", (self, args, kw) =>
        {
            ArgBinder.None(tn + ".isatty", args, kw);
            CheckClosed(self!);
            return PyBool.False;
        });
        TypeBuilder.Method(t, "__enter__", (self, args, kw) =>
        {
            ArgBinder.None(tn + ".__enter__", args, kw);
            CheckClosed(self!);
            return self!;
        });
        TypeBuilder.Method(t, "__exit__", (self, args, kw) => Ops.CallMethod(self!, "close", []));
        TypeBuilder.Method(t, "readline", (self, args, kw) =>
        {
            Span<PyObject?> v = new PyObject?[1];
            ArgBinder.Bind("readline", args, kw, ["size"], 1, 1, 0, v);
            return GenericReadline(self!, IOTypes.OptSize(v[0]));
        });
        TypeBuilder.Method(t, "readlines", (self, args, kw) =>
        {
            Span<PyObject?> v = new PyObject?[1];
            ArgBinder.Bind("readlines", args, kw, ["hint"], 1, 1, 0, v);
            return GenericReadlines(self!, IOTypes.OptSize(v[0]));
        });
        TypeBuilder.Method(t, "writelines", (self, args, kw) =>
        {
            var lines = ArgBinder.One(tn + ".writelines", args, kw);
            CheckClosed(self!);
            var it = Ops.GetIter(lines);
            while (Ops.Next(it) is { } line) Ops.CallMethod(self!, "write", [line]);
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "__del__", (self, args, kw) => { Finalize(self!); return PyNone.Instance; });
        t.Iter = o => { CheckClosed(o); return o; };
        t.IterNext = o =>
        {
            var line = Ops.CallMethod(o, "readline", []);
            return Ops.Len(line) == 0 ? null : line;
        };
    }

    /// <summary>_IOBase.close(): flush, then mark closed even when flush raised.</summary>
    internal static PyObject GenericClose(PyObject self)
    {
        if (IOBaseIsClosed(self)) return PyNone.Instance;
        try { Ops.CallMethod(self, "flush", []); }
        finally { self.Dict!.SetItem(s_closedKey, PyBool.True); }
        return PyNone.Instance;
    }

    /// <summary>iobase_finalize: close a stream that is still open when it dies; errors are dropped (3.11 outside dev mode).</summary>
    internal static void Finalize(PyObject self)
    {
        try
        {
            if (Ops.TryGetAttr(self, PyStr.Intern("closed")) is { } c && Ops.IsTrue(c)) return;
            if (self is PyIOBase io) io.Finalizing = true;
            Ops.CallMethod(self, "close", []);
        }
        catch (PythonException) { }
    }

    /// <summary>Set while the finalizer closes the stream (the `_finalizing` attribute).</summary>
    internal bool Finalizing;

    /// <summary>_IOBase.readline: peek() when the stream has it, else one byte at a time.</summary>
    internal static PyObject GenericReadline(PyObject self, long limit)
    {
        var peek = Ops.TryGetAttr(self, PyStr.Intern("peek"));
        var res = new List<byte>();
        while (limit < 0 || res.Count < limit)
        {
            long nreadahead = 1;
            if (peek is not null)
            {
                var ra = Ops.Call(peek, [PyInt.FromLong(1)]);
                if (ra is not PyBytes rab) throw PyErr.New(PyExc.OSError, $"peek() should have returned a bytes object, not '{ra.Type.Name}'");
                var span = rab.Value;
                if (span.Length > 0)
                {
                    int n = 0;
                    while (n < span.Length && (limit < 0 || n < limit - res.Count))
                        if (span[n++] == (byte)'\n') break;
                    nreadahead = n;
                }
            }
            var b = Ops.CallMethod(self, "read", [PyInt.FromLong(nreadahead)]);
            if (b is not PyBytes bb) throw PyErr.New(PyExc.OSError, $"read() should have returned a bytes object, not '{b.Type.Name}'");
            if (bb.Value.Length == 0) break;
            res.AddRange(bb.Value);
            if (res[^1] == (byte)'\n') break;
        }
        return new PyBytes(res.ToArray());
    }

    internal static PyObject GenericReadlines(PyObject self, long hint)
    {
        var list = new PyList();
        if (hint <= 0)
        {
            var it0 = Ops.GetIter(self);
            while (Ops.Next(it0) is { } l) list.Append(l);
            return list;
        }
        var it = Ops.GetIter(self);
        long total = 0;
        while (Ops.Next(it) is { } line)
        {
            list.Append(line);
            total += Ops.Len(line);
            if (total >= hint) break;
        }
        return list;
    }

    private static void InitRawIOBase(PyType t)
    {
        string tn = IOTypes.ShortName(t);
        TypeBuilder.Method(t, "read", (self, args, kw) =>
        {
            ArgBinder.Positional("read", args, kw, 0, 1);
            long n = args.Length > 0 ? IOTypes.Ssize(args[0]) : -1;
            if (n < 0) return Ops.CallMethod(self!, "readall", []);
            var b = new PyByteArray(new byte[n]);
            var res = Ops.CallMethod(self!, "readinto", [b]);
            if (res is PyNone) return res;
            long got = Ops.AsSsize(res, PyExc.ValueError);
            if (got < 0 || got > n) throw PyErr.ValueError($"readinto returned {got} outside buffer size {n}");
            return new PyBytes(b.AsSpan()[..(int)got].ToArray());
        });
        TypeBuilder.Method(t, "readall", (self, args, kw) =>
        {
            ArgBinder.None(tn + ".readall", args, kw);
            var ms = new MemoryStream();
            bool any = false;
            while (true)
            {
                var data = Ops.CallMethod(self!, "read", [PyInt.FromLong(DefaultBufferSize)]);
                if (data is PyNone)
                {
                    if (!any) return data;
                    break;
                }
                if (data is not PyBytes b) throw PyErr.TypeError("read() should return bytes");
                if (b.Value.Length == 0) break;
                ms.Write(b.Value);
                any = true;
            }
            return new PyBytes(ms.ToArray());
        });
        TypeBuilder.Method(t, "readinto", (self, args, kw) => throw PyErr.New(PyExc.NotImplementedError));
        TypeBuilder.Method(t, "write", (self, args, kw) => throw PyErr.New(PyExc.NotImplementedError));
    }

    private const int DefaultBufferSize = IOTypes.DefaultBufferSize;

    private static void InitBufferedIOBase(PyType t)
    {
        string tn = IOTypes.ShortName(t);
        TypeBuilder.Method(t, "detach", (self, args, kw) => throw IOTypes.Unsupported("detach"));
        TypeBuilder.Method(t, "read", (self, args, kw) => throw IOTypes.Unsupported("read"));
        TypeBuilder.Method(t, "read1", (self, args, kw) => throw IOTypes.Unsupported("read1"));
        TypeBuilder.Method(t, "write", (self, args, kw) => throw IOTypes.Unsupported("write"));
        TypeBuilder.Method(t, "readinto", (self, args, kw) => GenericReadinto(self!, ArgBinder.One(tn + ".readinto", args, kw), "read", "readinto"));
        TypeBuilder.Method(t, "readinto1", (self, args, kw) => GenericReadinto(self!, ArgBinder.One(tn + ".readinto1", args, kw), "read1", "readinto1"));
    }

    /// <summary>_BufferedIOBase.readinto(b): read(len(b)) copied into b.</summary>
    internal static PyObject GenericReadinto(PyObject self, PyObject buffer, string readName, string fname)
    {
        var info = IOTypes.WritableBuffer(buffer, fname);
        try
        {
            var data = Ops.CallMethod(self, readName, [PyInt.FromLong(info.Length)]);
            if (data is not PyBytes b) throw PyErr.TypeError("read() should return bytes");
            int n = b.Value.Length;
            if (n > info.Length)
                throw PyErr.ValueError($"read() returned too much data: {info.Length} bytes requested, {n} returned");
            b.Value.CopyTo(info.Array, info.Offset);
            return PyInt.FromLong(n);
        }
        finally { ((IPyBuffer)buffer).ReleaseBuffer(); }
    }

    private static void InitTextIOBase(PyType t)
    {
        string tn = IOTypes.ShortName(t);
        TypeBuilder.Method(t, "detach", (self, args, kw) => throw IOTypes.Unsupported("detach"));
        TypeBuilder.Method(t, "read", (self, args, kw) => throw IOTypes.Unsupported("read"));
        TypeBuilder.Method(t, "readline", (self, args, kw) => throw IOTypes.Unsupported("readline"));
        TypeBuilder.Method(t, "write", (self, args, kw) => throw IOTypes.Unsupported("write"));
        TypeBuilder.GetSet(t, "encoding", o => PyNone.Instance, null);
        TypeBuilder.GetSet(t, "newlines", o => PyNone.Instance, null);
        TypeBuilder.GetSet(t, "errors", o => PyNone.Instance, null);
    }
}
