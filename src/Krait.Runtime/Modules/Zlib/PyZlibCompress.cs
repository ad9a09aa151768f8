using System.Buffers.Binary;

namespace Krait.Runtime;

/// <summary>zlib.Compress, the object compressobj() returns. .NET's zlib exports neither deflateCopy nor
/// deflateSetDictionary, so copy() rebuilds the stream by replaying the calls made so far (kept up to
/// <see cref="ReplayLimit"/> bytes of input), and a zdict is loaded by compressing it with Z_SYNC_FLUSH into a raw
/// stream whose output is dropped (the window then holds the dictionary, as deflateSetDictionary leaves it), the
/// zlib header (with FDICT and the dictionary's Adler-32) and trailer being written here.</summary>
public sealed class PyZlibCompress : PyObject
{
    internal const long ReplayLimit = 16 << 20;

    public static readonly PyType CompressType = PyType.NewBuiltin("zlib.Compress", PyType.ObjectType, TypeFlags.None, InitType);

    private readonly int _level, _method, _wbits, _memLevel, _strategy;
    private readonly byte[]? _zdict;
    private ZStream _zs = null!;
    // The zlib wrapper written here when a zdict is used with a zlib-format stream.
    private byte[]? _header;
    private bool _wrap;
    private uint _adler = 1;
    private List<(byte[]? Data, int Mode)>? _log = [];
    private long _logBytes;

    private PyZlibCompress(int level, int method, int wbits, int memLevel, int strategy, byte[]? zdict) : base(CompressType)
    {
        _level = level; _method = method; _wbits = wbits; _memLevel = memLevel; _strategy = strategy; _zdict = zdict;
    }

    internal static PyZlibCompress Create(int level, int method, int wbits, int memLevel, int strategy, byte[]? zdict)
    {
        var c = new PyZlibCompress(level, method, wbits, memLevel, strategy, zdict);
        bool wrap = zdict is not null && wbits is >= 8 and <= 15;
        int err = ZStream.NewDeflate(level, method, wrap ? -Math.Max(wbits, 9) : wbits, memLevel, strategy, out c._zs);
        if (err == CompressionNative.Z_MEM_ERROR) throw PyErr.New(PyExc.MemoryError, "Can't allocate memory for compression object");
        if (err == CompressionNative.Z_STREAM_ERROR) throw PyErr.ValueError("Invalid initialization option");
        if (err != CompressionNative.Z_OK) throw ZlibModule.Error(err, "while creating compression object", null);
        if (zdict is not null)
        {
            // deflateSetDictionary refuses a gzip stream.
            if (wbits > 15) throw PyErr.ValueError("Invalid dictionary");
            var sink = new MemoryStream();
            var zs = c._zs;
            zs.Run(zdict, 0, CompressionNative.Z_SYNC_FLUSH, sink, 0, _ => zs.AvailOut == 0, out _);
            if (wrap)
            {
                c._wrap = true;
                int lvl = level == -1 ? 6 : level;
                int flags = strategy >= 2 || lvl < 2 ? 0 : lvl < 6 ? 1 : lvl == 6 ? 2 : 3;
                int header = ((((Math.Max(wbits, 9) - 8) << 4) | 8) << 8) | (flags << 6) | 0x20;
                header += 31 - header % 31;
                c._header = new byte[6];
                BinaryPrimitives.WriteUInt16BigEndian(c._header, (ushort)header);
                BinaryPrimitives.WriteUInt32BigEndian(c._header.AsSpan(2), CompressionNative.Adler32(1, zdict));
            }
        }
        return c;
    }

    private void Log(byte[]? data, int mode)
    {
        if (_log is null) return;
        _logBytes += data?.Length ?? 0;
        if (_logBytes > ReplayLimit) { _log = null; return; }
        _log.Add((data, mode));
    }

    private PyObject Output(MemoryStream output, bool trailer)
    {
        int extra = (_header?.Length ?? 0) + (trailer ? 4 : 0);
        var r = new byte[output.Length + extra];
        int o = 0;
        if (_header is not null) { _header.CopyTo(r, 0); o = _header.Length; _header = null; }
        output.GetBuffer().AsSpan(0, (int)output.Length).CopyTo(r.AsSpan(o));
        if (trailer) BinaryPrimitives.WriteUInt32BigEndian(r.AsSpan(r.Length - 4), _adler);
        return new PyBytes(r);
    }

    private PyObject DoCompress(byte[] data)
    {
        Log(data, -1);
        var output = new MemoryStream();
        var zs = _zs;
        int err = zs.Run(data, 0, CompressionNative.Z_NO_FLUSH, output, 0, _ => zs.AvailOut == 0, out _);
        if (err == CompressionNative.Z_STREAM_ERROR) throw ZlibModule.Error(err, "while compressing data", zs.Msg);
        if (_wrap) _adler = CompressionNative.Adler32(_adler, data);
        return Output(output, false);
    }

    private PyObject DoFlush(int mode)
    {
        if (mode == CompressionNative.Z_NO_FLUSH) return PyBytes.Empty;
        Log(null, mode);
        var output = new MemoryStream();
        var zs = _zs;
        int err = zs.Run([], 0, mode, output, 0, _ => zs.AvailOut == 0, out _);
        if (err == CompressionNative.Z_STREAM_ERROR) throw ZlibModule.Error(err, "while flushing", zs.Msg);
        bool trailer = false;
        if (err == CompressionNative.Z_STREAM_END && mode == CompressionNative.Z_FINISH)
        {
            string? msg = zs.Msg;
            err = zs.End();
            if (err != CompressionNative.Z_OK) throw ZlibModule.Error(err, "while finishing compression", msg);
            trailer = _wrap;
        }
        else if (err != CompressionNative.Z_OK && err != CompressionNative.Z_BUF_ERROR)
            throw ZlibModule.Error(err, "while flushing", zs.Msg);
        return Output(output, trailer);
    }

    private PyZlibCompress Copy()
    {
        if (!_zs.Live) throw PyErr.ValueError("Inconsistent stream state");
        if (_log is null)
            throw PyErr.ValueError($"Krait cannot copy a compressor that has been fed more than {ReplayLimit >> 20} MiB (zlib's deflateCopy is not available)");
        var c = Create(_level, _method, _wbits, _memLevel, _strategy, _zdict);
        foreach (var (data, mode) in _log)
        {
            if (data is null) c.DoFlush(mode);
            else c.DoCompress(data);
        }
        // The replayed output has been produced already by this object.
        c._header = _header is null ? null : (byte[])_header.Clone();
        return c;
    }

    private static void InitType(PyType t)
    {
        t.New = (type, args, kw) => throw PyErr.TypeError("cannot create 'zlib.Compress' instances");
        TypeBuilder.Method(t, "compress", (self, args, kw) =>
        {
            var a = new PyObject?[1];
            ArgBinder.Bind("compress", args, kw, ["data"], 1, 1, 1, a);
            return ((PyZlibCompress)self!).DoCompress(Buffers.Get(a[0]!).ToArray());
        });
        TypeBuilder.Method(t, "flush", (self, args, kw) =>
        {
            var a = new PyObject?[1];
            ArgBinder.Bind("flush", args, kw, ["mode"], 1, 1, 0, a);
            return ((PyZlibCompress)self!).DoFlush(a[0] is null ? CompressionNative.Z_FINISH : ZlibModule.CInt(a[0]!));
        });
        TypeBuilder.Method(t, "copy", (self, args, kw) => { ArgBinder.None("copy", args, kw); return ((PyZlibCompress)self!).Copy(); });
        TypeBuilder.Method(t, "__copy__", (self, args, kw) => { ArgBinder.None("__copy__", args, kw); return ((PyZlibCompress)self!).Copy(); });
        TypeBuilder.Method(t, "__deepcopy__", (self, args, kw) => { ArgBinder.One("__deepcopy__", args, kw); return ((PyZlibCompress)self!).Copy(); });
    }
}
