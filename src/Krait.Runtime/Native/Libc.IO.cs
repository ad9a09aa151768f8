using System.Runtime.InteropServices;

namespace Krait.Runtime;

// libc calls behind _io.FileIO: file descriptors and errno mean what they mean in CPython.
internal static partial class Libc
{
    [LibraryImport(C, EntryPoint = "open", SetLastError = true)]
    internal static partial int Open(byte[] path, int flags, int mode);

    [LibraryImport(C, EntryPoint = "read", SetLastError = true)]
    internal static partial nint Read(int fd, ref byte buf, nint count);

    [LibraryImport(C, EntryPoint = "write", SetLastError = true)]
    internal static partial nint Write(int fd, ref byte buf, nint count);

    [LibraryImport(C, EntryPoint = "close", SetLastError = true)]
    internal static partial int Close(int fd);

    [LibraryImport(C, EntryPoint = "lseek", SetLastError = true)]
    internal static partial long LSeek(int fd, long offset, int whence);

    [LibraryImport(C, EntryPoint = "isatty", SetLastError = true)]
    internal static partial int IsATty(int fd);

    [LibraryImport(C, EntryPoint = "ftruncate", SetLastError = true)]
    internal static partial int FTruncate(int fd, long length);

    /// <summary>struct stat of x86-64/aarch64 glibc is at most 144 bytes; the fields read are at fixed offsets.</summary>
    [LibraryImport(C, EntryPoint = "fstat", SetLastError = true)]
    internal static partial int FStat(int fd, [Out] byte[] buf);

    internal const int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0x40, O_EXCL = 0x80, O_TRUNC = 0x200,
        O_APPEND = 0x400, O_CLOEXEC = 0x80000;
    internal const int EINTR = 4, EBADF = 9, EAGAIN = 11, EISDIR = 21, EINVAL = 22;
    internal const int S_IFMT = 0xF000, S_IFDIR = 0x4000;

    /// <summary>fstat's st_mode and st_blksize (x86-64 and aarch64 glibc layouts); false with errno set on failure.</summary>
    internal static bool FStatModeBlksize(int fd, out int mode, out long blksize, out int errno) =>
        FStatFields(fd, out mode, out _, out blksize, out errno);

    /// <summary>fstat's st_mode and st_size; false on failure.</summary>
    internal static bool FStatModeSize(int fd, out int mode, out long size) =>
        FStatFields(fd, out mode, out size, out _, out _);

    /// <summary>The fields of fstat that Krait reads; false with errno set on failure.</summary>
    private static bool FStatFields(int fd, out int mode, out long size, out long blksize, out int errno)
    {
        var buf = new byte[256];
        mode = 0; size = 0; blksize = 0; errno = 0;
        if (FStat(fd, buf) != 0) { errno = Marshal.GetLastPInvokeError(); return false; }
        ReadStat(buf, out mode, out size, out blksize, out _);
        return true;
    }

    /// <summary>stat(path)'s st_mode, st_size and st_mtime (whole seconds, as st_mtim.tv_sec); false on failure. The
    /// bytecode cache's source check and sys.version's build date use it instead of FileInfo/File.GetLastWriteTimeUtc,
    /// whose first use loads .NET's file-status stack (~5 M instructions at every start-up, callgrind).</summary>
    internal static bool StatModeSizeMTime(string path, out int mode, out long size, out long mtime)
    {
        var buf = new byte[256];
        mode = 0; size = 0; mtime = 0;
        if (Stat(CPath(path), buf) != 0) return false;
        ReadStat(buf, out mode, out size, out _, out mtime);
        return true;
    }

    /// <summary>The fields of a struct stat that Krait reads, from the x86-64 or aarch64 glibc layout (st_size at
    /// offset 48 and st_mtim at 88 in both).</summary>
    private static void ReadStat(byte[] buf, out int mode, out long size, out long blksize, out long mtime)
    {
        bool arm = RuntimeInformation.ProcessArchitecture == Architecture.Arm64;
        mode = BitConverter.ToInt32(buf, arm ? 16 : 24);
        size = BitConverter.ToInt64(buf, 48);
        blksize = arm ? BitConverter.ToInt32(buf, 56) : BitConverter.ToInt64(buf, 56);
        mtime = BitConverter.ToInt64(buf, 88);
    }

    /// <summary>A path as the NUL-terminated bytes libc takes (the filesystem encoding: UTF-8, surrogateescape).</summary>
    internal static byte[] CPath(string path)
    {
        var z = Utf8Codec.Encode(path, "surrogateescape");
        var cpath = new byte[z.Length + 1];
        z.CopyTo(cpath, 0);
        return cpath;
    }
}

internal static partial class Libc
{
    internal static nint Read(int fd, Span<byte> dest) =>
        dest.Length == 0 ? Read(fd, ref System.Runtime.InteropServices.MemoryMarshal.GetReference(stackalloc byte[1]), 0)
            : Read(fd, ref System.Runtime.InteropServices.MemoryMarshal.GetReference(dest), dest.Length);

    internal static nint Write(int fd, ReadOnlySpan<byte> data) =>
        data.Length == 0 ? Write(fd, ref System.Runtime.InteropServices.MemoryMarshal.GetReference(stackalloc byte[1]), 0)
            : Write(fd, ref System.Runtime.InteropServices.MemoryMarshal.GetReference(data), data.Length);
}
