namespace Krait.Runtime;

/// <summary>CPython's numeric hash (Python/pyhash.c): every number hashes to its value modulo the Mersenne
/// prime 2**61−1, so equal numbers of different types hash alike.</summary>
internal static class NumericHash
{
    public const long Modulus = (1L << 61) - 1;
    public const int Bits = 61;
    public const long Inf = 314159;

    /// <summary>_Py_HashDouble for finite and infinite values (NaN hashes by identity, in the caller).</summary>
    public static long Double(double v)
    {
        if (double.IsInfinity(v)) return v > 0 ? Inf : -Inf;
        double m = Frexp(v, out int e);
        int sign = 1;
        if (m < 0) { sign = -1; m = -m; }
        ulong x = 0;
        while (m != 0)
        {
            x = ((x << 28) & (ulong)Modulus) | (x >> (Bits - 28));
            m *= 268435456.0; // 2**28
            e -= 28;
            ulong y = (ulong)m;
            m -= y;
            x += y;
            if (x >= (ulong)Modulus) x -= (ulong)Modulus;
        }
        e = e >= 0 ? e % Bits : Bits - 1 - ((-1 - e) % Bits);
        x = ((x << e) & (ulong)Modulus) | (x >> (Bits - e));
        long h = (long)x * sign;
        return h == -1 ? -2 : h;
    }

    /// <summary>C's frexp: v = m * 2**e with 0.5 ≤ |m| &lt; 1.</summary>
    public static double Frexp(double v, out int e)
    {
        if (v == 0 || double.IsNaN(v) || double.IsInfinity(v)) { e = 0; return v; }
        long bits = BitConverter.DoubleToInt64Bits(v);
        int exp = (int)((bits >> 52) & 0x7FF);
        if (exp == 0)
        {
            // Subnormal: scale into the normal range first.
            v *= 18014398509481984.0; // 2**54
            bits = BitConverter.DoubleToInt64Bits(v);
            exp = (int)((bits >> 52) & 0x7FF) - 54;
        }
        e = exp - 1022;
        bits = (bits & unchecked((long)0x800FFFFFFFFFFFFFUL)) | (1022L << 52);
        return BitConverter.Int64BitsToDouble(bits);
    }
}
