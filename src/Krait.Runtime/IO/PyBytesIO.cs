namespace Krait.Runtime;

/// <summary>_io.BytesIO: an in-memory bytes stream (Modules/_io/bytesio.c).</summary>
public sealed class PyBytesIO : PyIOBase, IPyBuffer
{
    public static readonly PyType BytesIOType = PyType.NewBuiltin("_io.BytesIO", BufferedIOBaseType, TypeFlags.BaseType, InitType);

    private byte[]? _buf = [];
    private int _size, _pos;
    private readonly List<WeakReference<PyMemoryView>> _views = [];
    private int _rawExports;

    public PyBytesIO(PyType type) : base(type) { }

    internal override bool HasNativeClosed => !Type.IsHeapType;
    internal override bool NativeClosed => _buf is null;

    private static PyBytesIO S(PyObject? o) => (PyBytesIO)o!;

    private void CheckClosed()
    {
        if (_buf is null) throw IOTypes.ClosedFile();
    }

    /// <summary>Views from getbuffer() still alive and not released (CPython counts them by reference).</summary>
    private bool HasExports()
    {
        if (_rawExports > 0) return true;
        foreach (var w in _views)
            if (w.TryGetTarget(out var v) && !v.IsReleased) return true;
        _views.Clear();
        return false;
    }

    private void CheckExports()
    {
        if (HasExports()) throw PyErr.New(PyExc.BufferError, "Existing exports of data: object cannot be re-sized");
    }

    private void EnsureCapacity(int n)
    {
        if (n <= _buf!.Length) return;
        var nb = new byte[Math.Max(n, _buf.Length + (_buf.Length >> 1) + 16)];
        _buf.AsSpan(0, _size).CopyTo(nb);
        _buf = nb;
    }

    internal int Write(ReadOnlySpan<byte> data)
    {
        CheckClosed();
        CheckExports();
        if (data.Length == 0) return 0;
        int end = _pos + data.Length;
        EnsureCapacity(end);
        if (_pos > _size) _buf.AsSpan(_size, _pos - _size).Clear();
        data.CopyTo(_buf.AsSpan(_pos));
        _pos = end;
        if (end > _size) _size = end;
        return data.Length;
    }

    private byte[] ReadBytes(long n)
    {
        CheckClosed();
        int avail = Math.Max(0, _size - _pos);
        if (n < 0 || n > avail) n = avail;
        if (n == 0) return [];
        var r = _buf.AsSpan(_pos, (int)n).ToArray();
        _pos += (int)n;
        return r;
    }

    private byte[] ReadLine(long limit)
    {
        CheckClosed();
        int avail = Math.Max(0, _size - _pos);
        int n = limit >= 0 && limit < avail ? (int)limit : avail;
        if (n == 0) return [];
        int nl = n == 0 ? -1 : Array.IndexOf(_buf!, (byte)'\n', _pos, n);
        int len = nl >= 0 ? nl - _pos + 1 : n;
        var r = _buf.AsSpan(_pos, len).ToArray();
        _pos += len;
        return r;
    }

    private void Reset(ReadOnlySpan<byte> initial)
    {
        _buf = initial.ToArray();
        _size = initial.Length;
        _pos = 0;
    }

    public PyBufferInfo GetBuffer(bool writable)
    {
        CheckClosed();
        _rawExports++;
        return PyBufferInfo.Bytes(this, _buf!, 0, _size, false);
    }

    public void ReleaseBuffer() { if (_rawExports > 0) _rawExports--; }

    public ReadOnlySpan<byte> AsReadOnlySpan() => _buf.AsSpan(0, _size);

    private static void InitType(PyType t)
    {
        string tn = IOTypes.ShortName(t);
        t.New = (type, args, kw) => new PyBytesIO(type);
        t.Init = (self, args, kw) =>
        {
            Span<PyObject?> v = new PyObject?[1];
            ArgBinder.Bind("BytesIO", args, kw, ["initial_bytes"], 0, 1, 0, v);
            var s = S(self);
            s.CheckExports();
            if (v[0] is null || v[0] is PyNone) { s.Reset([]); return; }
            if (!Buffers.TryGet(v[0]!, out var data)) throw PyErr.TypeError($"a bytes-like object is required, not '{v[0]!.Type.Name}'");
            s.Reset(data);
        };
        t.Iter = o => o;
        t.IterNext = o =>
        {
            var line = S(o).ReadLine(-1);
            return line.Length == 0 ? null : new PyBytes(line);
        };
        TypeBuilder.Method(t, "getvalue", (self, args, kw) =>
        {
            ArgBinder.None(tn + ".getvalue", args, kw);
            var s = S(self);
            s.CheckClosed();
            return new PyBytes(s._buf.AsSpan(0, s._size).ToArray());
        });
        TypeBuilder.Method(t, "getbuffer", (self, args, kw) =>
        {
            ArgBinder.None(tn + ".getbuffer", args, kw);
            var s = S(self);
            s.CheckClosed();
            var mv = PyMemoryView.FromObject(s);
            s._rawExports--;
            s._views.Add(new WeakReference<PyMemoryView>(mv));
            return mv;
        });
        TypeBuilder.Method(t, "read", (self, args, kw) =>
        {
            ArgBinder.Positional("read", args, kw, 0, 1);
            return new PyBytes(S(self).ReadBytes(IOTypes.OptSize(args.Length > 0 ? args[0] : null)));
        });
        TypeBuilder.Method(t, "read1", (self, args, kw) =>
        {
            ArgBinder.Positional("read1", args, kw, 0, 1);
            return new PyBytes(S(self).ReadBytes(IOTypes.OptSize(args.Length > 0 ? args[0] : null)));
        });
        TypeBuilder.Method(t, "readline", (self, args, kw) =>
        {
            ArgBinder.Positional("readline", args, kw, 0, 1);
            return new PyBytes(S(self).ReadLine(IOTypes.OptSize(args.Length > 0 ? args[0] : null)));
        });
        TypeBuilder.Method(t, "readlines", (self, args, kw) =>
        {
            ArgBinder.Positional("readlines", args, kw, 0, 1);
            var s = S(self);
            long hint = -1;
            if (args.Length > 0 && args[0] is not PyNone)
            {
                if (args[0].Type.Index is null) throw PyErr.TypeError($"integer argument expected, got '{args[0].Type.Name}'");
                hint = IOTypes.Ssize(args[0]);
            }
            s.CheckClosed();
            var list = new PyList();
            long total = 0;
            while (true)
            {
                var line = s.ReadLine(-1);
                if (line.Length == 0) break;
                list.Append(new PyBytes(line));
                total += line.Length;
                if (hint > 0 && total >= hint) break;
            }
            return list;
        });
        TypeBuilder.Method(t, "readinto", (self, args, kw) =>
        {
            var arg = ArgBinder.One(tn + ".readinto", args, kw);
            var s = S(self);
            s.CheckClosed();
            var info = IOTypes.WritableBuffer(arg, "readinto");
            try
            {
                int n = Math.Max(0, Math.Min(info.Length, s._size - s._pos));
                if (n > 0) s._buf.AsSpan(s._pos, n).CopyTo(info.Array.AsSpan(info.Offset));
                s._pos += n;
                return PyInt.FromLong(n);
            }
            finally { ((IPyBuffer)arg).ReleaseBuffer(); }
        });
        TypeBuilder.Method(t, "write", (self, args, kw) =>
        {
            var arg = ArgBinder.One(tn + ".write", args, kw);
            var s = S(self);
            s.CheckClosed();
            s.CheckExports();
            if (!Buffers.TryGet(arg, out var data)) throw PyErr.TypeError($"a bytes-like object is required, not '{arg.Type.Name}'");
            return PyInt.FromLong(s.Write(data));
        });
        TypeBuilder.Method(t, "writelines", (self, args, kw) =>
        {
            var lines = ArgBinder.One(tn + ".writelines", args, kw);
            var s = S(self);
            s.CheckClosed();
            var it = Ops.GetIter(lines);
            while (Ops.Next(it) is { } line)
            {
                if (!Buffers.TryGet(line, out var data)) throw PyErr.TypeError($"a bytes-like object is required, not '{line.Type.Name}'");
                s.Write(data);
            }
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "seek", (self, args, kw) =>
        {
            ArgBinder.Positional("seek", args, kw, 1, 2);
            var s = S(self);
            long pos = IOTypes.Ssize(args[0]);
            long whence = args.Length > 1 ? IOTypes.Ssize(args[1]) : 0;
            s.CheckClosed();
            if (pos < 0 && whence == 0) throw PyErr.ValueError($"negative seek value {pos}");
            if (whence == 1) pos = pos > long.MaxValue - s._pos ? long.MaxValue : s._pos + pos;
            else if (whence == 2) pos = pos > long.MaxValue - s._size ? long.MaxValue : s._size + pos;
            else if (whence != 0) throw PyErr.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
            if (pos < 0) pos = 0;
            if (pos > int.MaxValue) throw PyErr.OverflowError("new position too large");
            s._pos = (int)pos;
            return PyInt.FromLong(pos);
        });
        TypeBuilder.Method(t, "tell", (self, args, kw) => { ArgBinder.None(tn + ".tell", args, kw); S(self).CheckClosed(); return PyInt.FromLong(S(self)._pos); });
        TypeBuilder.Method(t, "truncate", (self, args, kw) =>
        {
            ArgBinder.Positional("truncate", args, kw, 0, 1);
            var s = S(self);
            s.CheckClosed();
            s.CheckExports();
            long size = args.Length == 0 || args[0] is PyNone ? s._pos : IOTypes.Ssize(args[0]);
            if (size < 0) throw PyErr.ValueError($"negative size value {size}");
            if (size < s._size) s._size = (int)size;
            return PyInt.FromLong(size);
        });
        TypeBuilder.Method(t, "flush", (self, args, kw) => { ArgBinder.None(tn + ".flush", args, kw); S(self).CheckClosed(); return PyNone.Instance; });
        TypeBuilder.Method(t, "isatty", (self, args, kw) => { ArgBinder.None(tn + ".isatty", args, kw); S(self).CheckClosed(); return PyBool.False; });
        TypeBuilder.Method(t, "readable", (self, args, kw) => { ArgBinder.None(tn + ".readable", args, kw); S(self).CheckClosed(); return PyBool.True; });
        TypeBuilder.Method(t, "writable", (self, args, kw) => { ArgBinder.None(tn + ".writable", args, kw); S(self).CheckClosed(); return PyBool.True; });
        TypeBuilder.Method(t, "seekable", (self, args, kw) => { ArgBinder.None(tn + ".seekable", args, kw); S(self).CheckClosed(); return PyBool.True; });
        TypeBuilder.Method(t, "close", (self, args, kw) =>
        {
            ArgBinder.None(tn + ".close", args, kw);
            var s = S(self);
            s.CheckExports();
            s._buf = null;
            return PyNone.Instance;
        });
        TypeBuilder.GetSet(t, "closed", o => PyBool.From(S(o)._buf is null), null);
        TypeBuilder.Method(t, "__getstate__", (self, args, kw) =>
        {
            var s = S(self);
            s.CheckClosed();
            var d = s.DictIfAny;
            return PyTuple.Create([new PyBytes(s._buf.AsSpan(0, s._size).ToArray()), PyInt.FromLong(s._pos),
                d is null || d.Count == 0 ? PyNone.Instance : d.Copy()]);
        });
        TypeBuilder.Method(t, "__setstate__", (self, args, kw) =>
        {
            var state = ArgBinder.One(tn + ".__setstate__", args, kw);
            var s = S(self);
            if (state is not PyTuple tup || tup.Count < 3)
                throw PyErr.TypeError($"{s.Type.Name}.__setstate__ argument should be 3-tuple, got {state.Type.Name}");
            s.CheckExports();
            s.Reset(Buffers.Get(tup[0]));
            if (tup[1] is not PyInt) throw PyErr.TypeError($"second item of state must be an integer, not {tup[1].Type.Name}");
            long pos = IOTypes.Ssize(tup[1]);
            if (pos < 0) throw PyErr.ValueError("position value cannot be negative");
            s._pos = (int)pos;
            if (tup[2] is PyDict d) foreach (var (k, v) in d.Items()) s.Dict!.SetItem(k, v);
            else if (tup[2] is not PyNone) throw PyErr.TypeError($"third item of state should be a dict, got a {tup[2].Type.Name}");
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "__sizeof__", (self, args, kw) => PyInt.FromLong(120 + (S(self)._buf?.Length ?? 0)));
    }
}
