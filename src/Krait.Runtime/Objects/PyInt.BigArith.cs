using System.Runtime.CompilerServices;

namespace Krait.Runtime;

// + - and * or // % by one word when an operand is big, computed by Magnitude straight into the result's array:
// BigInteger computes into a pooled buffer and copies that into a new (zeroed) array. The result's length is known
// before computing from the operands' top words, but for a carry or borrow that only the lower words decide; then
// the result is computed one word longer and copied when it turned out shorter.
public partial class PyInt
{
    /// <summary>The magnitude of <paramref name="x"/>: a big int's own words, or a machine word's written into
    /// <paramref name="small"/> (two words); <paramref name="sign"/> gets its sign.</summary>
    private static ReadOnlySpan<uint> MagnitudeOf(PyInt x, Span<uint> small, out int sign)
    {
        if (x.TryGetWords(out var words, out sign)) return words;
        sign = Math.Sign(x.Small);
        return small[..SmallMagnitude(x.Small, small)];
    }

    /// <summary>x + y, or x - y when <paramref name="negate"/>, one of them big.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyInt AddBig(PyInt x, PyInt y, bool negate)
    {
        Span<uint> xs = stackalloc uint[2], ys = stackalloc uint[2];
        var a = MagnitudeOf(x, xs, out int sa);
        var b = MagnitudeOf(y, ys, out int sb);
        if (negate) sb = -sb;
        if (sa == 0 || sb == 0)
            return FromBig(negate ? x.ToBigInteger() - y.ToBigInteger() : x.ToBigInteger() + y.ToBigInteger());
        if (sa == sb)
        {
            if (a.Length < b.Length)
            {
                var t = a;
                a = b;
                b = t;
            }
            int la = a.Length;
            uint top = a[la - 1];
            // A carry out of the top word: certain, impossible, or (a sum of all ones) decided below.
            ulong topSum = la == b.Length ? (ulong)top + b[la - 1] : top;
            int n = topSum > uint.MaxValue ? la + 1 : topSum < uint.MaxValue ? la : la + 1;
            var r = GC.AllocateUninitializedArray<uint>(n);
            return FromWords(sa, r, Magnitude.Add(a, b, r));
        }
        int c = Magnitude.Compare(a, b);
        if (c == 0) return FromLong(0);
        if (c < 0)
        {
            var t = a;
            a = b;
            b = t;
            sa = sb;
        }
        var d = GC.AllocateUninitializedArray<uint>(a.Length);
        return FromWords(sa, d, Magnitude.Sub(a, b, d));
    }

    /// <summary>x · y when one is big and the other's magnitude fits a word; null otherwise.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyInt? MulBigByWord(PyInt x, PyInt y)
    {
        if (x.IsBig == y.IsBig) return null;
        if (!x.IsBig) (x, y) = (y, x);
        long v = y.Small;
        if (v == 0) return FromLong(0);
        ulong w = v < 0 ? 0 - (ulong)v : (ulong)v;
        if (w > uint.MaxValue || !x.TryGetWords(out var a, out int sa)) return null;
        int la = a.Length;
        // The top word's product decides the carry out unless the lower words' carry (below w) can tip it.
        ulong top = (ulong)a[la - 1] * w;
        int n = (top + (w - 1)) >> 32 == 0 ? la : la + 1;
        var r = GC.AllocateUninitializedArray<uint>(n);
        return FromWords(v < 0 ? -sa : sa, r, Magnitude.MulWord(a, (uint)w, r));
    }

    /// <summary>x // y or x % y when x is big and |y| fits a word (y ≠ 0); null otherwise.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyInt? DivBigByWord(PyInt x, PyInt y, bool remainder)
    {
        if (y.IsBig || !x.TryGetWords(out var a, out int sa)) return null;
        long v = y.Small;
        ulong w = v < 0 ? 0 - (ulong)v : (ulong)v;
        if (w == 0 || w > uint.MaxValue) return null;
        int sb = Math.Sign(v);
        if (remainder)
        {
            ulong rem = Magnitude.RemWord(a, (uint)w);
            // The remainder takes y's sign: |y| - rem when the signs differ.
            if (rem != 0 && sa != sb) rem = w - rem;
            return FromLong(sb < 0 ? -(long)rem : (long)rem);
        }
        int la = a.Length;
        // The quotient's top word is a's top word divided by w.
        var q = GC.AllocateUninitializedArray<uint>(a[la - 1] >= w ? la : la - 1);
        uint r = Magnitude.DivWord(a, (uint)w, q);
        int lq = q.Length;
        if (sa != sb && r != 0)
        {
            // Floor: one more in magnitude, which can carry into a new word only from all ones.
            if (!Magnitude.TryIncrement(q)) return null;
        }
        return FromWords(sa * sb, q, lq);
    }

    /// <summary>The int sign · words[0..len): the array itself when len is its length, else a copy.</summary>
    private static PyInt FromWords(int sign, uint[] words, int len) =>
        len == words.Length && len > 2 ? new BigInt(WrapWords(sign, words)) : FromMagnitude(sign, words, len);
}
