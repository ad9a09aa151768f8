using System.Runtime.CompilerServices;

namespace Krait.Runtime;

// list.sort(*, key=None, reverse=False): CPython 3.11's timsort (natural runs, binary insertion up to minrun,
// powersort merge policy, galloping merges), written so that it makes the same sequence of "<" comparisons
// as CPython: programs that log or count comparisons see the same thing, and partly ordered data sorts in
// linear time. Keys that are all exact small ints, floats or strs are compared without dispatch.
public partial class PyList
{
    /// <summary>The item array of a list being sorted: any mutation replaces it (even append-then-clear), which is
    /// how CPython's allocated = -1 marker detects "list modified during sort".</summary>
    private static readonly PyObject[] s_sorting = new PyObject[0];

    public void Sort(PyObject? key, bool reverse)
    {
        int n = _count, alloc = _alloc;
        var items = _items;
        // As CPython does, the list appears empty while it is being sorted.
        _items = s_sorting;
        _count = _alloc = 0;
        bool completed = false;
        try
        {
            PyObject[]? keys = null;
            if (key is not null)
            {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) keys[i] = Ops.Call(key, [items[i]]);
            }
            if (n > 1)
            {
                if (reverse)
                {
                    if (keys is not null) Array.Reverse(keys, 0, n);
                    Array.Reverse(items, 0, n);
                }
                try
                {
                    if (!TrySortPrimitive(keys ?? items, keys is null ? null : items, n))
                        new TimSort(keys ?? items, keys is null ? null : items, n).Run();
                }
                finally
                {
                    // Even after an exception the list is a permutation of its items (reversed back like CPython).
                    if (reverse) Array.Reverse(items, 0, n);
                }
            }
            completed = true;
        }
        finally
        {
            bool modified = _count != 0 || !ReferenceEquals(_items, s_sorting);
            _items = items;
            _count = n;
            _alloc = alloc;
            // An exception from a comparison wins over the modification check, as in CPython.
            if (modified && completed) throw PyErr.ValueError("list modified during sort");
        }
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

    /// <summary>The merge state of one sort: keys (and the values that travel with them when a key function
    /// was given), the stack of pending runs, and the temporary array for merges.</summary>
    private sealed class TimSort
    {
        private const int MinGallopInit = 7;
        private const int KindObject = 0, KindLong = 1, KindFloat = 2, KindStr = 3, KindTuple = 4;

        private readonly PyObject[] _keys;
        private readonly PyObject[]? _values;
        private readonly int _n;
        private readonly int _kind;
        private PyObject[] _tmpKeys = [];
        private PyObject[]? _tmpValues;
        private int _minGallop = MinGallopInit;
        private int _pending;
        // The pending-run stack; a list shorter than 64 is a single run and never needs it.
        private int[] _runBase = [], _runLen = [], _runPower = [];

        public TimSort(PyObject[] keys, PyObject[]? values, int n)
        {
            _keys = keys;
            _values = values;
            _n = n;
            _kind = ChooseKind(keys, n);
        }

        /// <summary>The pre-sort check: a fast comparison when every key has the same simple exact type.</summary>
        private static int ChooseKind(PyObject[] keys, int n)
        {
            var t = keys[0].Type;
            if (ReferenceEquals(t, PyType.TupleType))
            {
                for (int i = 0; i < n; i++)
                    if (keys[i] is not PyTuple { Count: > 0 } kt || !ReferenceEquals(kt.Type, PyType.TupleType)) return KindObject;
                return KindTuple;
            }
            int kind = ReferenceEquals(t, PyType.IntType) ? KindLong : ReferenceEquals(t, PyType.FloatType) ? KindFloat
                : ReferenceEquals(t, PyType.StrType) ? KindStr : KindObject;
            if (kind == KindObject) return kind;
            for (int i = 0; i < n; i++)
            {
                var k = keys[i];
                if (!ReferenceEquals(k.Type, t)) return KindObject;
                if (kind == KindLong && ((PyInt)k).IsBig) return KindObject;
            }
            return kind;
        }

        // ChooseKind checked the exact types: the casts need no checks (a checked cast of a class with subclasses is
        // a helper call per comparison).
        private bool Lt(PyObject a, PyObject b) => _kind switch
        {
            KindLong => Unsafe.As<PyInt>(a).Small < Unsafe.As<PyInt>(b).Small,
            KindFloat => Unsafe.As<PyFloat>(a).Value < Unsafe.As<PyFloat>(b).Value,
            KindStr => PyStr.Compare(Unsafe.As<PyStr>(a), Unsafe.As<PyStr>(b)) < 0,
            KindTuple => TupleLt(Unsafe.As<PyTuple>(a).Items, Unsafe.As<PyTuple>(b).Items),
            _ => Ops.RichCompareBool(a, b, CompareOp.Lt),
        };

        /// <summary>unsafe_tuple_compare: == on the items up to the first difference, then &lt; on that pair
        /// (the same Python-visible calls as tuple's own comparison, without its dispatch).</summary>
        private static bool TupleLt(PyObject[] v, PyObject[] w)
        {
            int i = 0, n = Math.Min(v.Length, w.Length);
            for (; i < n; i++)
            {
                var x = v[i];
                var y = w[i];
                if (ReferenceEquals(x, y)) continue;
                var xt = x.Type;
                if (ReferenceEquals(xt, y.Type))
                {
                    if (ReferenceEquals(xt, PyType.IntType))
                    {
                        var xi = Unsafe.As<PyInt>(x);
                        var yi = Unsafe.As<PyInt>(y);
                        if (!xi.IsBig && !yi.IsBig)
                        {
                            if (xi.Small == yi.Small) continue;
                            return xi.Small < yi.Small;
                        }
                    }
                    else if (ReferenceEquals(xt, PyType.StrType))
                    {
                        var xs = Unsafe.As<PyStr>(x);
                        var ys = Unsafe.As<PyStr>(y);
                        if (xs.IsAllBmp && ys.IsAllBmp)
                        {
                            int o = string.CompareOrdinal(xs.Value, ys.Value);
                            if (o == 0) continue;
                            return o < 0;
                        }
                        int c = PyStr.Compare(xs, ys);
                        if (c == 0) continue;
                        return c < 0;
                    }
                }
                if (!Ops.RichCompareBool(x, y, CompareOp.Eq)) break;
            }
            if (i >= n) return v.Length < w.Length;
            return Ops.RichCompareBool(v[i], w[i], CompareOp.Lt);
        }

        public void Run()
        {
            int lo = 0, remaining = _n;
            int minrun = MinRun(remaining);
            if (remaining < 64)
            {
                // minrun == n: one run, extended to the whole list by binary insertion.
                int n0 = CountRun(0, remaining, out bool desc0);
                if (desc0) ReverseRange(0, n0);
                if (n0 < remaining) BinarySort(0, remaining, n0);
                return;
            }
            _runBase = new int[64];
            _runLen = new int[64];
            _runPower = new int[64];
            do
            {
                int n = CountRun(lo, lo + remaining, out bool descending);
                if (descending) ReverseRange(lo, n);
                if (n < minrun)
                {
                    int force = remaining <= minrun ? remaining : minrun;
                    BinarySort(lo, lo + force, lo + n);
                    n = force;
                }
                FoundNewRun(n);
                _runBase[_pending] = lo;
                _runLen[_pending] = n;
                _pending++;
                lo += n;
                remaining -= n;
            } while (remaining > 0);
            while (_pending > 1)
            {
                int i = _pending - 2;
                if (i > 0 && _runLen[i - 1] < _runLen[i + 1]) i--;
                MergeAt(i);
            }
        }

        private static int MinRun(int n)
        {
            int r = 0;
            while (n >= 64) { r |= n & 1; n >>= 1; }
            return n + r;
        }

        private void ReverseRange(int lo, int n)
        {
            Array.Reverse(_keys, lo, n);
            if (_values is not null) Array.Reverse(_values, lo, n);
        }

        /// <summary>Sorts [lo, hi) by binary insertion; [lo, start) is already sorted.</summary>
        private void BinarySort(int lo, int hi, int start)
        {
            var keys = _keys;
            if (start == lo) start++;
            for (; start < hi; start++)
            {
                int l = lo, r = start;
                var pivot = keys[r];
                do
                {
                    int p = l + ((r - l) >> 1);
                    if (Lt(pivot, keys[p])) r = p; else l = p + 1;
                } while (l < r);
                Array.Copy(keys, l, keys, l + 1, start - l);
                keys[l] = pivot;
                if (_values is { } values)
                {
                    var pv = values[start];
                    Array.Copy(values, l, values, l + 1, start - l);
                    values[l] = pv;
                }
            }
        }

        /// <summary>The longest ascending (a[0] &lt;= a[1] ...) or strictly descending run at lo.</summary>
        private int CountRun(int lo, int hi, out bool descending)
        {
            var keys = _keys;
            descending = false;
            lo++;
            if (lo == hi) return 1;
            int n = 2;
            if (Lt(keys[lo], keys[lo - 1]))
            {
                descending = true;
                for (lo++; lo < hi; lo++, n++)
                    if (!Lt(keys[lo], keys[lo - 1])) break;
            }
            else
            {
                for (lo++; lo < hi; lo++, n++)
                    if (Lt(keys[lo], keys[lo - 1])) break;
            }
            return n;
        }

        /// <summary>gallop_left over a[b .. b+n): the k with a[k-1] &lt; key &lt;= a[k].</summary>
        private int GallopLeft(PyObject key, PyObject[] a, int b, int n, int hint)
        {
            int lastofs = 0, ofs = 1, k;
            int h = b + hint;
            if (Lt(a[h], key))
            {
                int maxofs = n - hint;
                while (ofs < maxofs)
                {
                    if (Lt(a[h + ofs], key)) { lastofs = ofs; ofs = (ofs << 1) + 1; if (ofs <= 0) ofs = maxofs; }
                    else break;
                }
                if (ofs > maxofs) ofs = maxofs;
                lastofs += hint;
                ofs += hint;
            }
            else
            {
                int maxofs = hint + 1;
                while (ofs < maxofs)
                {
                    if (Lt(a[h - ofs], key)) break;
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                    if (ofs <= 0) ofs = maxofs;
                }
                if (ofs > maxofs) ofs = maxofs;
                k = lastofs;
                lastofs = hint - ofs;
                ofs = hint - k;
            }
            lastofs++;
            while (lastofs < ofs)
            {
                int m = lastofs + ((ofs - lastofs) >> 1);
                if (Lt(a[b + m], key)) lastofs = m + 1; else ofs = m;
            }
            return ofs;
        }

        /// <summary>gallop_right over a[b .. b+n): the k with a[k-1] &lt;= key &lt; a[k].</summary>
        private int GallopRight(PyObject key, PyObject[] a, int b, int n, int hint)
        {
            int lastofs = 0, ofs = 1, k;
            int h = b + hint;
            if (Lt(key, a[h]))
            {
                int maxofs = hint + 1;
                while (ofs < maxofs)
                {
                    if (Lt(key, a[h - ofs])) { lastofs = ofs; ofs = (ofs << 1) + 1; if (ofs <= 0) ofs = maxofs; }
                    else break;
                }
                if (ofs > maxofs) ofs = maxofs;
                k = lastofs;
                lastofs = hint - ofs;
                ofs = hint - k;
            }
            else
            {
                int maxofs = n - hint;
                while (ofs < maxofs)
                {
                    if (Lt(key, a[h + ofs])) break;
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                    if (ofs <= 0) ofs = maxofs;
                }
                if (ofs > maxofs) ofs = maxofs;
                lastofs += hint;
                ofs += hint;
            }
            lastofs++;
            while (lastofs < ofs)
            {
                int m = lastofs + ((ofs - lastofs) >> 1);
                if (Lt(key, a[b + m])) ofs = m; else lastofs = m + 1;
            }
            return ofs;
        }

        private void EnsureTmp(int need)
        {
            if (_tmpKeys.Length >= need) return;
            // A merge never needs more than half the list: allocate that once.
            int size = Math.Max(need, (_n + 1) / 2);
            _tmpKeys = new PyObject[size];
            if (_values is not null) _tmpValues = new PyObject[size];
        }

        /// <summary>powerloop: the depth of the boundary between runs s1..s1+n1 and the next n2 items.</summary>
        private static int PowerLoop(long s1, long n1, long n2, long n)
        {
            int result = 0;
            long a = 2 * s1 + n1, b = a + n1 + n2;
            while (true)
            {
                result++;
                if (a >= n) { a -= n; b -= n; }
                else if (b >= n) break;
                a <<= 1;
                b <<= 1;
            }
            return result;
        }

        private void FoundNewRun(int n2)
        {
            if (_pending == 0) return;
            int top = _pending - 1;
            int power = PowerLoop(_runBase[top], _runLen[top], n2, _n);
            while (_pending > 1 && _runPower[_pending - 2] > power) MergeAt(_pending - 2);
            _runPower[_pending - 1] = power;
        }

        private void MergeAt(int i)
        {
            int baseA = _runBase[i], na = _runLen[i];
            int baseB = _runBase[i + 1], nb = _runLen[i + 1];
            _runLen[i] = na + nb;
            if (i == _pending - 3)
            {
                _runBase[i + 1] = _runBase[i + 2];
                _runLen[i + 1] = _runLen[i + 2];
                _runPower[i + 1] = _runPower[i + 2];
            }
            _pending--;
            // Items of A before B's first already sit in place, as do items of B after A's last.
            int k = GallopRight(_keys[baseB], _keys, baseA, na, 0);
            baseA += k;
            na -= k;
            if (na == 0) return;
            nb = GallopLeft(_keys[baseA + na - 1], _keys, baseB, nb, nb - 1);
            if (nb <= 0) return;
            if (na <= nb) MergeLo(baseA, na, baseB, nb); else MergeHi(baseA, na, baseB, nb);
        }

        private void Move(int dst, int src, int count)
        {
            Array.Copy(_keys, src, _keys, dst, count);
            if (_values is not null) Array.Copy(_values, src, _values, dst, count);
        }

        private void FromTmp(int dst, int src, int count)
        {
            Array.Copy(_tmpKeys, src, _keys, dst, count);
            if (_values is not null) Array.Copy(_tmpValues!, src, _values, dst, count);
        }

        /// <summary>merge_lo: A (na items, the shorter run) is copied out and merged from the left.</summary>
        private void MergeLo(int pa, int na, int pb, int nb)
        {
            EnsureTmp(na);
            var keys = _keys;
            var tk = _tmpKeys;
            Array.Copy(keys, pa, tk, 0, na);
            if (_values is not null) Array.Copy(_values, pa, _tmpValues!, 0, na);
            int dest = pa, a = 0, b = pb;
            bool ok = false;
            try
            {
                Move(dest++, b++, 1);
                if (--nb == 0) { ok = true; return; }
                if (na == 1) goto CopyB;
                int minGallop = _minGallop;
                while (true)
                {
                    int acount = 0, bcount = 0;
                    while (true)
                    {
                        if (Lt(keys[b], tk[a]))
                        {
                            Move(dest++, b++, 1);
                            bcount++; acount = 0;
                            if (--nb == 0) { ok = true; return; }
                            if (bcount >= minGallop) break;
                        }
                        else
                        {
                            FromTmp(dest++, a++, 1);
                            acount++; bcount = 0;
                            if (--na == 1) goto CopyB;
                            if (acount >= minGallop) break;
                        }
                    }
                    minGallop++;
                    do
                    {
                        if (minGallop > 1) minGallop--;
                        _minGallop = minGallop;
                        int k = GallopRight(keys[b], tk, a, na, 0);
                        acount = k;
                        if (k > 0)
                        {
                            FromTmp(dest, a, k);
                            dest += k; a += k; na -= k;
                            if (na == 1) goto CopyB;
                            if (na == 0) { ok = true; return; }
                        }
                        Move(dest++, b++, 1);
                        if (--nb == 0) { ok = true; return; }
                        k = GallopLeft(tk[a], keys, b, nb, 0);
                        bcount = k;
                        if (k > 0)
                        {
                            Move(dest, b, k);
                            dest += k; b += k; nb -= k;
                            if (nb == 0) { ok = true; return; }
                        }
                        FromTmp(dest++, a++, 1);
                        if (--na == 1) goto CopyB;
                    } while (acount >= MinGallopInit || bcount >= MinGallopInit);
                    minGallop++;
                    _minGallop = minGallop;
                }
            CopyB:
                // The last item of A belongs at the end of the merge.
                Move(dest, b, nb);
                FromTmp(dest + nb, a, 1);
                na = 0;
                ok = true;
            }
            finally
            {
                // On success or failure, whatever is left of A goes back (nothing is lost or duplicated).
                if (na > 0) FromTmp(dest, a, na);
                _ = ok;
            }
        }

        /// <summary>merge_hi: B (nb items, the shorter run) is copied out and merged from the right.</summary>
        private void MergeHi(int pa, int na, int pb, int nb)
        {
            EnsureTmp(nb);
            var keys = _keys;
            var tk = _tmpKeys;
            Array.Copy(keys, pb, tk, 0, nb);
            if (_values is not null) Array.Copy(_values, pb, _tmpValues!, 0, nb);
            int dest = pb + nb - 1, a = pa + na - 1, b = nb - 1;
            int baseA = pa;
            try
            {
                Move(dest--, a--, 1);
                if (--na == 0) return;
                if (nb == 1) goto CopyA;
                int minGallop = _minGallop;
                while (true)
                {
                    int acount = 0, bcount = 0;
                    while (true)
                    {
                        if (Lt(tk[b], keys[a]))
                        {
                            Move(dest--, a--, 1);
                            acount++; bcount = 0;
                            if (--na == 0) return;
                            if (acount >= minGallop) break;
                        }
                        else
                        {
                            FromTmp(dest--, b--, 1);
                            bcount++; acount = 0;
                            if (--nb == 1) goto CopyA;
                            if (bcount >= minGallop) break;
                        }
                    }
                    minGallop++;
                    do
                    {
                        if (minGallop > 1) minGallop--;
                        _minGallop = minGallop;
                        int k = GallopRight(tk[b], keys, baseA, na, na - 1);
                        k = na - k;
                        acount = k;
                        if (k > 0)
                        {
                            dest -= k; a -= k;
                            Move(dest + 1, a + 1, k);
                            na -= k;
                            if (na == 0) return;
                        }
                        FromTmp(dest--, b--, 1);
                        if (--nb == 1) goto CopyA;
                        k = GallopLeft(keys[a], tk, 0, nb, nb - 1);
                        k = nb - k;
                        bcount = k;
                        if (k > 0)
                        {
                            dest -= k; b -= k;
                            FromTmp(dest + 1, b + 1, k);
                            nb -= k;
                            if (nb == 1) goto CopyA;
                            if (nb == 0) return;
                        }
                        Move(dest--, a--, 1);
                        if (--na == 0) return;
                    } while (acount >= MinGallopInit || bcount >= MinGallopInit);
                    minGallop++;
                    _minGallop = minGallop;
                }
            CopyA:
                // The first item of B belongs at the front of the merge.
                dest -= na; a -= na;
                Move(dest + 1, a + 1, na);
                FromTmp(dest, b, 1);
                nb = 0;
            }
            finally
            {
                if (nb > 0) FromTmp(dest - (nb - 1), 0, nb);
            }
        }
    }
}
