using System.Runtime.InteropServices;

namespace Krait.Runtime;

/// <summary>libc functions behind sys.</summary>
internal static partial class Libc
{
    [LibraryImport(C, EntryPoint = "getenv")] private static partial nint GetEnvPtr(byte[] name);

    /// <summary>getenv(3): the process environment as os.putenv/os.environ changed it (.NET's
    /// Environment.GetEnvironmentVariable only sees its own copy taken at start-up).</summary>
    internal static string? GetEnv(string name)
    {
        var p = GetEnvPtr(System.Text.Encoding.UTF8.GetBytes(name + "\0"));
        return p == 0 ? null : Marshal.PtrToStringUTF8(p);
    }

    /// <summary>getenv(3) of a NUL-terminated name: the value's bytes, undecoded, or null.</summary>
    internal static byte[]? GetEnvBytes(byte[] nameZ)
    {
        var p = GetEnvPtr(nameZ);
        if (p == 0) return null;
        int n = 0;
        while (Marshal.ReadByte(p, n) != 0) n++;
        var value = new byte[n];
        Marshal.Copy(p, value, 0, n);
        return value;
    }
}
