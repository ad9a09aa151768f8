using System.Runtime.InteropServices;

namespace Krait.Runtime;

/// <summary>One native deflate or inflate stream of .NET's zlib (a PAL_ZStream in unmanaged memory). The native
/// state is freed by <see cref="End"/>; afterwards every operation answers Z_STREAM_ERROR as zlib does for a stream
/// whose state is gone (the .NET wrapper would dereference freed memory). Input and output arrays are pinned only
/// for the duration of one <see cref="Run"/>.</summary>
internal sealed class ZStream
{
    private static readonly int s_size = Marshal.SizeOf<CompressionNative.ZStream>();
    private nint _p;
    public readonly bool IsDeflate;
    public bool Live => _p != 0;

    private ZStream(bool deflate) => IsDeflate = deflate;

    ~ZStream() => End();

    private static nint Alloc()
    {
        nint p = Marshal.AllocHGlobal(s_size);
        Marshal.StructureToPtr(new CompressionNative.ZStream(), p, false);
        return p;
    }

    public static int NewDeflate(int level, int method, int wbits, int memLevel, int strategy, out ZStream zs)
    {
        zs = new ZStream(true);
        nint p = Alloc();
        int err = CompressionNative.DeflateInit2(p, level, method, wbits, memLevel, strategy);
        if (err == CompressionNative.Z_OK) zs._p = p;
        else { Marshal.FreeHGlobal(p); GC.SuppressFinalize(zs); }
        return err;
    }

    public static int NewInflate(int wbits, out ZStream zs)
    {
        zs = new ZStream(false);
        nint p = Alloc();
        int err = CompressionNative.InflateInit2(p, wbits);
        if (err == CompressionNative.Z_OK) zs._p = p;
        else { Marshal.FreeHGlobal(p); GC.SuppressFinalize(zs); }
        return err;
    }

    /// <summary>deflateEnd/inflateEnd; Z_STREAM_ERROR when already ended.</summary>
    public int End()
    {
        if (_p == 0) return CompressionNative.Z_STREAM_ERROR;
        int err = IsDeflate ? CompressionNative.DeflateEnd(_p) : CompressionNative.InflateEnd(_p);
        Marshal.FreeHGlobal(_p);
        _p = 0;
        GC.SuppressFinalize(this);
        return err;
    }

    /// <summary>zst.msg after the last call, or null.</summary>
    public string? Msg { get; private set; }

    /// <summary>Input not yet consumed after the last <see cref="Run"/>.</summary>
    public int AvailIn { get; private set; }

    /// <summary>Free output space left after the last call of the last <see cref="Run"/>.</summary>
    public int AvailOut { get; private set; }

    /// <summary>Feeds <paramref name="input"/>[<paramref name="offset"/>..] and calls deflate/inflate with
    /// <paramref name="flush"/>, appending output to <paramref name="output"/>, until <paramref name="more"/>
    /// (called after each call with its result) says stop; <paramref name="maxLength"/> &gt; 0 caps the total
    /// output of this run (reaching it stops the run before another call, like CPython's
    /// arrange_output_buffer_with_maximum). Returns the last result code, or <paramref name="capped"/> true.</summary>
    public int Run(byte[] input, int offset, int flush, MemoryStream output, long maxLength, Func<int, bool> more, out bool capped)
    {
        capped = false;
        Msg = null;
        AvailIn = input.Length - offset;
        if (_p == 0) return CompressionNative.Z_STREAM_ERROR;
        var chunk = new byte[Math.Clamp(input.Length * (IsDeflate ? 1 : 4), 1024, 1 << 20)];
        var hin = GCHandle.Alloc(input, GCHandleType.Pinned);
        var hout = GCHandle.Alloc(chunk, GCHandleType.Pinned);
        try
        {
            nint inBase = hin.AddrOfPinnedObject(), outBase = hout.AddrOfPinnedObject();
            var zs = Marshal.PtrToStructure<CompressionNative.ZStream>(_p);
            zs.NextIn = inBase + offset;
            zs.AvailIn = (uint)AvailIn;
            long produced = 0;
            int err = CompressionNative.Z_OK;
            while (true)
            {
                int room = chunk.Length;
                if (maxLength > 0)
                {
                    // The cap stops the run with the result of the last call, as CPython's "goto save" does.
                    if (produced >= maxLength) { capped = true; break; }
                    room = (int)Math.Min(room, maxLength - produced);
                }
                zs.NextOut = outBase;
                zs.AvailOut = (uint)room;
                Marshal.StructureToPtr(zs, _p, false);
                // The interpreter lock stays held: it is what keeps two threads out of one stream (CPython takes a
                // per-object lock and releases the GIL; releasing it here would let another thread in mid-call).
                err = IsDeflate ? CompressionNative.Deflate(_p, flush) : CompressionNative.Inflate(_p, flush);
                zs = Marshal.PtrToStructure<CompressionNative.ZStream>(_p);
                int got = room - (int)zs.AvailOut;
                output.Write(chunk, 0, got);
                produced += got;
                AvailIn = (int)zs.AvailIn;
                AvailOut = (int)zs.AvailOut;
                if (!more(err)) break;
            }
            Msg = zs.Msg == 0 ? null : Marshal.PtrToStringUTF8(zs.Msg);
            // Leave no pointers into arrays that are about to be unpinned.
            zs.NextIn = 0; zs.NextOut = 0; zs.AvailIn = 0; zs.AvailOut = 0;
            Marshal.StructureToPtr(zs, _p, false);
            return err;
        }
        finally
        {
            hin.Free();
            hout.Free();
        }
    }
}
