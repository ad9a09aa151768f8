using System.Runtime.CompilerServices;

namespace Krait.Runtime;

/// <summary>What compiled code's fused arithmetic (JitCompiler.Arithmetic.cs) calls: the leaf checks and the int
/// operations that can leave the machine word. Each returns false where the instructions' own code must run instead.</summary>
internal static class FusedArithmetic
{
    /// <summary>The value of an exact float; false for anything else, an unbound local's null included.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool ExactFloat(PyObject? o, out double v)
    {
        if (o is not null && ReferenceEquals(o.Type, PyType.FloatType))
        {
            v = Unsafe.As<PyFloat>(o).Value;
            return true;
        }
        v = 0;
        return false;
    }

    /// <summary>The value of an exact int that fits a long; false for anything else (bool, subclasses, big ints, null).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool ExactInt(PyObject? o, out long v)
    {
        if (o is not null && ReferenceEquals(o.Type, PyType.IntType) && !Unsafe.As<PyInt>(o).IsBig)
        {
            v = Unsafe.As<PyInt>(o).Small;
            return true;
        }
        v = 0;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool Add(long x, long y, out long r)
    {
        r = x + y;
        return ((x ^ r) & (y ^ r)) >= 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool Subtract(long x, long y, out long r)
    {
        r = x - y;
        return ((x ^ y) & (x ^ r)) >= 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool Multiply(long x, long y, out long r)
    {
        long hi = Math.BigMul(x, y, out r);
        return (hi == 0 && r >= 0) || (hi == -1 && r < 0);
    }

    /// <summary>x // y rounded towards minus infinity; false for a zero divisor (ZeroDivisionError) and for
    /// -2**63 // -1 (a big int).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool FloorDivide(long x, long y, out long r)
    {
        r = 0;
        if (y == 0 || (y == -1 && x == long.MinValue)) return false;
        long q = x / y;
        if (x - q * y != 0 && (x ^ y) < 0) q--;
        r = q;
        return true;
    }

    /// <summary>x % y with the sign of y; false for a zero divisor.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool Remainder(long x, long y, out long r)
    {
        r = 0;
        if (y == 0) return false;
        if (y == -1) return true;
        long m = x % y;
        if (m != 0 && (m ^ y) < 0) m += y;
        r = m;
        return true;
    }
}
