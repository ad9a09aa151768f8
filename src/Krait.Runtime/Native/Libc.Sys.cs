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
}
