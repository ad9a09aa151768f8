using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Krait.Runtime;

/// <summary>Arithmetic on the magnitudes of big ints: little-endian 32-bit words (BigInteger's layout); an operand's
/// span has no leading zero word (empty for zero). Results go into caller-provided spans and the length without
/// leading zeros is returned, so a caller can compute into buffers it keeps (the fused big-int trees,
/// <see cref="BigTree"/>) or straight into the result's array (<see cref="PyInt"/>'s big paths). Loops go through
/// references, not indexed spans, to skip the bounds checks.</summary>
internal static class Magnitude
{
    /// <summary>The length of <paramref name="a"/> without its leading zero words.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Trim(ReadOnlySpan<uint> a)
    {
        int n = a.Length;
        while (n > 0 && a[n - 1] == 0) n--;
        return n;
    }

    /// <summary>-1, 0 or 1 as a is below, equal to or above b.</summary>
    internal static int Compare(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        if (a.Length != b.Length) return a.Length < b.Length ? -1 : 1;
        for (int i = a.Length - 1; i >= 0; i--)
            if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
        return 0;
    }

    /// <summary>r = a + b, a at least as long as b; r holds a.Length + 1 words, or a.Length when the caller knows
    /// there is no carry out (it may overlap a exactly).</summary>
    internal static int Add(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b, Span<uint> r)
    {
        int la = a.Length, lb = b.Length;
        if (r.Length < la || lb > la) throw new ArgumentException("short result");
        ref uint pa = ref MemoryMarshal.GetReference(a);
        ref uint pb = ref MemoryMarshal.GetReference(b);
        ref uint pr = ref MemoryMarshal.GetReference(r);
        ulong carry = 0;
        int i = 0;
        for (; i < lb; i++)
        {
            carry += (ulong)Unsafe.Add(ref pa, i) + Unsafe.Add(ref pb, i);
            Unsafe.Add(ref pr, i) = (uint)carry;
            carry >>= 32;
        }
        for (; i < la; i++)
        {
            carry += Unsafe.Add(ref pa, i);
            Unsafe.Add(ref pr, i) = (uint)carry;
            carry >>= 32;
        }
        if (carry == 0) return la;
        r[la] = (uint)carry;
        return la + 1;
    }

    /// <summary>r = a - b, a ≥ b; r holds a.Length words (it may overlap a exactly).</summary>
    internal static int Sub(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b, Span<uint> r)
    {
        int la = a.Length, lb = b.Length;
        if (lb > la) throw new ArgumentException("short operand");
        r = r[..la];
        ref uint pa = ref MemoryMarshal.GetReference(a);
        ref uint pb = ref MemoryMarshal.GetReference(b);
        ref uint pr = ref MemoryMarshal.GetReference(r);
        long borrow = 0;
        int i = 0;
        for (; i < lb; i++)
        {
            borrow += (long)Unsafe.Add(ref pa, i) - Unsafe.Add(ref pb, i);
            Unsafe.Add(ref pr, i) = (uint)borrow;
            borrow >>= 32;
        }
        for (; i < la; i++)
        {
            borrow += Unsafe.Add(ref pa, i);
            Unsafe.Add(ref pr, i) = (uint)borrow;
            borrow >>= 32;
        }
        return Trim(r);
    }

    /// <summary>r = a · w, w ≠ 0; r holds a.Length + 1 words, or a.Length when the caller knows there is no carry
    /// out (it may overlap a exactly).</summary>
    internal static int MulWord(ReadOnlySpan<uint> a, uint w, Span<uint> r)
    {
        int la = a.Length;
        if (r.Length < la) throw new ArgumentException("short result");
        ref uint pa = ref MemoryMarshal.GetReference(a);
        ref uint pr = ref MemoryMarshal.GetReference(r);
        ulong carry = 0;
        for (int i = 0; i < la; i++)
        {
            carry += (ulong)Unsafe.Add(ref pa, i) * w;
            Unsafe.Add(ref pr, i) = (uint)carry;
            carry >>= 32;
        }
        // a's top word isn't zero and w isn't either: without a carry out the result has a's length.
        if (carry == 0) return la;
        r[la] = (uint)carry;
        return la + 1;
    }

    /// <summary>r = a · b by the schoolbook method; r (apart from a and b) holds a.Length + b.Length words.</summary>
    internal static int Mul(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b, Span<uint> r)
    {
        int la = a.Length, lb = b.Length;
        r = r[..(la + lb)];
        r.Clear();
        if (la == 0) return 0;
        ref uint pa = ref MemoryMarshal.GetReference(a);
        ref uint pr = ref MemoryMarshal.GetReference(r);
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
        return Trim(r);
    }

    /// <summary>q = a / w (w ≠ 0), truncated; q holds a.Length words, or one less when a's top word is below w
    /// (the quotient's top word is then zero); it may overlap a exactly. Returns the remainder; the quotient's length
    /// is <see cref="Trim"/> of its words.</summary>
    internal static uint DivWord(ReadOnlySpan<uint> a, uint w, Span<uint> q)
    {
        int la = a.Length;
        if (la == 0) return 0;
        ulong rem = 0;
        int i = la - 1;
        if (q.Length < la)
        {
            rem = a[i--];
            if (rem >= w) throw new ArgumentException("short quotient");
        }
        if (i < 0) return (uint)rem;
        _ = q[i];
        ref uint pa = ref MemoryMarshal.GetReference(a);
        ref uint pq = ref MemoryMarshal.GetReference(q);
        for (; i >= 0; i--)
        {
            ulong cur = rem << 32 | Unsafe.Add(ref pa, i);
            ulong d = cur / w;
            Unsafe.Add(ref pq, i) = (uint)d;
            rem = cur - d * w;
        }
        return (uint)rem;
    }

    /// <summary>a mod w (w ≠ 0).</summary>
    internal static uint RemWord(ReadOnlySpan<uint> a, uint w)
    {
        ref uint pa = ref MemoryMarshal.GetReference(a);
        ulong rem = 0;
        for (int i = a.Length - 1; i >= 0; i--)
            rem = (rem << 32 | Unsafe.Add(ref pa, i)) % w;
        return (uint)rem;
    }

    /// <summary>a += 1 in place; false when every word was all ones (a is then all zeros and the carry out is the
    /// caller's: a word 1 above them).</summary>
    internal static bool TryIncrement(Span<uint> a)
    {
        int i = 0;
        while (i < a.Length && a[i] == uint.MaxValue) i++;
        a[..i].Clear();
        if (i == a.Length) return false;
        a[i]++;
        return true;
    }

    /// <summary>Truncated division of magnitudes, b at least 2 words and a at least as long (Knuth's algorithm D):
    /// the quotient into <paramref name="q"/> (a.Length - b.Length + 1 words), the remainder into <paramref
    /// name="rem"/>, which holds a.Length + 1 words (a's copy is reduced in place); neither may overlap a or b. Returns
    /// the quotient's and remainder's lengths. Each quotient word is estimated from the top words of the remainder
    /// and the divisor as if both were shifted to make the divisor's top bit 1 (Knuth's normalisation), but the
    /// subtraction works on the words as they are: (u - q·v)·2^s is the normalised step, so the estimates and their
    /// corrections are the same, and the operands are never copied shifted (a big dividend with a one-word quotient,
    /// as `(10 * (3 * q + r)) // t` is, costs one copy and one multiply-subtract pass).</summary>
    internal static (int Q, int R) DivRem(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b, Span<uint> q, Span<uint> rem)
    {
        int la = a.Length, lb = b.Length;
        int s = BitOperations.LeadingZeroCount(b[lb - 1]);
        q = q[..(la - lb + 1)];
        rem = rem[..(la + 1)];
        a.CopyTo(rem);
        rem[la] = 0;
        // The divisor's top two words, normalised.
        uint b3 = lb > 2 ? b[lb - 3] : 0;
        uint vTop = Normalized(b[lb - 1], b[lb - 2], s), vNext = Normalized(b[lb - 2], b3, s);
        ref uint pv = ref MemoryMarshal.GetReference(b);
        for (int j = la - lb; j >= 0; j--)
        {
            // The remainder's top three words in the window j .. j+lb, normalised.
            uint u2 = Normalized(rem[j + lb], rem[j + lb - 1], s);
            uint u1 = Normalized(rem[j + lb - 1], rem[j + lb - 2], s);
            uint u0 = Normalized(rem[j + lb - 2], j + lb >= 3 ? rem[j + lb - 3] : 0, s);
            ulong top = (ulong)u2 << 32 | u1;
            ulong qhat = top / vTop, rhat = top - qhat * vTop;
            while (qhat > uint.MaxValue || qhat * vNext > (rhat << 32 | u0))
            {
                qhat--;
                rhat += vTop;
                if (rhat > uint.MaxValue) break;
            }
            // rem[j .. j+lb] -= qhat · b
            ref uint pu = ref rem[j];
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
        return (Trim(q), Trim(rem[..lb]));
    }

    /// <summary>The word <paramref name="hi"/> shifted left by s (0 ≤ s &lt; 32) with the top bits of <paramref
    /// name="lo"/>, the word below it, shifted in.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Normalized(uint hi, uint lo, int s) => s == 0 ? hi : hi << s | lo >> (32 - s);
}
