namespace Krait.Runtime;

/// <summary>_io.BufferedReader / BufferedWriter / BufferedRandom (Modules/_io/bufferedio.c): a byte buffer over a
/// raw stream. When the raw stream is an exact FileIO its operations are called directly, otherwise through its
/// Python methods (so any object with readinto/write/seek/tell works).</summary>
public sealed partial class PyBuffered : PyIOBase
{
    public static readonly PyType BufferedReaderType = PyType.NewBuiltin("_io.BufferedReader", BufferedIOBaseType, TypeFlags.BaseType, t => InitType(t, true, false));
    public static readonly PyType BufferedWriterType = PyType.NewBuiltin("_io.BufferedWriter", BufferedIOBaseType, TypeFlags.BaseType, t => InitType(t, false, true));
    public static readonly PyType BufferedRandomType = PyType.NewBuiltin("_io.BufferedRandom", BufferedIOBaseType, TypeFlags.BaseType, t => InitType(t, true, true));

    internal PyObject? Raw;
    /// <summary>Raw when it is an exact FileIO: no Python dispatch.</summary>
    private PyFileIO? _file;
    private bool _ok, _detached;
    private bool _readable, _writable;
    private int _size;
    private byte[] _rbuf = [];
    private int _rpos, _rlen;
    private byte[] _wbuf = [];
    private int _wlen;

    public PyBuffered(PyType type) : base(type) { }

    /// <summary>A buffered stream made by C# (open(), sys streams), already checked.</summary>
    internal PyBuffered(PyType type, PyObject raw, int bufferSize) : base(type)
    {
        Setup(raw, bufferSize, ReferenceEquals(type, BufferedReaderType) || ReferenceEquals(type, BufferedRandomType),
            ReferenceEquals(type, BufferedWriterType) || ReferenceEquals(type, BufferedRandomType));
    }

    private void Setup(PyObject raw, int bufferSize, bool readable, bool writable)
    {
        Raw = raw;
        _file = raw is PyFileIO f && ReferenceEquals(f.Type, PyFileIO.FileIOType) ? f : null;
        _readable = readable;
        _writable = writable;
        _size = bufferSize;
        _rbuf = readable ? new byte[bufferSize] : [];
        _wbuf = writable ? new byte[bufferSize] : [];
        _rpos = _rlen = _wlen = 0;
        _ok = true;
        _detached = false;
    }

    internal override bool HasNativeClosed => _file is not null && _ok && !_detached && !Type.IsHeapType;
    internal override bool NativeClosed => _file!.Fd < 0;

    internal bool IsReadable => _readable;
    internal bool IsWritable => _writable;

    /// <summary>CHECK_INITIALIZED.</summary>
    internal void CheckInit()
    {
        if (_ok) return;
        if (_detached) throw PyErr.ValueError("raw stream has been detached");
        throw PyErr.ValueError("I/O operation on uninitialized object");
    }

    internal bool IsClosed => _file is not null ? _file.Fd < 0 : Ops.IsTrue(Ops.GetAttr(Raw!, "closed"));

    /// <summary>CHECK_CLOSED: ValueError("&lt;what&gt; of closed file") — for reads only once the buffer is empty.</summary>
    private void CheckClosed(string what, bool reading = false)
    {
        if (IsClosed && !(reading && _rlen > _rpos)) throw PyErr.ValueError($"{what} of closed file");
    }

    // ---- raw calls ----

    /// <summary>raw.readinto: bytes read, 0 at EOF, -1 when it would block (None).</summary>
    private int RawRead(Span<byte> dest)
    {
        if (_file is not null) return _file.ReadInto(dest);
        var ba = new PyByteArray(new byte[dest.Length]);
        var mv = PyMemoryView.FromObject(ba);
        PyObject r;
        try { r = Ops.CallMethod(Raw!, "readinto", [mv]); }
        finally { mv.Release(); }
        if (r is PyNone) return -1;
        long n = Ops.AsSsize(r, PyExc.ValueError);
        if (n < 0 || n > dest.Length)
            throw PyErr.New(PyExc.OSError, $"raw readinto() returned invalid length {n} (should have been between 0 and {dest.Length})");
        ba.AsSpan()[..(int)n].CopyTo(dest);
        return (int)n;
    }

    /// <summary>raw.write: bytes written, -1 when it would block (None).</summary>
    private int RawWrite(ReadOnlySpan<byte> data)
    {
        if (_file is not null) return _file.WriteFrom(data);
        var r = Ops.CallMethod(Raw!, "write", [new PyBytes(data.ToArray())]);
        if (r is PyNone) return -1;
        long n = Ops.AsSsize(r, PyExc.ValueError);
        if (n < 0 || n > data.Length)
            throw PyErr.New(PyExc.OSError, $"raw write() returned invalid length {n} (should have been between 0 and {data.Length})");
        return (int)n;
    }

    private long RawSeek(long pos, int whence)
    {
        long n;
        if (_file is not null) n = _file.Seek(pos, whence);
        else n = Ops.AsSsize(Ops.CallMethod(Raw!, "seek", [PyInt.FromLong(pos), PyInt.FromLong(whence)]), PyExc.ValueError);
        if (n < 0) throw PyErr.New(PyExc.OSError, $"Raw stream returned invalid position {n}");
        return n;
    }

    private long RawTell()
    {
        long n;
        if (_file is not null) n = _file.Seek(0, 1);
        else n = Ops.AsSsize(Ops.CallMethod(Raw!, "tell", []), PyExc.ValueError);
        if (n < 0) throw PyErr.New(PyExc.OSError, $"Raw stream returned invalid position {n}");
        return n;
    }

    // ---- writing ----

    /// <summary>BufferedWriter.write: buffers <paramref name="data"/>, writing through when the buffer fills.</summary>
    internal void Write(ReadOnlySpan<byte> data)
    {
        CheckInit();
        if (IsClosed) throw PyErr.ValueError("write to closed file");
        if (_rlen > _rpos) DropReadAhead();
        if (_wlen + data.Length <= _wbuf.Length)
        {
            data.CopyTo(_wbuf.AsSpan(_wlen));
            _wlen += data.Length;
            return;
        }
        FlushWrites();
        if (data.Length >= _wbuf.Length) WriteAll(data);
        else
        {
            data.CopyTo(_wbuf);
            _wlen = data.Length;
        }
    }

    private void WriteAll(ReadOnlySpan<byte> data)
    {
        int done = 0;
        while (done < data.Length)
        {
            int n = RawWrite(data[done..]);
            if (n < 0)
            {
                var e = (PyOSError)Ops.Call(PyExc.BlockingIOError, [PyInt.FromLong(Libc.EAGAIN), new PyStr("write could not complete without blocking"), PyInt.FromLong(done)]);
                throw new PythonException(e);
            }
            done += n;
        }
    }

    /// <summary>Writes the write buffer to the raw stream (_bufferedwriter_flush_unlocked).</summary>
    internal void FlushWrites()
    {
        if (_wlen == 0) return;
        int n = _wlen;
        _wlen = 0;
        try { WriteAll(_wbuf.AsSpan(0, n)); }
        catch
        {
            _wlen = n;
            throw;
        }
    }

    /// <summary>flush() of a writer: the buffered bytes go to the raw stream.</summary>
    internal void Flush()
    {
        CheckInit();
        if (!_writable)
        {
            if (_file is not null) { _file.CheckOpen(); return; }
            Ops.CallMethod(Raw!, "flush", []);
            return;
        }
        if (IsClosed) throw PyErr.ValueError("flush of closed file");
        FlushWrites();
        if (_readable && _rlen > _rpos) DropReadAhead();
    }

    /// <summary>Moves the raw position back over unread read-ahead so that a write lands at tell().</summary>
    private void DropReadAhead()
    {
        int ahead = _rlen - _rpos;
        _rpos = _rlen = 0;
        if (ahead > 0) RawSeek(-ahead, 1);
    }

    // ---- reading ----

    /// <summary>Refills the read buffer with one raw read: bytes read, 0 at EOF, -1 would block.</summary>
    private int Fill()
    {
        FlushWrites();
        _rpos = 0;
        int n = RawRead(_rbuf);
        _rlen = Math.Max(n, 0);
        return n;
    }

    internal int Available => _rlen - _rpos;

    /// <summary>read(n) for n ≥ 0; null when nothing could be read without blocking.</summary>
    internal byte[]? Read(long n)
    {
        CheckInit();
        CheckClosed("read", reading: true);
        int avail = _rlen - _rpos;
        if (n <= avail)
        {
            var r = _rbuf.AsSpan(_rpos, (int)n).ToArray();
            _rpos += (int)n;
            return r;
        }
        FlushWrites();
        var result = new byte[n];
        _rbuf.AsSpan(_rpos, avail).CopyTo(result);
        int got = avail;
        _rpos = _rlen = 0;
        while (got < n)
        {
            int want = (int)n - got;
            int r;
            if (want >= _size)
            {
                // Whole buffer-sized chunks straight into the result.
                r = RawRead(result.AsSpan(got, want - want % _size));
                if (r > 0) { got += r; continue; }
            }
            else
            {
                r = Fill();
                if (r > 0)
                {
                    int take = Math.Min(r, want);
                    _rbuf.AsSpan(0, take).CopyTo(result.AsSpan(got));
                    _rpos = take;
                    got += take;
                    continue;
                }
            }
            if (r < 0 && got == 0) return null;
            break;
        }
        return got == n ? result : result[..got];
    }

    /// <summary>read() / read(-1): the buffer then everything up to EOF.</summary>
    internal byte[]? ReadAll()
    {
        CheckInit();
        CheckClosed("read", reading: true);
        FlushWrites();
        var ms = new MemoryStream();
        ms.Write(_rbuf, _rpos, _rlen - _rpos);
        _rpos = _rlen = 0;
        if (_file is not null)
        {
            var rest = _file.ReadAll();
            if (rest is null) return ms.Length == 0 ? null : ms.ToArray();
            ms.Write(rest);
            return ms.ToArray();
        }
        if (Ops.TryGetAttr(Raw!, PyStr.Intern("readall")) is { } readall)
        {
            var r = Ops.Call(readall, []);
            if (r is PyNone) return ms.Length == 0 ? null : ms.ToArray();
            if (r is not PyBytes rb) throw PyErr.TypeError("readall() should return bytes");
            ms.Write(rb.Value);
            return ms.ToArray();
        }
        while (true)
        {
            var r = Ops.CallMethod(Raw!, "read", []);
            if (r is PyNone) return ms.Length == 0 ? null : ms.ToArray();
            if (r is not PyBytes rb) throw PyErr.TypeError("read() should return bytes");
            if (rb.Value.Length == 0) return ms.ToArray();
            ms.Write(rb.Value);
        }
    }

    /// <summary>read1(n): the buffered bytes, or at most one raw read.</summary>
    internal byte[] Read1(long n)
    {
        CheckInit();
        if (n < 0) n = _size;
        CheckClosed("read", reading: true);
        if (n == 0) return [];
        int avail = _rlen - _rpos;
        if (avail > 0)
        {
            int take = (int)Math.Min(avail, n);
            var r = _rbuf.AsSpan(_rpos, take).ToArray();
            _rpos += take;
            return r;
        }
        FlushWrites();
        _rpos = _rlen = 0;
        if (n > _size)
        {
            var buf = new byte[n];
            int got = RawRead(buf);
            return got <= 0 ? [] : got == n ? buf : buf[..got];
        }
        int f = Fill();
        if (f <= 0) return [];
        int t = (int)Math.Min(f, n);
        _rpos = t;
        return _rbuf.AsSpan(0, t).ToArray();
    }

    /// <summary>read1 into a span (TextIOWrapper's chunk reads): bytes copied, 0 at EOF.</summary>
    internal int Read1Into(Span<byte> dest)
    {
        CheckInit();
        CheckClosed("read", reading: true);
        int avail = _rlen - _rpos;
        if (avail == 0)
        {
            FlushWrites();
            _rpos = _rlen = 0;
            if (dest.Length > _size) return Math.Max(RawRead(dest), 0);
            if (Fill() <= 0) return 0;
            avail = _rlen;
        }
        int take = Math.Min(avail, dest.Length);
        _rbuf.AsSpan(_rpos, take).CopyTo(dest);
        _rpos += take;
        return take;
    }

    internal byte[] Peek()
    {
        CheckInit();
        CheckClosed("peek", reading: true);
        if (_rlen > _rpos) return _rbuf.AsSpan(_rpos, _rlen - _rpos).ToArray();
        FlushWrites();
        int n = Fill();
        return n <= 0 ? [] : _rbuf.AsSpan(0, _rlen).ToArray();
    }

    internal byte[] ReadLine(long limit)
    {
        CheckInit();
        CheckClosed("readline", reading: true);
        // Fast path: the whole line is in the buffer.
        int avail = _rlen - _rpos;
        int scan = limit >= 0 ? (int)Math.Min(avail, limit) : avail;
        int nl = Array.IndexOf(_rbuf, (byte)'\n', _rpos, scan);
        if (nl >= 0 || (limit >= 0 && scan == limit))
        {
            int end = nl >= 0 ? nl + 1 : _rpos + scan;
            var r = _rbuf.AsSpan(_rpos, end - _rpos).ToArray();
            _rpos = end;
            return r;
        }
        var ms = new MemoryStream();
        FlushWrites();
        while (limit < 0 || ms.Length < limit)
        {
            if (_rpos >= _rlen && Fill() <= 0) break;
            int a = _rlen - _rpos;
            if (limit >= 0) a = (int)Math.Min(a, limit - ms.Length);
            int i = Array.IndexOf(_rbuf, (byte)'\n', _rpos, a);
            int take = i >= 0 ? i - _rpos + 1 : a;
            ms.Write(_rbuf, _rpos, take);
            _rpos += take;
            if (i >= 0) break;
        }
        return ms.ToArray();
    }

    // ---- positioning ----

    internal long Tell()
    {
        CheckInit();
        long pos = RawTell();
        pos -= _rlen - _rpos;
        pos += _wlen;
        if (pos < 0) pos = 0;
        return pos;
    }

    internal long Seek(long target, int whence)
    {
        CheckInit();
        if (whence is < 0 or > 4) throw PyErr.ValueError($"whence value {whence} unsupported");
        CheckClosed("seek");
        if (_file is not null) { if (!_file.Seekable()) throw IOTypes.Unsupported("File or stream is not seekable."); }
        else CheckSeekable(Raw!);
        // Inside the read buffer: move within it.
        if ((whence == 0 || whence == 1) && _readable && _wlen == 0 && _rlen > 0)
        {
            long current = RawTell();
            long bufStart = current - _rlen;
            long abs = whence == 0 ? target : current - (_rlen - _rpos) + target;
            if (abs >= bufStart && abs <= current)
            {
                _rpos = (int)(abs - bufStart);
                return abs;
            }
        }
        FlushWrites();
        if (whence == 1) target -= _rlen - _rpos;
        _rpos = _rlen = 0;
        return RawSeek(target, whence);
    }

    internal PyObject Truncate(PyObject? pos)
    {
        CheckInit();
        CheckClosed("truncate");
        if (!_writable) throw IOTypes.Unsupported("truncate");
        FlushWrites();
        if (_rlen > _rpos) DropReadAhead();
        _rpos = _rlen = 0;
        var r = Ops.CallMethod(Raw!, "truncate", [pos ?? PyNone.Instance]);
        RawTell();
        return r;
    }

    internal void Close()
    {
        CheckInit();
        if (IsClosed) return;
        PythonException? flushErr = null;
        try
        {
            if (ReferenceEquals(Type, BufferedReaderType) || ReferenceEquals(Type, BufferedWriterType) || ReferenceEquals(Type, BufferedRandomType)) Flush();
            else Ops.CallMethod(this, "flush", []);
        }
        catch (PythonException e) { flushErr = e; }
        try
        {
            if (_file is not null) _file.Close();
            else Ops.CallMethod(Raw!, "close", []);
        }
        catch (PythonException e)
        {
            if (flushErr is not null) e.Value.Context = flushErr.Value;
            throw;
        }
        if (flushErr is not null) throw flushErr;
        _rpos = _rlen = 0;
    }

    internal PyObject Detach()
    {
        CheckInit();
        Ops.CallMethod(this, "flush", []);
        var raw = Raw!;
        Raw = null;
        _file = null;
        _detached = true;
        _ok = false;
        return raw;
    }
}
