using System.Buffers.Binary;
using System.Numerics;

namespace Krait.Runtime;

/// <summary>The bytecode cache of source modules (SourceLoader.get_code in importlib._bootstrap_external):
/// <c>__pycache__/name.krait-311.pyc</c> holds CPython's 16-byte header — magic number, flags, source mtime,
/// source size — and the module's code object in marshal format.
/// The magic number is CPython 3.11's own (3495, importlib.util.MAGIC_NUMBER): Krait's code objects are
/// CPython 3.11's, so the data is the same format and tools that read .pyc files recognise it; the cache tag
/// keeps Krait's files apart from CPython's. After the marshal data comes a trailer that CPython's readers ignore
/// (marshal.loads ignores extra bytes): "KRT2", the module version id of Krait's compiler, so that a file
/// written by another build of the compiler is recompiled (CPython bumps its magic number for that; Krait's
/// compiler changes more often), and a checksum of the marshal data, so that a damaged file (a disk error, a
/// truncated or patched copy) is recompiled rather than run: marshal data that still parses can hold any code. Only timestamp-based files (flags 0) are written; a file that is
/// stale, of another format or corrupt is ignored and rewritten. Writing is skipped under -B,
/// PYTHONDONTWRITEBYTECODE or sys.dont_write_bytecode, and any failure to write (a read-only folder …) is silent.</summary>
internal static class BytecodeCache
{
    /// <summary>MAGIC_NUMBER of CPython 3.11: (3495).to_bytes(2, 'little') + b'\r\n'.</summary>
    public static ReadOnlySpan<byte> Magic => [0xA7, 0x0D, 0x0D, 0x0A];
    public const int HeaderSize = 16;
    private const int StampSize = 20, TrailerSize = StampSize + 8;

    /// <summary>"KRT2" and the compiler assembly's module version id (deterministic builds: it changes when the
    /// compiler's code does); the checksum follows.</summary>
    private static readonly byte[] s_stamp = MakeStamp();

    private static byte[] MakeStamp()
    {
        var t = new byte[StampSize];
        "KRT2"u8.CopyTo(t);
        typeof(Krait.Compiler.Bytecode.CodeObject).Module.ModuleVersionId.TryWriteBytes(t.AsSpan(4));
        return t;
    }

    /// <summary>A 64-bit checksum of the marshal data, eight bytes a step (it must be cheap: every import of a
    /// cached module reads it). Not cryptographic: it detects damage, not tampering.</summary>
    internal static ulong Checksum(ReadOnlySpan<byte> data)
    {
        const ulong K = 0x9E3779B97F4A7C15;
        ulong h = (ulong)data.Length * K;
        // Native-endian words read one by one (what MemoryMarshal.Cast<byte, ulong> gave: that framework generic is
        // never precompiled, a JIT compilation at every start-up; the Unsafe reads are JIT intrinsics).
        int whole = data.Length / 8 * 8;
        ref byte start = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(data);
        for (int i = 0; i < whole; i += 8)
        {
            ulong w = System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(ref System.Runtime.CompilerServices.Unsafe.Add(ref start, i));
            h = (BitOperations.RotateLeft(h ^ w, 29) * K) + 0x632BE59BD9B4E019;
        }
        ulong tail = 0;
        for (int i = whole; i < data.Length; i++) tail = (tail << 8) | data[i];
        h = (BitOperations.RotateLeft(h ^ tail, 29) * K) + 0x632BE59BD9B4E019;
        h ^= h >> 31;
        h *= 0xBF58476D1CE4E5B9;
        return h ^ (h >> 29);
    }

    /// <summary>The code of the source file <paramref name="sourcePath"/>, from its cache file when that is valid,
    /// else compiled (and cached).</summary>
    public static PyCode GetCode(string sourcePath)
    {
        if (StartupTrace.Enabled) StartupTrace.Mark($"get code {sourcePath}");
        string? cachePath = ImportPaths.CacheFromSource(sourcePath);
        long mtime = -1, size = -1;
        if (cachePath is not null)
        {
            if (Libc.StatModeSizeMTime(sourcePath, out int mode, out long st_size, out long st_mtime) && (mode & Libc.S_IFMT) != Libc.S_IFDIR)
            {
                mtime = st_mtime;
                size = st_size;
            }
            if (mtime >= 0 && FailedBefore(sourcePath, mtime, size) is { } again)
            {
                if (StartupTrace.Enabled) StartupTrace.Mark("code of a failed import");
                return again;
            }
            if (mtime >= 0 && TryRead(cachePath, mtime, size) is { } cached)
            {
                if (StartupTrace.Enabled) StartupTrace.Mark("read cache");
                s_lastRead = (sourcePath, mtime, size, cached);
                return cached;
            }
        }
        var source = ImportPaths.ReadFile(sourcePath);
        var code = CompileService.Compile(source, sourcePath, "exec");
        if (cachePath is not null && mtime >= 0 && !DontWriteBytecode()) TryWrite(cachePath, code, mtime, size);
        return code;
    }

    /// <summary>The last code object read from a cache file, with its source's path and stamp.</summary>
    private static (string Path, long Mtime, long Size, PyCode Code)? s_lastRead;
    /// <summary>Code read from cache files whose modules' execution failed, by source path.</summary>
    private static Dictionary<string, (long Mtime, long Size, PyCode Code)>? s_failed;

    /// <summary>The execution of the module from <paramref name="sourcePath"/> failed (ImportError of a missing
    /// extension, as ssl without _ssl, which asyncio's modules try three times): if its code came from a cache file,
    /// the next import attempt takes it again instead of reading and unmarshalling the file. CPython reads it every
    /// time; doing so has no observable effect while the source's stamp is unchanged (a cache file's code carries no
    /// compile-time warnings, and its module body still runs on every attempt).</summary>
    internal static void ExecFailed(string sourcePath, PyCode code)
    {
        if (s_lastRead is not { } r || r.Path != sourcePath || !ReferenceEquals(r.Code, code)) return;
        s_failed ??= new Dictionary<string, (long, long, PyCode)>(StringComparer.Ordinal);
        if (s_failed.Count < 16) s_failed[sourcePath] = (r.Mtime, r.Size, code);
    }

    private static PyCode? FailedBefore(string sourcePath, long mtime, long size) =>
        s_failed is not null && s_failed.TryGetValue(sourcePath, out var f) && f.Mtime == mtime && f.Size == size ? f.Code : null;

    /// <summary>sys.dont_write_bytecode (set from -B and PYTHONDONTWRITEBYTECODE, changeable at run time).</summary>
    internal static bool DontWriteBytecode()
    {
        var v = Sys.GetOrNull("dont_write_bytecode");
        return v is not null && Ops.IsTrue(v);
    }

    /// <summary>The code in a valid cache file, or null (missing, stale, another format, corrupt).</summary>
    internal static PyCode? TryRead(string cachePath, long mtime, long size)
    {
        if (Libc.TryReadAll(cachePath) is not { } data) return null;
        if (!IsValidHeader(data, mtime, size) || data.Length < HeaderSize + TrailerSize
            || !data.AsSpan(data.Length - TrailerSize, StampSize).SequenceEqual(s_stamp)) return null;
        int bodyLength = data.Length - HeaderSize - TrailerSize;
        if (BinaryPrimitives.ReadUInt64LittleEndian(data.AsSpan(data.Length - 8)) != Checksum(data.AsSpan(HeaderSize, bodyLength)))
            return null;
        try
        {
            return MarshalReader.Loads(data, HeaderSize, bodyLength) as PyCode;
        }
        catch (Exception e) when (e is not OutOfMemoryException and not InsufficientExecutionStackException)
        {
            // Corrupt or foreign data (bad marshal codes, lengths past the end, inconsistent code fields …): the
            // source is recompiled, as for a stale file.
            return null;
        }
    }

    /// <summary>_classify_pyc and _validate_timestamp_pyc: the magic number, flags 0, and the source's mtime and
    /// size (each modulo 2**32).</summary>
    internal static bool IsValidHeader(ReadOnlySpan<byte> data, long mtime, long size)
    {
        if (data.Length < HeaderSize || !data[..4].SequenceEqual(Magic)) return false;
        if (BinaryPrimitives.ReadUInt32LittleEndian(data[4..]) != 0) return false;
        return BinaryPrimitives.ReadUInt32LittleEndian(data[8..]) == (uint)(mtime & 0xFFFFFFFF)
            && BinaryPrimitives.ReadUInt32LittleEndian(data[12..]) == (uint)(size & 0xFFFFFFFF);
    }

    /// <summary>_code_to_timestamp_pyc: the header and the marshalled code (then Krait's trailer).</summary>
    internal static byte[] ToPyc(PyCode code, long mtime, long size)
    {
        var body = MarshalWriter.Dumps(code, MarshalFormat.Version);
        var data = new byte[HeaderSize + body.Length + TrailerSize];
        Magic.CopyTo(data);
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(8), (uint)(mtime & 0xFFFFFFFF));
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(12), (uint)(size & 0xFFFFFFFF));
        body.CopyTo(data, HeaderSize);
        s_stamp.CopyTo(data, HeaderSize + body.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(data.AsSpan(data.Length - 8), Checksum(body));
        return data;
    }

    /// <summary>_cache_bytecode / _write_atomic: creates __pycache__ and writes through a temporary file renamed
    /// into place, so a reader never sees half a file; gives up silently on any error.</summary>
    internal static void TryWrite(string cachePath, PyCode code, long mtime, long size)
    {
        byte[] data;
        try
        {
            data = ToPyc(code, mtime, size);
        }
        catch (PythonException)
        {
            return;
        }
        string? tmp = null;
        try
        {
            string? dir = Path.GetDirectoryName(cachePath);
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
            tmp = $"{cachePath}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
            File.WriteAllBytes(tmp, data);
            File.Move(tmp, cachePath, overwrite: true);
            tmp = null;
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        catch (NotSupportedException) { }
        finally
        {
            if (tmp is not null)
            {
                try { File.Delete(tmp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }
        }
    }
}
