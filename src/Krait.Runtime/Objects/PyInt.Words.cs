using System.Numerics;
using System.Runtime.CompilerServices;

namespace Krait.Runtime;

// A big int's words without a copy, and a big int made from words (for Magnitude's callers). BigInteger keeps its
// magnitude in `_bits` (little-endian 32-bit words, no leading zero word; null when the value fits an int, which
// `_sign` then holds) and its sign in `_sign`; the runtime's accessors read them and call the internal
// constructor that takes an array as it is, so a result costs one exact array and no copy.
public partial class PyInt
{
    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    private static extern BigInteger WrapWords(int sign, uint[]? bits);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_bits")]
    private static extern ref uint[]? WordsOf(ref BigInteger value);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_sign")]
    private static extern ref int SignOf(ref BigInteger value);

    /// <summary>A big int's magnitude words (not to be written) and sign; false for a machine-word value.</summary>
    internal bool TryGetWords(out uint[] words, out int sign)
    {
        if (IsBig)
        {
            var v = BigValue;
            uint[]? bits = WordsOf(ref v);
            if (bits is not null)
            {
                words = bits;
                sign = SignOf(ref v) < 0 ? -1 : 1;
                return true;
            }
        }
        words = null!;
        sign = 0;
        return false;
    }

    /// <summary>The magnitude of the machine word <paramref name="v"/> in <paramref name="two"/> (two words, low first);
    /// returns its length in words (0 for zero).</summary>
    internal static int SmallMagnitude(long v, Span<uint> two)
    {
        ulong u = v < 0 ? 0 - (ulong)v : (ulong)v;
        two[0] = (uint)u;
        two[1] = (uint)(u >> 32);
        return u == 0 ? 0 : u >> 32 == 0 ? 1 : 2;
    }

    /// <summary>The exact int sign · mag[0..len) (len without leading zero words; sign ignored when len is 0).</summary>
    internal static PyInt FromMagnitude(int sign, uint[] mag, int len)
    {
        if (len <= 2)
        {
            ulong u = len == 0 ? 0 : len == 1 ? mag[0] : mag[0] | (ulong)mag[1] << 32;
            if (sign >= 0 && u <= long.MaxValue) return FromLong((long)u);
            if (sign < 0 && u <= 1UL << 63) return FromLong((long)(0 - u));
        }
        var words = GC.AllocateUninitializedArray<uint>(len);
        Array.Copy(mag, words, len);
        return new BigInt(WrapWords(sign < 0 ? -1 : 1, words));
    }
}
