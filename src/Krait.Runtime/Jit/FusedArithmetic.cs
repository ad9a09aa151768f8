using System.Runtime.CompilerServices;

namespace Krait.Runtime;

/// <summary>What compiled code's fused arithmetic (JitCompiler.Arithmetic.cs) calls: the leaf checks and the int
/// operations on machine words (also BinaryOp's int path). Each returns false where the instructions' own code must
/// run instead.</summary>
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

    /// <summary>Whether <paramref name="o"/> is an exact int (of any size); false for bool, subclasses and null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsExactInt(PyObject? o) => o is not null && ReferenceEquals(o.Type, PyType.IntType);

    /// <summary>An exact-int BINARY_OP on machine words, when the result is one: + - * & | ^ // % (and their in-place
    /// forms). False on overflow, a zero divisor, -2**63 // -1, and for the operators it doesn't do (/, **, shifts,
    /// @). The eval loop's and compiled code's BinaryOp int path and the fused trees share it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool WordOp(long x, long y, int arg, out long r)
    {
        switch (arg)
        {
            case 0 or 13:
                r = x + y;
                return ((x ^ r) & (y ^ r)) >= 0;
            case 10 or 23:
                r = x - y;
                return ((x ^ y) & (x ^ r)) >= 0;
            case 5 or 18:
            {
                long hi = Math.BigMul(x, y, out r);
                return hi == (r >> 63);
            }
            case 1 or 14:
                r = x & y;
                return true;
            case 7 or 20:
                r = x | y;
                return true;
            case 12 or 25:
                r = x ^ y;
                return true;
            case 2 or 15:
                if (y == 0 || (y == -1 && x == long.MinValue)) break;
            {
                r = x / y;
                // Floor, not truncation: a remainder of the other sign than y moves the quotient down.
                long rem = x - r * y;
                if (rem != 0 && (rem ^ y) < 0) r--;
                return true;
            }
            case 6 or 19:
                if (y == 0) break;
                r = y == -1 ? 0 : x % y;
                // The result takes the sign of y.
                if (r != 0 && (r ^ y) < 0) r += y;
                return true;
        }
        r = 0;
        return false;
    }
}
