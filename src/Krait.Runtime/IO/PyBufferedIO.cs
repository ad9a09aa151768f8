namespace Krait.Runtime;

/// <summary>_io.BufferedWriter / _io.BufferedReader / _io.BufferedRandom: a byte buffer over a raw FileIO.</summary>
public sealed class PyBufferedIO : PyBinaryIO
{
    public static readonly PyType BufferedWriterType = PyType.NewBuiltin("_io.BufferedWriter", PyType.ObjectType, TypeFlags.BaseType, InitType);
    public static readonly PyType BufferedReaderType = PyType.NewBuiltin("_io.BufferedReader", PyType.ObjectType, TypeFlags.BaseType, InitType);
    public static readonly PyType BufferedRandomType = PyType.NewBuiltin("_io.BufferedRandom", PyType.ObjectType, TypeFlags.BaseType, InitType);

    public const int DefaultBufferSize = 8192;

    public readonly PyFileIO Raw;
    private readonly byte[] _wbuf;
    private int _wlen;
    private readonly byte[] _rbuf;
    private int _rpos, _rlen;
    private bool _closed;

    public PyBufferedIO(PyFileIO raw, int bufferSize = DefaultBufferSize)
        : base(raw.CanRead && raw.CanWrite ? BufferedRandomType : raw.CanWrite ? BufferedWriterType : BufferedReaderType)
    {
        Raw = raw;
        _wbuf = raw.CanWrite ? new byte[bufferSize] : [];
        _rbuf = raw.CanRead ? new byte[bufferSize] : [];
    }

    public override bool IsClosed => _closed || Raw.IsClosed;
    public override bool CanRead => Raw.CanRead;
    public override bool CanWrite => Raw.CanWrite;
    public override PyObject NameObject => Raw.NameObject;
    public override int FileNo => Raw.FileNo;
    public override bool Seekable => Raw.Seekable;

    public override void WriteBytes(ReadOnlySpan<byte> data)
    {
        CheckWritable();
        if (_wlen + data.Length <= _wbuf.Length)
        {
            data.CopyTo(_wbuf.AsSpan(_wlen));
            _wlen += data.Length;
            return;
        }
        FlushBytes();
        if (data.Length >= _wbuf.Length) Raw.WriteBytes(data);
        else
        {
            data.CopyTo(_wbuf);
            _wlen = data.Length;
        }
    }

    public override void FlushBytes()
    {
        if (_wlen == 0 || Raw.IsClosed) return;
        int n = _wlen;
        _wlen = 0;
        Raw.WriteBytes(_wbuf.AsSpan(0, n));
        Raw.FlushBytes();
    }

    public override int ReadBytes(Span<byte> dest)
    {
        CheckReadable();
        if (_rpos < _rlen)
        {
            int n = Math.Min(dest.Length, _rlen - _rpos);
            _rbuf.AsSpan(_rpos, n).CopyTo(dest);
            _rpos += n;
            return n;
        }
        if (dest.Length >= _rbuf.Length) return Raw.ReadBytes(dest);
        if (!Fill()) return 0;
        return ReadBytes(dest);
    }

    private bool Fill()
    {
        _rpos = 0;
        _rlen = Raw.ReadBytes(_rbuf);
        return _rlen > 0;
    }

    public byte[] ReadLine(long limit)
    {
        var ms = new MemoryStream();
        while (limit < 0 || ms.Length < limit)
        {
            if (_rpos >= _rlen && !Fill()) break;
            int avail = _rlen - _rpos;
            if (limit >= 0) avail = (int)Math.Min(avail, limit - ms.Length);
            int nl = Array.IndexOf(_rbuf, (byte)'\n', _rpos, avail);
            int take = nl >= 0 ? nl - _rpos + 1 : avail;
            ms.Write(_rbuf, _rpos, take);
            _rpos += take;
            if (nl >= 0) break;
        }
        return ms.ToArray();
    }

    public override void CloseStream()
    {
        if (_closed) return;
        try { FlushBytes(); }
        finally
        {
            _closed = true;
            Raw.CloseStream();
        }
    }

    private static void InitType(PyType t)
    {
        t.Repr = o =>
        {
            var b = (PyBufferedIO)o;
            string tn = b.Type.Name;
            if (Ops.TryGetAttr(o, PyStr.Intern("name")) is { } name) return new PyStr($"<{tn} name={Ops.Repr(name).Value}>");
            return new PyStr($"<{tn}>");
        };
        IOTypes.AddBinaryMethods(t);
        TypeBuilder.GetSet(t, "raw", o => ((PyBufferedIO)o).Raw, null);
        TypeBuilder.GetSet(t, "name", o => ((PyBufferedIO)o).Raw.NameObject, null);
        TypeBuilder.GetSet(t, "mode", o => new PyStr(((PyBufferedIO)o).Raw.Mode), null);
    }
}
