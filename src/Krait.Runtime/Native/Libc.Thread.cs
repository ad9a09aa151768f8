using System.Runtime.InteropServices;

namespace Krait.Runtime;

/// <summary>libc functions the _thread and time modules call (owner: thread).</summary>
internal static partial class Libc
{
    [DllImport("libc", SetLastError = true)]
    internal static extern int gettid();

    [StructLayout(LayoutKind.Sequential)]
    internal struct Timespec
    {
        public long tv_sec;
        public long tv_nsec;
    }

    [DllImport("libc", SetLastError = true)]
    internal static extern int clock_gettime(int clockId, out Timespec tp);

    [DllImport("libc", SetLastError = true)]
    internal static extern int clock_getres(int clockId, out Timespec tp);

    [DllImport("libc", SetLastError = true)]
    internal static extern int clock_settime(int clockId, in Timespec tp);
}
