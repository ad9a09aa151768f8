using System.Runtime.CompilerServices;

namespace Krait.Runtime;

// The sort of keys that are all exact machine-word ints, non-NaN floats or exact strs without surrogate pairs.
// Their "<" runs no Python code and is a total order, so every stable sort gives the list the same final order
// as timsort (equal keys keep their order; no comparison is observable): the keys are copied out as longs,
// doubles or strings and sorted by the framework's sort, with the original position as the tie-break. CPython
// does the same kind of thing with its unsafe_*_compare functions, minus the dispatch those still pay.
public partial class PyList
{
    // Below this the binary insertion of timsort is cheaper than the arrays this path allocates.
    private const int FastSortMin = 16;

    /// <summary>Sorts <paramref name="keys"/> (and <paramref name="values"/> with them) stably when every key is of
    /// one primitive kind; false, with nothing changed, otherwise.</summary>
    private static bool TrySortPrimitive(PyObject[] keys, PyObject[]? values, int n)
    {
        if (n < FastSortMin) return false;
        var t = keys[0].Type;
        int[] order;
        if (ReferenceEquals(t, PyType.IntType) || ReferenceEquals(t, PyType.FloatType))
        {
            var k = new long[n];
            if (ReferenceEquals(t, PyType.IntType))
            {
                for (int i = 0; i < n; i++)
                {
                    var o = keys[i];
                    if (!ReferenceEquals(o.Type, PyType.IntType)) return false;
                    var v = Unsafe.As<PyInt>(o);
                    if (v.IsBig) return false;
                    k[i] = v.Small;
                }
            }
            else
            {
                for (int i = 0; i < n; i++)
                {
                    var o = keys[i];
                    if (!ReferenceEquals(o.Type, PyType.FloatType)) return false;
                    double d = Unsafe.As<PyFloat>(o).Value;
                    if (double.IsNaN(d)) return false; // "<" is no order with a NaN: timsort's exact steps decide
                    k[i] = SortableBits(d);
                }
            }
            if (SortedOrStrictlyDescending(k, n, keys, values)) return true;
            order = RadixOrder(k, n);
        }
        else if (ReferenceEquals(t, PyType.StrType))
        {
            var s = new string[n];
            for (int i = 0; i < n; i++)
            {
                var o = keys[i];
                if (!ReferenceEquals(o.Type, PyType.StrType)) return false;
                var ps = Unsafe.As<PyStr>(o);
                // Ordinal UTF-16 order is code-point order only without surrogate pairs.
                if (!ps.IsAllBmp) return false;
                s[i] = ps.Value;
            }
            bool ascending = true;
            for (int i = 1; i < n && ascending; i++) ascending = string.CompareOrdinal(s[i - 1], s[i]) <= 0;
            if (ascending) return true;
            order = new int[n];
            for (int i = 0; i < n; i++) order[i] = i;
            MergeSortStrings(s, order, new string[n], new int[n], 0, n);
        }
        else return false;
        Permute(keys, order, n);
        if (values is not null) Permute(values, order, n);
        return true;
    }

    /// <summary>A long whose signed order is the double's numeric order (−0.0 and 0.0 equal, as "<" sees them).</summary>
    private static long SortableBits(double d)
    {
        if (d == 0) d = 0; // -0.0 == 0.0
        long b = BitConverter.DoubleToInt64Bits(d);
        return b >= 0 ? b : b ^ long.MaxValue;
    }

    /// <summary>Already in order (nothing to do), or strictly descending (a reversal is the stable sort): true
    /// when the keys are now sorted.</summary>
    private static bool SortedOrStrictlyDescending(long[] k, int n, PyObject[] keys, PyObject[]? values)
    {
        int i = 1;
        while (i < n && k[i - 1] <= k[i]) i++;
        if (i == n) return true;
        if (i > 1) return false;
        while (i < n && k[i - 1] > k[i]) i++;
        if (i < n) return false;
        Array.Reverse(keys, 0, n);
        if (values is not null) Array.Reverse(values, 0, n);
        return true;
    }

    /// <summary>The stable order of <paramref name="k"/> (signed) by an LSD radix sort, one pass per byte that is
    /// not the same in every key. The framework's sorts over (long, int) are generic instantiations that are never
    /// precompiled (they ran as unoptimised code), and unstable.</summary>
    private static int[] RadixOrder(long[] k, int n)
    {
        var counts = new int[8 * 256];
        for (int i = 0; i < n; i++)
        {
            ulong v = (ulong)k[i] ^ 0x8000_0000_0000_0000UL; // signed order as unsigned
            k[i] = (long)v;
            for (int b = 0; b < 8; b++) counts[(b << 8) | (int)((v >> (b << 3)) & 0xFF)]++;
        }
        var order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        long[] k2 = new long[n];
        int[] order2 = new int[n];
        var offsets = new int[256];
        ulong first = (ulong)k[0];
        for (int b = 0; b < 8; b++)
        {
            int shift = b << 3;
            if (counts[(b << 8) | (int)((first >> shift) & 0xFF)] == n) continue; // the same byte everywhere
            int sum = 0;
            for (int d = 0; d < 256; d++)
            {
                offsets[d] = sum;
                sum += counts[(b << 8) | d];
            }
            for (int i = 0; i < n; i++)
            {
                long v = k[i];
                int pos = offsets[(int)(((ulong)v >> shift) & 0xFF)]++;
                k2[pos] = v;
                order2[pos] = order[i];
            }
            (k, k2) = (k2, k);
            (order, order2) = (order2, order);
        }
        return order;
    }

    /// <summary>A stable merge sort of [lo, hi) of <paramref name="s"/> in ordinal order, carrying the original
    /// positions; <paramref name="ts"/> and <paramref name="to"/> are scratch arrays of the same length.</summary>
    private static void MergeSortStrings(string[] s, int[] o, string[] ts, int[] to, int lo, int hi)
    {
        if (hi - lo <= 12)
        {
            for (int i = lo + 1; i < hi; i++)
            {
                string x = s[i];
                int xo = o[i], j = i - 1;
                while (j >= lo && string.CompareOrdinal(s[j], x) > 0)
                {
                    s[j + 1] = s[j];
                    o[j + 1] = o[j];
                    j--;
                }
                s[j + 1] = x;
                o[j + 1] = xo;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        MergeSortStrings(s, o, ts, to, lo, mid);
        MergeSortStrings(s, o, ts, to, mid, hi);
        if (string.CompareOrdinal(s[mid - 1], s[mid]) <= 0) return; // already in order
        Array.Copy(s, lo, ts, lo, mid - lo);
        Array.Copy(o, lo, to, lo, mid - lo);
        int a = lo, b = mid, w = lo;
        while (a < mid && b < hi)
        {
            // Take from the right only when strictly smaller: equal strings keep their order.
            if (string.CompareOrdinal(s[b], ts[a]) < 0) { s[w] = s[b]; o[w++] = o[b++]; }
            else { s[w] = ts[a]; o[w++] = to[a++]; }
        }
        while (a < mid) { s[w] = ts[a]; o[w++] = to[a++]; }
    }

    private static void Permute(PyObject[] a, int[] order, int n)
    {
        var tmp = new PyObject[n];
        for (int i = 0; i < n; i++) tmp[i] = a[order[i]];
        Array.Copy(tmp, a, n);
    }
}
