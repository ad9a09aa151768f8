namespace Krait.Runtime;

/// <summary>zlib (CPython's Modules/zlibmodule.c) over the zlib-ng that .NET ships (see <see cref="CompressionNative"/>):
/// one-shot compress/decompress, streaming Compress/Decompress objects, crc32 and adler32.</summary>
public static class ZlibModule
{
    internal const int MaxWbits = 15, DefMemLevel = 8, DefBufSize = 16384, Deflated = 8;
    internal const string Version = "1.3.1";

    private static PyType? s_error;

    internal static PyType ErrorType => s_error ??= MakeError();

    private static PyType MakeError()
    {
        var dict = new PyDict();
        dict.SetItem(PyStr.Intern("__module__"), new PyStr("zlib"));
        return (PyType)Ops.Call(PyType.TypeType, [new PyStr("error"), PyTuple.Create([PyExc.Exception]), dict]);
    }

    /// <summary>zlib_error: "Error &lt;code&gt; &lt;what&gt;: &lt;zlib's message or a default for the code&gt;".</summary>
    internal static PythonException Error(int err, string what, string? zmsg)
    {
        if (err == CompressionNative.Z_VERSION_ERROR) zmsg = "library version mismatch";
        zmsg ??= err switch
        {
            CompressionNative.Z_BUF_ERROR => "incomplete or truncated stream",
            CompressionNative.Z_STREAM_ERROR => "inconsistent stream state",
            CompressionNative.Z_DATA_ERROR => "invalid input data",
            _ => null,
        };
        return PyErr.New(ErrorType, zmsg is null ? $"Error {err} {what}" : $"Error {err} {what}: {zmsg}");
    }

    public static PyModule Create()
    {
        var m = new PyModule("zlib",
            "The functions in this module allow compression and decompression using the\nzlib library, which is based on GNU zip.\n\n" +
            "adler32(string[, start]) -- Compute an Adler-32 checksum.\ncompress(data[, level]) -- Compress data, with compression level 0-9 or -1.\n" +
            "compressobj([level[, ...]]) -- Return a compressor object.\ncrc32(string[, start]) -- Compute a CRC-32 checksum.\n" +
            "decompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.\ndecompressobj([wbits[, zdict]]) -- Return a decompressor object.\n\n" +
            "'wbits' is window buffer size and container format.\nCompressor objects support compress() and flush() methods; decompressor\n" +
            "objects support decompress() and flush().");
        m.Add("error", ErrorType);
        (string, int)[] consts =
        [
            ("MAX_WBITS", MaxWbits), ("DEFLATED", Deflated), ("DEF_MEM_LEVEL", DefMemLevel), ("DEF_BUF_SIZE", DefBufSize),
            ("Z_NO_COMPRESSION", 0), ("Z_BEST_SPEED", 1), ("Z_BEST_COMPRESSION", 9), ("Z_DEFAULT_COMPRESSION", -1),
            ("Z_FILTERED", 1), ("Z_HUFFMAN_ONLY", 2), ("Z_RLE", 3), ("Z_FIXED", 4), ("Z_DEFAULT_STRATEGY", 0),
            ("Z_NO_FLUSH", 0), ("Z_PARTIAL_FLUSH", 1), ("Z_SYNC_FLUSH", 2), ("Z_FULL_FLUSH", 3), ("Z_FINISH", 4), ("Z_BLOCK", 5), ("Z_TREES", 6),
        ];
        foreach (var (n, v) in consts) m.Add(n, PyInt.FromLong(v));
        m.Add("ZLIB_VERSION", new PyStr(Version));
        m.Add("ZLIB_RUNTIME_VERSION", new PyStr(Version));
        m.Add("__version__", new PyStr("1.0"));
        m.AddFunction("adler32", (self, args, kw) => Checksum("adler32", args, kw, 1, CompressionNative.Adler32));
        m.AddFunction("crc32", (self, args, kw) => Checksum("crc32", args, kw, 0, CompressionNative.Crc32));
        m.AddFunction("compress", (self, args, kw) =>
        {
            var a = new PyObject?[3];
            ArgBinder.Bind("compress", args, kw, s_compressArgs, 1, 3, 1, a);
            var data = Buffers.Get(a[0]!).ToArray();
            int level = a[1] is null ? -1 : CInt(a[1]!), wbits = a[2] is null ? MaxWbits : CInt(a[2]!);
            return Compress(data, level, wbits);
        });
        m.AddFunction("decompress", (self, args, kw) =>
        {
            var a = new PyObject?[3];
            ArgBinder.Bind("decompress", args, kw, s_decompressArgs, 1, 3, 1, a);
            var data = Buffers.Get(a[0]!).ToArray();
            int wbits = a[1] is null ? MaxWbits : CInt(a[1]!);
            long bufsize = a[2] is null ? DefBufSize : Ops.AsSsize(a[2]!, PyExc.OverflowError);
            if (bufsize < 0) throw PyErr.ValueError("bufsize must be non-negative");
            return Decompress(data, wbits);
        });
        m.AddFunction("compressobj", (self, args, kw) =>
        {
            var a = new PyObject?[6];
            ArgBinder.Bind("compressobj", args, kw, s_compressobjArgs, 0, 6, 0, a);
            int level = a[0] is null ? -1 : CInt(a[0]!), method = a[1] is null ? Deflated : CInt(a[1]!);
            int wbits = a[2] is null ? MaxWbits : CInt(a[2]!), memLevel = a[3] is null ? DefMemLevel : CInt(a[3]!);
            int strategy = a[4] is null ? 0 : CInt(a[4]!);
            byte[]? zdict = a[5] is null ? null : Buffers.Get(a[5]!).ToArray();
            return PyZlibCompress.Create(level, method, wbits, memLevel, strategy, zdict);
        });
        m.AddFunction("decompressobj", (self, args, kw) =>
        {
            var a = new PyObject?[2];
            ArgBinder.Bind("decompressobj", args, kw, s_decompressobjArgs, 0, 2, 0, a);
            int wbits = a[0] is null ? MaxWbits : CInt(a[0]!);
            byte[]? zdict = null;
            if (a[1] is { } zd)
            {
                if (!Buffers.TryGet(zd, out var span)) throw PyErr.TypeError("zdict argument must support the buffer protocol");
                zdict = span.ToArray();
            }
            return PyZlibDecompress.Create(wbits, zdict);
        });
        return m;
    }

    private static readonly string[] s_compressArgs = ["data", "level", "wbits"], s_decompressArgs = ["data", "wbits", "bufsize"],
        s_compressobjArgs = ["level", "method", "wbits", "memLevel", "strategy", "zdict"], s_decompressobjArgs = ["wbits", "zdict"];

    /// <summary>The clinic "int" converter.</summary>
    internal static int CInt(PyObject o)
    {
        if (o is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
        var i = Ops.Index(o);
        if (i.IsBig || i.Small > int.MaxValue || i.Small < int.MinValue) throw PyErr.OverflowError("Python int too large to convert to C int");
        return (int)i.Small;
    }

    private static PyObject Compress(byte[] data, int level, int wbits)
    {
        int err = ZStream.NewDeflate(level, Deflated, wbits, DefMemLevel, 0, out var zs);
        if (err == CompressionNative.Z_MEM_ERROR) throw PyErr.New(PyExc.MemoryError, "Out of memory while compressing data");
        if (err == CompressionNative.Z_STREAM_ERROR) throw PyErr.New(ErrorType, "Bad compression level");
        if (err != CompressionNative.Z_OK) throw Error(err, "while compressing data", null);
        var output = new MemoryStream();
        err = zs.Run(data, 0, CompressionNative.Z_FINISH, output, 0, _ => zs.AvailOut == 0, out _);
        if (err == CompressionNative.Z_STREAM_ERROR)
        {
            zs.End();
            throw Error(err, "while compressing data", zs.Msg);
        }
        string? msg = zs.Msg;
        err = zs.End();
        if (err != CompressionNative.Z_OK) throw Error(err, "while finishing compression", msg);
        return PyBytes.FromSpan(output.GetBuffer().AsSpan(0, (int)output.Length));
    }

    private static PyObject Decompress(byte[] data, int wbits)
    {
        int err = ZStream.NewInflate(wbits, out var zs);
        if (err == CompressionNative.Z_MEM_ERROR) throw PyErr.New(PyExc.MemoryError, "Out of memory while decompressing data");
        if (err != CompressionNative.Z_OK) throw Error(err, "while preparing to decompress data", null);
        var output = new MemoryStream();
        bool failed = false;
        err = zs.Run(data, 0, CompressionNative.Z_FINISH, output, 0, e =>
        {
            if (e is CompressionNative.Z_OK or CompressionNative.Z_BUF_ERROR or CompressionNative.Z_STREAM_END) return zs.AvailOut == 0;
            failed = true;
            return false;
        }, out _);
        if (err == CompressionNative.Z_MEM_ERROR) { zs.End(); throw PyErr.New(PyExc.MemoryError, "Out of memory while decompressing data"); }
        if (failed || err != CompressionNative.Z_STREAM_END)
        {
            string? m = zs.Msg;
            zs.End();
            throw Error(err, "while decompressing data", m);
        }
        err = zs.End();
        if (err != CompressionNative.Z_OK) throw Error(err, "while finishing decompression", null);
        return PyBytes.FromSpan(output.GetBuffer().AsSpan(0, (int)output.Length));
    }

    /// <summary>adler32/crc32(data, value=initial): the running checksum of a bytes-like object.</summary>
    private static PyObject Checksum(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, uint initial,
        Func<uint, ReadOnlySpan<byte>, uint> update)
    {
        BinasciiModule.NoKeywords(name, kw, "zlib");
        int n = ArgBinder.Positional(name, args, kw, 1, 2);
        var data = Buffers.Get(args[0]);
        uint start = n > 1 ? BinasciiModule.UIntMask(args[1]) : initial;
        return PyInt.FromLong(update(start, data));
    }
}
