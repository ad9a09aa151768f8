using System.Numerics;
using System.Runtime.CompilerServices;

namespace Krait.Runtime;

/// <summary>Arithmetic on the magnitudes of big ints: little-endian 32-bit words (BigInteger's layout), a length
/// with no leading zero word (0 for zero). Results go into caller-provided buffers, so a caller that keeps its
/// buffers (the fused big-int trees, <see cref="BigTree"/>) computes intermediates without allocating. Loops go
/// through references, not indexed spans, to skip the bounds checks.</summary>
internal static class Magnitude
{
    /// <summary>The length of <paramref name="a"/>'s first <paramref name="n"/> words without the leading zeros.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Trim(uint[] a, int n)
    {
        while (n > 0 && a[n - 1] == 0) n--;
        return n;
    }

    /// <summary>-1, 0 or 1 as |a| is below, equal to or above |b|.</summary>
    internal static int Compare(uint[] a, int la, uint[] b, int lb)
    {
        if (la != lb) return la < lb ? -1 : 1;
        for (int i = la - 1; i >= 0; i--)
            if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
        return 0;
    }

    /// <summary>r = a + b, la ≥ lb; r holds la + 1 words (it may be a itself). Returns the result's length.</summary>
    internal static int Add(uint[] a, int la, uint[] b, int lb, uint[] r)
    {
        ref uint pa = ref a[0];
        ref uint pr = ref r[0];
        ulong carry = 0;
        int i = 0;
        if (lb > 0)
        {
            ref uint pb = ref b[0];
            for (; i < lb; i++)
            {
                carry += (ulong)Unsafe.Add(ref pa, i) + Unsafe.Add(ref pb, i);
                Unsafe.Add(ref pr, i) = (uint)carry;
                carry >>= 32;
            }
        }
        for (; i < la; i++)
        {
            carry += Unsafe.Add(ref pa, i);
            Unsafe.Add(ref pr, i) = (uint)carry;
            carry >>= 32;
        }
        if (carry == 0) return la;
        Unsafe.Add(ref pr, la) = (uint)carry;
        return la + 1;
    }

    /// <summary>r = a - b, |a| ≥ |b|; r holds la words (it may be a itself). Returns the result's length.</summary>
    internal static int Sub(uint[] a, int la, uint[] b, int lb, uint[] r)
    {
        if (la == 0) return 0;
        ref uint pa = ref a[0];
        ref uint pr = ref r[0];
        long borrow = 0;
        int i = 0;
        if (lb > 0)
        {
            ref uint pb = ref b[0];
            for (; i < lb; i++)
            {
                borrow += (long)Unsafe.Add(ref pa, i) - Unsafe.Add(ref pb, i);
                Unsafe.Add(ref pr, i) = (uint)borrow;
                borrow >>= 32;
            }
        }
        for (; i < la; i++)
        {
            borrow += Unsafe.Add(ref pa, i);
            Unsafe.Add(ref pr, i) = (uint)borrow;
            borrow >>= 32;
        }
        return Trim(r, la);
    }

    /// <summary>r = a · w (w ≠ 0); r holds la + 1 words (it may be a itself). Returns the result's length.</summary>
    internal static int MulWord(uint[] a, int la, uint w, uint[] r)
    {
        if (la == 0) return 0;
        ref uint pa = ref a[0];
        ref uint pr = ref r[0];
        ulong carry = 0;
        for (int i = 0; i < la; i++)
        {
            carry += (ulong)Unsafe.Add(ref pa, i) * w;
            Unsafe.Add(ref pr, i) = (uint)carry;
            carry >>= 32;
        }
        if (carry == 0) return la;
        Unsafe.Add(ref pr, la) = (uint)carry;
        return la + 1;
    }

    /// <summary>r = a · b by the schoolbook method, both nonzero; r (not a or b) holds la + lb words. Returns the
    /// result's length.</summary>
    internal static int Mul(uint[] a, int la, uint[] b, int lb, uint[] r)
    {
        Array.Clear(r, 0, la + lb);
        ref uint pa = ref a[0];
        ref uint pr = ref r[0];
        for (int j = 0; j < lb; j++)
        {
            ulong w = b[j], carry = 0;
            if (w == 0) continue;
            ref uint row = ref Unsafe.Add(ref pr, j);
            for (int i = 0; i < la; i++)
            {
                carry += (ulong)Unsafe.Add(ref pa, i) * w + Unsafe.Add(ref row, i);
                Unsafe.Add(ref row, i) = (uint)carry;
                carry >>= 32;
            }
            Unsafe.Add(ref row, la) = (uint)carry;
        }
        return Trim(r, la + lb);
    }

    /// <summary>q = a / w (w ≠ 0), truncated; q holds la words (it may be a itself). Returns the remainder; the
    /// quotient's length is <see cref="Trim"/>(q, la).</summary>
    internal static uint DivWord(uint[] a, int la, uint w, uint[] q)
    {
        ulong rem = 0;
        if (la == 0) return 0;
        ref uint pa = ref a[0];
        ref uint pq = ref q[0];
        for (int i = la - 1; i >= 0; i--)
        {
            ulong cur = rem << 32 | Unsafe.Add(ref pa, i);
            ulong d = cur / w;
            Unsafe.Add(ref pq, i) = (uint)d;
            rem = cur - d * w;
        }
        return (uint)rem;
    }

    /// <summary>Truncated division of magnitudes, lb ≥ 2 and la ≥ lb (Knuth's algorithm D): the quotient into
    /// <paramref name="q"/> (la - lb + 1 words), the remainder into <paramref name="rem"/> (lb words). <paramref
    /// name="un"/> (la + 1 words) and <paramref name="vn"/> (lb words) are scratch for the normalised operands; none
    /// may be a or b. Returns the quotient's and the remainder's lengths.</summary>
    internal static (int Q, int R) DivRem(uint[] a, int la, uint[] b, int lb, uint[] q, uint[] rem, uint[] un, uint[] vn)
    {
        int s = BitOperations.LeadingZeroCount(b[lb - 1]);
        ShiftLeft(b, lb, s, vn);
        un[la] = ShiftLeft(a, la, s, un);
        uint vTop = vn[lb - 1], vNext = vn[lb - 2];
        ref uint pv = ref vn[0];
        for (int j = la - lb; j >= 0; j--)
        {
            // Estimate the quotient word from the top two words of the remainder and the top word of the divisor;
            // the next words correct it until it is at most one too large.
            ulong top = (ulong)un[j + lb] << 32 | un[j + lb - 1];
            ulong qhat = top / vTop, rhat = top - qhat * vTop;
            while (qhat > uint.MaxValue || qhat * vNext > (rhat << 32 | un[j + lb - 2]))
            {
                qhat--;
                rhat += vTop;
                if (rhat > uint.MaxValue) break;
            }
            // un[j .. j+lb] -= qhat · vn
            ref uint pu = ref un[j];
            ulong carry = 0;
            long borrow = 0;
            for (int i = 0; i < lb; i++)
            {
                carry += qhat * Unsafe.Add(ref pv, i);
                borrow += (long)Unsafe.Add(ref pu, i) - (uint)carry;
                Unsafe.Add(ref pu, i) = (uint)borrow;
                carry >>= 32;
                borrow >>= 32;
            }
            borrow += (long)Unsafe.Add(ref pu, lb) - (long)carry;
            Unsafe.Add(ref pu, lb) = (uint)borrow;
            if (borrow < 0)
            {
                // qhat was one too large: add the divisor back.
                qhat--;
                ulong c = 0;
                for (int i = 0; i < lb; i++)
                {
                    c += (ulong)Unsafe.Add(ref pu, i) + Unsafe.Add(ref pv, i);
                    Unsafe.Add(ref pu, i) = (uint)c;
                    c >>= 32;
                }
                Unsafe.Add(ref pu, lb) += (uint)c;
            }
            q[j] = (uint)qhat;
        }
        // The remainder is un's low lb words shifted back.
        if (s == 0) Array.Copy(un, rem, lb);
        else
            for (int i = 0; i < lb; i++)
                rem[i] = un[i] >> s | (uint)((ulong)un[i + 1] << (32 - s));
        return (Trim(q, la - lb + 1), Trim(rem, lb));
    }

    /// <summary>r = a &lt;&lt; s (0 ≤ s &lt; 32) over la words; returns the word shifted out at the top.</summary>
    private static uint ShiftLeft(uint[] a, int la, int s, uint[] r)
    {
        if (s == 0)
        {
            Array.Copy(a, r, la);
            return 0;
        }
        uint carry = 0;
        for (int i = 0; i < la; i++)
        {
            uint w = a[i];
            r[i] = w << s | carry;
            carry = w >> (32 - s);
        }
        return carry;
    }
}
