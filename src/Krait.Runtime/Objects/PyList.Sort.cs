namespace Krait.Runtime;

// list.sort(*, key=None, reverse=False): stable, with CPython's reverse trick (reverse, sort stably, reverse)
// so equal elements keep their original order in both directions. A merge sort: any stable sort gives the
// same result as timsort for a consistent order; timsort's exact comparison sequence is a later refinement.
public partial class PyList
{
    public void Sort(PyObject? key, bool reverse)
    {
        int n = _count;
        var items = _items;
        // As CPython does, the list appears empty while it is being sorted.
        _items = [];
        _count = 0;
        bool completed = false;
        try
        {
            var keys = items;
            if (key is not null)
            {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) keys[i] = Ops.Call(key, [items[i]]);
            }
            if (reverse) { Array.Reverse(keys, 0, n); if (key is not null) Array.Reverse(items, 0, n); }
            var order = new int[n];
            for (int i = 0; i < n; i++) order[i] = i;
            MergeSort(order, new int[n], 0, n, keys);
            var sorted = new PyObject[items.Length];
            for (int i = 0; i < n; i++) sorted[i] = items[order[i]];
            if (reverse) Array.Reverse(sorted, 0, n);
            items = sorted;
            completed = true;
        }
        finally
        {
            bool modified = _count != 0 || _items.Length != 0;
            _items = items;
            _count = n;
            // An exception from a comparison wins over the modification check, as in CPython.
            if (modified && completed) throw PyErr.ValueError("list modified during sort");
        }
    }

    private static bool Less(PyObject a, PyObject b) => Ops.RichCompareBool(a, b, CompareOp.Lt);

    private static void MergeSort(int[] order, int[] tmp, int lo, int hi, PyObject[] keys)
    {
        if (hi - lo < 2) return;
        if (hi - lo <= 8)
        {
            // Binary-insertion sort for short runs (stable).
            for (int i = lo + 1; i < hi; i++)
            {
                int x = order[i];
                int l = lo, r = i;
                while (l < r)
                {
                    int m = (l + r) >> 1;
                    if (Less(keys[x], keys[order[m]])) r = m; else l = m + 1;
                }
                Array.Copy(order, l, order, l + 1, i - l);
                order[l] = x;
            }
            return;
        }
        int mid = (lo + hi) >> 1;
        MergeSort(order, tmp, lo, mid, keys);
        MergeSort(order, tmp, mid, hi, keys);
        if (!Less(keys[order[mid]], keys[order[mid - 1]])) return; // already in order
        Array.Copy(order, lo, tmp, lo, hi - lo);
        int a = lo, b = mid, k = lo;
        while (a < mid && b < hi) order[k++] = Less(keys[tmp[b]], keys[tmp[a]]) ? tmp[b++] : tmp[a++];
        while (a < mid) order[k++] = tmp[a++];
        while (b < hi) order[k++] = tmp[b++];
    }

    private static void InitSort(PyType t)
    {
        TypeBuilder.Method(t, "sort", (self, args, kw) =>
        {
            int npos = args.Length - (kw?.Count ?? 0);
            if (args.Length > 2) throw PyErr.TypeError($"sort() takes at most 2 arguments ({args.Length} given)");
            if (npos > 0) throw PyErr.TypeError("sort() takes no positional arguments");
            PyObject? key = null;
            bool reverse = false;
            for (int i = 0; i < args.Length; i++)
            {
                string name = ((PyStr)kw!.Items[i]).Value;
                if (name == "key") key = args[i] is PyNone ? null : args[i];
                else if (name == "reverse") reverse = Ops.AsSsize(args[i]) != 0;
                else throw PyErr.TypeError($"'{name}' is an invalid keyword argument for sort()");
            }
            ((PyList)self!).Sort(key, reverse);
            return PyNone.Instance;
        });
    }
}
