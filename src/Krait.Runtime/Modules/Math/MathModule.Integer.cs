using System.Numerics;

namespace Krait.Runtime;

// Integer functions: gcd, lcm, isqrt, factorial, comb, perm, prod.
public static partial class MathModule
{
    private static void AddIntegerFunctions(PyModule m)
    {
        m.AddFunction("gcd", (_, a, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("math.gcd() takes no keyword arguments");
            if (a.Length == 0) return PyInt.FromLong(0);
            var res = Ops.Index(a[0]).ToBigInteger();
            if (a.Length == 1) return PyInt.FromBig(BigInteger.Abs(res));
            for (int i = 1; i < a.Length; i++)
            {
                var x = Ops.Index(a[i]).ToBigInteger();
                if (res.IsOne) continue;
                res = BigInteger.GreatestCommonDivisor(res, x);
            }
            return PyInt.FromBig(res);
        });
        m.AddFunction("lcm", (_, a, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("math.lcm() takes no keyword arguments");
            if (a.Length == 0) return PyInt.FromLong(1);
            var res = Ops.Index(a[0]).ToBigInteger();
            if (a.Length == 1) return PyInt.FromBig(BigInteger.Abs(res));
            for (int i = 1; i < a.Length; i++)
            {
                var x = Ops.Index(a[i]).ToBigInteger();
                if (res.IsZero) continue;
                if (x.IsZero) { res = BigInteger.Zero; continue; }
                var g = BigInteger.GreatestCommonDivisor(res, x);
                res = BigInteger.Abs(res / g * x);
            }
            return PyInt.FromBig(res);
        });
        m.AddFunction("isqrt", (_, a, kw) =>
        {
            var n = Ops.Index(ArgBinder.One("math.isqrt", a, kw)).ToBigInteger();
            if (n.Sign < 0) throw PyErr.ValueError("isqrt() argument must be nonnegative");
            return PyInt.FromBig(Isqrt(n));
        });
        m.AddFunction("factorial", (_, a, kw) =>
        {
            var n = Ops.Index(ArgBinder.One("math.factorial", a, kw));
            if (n.Sign < 0) throw PyErr.ValueError("factorial() not defined for negative values");
            if (n.IsBig) throw PyErr.OverflowError($"factorial() argument should not exceed {long.MaxValue}");
            return PyInt.FromBig(Factorial(n.Small));
        });
        m.AddFunction("perm", (_, a, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("math.perm() takes no keyword arguments");
            ArgBinder.Positional("perm", a, null, 1, 2);
            var n = Ops.Index(a[0]);
            if (a.Length == 1 || a[1] is PyNone)
            {
                if (n.Sign < 0) throw PyErr.ValueError("factorial() not defined for negative values");
                if (n.IsBig) throw PyErr.OverflowError($"factorial() argument should not exceed {long.MaxValue}");
                return PyInt.FromBig(Factorial(n.Small));
            }
            var k = Ops.Index(a[1]);
            if (n.Sign < 0) throw PyErr.ValueError("n must be a non-negative integer");
            if (k.Sign < 0) throw PyErr.ValueError("k must be a non-negative integer");
            var nb = n.ToBigInteger();
            var kb = k.ToBigInteger();
            if (nb < kb) return PyInt.FromLong(0);
            if (k.IsBig) throw PyErr.OverflowError($"k must not exceed {long.MaxValue}");
            return PyInt.FromBig(RangeProduct(nb - kb + 1, k.Small));
        });
        m.AddFunction("comb", (_, a, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("math.comb() takes no keyword arguments");
            ArgBinder.Positional("comb", a, null, 2, 2);
            var n = Ops.Index(a[0]);
            var k = Ops.Index(a[1]);
            if (n.Sign < 0) throw PyErr.ValueError("n must be a non-negative integer");
            if (k.Sign < 0) throw PyErr.ValueError("k must be a non-negative integer");
            var nb = n.ToBigInteger();
            var kb = k.ToBigInteger();
            if (nb < kb) return PyInt.FromLong(0);
            var mk = BigInteger.Min(nb - kb, kb);
            if (mk > long.MaxValue) throw PyErr.OverflowError($"min(n - k, k) must not exceed {long.MaxValue}");
            long kk = (long)mk;
            if (kk == 0) return PyInt.FromLong(1);
            return PyInt.FromBig(RangeProduct(nb - kk + 1, kk) / Factorial(kk));
        });
        m.AddFunction("prod", (_, a, kw) =>
        {
            var v = new PyObject?[2];
            ArgBinder.Bind("prod", a, kw, ["iterable", "start"], 1, 1, 1, v);
            PyObject result = v[1] ?? PyInt.FromLong(1);
            var it = Ops.GetIter(v[0]!);
            while (Ops.Next(it) is { } item) result = Ops.BinaryOp(result, item, NumberOp.Multiply);
            return result;
        });
    }

    internal static BigInteger Isqrt(BigInteger n)
    {
        if (n.IsZero) return n;
        if (n < (BigInteger.One << 52))
        {
            long s = (long)Math.Sqrt((double)n);
            while (s * s > (long)n) s--;
            while ((s + 1) * (s + 1) <= (long)n) s++;
            return s;
        }
        // Newton's iteration from an over-estimate decreases monotonically to the floor of the root.
        long bits = (long)n.GetBitLength();
        BigInteger x = BigInteger.One << (int)((bits + 1) / 2);
        while (true)
        {
            var y = (x + n / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }

    /// <summary>lo * (lo+1) * … * (lo+count-1), by binary splitting so the big multiplications stay balanced.</summary>
    private static BigInteger RangeProduct(BigInteger lo, long count)
    {
        if (count <= 0) return BigInteger.One;
        if (count <= 16)
        {
            BigInteger r = lo;
            for (long i = 1; i < count; i++) r *= lo + i;
            return r;
        }
        long half = count / 2;
        return RangeProduct(lo, half) * RangeProduct(lo + half, count - half);
    }

    private static readonly long[] s_smallFactorials =
    [
        1, 1, 2, 6, 24, 120, 720, 5040, 40320, 362880, 3628800, 39916800, 479001600, 6227020800, 87178291200,
        1307674368000, 20922789888000, 355687428096000, 6402373705728000, 121645100408832000, 2432902008176640000,
    ];

    internal static BigInteger Factorial(long n)
    {
        if (n < s_smallFactorials.Length) return s_smallFactorials[n];
        // n! = (odd part) << (n - popcount(n)); the odd part is a product of odd ranges.
        BigInteger odd = OddFactorialPart(n);
        long twos = n - BitOperations.PopCount((ulong)n);
        return odd << (int)twos;
    }

    /// <summary>Product over i ≥ 0 of (product of odd j in (n >> (i+1), n >> i]) to the power i+1 — the odd part of n!.</summary>
    private static BigInteger OddFactorialPart(long n)
    {
        BigInteger inner = BigInteger.One, outer = BigInteger.One;
        for (int i = 63 - BitOperations.LeadingZeroCount((ulong)n); i >= 0; i--)
        {
            long v = n >> i;
            if (v <= 2) continue;
            long lower = ((n >> (i + 1)) + 1) | 1; // least odd integer > n >> (i+1)
            long upper = (v + 1) | 1;              // least odd integer > v
            inner *= OddProduct(lower, upper);
            outer *= inner;
        }
        return outer;
    }

    /// <summary>Product of the odd integers in [lo, hi) (both odd).</summary>
    private static BigInteger OddProduct(long lo, long hi)
    {
        long count = (hi - lo) / 2;
        if (count <= 0) return BigInteger.One;
        if (count <= 8)
        {
            BigInteger r = lo;
            for (long j = lo + 2; j < hi; j += 2) r *= j;
            return r;
        }
        long mid = lo + 2 * (count / 2);
        return OddProduct(lo, mid) * OddProduct(mid, hi);
    }
}
