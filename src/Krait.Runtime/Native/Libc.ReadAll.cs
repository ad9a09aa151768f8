namespace Krait.Runtime;

internal static partial class Libc
{
    /// <summary>The whole content of the regular file at <paramref name="path"/>, or null when it can't be opened or
    /// read (missing, a directory, no permission, an I/O error). With open/fstat/read on a file descriptor rather than
    /// File.ReadAllBytes: the bytecode caches read a dozen files at every start-up, and .NET's file stack (SafeFileHandle,
    /// whose marshalling creates the handle through Activator: a JIT compilation of RuntimeType's generic cache, and
    /// the types of FileSystem/RandomAccess) was a first-use cost of every run.</summary>
    internal static byte[]? TryReadAll(string path)
    {
        int fd;
        var cpath = CPath(path);
        while ((fd = Open(cpath, O_RDONLY | O_CLOEXEC, 0)) < 0)
            if (System.Runtime.InteropServices.Marshal.GetLastPInvokeError() != EINTR) return null;
        try
        {
            if (!FStatModeSize(fd, out int mode, out long size) || (mode & S_IFMT) == S_IFDIR || size > Array.MaxLength)
                return null;
            var data = new byte[size];
            int filled = 0;
            while (true)
            {
                if (filled == data.Length)
                {
                    // The file grew since fstat: read on in chunks.
                    if (data.Length == Array.MaxLength) return null;
                    Array.Resize(ref data, (int)Math.Min(Array.MaxLength, Math.Max(4096L, 2L * data.Length)));
                }
                nint n = Read(fd, data.AsSpan(filled));
                if (n < 0)
                {
                    if (System.Runtime.InteropServices.Marshal.GetLastPInvokeError() == EINTR) continue;
                    return null;
                }
                if (n == 0) break;
                filled += (int)n;
            }
            if (filled != data.Length) Array.Resize(ref data, filled);
            return data;
        }
        finally
        {
            Close(fd);
        }
    }
}
