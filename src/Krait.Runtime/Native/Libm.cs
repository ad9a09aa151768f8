using System.Runtime.InteropServices;

namespace Krait.Runtime;

/// <summary>glibc's libm, called directly: CPython's math and cmath call these, and .NET's Math.* differ from
/// them in the last bit for some arguments.</summary>
internal static class Libm
{
    private const string Lib = "libm.so.6";

    [DllImport(Lib)] public static extern double sin(double x);
    [DllImport(Lib)] public static extern double cos(double x);
    [DllImport(Lib)] public static extern double tan(double x);
    [DllImport(Lib)] public static extern double asin(double x);
    [DllImport(Lib)] public static extern double acos(double x);
    [DllImport(Lib)] public static extern double atan(double x);
    [DllImport(Lib)] public static extern double atan2(double y, double x);
    [DllImport(Lib)] public static extern double sinh(double x);
    [DllImport(Lib)] public static extern double cosh(double x);
    [DllImport(Lib)] public static extern double tanh(double x);
    [DllImport(Lib)] public static extern double asinh(double x);
    [DllImport(Lib)] public static extern double acosh(double x);
    [DllImport(Lib)] public static extern double atanh(double x);
    [DllImport(Lib)] public static extern double exp(double x);
    [DllImport(Lib)] public static extern double exp2(double x);
    [DllImport(Lib)] public static extern double expm1(double x);
    [DllImport(Lib)] public static extern double log(double x);
    [DllImport(Lib)] public static extern double log2(double x);
    [DllImport(Lib)] public static extern double log10(double x);
    [DllImport(Lib)] public static extern double log1p(double x);
    [DllImport(Lib)] public static extern double pow(double x, double y);
    [DllImport(Lib)] public static extern double fmod(double x, double y);
    [DllImport(Lib)] public static extern double erf(double x);
    [DllImport(Lib)] public static extern double erfc(double x);
    [DllImport(Lib)] public static extern double cbrt(double x);
    [DllImport(Lib)] public static extern double hypot(double x, double y);
    [DllImport(Lib)] public static extern double nextafter(double x, double y);
}
