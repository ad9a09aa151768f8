using System.Runtime.InteropServices;

namespace Krait.Runtime;

/// <summary>libc functions the _thread and time modules call (owner: thread).</summary>
internal static partial class Libc
{
    [LibraryImport(C, SetLastError = true)]
    internal static partial int gettid();

    [StructLayout(LayoutKind.Sequential)]
    internal struct Timespec
    {
        public long tv_sec;
        public long tv_nsec;
    }

    [LibraryImport(C, SetLastError = true)]
    internal static partial int clock_gettime(int clockId, out Timespec tp);

    [LibraryImport(C, SetLastError = true)]
    internal static partial int clock_getres(int clockId, out Timespec tp);

    [LibraryImport(C, SetLastError = true)]
    internal static partial int clock_settime(int clockId, in Timespec tp);
}

// struct tm and the time functions of <time.h> (glibc x86-64 layout).
internal static partial class Libc
{
    [StructLayout(LayoutKind.Sequential)]
    internal struct Tm
    {
        public int tm_sec, tm_min, tm_hour, tm_mday, tm_mon, tm_year, tm_wday, tm_yday, tm_isdst;
        public long tm_gmtoff;
        public nint tm_zone;
    }

    [LibraryImport(C, SetLastError = true)]
    internal static partial nint gmtime_r(in long timep, out Tm result);

    [LibraryImport(C, SetLastError = true)]
    internal static partial nint localtime_r(in long timep, out Tm result);

    [LibraryImport(C, SetLastError = true)]
    internal static partial long mktime(ref Tm tm);

    [LibraryImport(C)]
    internal static partial void tzset();

    /// <summary>wcsftime: wchar_t is UTF-32 on Linux, so no locale encoding is involved in the format or result.</summary>
    [LibraryImport(C)]
    internal static partial nuint wcsftime(int[] s, nuint max, int[] format, in Tm tm);

    [LibraryImport(C, SetLastError = true)]
    internal static partial int clock_nanosleep(int clockId, int flags, in Timespec request, out Timespec remain);

    [LibraryImport(C)]
    internal static partial nuint pthread_self();

    [LibraryImport(C)]
    internal static partial int pthread_getcpuclockid(nuint thread, out int clockId);
}
