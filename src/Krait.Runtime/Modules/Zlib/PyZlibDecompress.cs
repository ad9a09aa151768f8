using System.Buffers.Binary;

namespace Krait.Runtime;

/// <summary>zlib.Decompress, the object decompressobj() returns. Without inflateSetDictionary and inflateCopy in
/// .NET's zlib: a zdict is loaded into a raw inflater by feeding it stored blocks holding the dictionary (their
/// output dropped), a zlib stream that asks for a dictionary (Z_NEED_DICT) continues in such a raw inflater with
/// the Adler-32 trailer checked here, and copy() replays the calls made so far.</summary>
public sealed class PyZlibDecompress : PyObject
{
    public static readonly PyType DecompressType = PyType.NewBuiltin("zlib.Decompress", PyType.ObjectType, TypeFlags.None, InitType);

    private readonly int _wbits;
    private readonly byte[]? _zdict;
    private ZStream _zs = null!;
    private PyObject _unusedData = PyBytes.Empty, _unconsumedTail = PyBytes.Empty;
    private bool _eof;
    // Z_NEED_DICT emulation: the first bytes of the stream (header and DICTID), the switch to a raw inflater,
    // the running Adler-32 of the output and the trailer as it arrives.
    private readonly byte[] _head = new byte[6];
    private long _consumed;
    private bool _switched, _rawDone;
    private uint _adler = 1;
    private byte[]? _trailer;
    private int _trailerLen;
    private List<(byte[]? Data, long Arg)>? _log = [];
    private long _logBytes;

    private PyZlibDecompress(int wbits, byte[]? zdict) : base(DecompressType)
    {
        _wbits = wbits;
        _zdict = zdict;
    }

    internal static PyZlibDecompress Create(int wbits, byte[]? zdict)
    {
        var d = new PyZlibDecompress(wbits, zdict);
        int err = ZStream.NewInflate(wbits, out d._zs);
        if (err == CompressionNative.Z_STREAM_ERROR) throw PyErr.ValueError("Invalid initialization option");
        if (err == CompressionNative.Z_MEM_ERROR) throw PyErr.New(PyExc.MemoryError, "Can't allocate memory for decompression object");
        if (err != CompressionNative.Z_OK) throw ZlibModule.Error(err, "while creating decompression object", null);
        if (zdict is not null && wbits < 0) Prime(d._zs, zdict);
        return d;
    }

    /// <summary>Puts <paramref name="dict"/> into a raw inflater's window: stored blocks (not final) carrying it.</summary>
    private static void Prime(ZStream zs, byte[] dict)
    {
        var blocks = new MemoryStream();
        int off = 0;
        do
        {
            int n = Math.Min(65535, dict.Length - off);
            blocks.WriteByte(0);
            blocks.WriteByte((byte)n); blocks.WriteByte((byte)(n >> 8));
            blocks.WriteByte((byte)~n); blocks.WriteByte((byte)(~n >> 8));
            blocks.Write(dict, off, n);
            off += n;
        } while (off < dict.Length);
        var sink = new MemoryStream();
        zs.Run(blocks.ToArray(), 0, CompressionNative.Z_NO_FLUSH, sink, 0, _ => zs.AvailOut == 0, out _);
    }

    private static bool Ok(int e) => e is CompressionNative.Z_OK or CompressionNative.Z_BUF_ERROR or CompressionNative.Z_STREAM_END;

    /// <summary>Inflates <paramref name="data"/> into <paramref name="output"/> (at most <paramref name="maxLength"/>
    /// bytes when &gt; 0); <paramref name="pos"/> is where the unconsumed input starts. Returns zlib's last code.</summary>
    private int Feed(byte[] data, int flush, MemoryStream output, long maxLength, out int pos, out string? msg)
    {
        pos = 0;
        msg = null;
        long start = output.Length;
        while (true)
        {
            if (_trailer is not null)
            {
                while (_trailerLen < 4 && pos < data.Length) _trailer[_trailerLen++] = data[pos++];
                if (_trailerLen < 4) return flush == CompressionNative.Z_FINISH ? CompressionNative.Z_BUF_ERROR : CompressionNative.Z_OK;
                if (BinaryPrimitives.ReadUInt32BigEndian(_trailer) != _adler) { msg = "incorrect data check"; return CompressionNative.Z_DATA_ERROR; }
                _trailer = null;
                _rawDone = true;
            }
            if (_rawDone && _zs.Live) return CompressionNative.Z_STREAM_END;
            long cap = 0;
            if (maxLength > 0)
            {
                cap = maxLength - (output.Length - start);
                if (cap <= 0) return CompressionNative.Z_OK;
            }
            long before = output.Length;
            int startPos = pos;
            var zs = _zs;
            int err = zs.Run(data, pos, flush, output, cap, e => Ok(e) && zs.AvailOut == 0, out _);
            msg = zs.Msg;
            pos = data.Length - zs.AvailIn;
            int take = (int)Math.Min(pos - startPos, Math.Max(0, 6 - _consumed));
            data.AsSpan(startPos, take).CopyTo(_head.AsSpan((int)Math.Min(_consumed, 6)));
            _consumed += pos - startPos;
            if (_switched) _adler = CompressionNative.Adler32(_adler, output.GetBuffer().AsSpan((int)before, (int)(output.Length - before)));
            if (err == CompressionNative.Z_NEED_DICT && _zdict is not null && !_switched)
            {
                if (BinaryPrimitives.ReadUInt32BigEndian(_head.AsSpan(2)) != CompressionNative.Adler32(1, _zdict))
                    throw ZlibModule.Error(CompressionNative.Z_DATA_ERROR, "while setting zdict", null);
                _zs.End();
                ZStream.NewInflate(-15, out _zs);
                Prime(_zs, _zdict);
                _switched = true;
                continue;
            }
            if (err == CompressionNative.Z_STREAM_END && _switched && !_rawDone)
            {
                _trailer = new byte[4];
                _trailerLen = 0;
                continue;
            }
            return err;
        }
    }

    private void Log(byte[]? data, long arg)
    {
        if (_log is null) return;
        _logBytes += data?.Length ?? 0;
        if (_logBytes > PyZlibCompress.ReplayLimit) { _log = null; return; }
        _log.Add((data, arg));
    }

    /// <summary>save_unconsumed_input.</summary>
    private void SaveUnconsumed(byte[] data, int pos, int err)
    {
        if (err == CompressionNative.Z_STREAM_END)
        {
            if (pos < data.Length)
            {
                var old = ((PyBytes)_unusedData).Value;
                var u = new byte[old.Length + data.Length - pos];
                old.CopyTo(u, 0);
                data.AsSpan(pos).CopyTo(u.AsSpan(old.Length));
                _unusedData = new PyBytes(u);
            }
            pos = data.Length;
        }
        if (pos < data.Length || ((PyBytes)_unconsumedTail).Value.Length > 0)
            _unconsumedTail = PyBytes.FromSpan(data.AsSpan(pos));
    }

    private static PyObject Bytes(MemoryStream m) => PyBytes.FromSpan(m.GetBuffer().AsSpan(0, (int)m.Length));

    private PyObject DoDecompress(byte[] data, long maxLength)
    {
        if (maxLength < 0) throw PyErr.ValueError("max_length must be non-negative");
        Log(data, maxLength);
        var output = new MemoryStream();
        int err = Feed(data, CompressionNative.Z_SYNC_FLUSH, output, maxLength, out int pos, out string? msg);
        SaveUnconsumed(data, pos, err);
        if (err == CompressionNative.Z_STREAM_END) _eof = true;
        else if (err != CompressionNative.Z_OK && err != CompressionNative.Z_BUF_ERROR)
            throw ZlibModule.Error(err, "while decompressing data", msg);
        return Bytes(output);
    }

    private PyObject DoFlush(long length)
    {
        if (length <= 0) throw PyErr.ValueError("length must be greater than zero");
        Log(null, length);
        var data = ((PyBytes)_unconsumedTail).Value;
        var output = new MemoryStream();
        int err = Feed(data, CompressionNative.Z_FINISH, output, 0, out int pos, out _);
        SaveUnconsumed(data, pos, err);
        if (err == CompressionNative.Z_STREAM_END)
        {
            _eof = true;
            err = _zs.End();
            if (err != CompressionNative.Z_OK) throw ZlibModule.Error(err, "while finishing decompression", null);
        }
        return Bytes(output);
    }

    private PyZlibDecompress Copy()
    {
        if (!_zs.Live) throw PyErr.ValueError("Inconsistent stream state");
        if (_log is null)
            throw PyErr.ValueError($"Krait cannot copy a decompressor that has been fed more than {PyZlibCompress.ReplayLimit >> 20} MiB (zlib's inflateCopy is not available)");
        var d = Create(_wbits, _zdict);
        foreach (var (data, arg) in _log)
        {
            if (data is null) d.DoFlush(arg);
            else d.DoDecompress(data, arg);
        }
        return d;
    }

    private static void InitType(PyType t)
    {
        t.New = (type, args, kw) => throw PyErr.TypeError("cannot create 'zlib.Decompress' instances");
        TypeBuilder.Method(t, "decompress", (self, args, kw) =>
        {
            var a = new PyObject?[2];
            ArgBinder.Bind("decompress", args, kw, ["data", "max_length"], 1, 2, 1, a);
            var data = Buffers.Get(a[0]!).ToArray();
            long max = a[1] is null ? 0 : Ops.AsSsize(a[1]!, PyExc.OverflowError);
            return ((PyZlibDecompress)self!).DoDecompress(data, max);
        });
        TypeBuilder.Method(t, "flush", (self, args, kw) =>
        {
            var a = new PyObject?[1];
            ArgBinder.Bind("flush", args, kw, ["length"], 1, 1, 0, a);
            return ((PyZlibDecompress)self!).DoFlush(a[0] is null ? ZlibModule.DefBufSize : Ops.AsSsize(a[0]!, PyExc.OverflowError));
        });
        TypeBuilder.Method(t, "copy", (self, args, kw) => { ArgBinder.None("copy", args, kw); return ((PyZlibDecompress)self!).Copy(); });
        TypeBuilder.Method(t, "__copy__", (self, args, kw) => { ArgBinder.None("__copy__", args, kw); return ((PyZlibDecompress)self!).Copy(); });
        TypeBuilder.Method(t, "__deepcopy__", (self, args, kw) => { ArgBinder.One("__deepcopy__", args, kw); return ((PyZlibDecompress)self!).Copy(); });
        TypeBuilder.GetSet(t, "unused_data", o => ((PyZlibDecompress)o)._unusedData, null);
        TypeBuilder.GetSet(t, "unconsumed_tail", o => ((PyZlibDecompress)o)._unconsumedTail, null);
        TypeBuilder.GetSet(t, "eof", o => PyBool.From(((PyZlibDecompress)o)._eof), null);
    }
}
