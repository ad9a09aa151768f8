using System.Runtime.InteropServices;

namespace Krait.Runtime;

/// <summary>The zlib API that .NET ships in libSystem.IO.Compression.Native.so (zlib-ng in zlib-compatible mode),
/// exported as CompressionNative_* (checked with nm -D on the shared runtime's copy). The library wraps z_stream in
/// its own PAL_ZStream: the real z_stream is allocated by the init call and hidden behind InternalState, so only
/// the fields below are visible. Not exported: adler32, deflateSetDictionary, inflateSetDictionary, deflateCopy,
/// inflateCopy, deflateParams, zlibVersion.</summary>
internal static partial class CompressionNative
{
    private const string Lib = "libSystem.IO.Compression.Native";

    [StructLayout(LayoutKind.Sequential)]
    internal struct ZStream
    {
        public nint NextIn;
        public nint NextOut;
        public nint Msg;
        public nint InternalState;
        public uint AvailIn;
        public uint AvailOut;
    }

    internal const int Z_OK = 0, Z_STREAM_END = 1, Z_NEED_DICT = 2, Z_ERRNO = -1, Z_STREAM_ERROR = -2, Z_DATA_ERROR = -3,
        Z_MEM_ERROR = -4, Z_BUF_ERROR = -5, Z_VERSION_ERROR = -6;
    internal const int Z_NO_FLUSH = 0, Z_PARTIAL_FLUSH = 1, Z_SYNC_FLUSH = 2, Z_FULL_FLUSH = 3, Z_FINISH = 4, Z_BLOCK = 5, Z_TREES = 6;

    [LibraryImport(Lib, EntryPoint = "CompressionNative_DeflateInit2_")]
    internal static partial int DeflateInit2(nint stream, int level, int method, int windowBits, int memLevel, int strategy);

    [LibraryImport(Lib, EntryPoint = "CompressionNative_Deflate")]
    internal static partial int Deflate(nint stream, int flush);

    [LibraryImport(Lib, EntryPoint = "CompressionNative_DeflateEnd")]
    internal static partial int DeflateEnd(nint stream);

    [LibraryImport(Lib, EntryPoint = "CompressionNative_InflateInit2_")]
    internal static partial int InflateInit2(nint stream, int windowBits);

    [LibraryImport(Lib, EntryPoint = "CompressionNative_Inflate")]
    internal static partial int Inflate(nint stream, int flush);

    [LibraryImport(Lib, EntryPoint = "CompressionNative_InflateEnd")]
    internal static partial int InflateEnd(nint stream);

    [LibraryImport(Lib, EntryPoint = "CompressionNative_Crc32")]
    private static partial uint Crc32Native(uint crc, ref byte buffer, int len);

    /// <summary>zlib's crc32 over any length (the native call takes an int length).</summary>
    internal static uint Crc32(uint crc, ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty) return crc;
        int off = 0;
        while (data.Length - off > 1 << 30)
        {
            crc = Crc32Native(crc, ref MemoryMarshal.GetReference(data.Slice(off)), 1 << 30);
            off += 1 << 30;
        }
        return Crc32Native(crc, ref MemoryMarshal.GetReference(data.Slice(off)), data.Length - off);
    }

    /// <summary>Adler-32 (RFC 1950), not exported by the .NET library.</summary>
    internal static uint Adler32(uint adler, ReadOnlySpan<byte> data)
    {
        const uint Mod = 65521;
        uint a = adler & 0xffff, b = adler >> 16;
        int i = 0;
        while (i < data.Length)
        {
            // 5552 is the most bytes that can be summed before b may overflow 32 bits.
            int n = Math.Min(5552, data.Length - i);
            for (int end = i + n; i < end; i++)
            {
                a += data[i];
                b += a;
            }
            a %= Mod;
            b %= Mod;
        }
        return (b << 16) | a;
    }
}
