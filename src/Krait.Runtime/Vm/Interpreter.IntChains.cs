using System.Runtime.CompilerServices;

namespace Krait.Runtime;

// Two BINARY_OPs in a row whose first result is only an operand of the second (`i * 7 + 3`, `(r * c) % 10`,
// `base + i * 1000003`, `a * b - v`): compiled code computes both in machine words when every operand is an exact
// machine-word int and nothing overflows, so the intermediate int is never allocated (CPython allocates it and frees
// it at once; here it would be garbage for the GC). Anything else (other types, subclasses, big ints, overflow, a
// zero divisor) returns null and the two instructions run their own code, which stays in place: exact-int
// arithmetic runs no Python code and has no side effect, so redoing the first operation is unobservable.
internal static partial class Interpreter
{
    /// <summary>An exact-int BINARY_OP on machine words, when the result is one: + - * & | ^ // % (and their in-place
    /// forms). False on overflow, a zero divisor, -2**63 // -1, and for the operators it doesn't do (/, **, shifts,
    /// @). <see cref="BinaryOp"/>'s int fast path and the fused pairs share it.</summary>
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

    /// <summary>The machine word of an exact, machine-word int.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordInt(PyObject? o, out long v)
    {
        if (o is not null && ReferenceEquals(o.Type, PyType.IntType) && !Unsafe.As<PyInt>(o).IsBig)
        {
            v = Unsafe.As<PyInt>(o).Small;
            return true;
        }
        v = 0;
        return false;
    }

    /// <summary>BINARY_OP <paramref name="a"/>, then a load of <paramref name="z"/> (a local, null when unbound) and
    /// BINARY_OP <paramref name="b"/>: (x a y) b z for exact machine-word ints, or null (the instructions' own code
    /// runs).</summary>
    internal static PyObject? IntPairThen(PyObject x, PyObject y, PyObject? z, int a, int b) =>
        IsWordInt(x, out long vx) && IsWordInt(y, out long vy) && IsWordInt(z, out long vz)
        && WordOp(vx, vy, a, out long t) && WordOp(t, vz, b, out long r) ? PyInt.FromLong(r) : null;

    /// <summary><see cref="IntPairThen"/> with a constant machine-word int <paramref name="k"/> as the third operand.</summary>
    internal static PyObject? IntPairThenConst(PyObject x, PyObject y, long k, int a, int b) =>
        IsWordInt(x, out long vx) && IsWordInt(y, out long vy)
        && WordOp(vx, vy, a, out long t) && WordOp(t, k, b, out long r) ? PyInt.FromLong(r) : null;

    /// <summary>BINARY_OP <paramref name="a"/> straight into BINARY_OP <paramref name="b"/> as its right operand:
    /// w b (x a y) for exact machine-word ints, or null.</summary>
    internal static PyObject? IntPairUnder(PyObject w, PyObject x, PyObject y, int a, int b) =>
        IsWordInt(w, out long vw) && IsWordInt(x, out long vx) && IsWordInt(y, out long vy)
        && WordOp(vx, vy, a, out long t) && WordOp(vw, t, b, out long r) ? PyInt.FromLong(r) : null;
}
