namespace Krait.Runtime;

/// <summary>The _heapq module: the binary min-heap (and the max-heap helpers heapq.merge uses) on a list, with
/// CPython's sift order, cache-friendly heapify and "list changed size" checks.</summary>
public static class HeapqModule
{
    public static PyModule Create()
    {
        var m = new PyModule("_heapq", "Heap queue algorithm (a.k.a. priority queue).\n\nHeaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\nall k, counting elements from 0.  For the sake of comparison,\nnon-existing elements are considered to be infinite.  The interesting\nproperty of a heap is that a[0] is always its smallest element.\n\nUsage:\n\nheap = []            # creates an empty heap\nheappush(heap, item) # pushes a new item on the heap\nitem = heappop(heap) # pops the smallest item from the heap\nitem = heap[0]       # smallest item on the heap without popping it\nheapify(x)           # transforms list into a heap, in-place, in linear time\nitem = heapreplace(heap, item) # pops and returns smallest item, and adds\n                               # new item; the heap size is unchanged\n\nOur API differs from textbook heap algorithms as follows:\n\n- We use 0-based indexing.  This makes the relationship between the\n  index for a node and the indexes for its children slightly less\n  obvious, but is more suitable since Python uses 0-based indexing.\n\n- Our heappop() method returns the smallest item, not the largest.\n\nThese two make it possible to view the heap as a regular Python list\nwithout surprises: heap[0] is the smallest item, and heap.sort()\nmaintains the heap invariant!\n");
        m.Add("__about__", new PyStr(About));
        m.AddFunction("heappush", (_, a, kw) =>
        {
            var heap = ListArg2("heappush", a, kw);
            heap.Append(a[1]);
            SiftDown(heap, 0, heap.Count - 1, false);
            return PyNone.Instance;
        });
        m.AddFunction("heappop", (_, a, kw) => Pop(ListArg1("heappop", a, kw), false));
        m.AddFunction("_heappop_max", (_, a, kw) => Pop(ListArg1("_heappop_max", a, kw), true));
        m.AddFunction("heapreplace", (_, a, kw) => Replace(ListArg2("heapreplace", a, kw), a[1], false));
        m.AddFunction("_heapreplace_max", (_, a, kw) => Replace(ListArg2("_heapreplace_max", a, kw), a[1], true));
        m.AddFunction("heappushpop", (_, a, kw) =>
        {
            var heap = ListArg2("heappushpop", a, kw);
            var item = a[1];
            if (heap.Count == 0) return item;
            var top = heap[0];
            if (!Ops.RichCompareBool(top, item, CompareOp.Lt)) return item;
            if (heap.Count == 0) throw PyErr.IndexError("index out of range");
            var ret = heap[0];
            heap[0] = item;
            SiftUp(heap, 0, false);
            return ret;
        });
        m.AddFunction("heapify", (_, a, kw) => { Heapify(ListArg1("heapify", a, kw), false); return PyNone.Instance; });
        m.AddFunction("_heapify_max", (_, a, kw) => { Heapify(ListArg1("_heapify_max", a, kw), true); return PyNone.Instance; });
        return m;
    }

    private static PyList ListArg1(string name, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var o = ArgBinder.One("_heapq." + name, a, kw);
        return o as PyList ?? throw PyErr.TypeError($"{name}() argument must be list, not {o.Type.Name}");
    }

    private static PyList ListArg2(string name, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        if (kw is not null && kw.Count > 0) throw PyErr.TypeError($"_heapq.{name}() takes no keyword arguments");
        ArgBinder.Positional(name, a, null, 2, 2);
        return a[0] as PyList ?? throw PyErr.TypeError($"{name}() argument 1 must be list, not {a[0].Type.Name}");
    }

    private static bool Less(PyObject x, PyObject y, bool max) =>
        max ? Ops.RichCompareBool(y, x, CompareOp.Lt) : Ops.RichCompareBool(x, y, CompareOp.Lt);

    private static PythonException Changed() => PyErr.RuntimeError("list changed size during iteration");

    private static void SiftDown(PyList heap, int startpos, int pos, bool max)
    {
        int size = heap.Count;
        if (pos >= size) throw PyErr.IndexError("list index out of range");
        while (pos > startpos)
        {
            int parentpos = (pos - 1) >> 1;
            var newitem = heap[pos];
            var parent = heap[parentpos];
            bool lt = Less(newitem, parent, max);
            if (size != heap.Count) throw Changed();
            if (!lt) break;
            parent = heap[parentpos];
            newitem = heap[pos];
            heap[parentpos] = newitem;
            heap[pos] = parent;
            pos = parentpos;
        }
    }

    private static void SiftUp(PyList heap, int pos, bool max)
    {
        int endpos = heap.Count, startpos = pos;
        if (pos >= endpos) throw PyErr.IndexError("list index out of range");
        int limit = endpos >> 1;
        while (pos < limit)
        {
            int childpos = 2 * pos + 1;
            if (childpos + 1 < endpos)
            {
                bool lt = max
                    ? Ops.RichCompareBool(heap[childpos + 1], heap[childpos], CompareOp.Lt)
                    : Ops.RichCompareBool(heap[childpos], heap[childpos + 1], CompareOp.Lt);
                if (!lt) childpos++;
                if (endpos != heap.Count) throw Changed();
            }
            (heap[childpos], heap[pos]) = (heap[pos], heap[childpos]);
            pos = childpos;
        }
        SiftDown(heap, startpos, pos, max);
    }

    private static PyObject Pop(PyList heap, bool max)
    {
        int n = heap.Count;
        if (n == 0) throw PyErr.IndexError("index out of range");
        var last = heap.Pop(n - 1);
        if (n - 1 == 0) return last;
        var ret = heap[0];
        heap[0] = last;
        SiftUp(heap, 0, max);
        return ret;
    }

    private static PyObject Replace(PyList heap, PyObject item, bool max)
    {
        if (heap.Count == 0) throw PyErr.IndexError("index out of range");
        var ret = heap[0];
        heap[0] = item;
        SiftUp(heap, 0, max);
        return ret;
    }

    private static void Heapify(PyList heap, bool max)
    {
        int n = heap.Count;
        if (n > 2500)
        {
            // Cache-friendly order (bpo-19119): whole subtrees are finished bottom-up.
            int m = n >> 1;
            int leftmost = KeepTopBit(m + 1) - 1;
            int mhalf = m >> 1;
            for (int i = leftmost - 1; i >= mhalf; i--) SiftChain(heap, i, max);
            for (int i = m - 1; i >= leftmost; i--) SiftChain(heap, i, max);
            return;
        }
        for (int i = (n >> 1) - 1; i >= 0; i--) SiftUp(heap, i, max);
    }

    private static void SiftChain(PyList heap, int j, bool max)
    {
        while (true)
        {
            SiftUp(heap, j, max);
            if ((j & 1) == 0) break;
            j >>= 1;
        }
    }

    private static int KeepTopBit(int n)
    {
        int i = 0;
        while (n > 1) { n >>= 1; i++; }
        return n << i;
    }

    private const string About =
        "Heap queues\n\n[explanation by Fran\u00e7ois Pinard]\n\nHeaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\nall k, counting elements from 0.  For the sake of comparison,\nnon-existing elements are considered to be infinite.  The interesting\nproperty of a heap is that a[0] is always its smallest element.\n\nThe strange invariant above is meant to be an efficient memory\nrepresentation for a tournament.  The numbers below are `k', not a[k]:\n\n                                   0\n\n                  1                                 2\n\n          3               4                5               6\n\n      7       8       9       10      11      12      13      14\n\n    15 16   17 18   19 20   21 22   23 24   25 26   27 28   29 30\n\n\nIn the tree above, each cell `k' is topping `2*k+1' and `2*k+2'.  In\na usual binary tournament we see in sports, each cell is the winner\nover the two cells it tops, and we can trace the winner down the tree\nto see all opponents s/he had.  However, in many computer applications\nof such tournaments, we do not need to trace the history of a winner.\nTo be more memory efficient, when a winner is promoted, we try to\nreplace it by something else at a lower level, and the rule becomes\nthat a cell and the two cells it tops contain three different items,\nbut the top cell \"wins\" over the two topped cells.\n\nIf this heap invariant is protected at all time, index 0 is clearly\nthe overall winner.  The simplest algorithmic way to remove it and\nfind the \"next\" winner is to move some loser (let's say cell 30 in the\ndiagram above) into the 0 position, and then percolate this new 0 down\nthe tree, exchanging values, until the invariant is re-established.\nThis is clearly logarithmic on the total number of items in the tree.\nBy iterating over all items, you get an O(n ln n) sort.\n\nA nice feature of this sort is that you can efficiently insert new\nitems while the sort is going on, provided that the inserted items are\nnot \"better\" than the last 0'th element you extracted.  This is\nespecially useful in simulation contexts, where the tree holds all\nincoming events, and the \"win\" condition means the smallest scheduled\ntime.  When an event schedule other events for execution, they are\nscheduled into the future, so they can easily go into the heap.  So, a\nheap is a good structure for implementing schedulers (this is what I\nused for my MIDI sequencer :-).\n\nVarious structures for implementing schedulers have been extensively\nstudied, and heaps are good for this, as they are reasonably speedy,\nthe speed is almost constant, and the worst case is not much different\nthan the average case.  However, there are other representations which\nare more efficient overall, yet the worst cases might be terrible.\n\nHeaps are also very useful in big disk sorts.  You most probably all\nknow that a big sort implies producing \"runs\" (which are pre-sorted\nsequences, which size is usually related to the amount of CPU memory),\nfollowed by a merging passes for these runs, which merging is often\nvery cleverly organised[1].  It is very important that the initial\nsort produces the longest runs possible.  Tournaments are a good way\nto that.  If, using all the memory available to hold a tournament, you\nreplace and percolate items that happen to fit the current run, you'll\nproduce runs which are twice the size of the memory for random input,\nand much better for input fuzzily ordered.\n\nMoreover, if you output the 0'th item on disk and get an input which\nmay not fit in the current tournament (because the value \"wins\" over\nthe last output value), it cannot fit in the heap, so the size of the\nheap decreases.  The freed memory could be cleverly reused immediately\nfor progressively building a second heap, which grows at exactly the\nsame rate the first heap is melting.  When the first heap completely\nvanishes, you switch heaps and start a new run.  Clever and quite\neffective!\n\nIn a word, heaps are useful memory structures to know.  I use them in\na few applications, and I think it is good to keep a `heap' module\naround. :-)\n\n--------------------\n[1] The disk balancing algorithms which are current, nowadays, are\nmore annoying than clever, and this is a consequence of the seeking\ncapabilities of the disks.  On devices which cannot seek, like big\ntape drives, the story was quite different, and one had to be very\nclever to ensure (far in advance) that each tape movement will be the\nmost effective possible (that is, will best participate at\n\"progressing\" the merge).  Some tapes were even able to read\nbackwards, and this was also used to avoid the rewinding time.\nBelieve me, real good tape sorts were quite spectacular to watch!\nFrom all times, sorting has always been a Great Art! :-)\n";
}
