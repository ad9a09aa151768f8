using System.Runtime.InteropServices;

namespace Krait.Runtime;

/// <summary>glibc's libm, called directly: CPython's math and cmath call these, and .NET's Math.* differ from
/// them in the last bit for some arguments.</summary>
internal static partial class Libm
{
    private const string Lib = "libm.so.6";

    [LibraryImport(Lib)] public static partial double sin(double x);
    [LibraryImport(Lib)] public static partial double cos(double x);
    [LibraryImport(Lib)] public static partial double tan(double x);
    [LibraryImport(Lib)] public static partial double asin(double x);
    [LibraryImport(Lib)] public static partial double acos(double x);
    [LibraryImport(Lib)] public static partial double atan(double x);
    [LibraryImport(Lib)] public static partial double atan2(double y, double x);
    [LibraryImport(Lib)] public static partial double sinh(double x);
    [LibraryImport(Lib)] public static partial double cosh(double x);
    [LibraryImport(Lib)] public static partial double tanh(double x);
    [LibraryImport(Lib)] public static partial double asinh(double x);
    [LibraryImport(Lib)] public static partial double acosh(double x);
    [LibraryImport(Lib)] public static partial double atanh(double x);
    [LibraryImport(Lib)] public static partial double exp(double x);
    [LibraryImport(Lib)] public static partial double exp2(double x);
    [LibraryImport(Lib)] public static partial double expm1(double x);
    [LibraryImport(Lib)] public static partial double log(double x);
    [LibraryImport(Lib)] public static partial double log2(double x);
    [LibraryImport(Lib)] public static partial double log10(double x);
    [LibraryImport(Lib)] public static partial double log1p(double x);
    [LibraryImport(Lib)] public static partial double pow(double x, double y);
    [LibraryImport(Lib)] public static partial double fmod(double x, double y);
    [LibraryImport(Lib)] public static partial double erf(double x);
    [LibraryImport(Lib)] public static partial double erfc(double x);
    [LibraryImport(Lib)] public static partial double cbrt(double x);
    [LibraryImport(Lib)] public static partial double hypot(double x, double y);
    [LibraryImport(Lib)] public static partial double nextafter(double x, double y);
}
