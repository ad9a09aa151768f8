namespace Krait.Runtime;

/// <summary>The _bisect module: bisect_left/right and insort_left/right with lo, hi and key.</summary>
public static class BisectModule
{
    private static readonly string[] s_names = ["a", "x", "lo", "hi", "key"];

    public static PyModule Create()
    {
        var m = new PyModule("_bisect", "Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n");
        m.AddFunction("bisect_right", (_, a, kw) => Bisect("bisect_right", a, kw, right: true, insert: false));
        m.AddFunction("bisect_left", (_, a, kw) => Bisect("bisect_left", a, kw, right: false, insert: false));
        m.AddFunction("insort_right", (_, a, kw) => Bisect("insort_right", a, kw, right: true, insert: true));
        m.AddFunction("insort_left", (_, a, kw) => Bisect("insort_left", a, kw, right: false, insert: true));
        return m;
    }

    private static PyObject Bisect(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, bool right, bool insert)
    {
        var v = new PyObject?[5];
        ArgBinder.Bind(name, args, kw, s_names, 0, 4, 2, v);
        var list = v[0]!;
        var x = v[1]!;
        long lo = v[2] is null ? 0 : ArgBinder.Ssize(v[2]!);
        long hi = v[3] is null or PyNone ? -1 : ArgBinder.Ssize(v[3]!);
        var key = v[4] is null or PyNone ? null : v[4];
        var item = insert && key is not null ? Ops.Call(key, [x]) : x;
        long index = Search(list, item, lo, hi, key, right);
        if (!insert) return PyInt.FromLong(index);
        if (list is PyList l && ReferenceEquals(list.Type, PyType.ListType)) l.Insert(index, x);
        else Ops.Call(Ops.GetAttr(list, PyStr.Intern("insert")), [PyInt.FromLong(index), x]);
        return PyNone.Instance;
    }

    private static long Search(PyObject list, PyObject item, long lo, long hi, PyObject? key, bool right)
    {
        if (lo < 0) throw PyErr.ValueError("lo must be non-negative");
        if (hi == -1) hi = Ops.Len(list);
        while (lo < hi)
        {
            long mid = (long)(((ulong)lo + (ulong)hi) / 2);
            var litem = Ops.GetItem(list, PyInt.FromLong(mid));
            if (key is not null) litem = Ops.Call(key, [litem]);
            if (right)
            {
                if (Ops.RichCompareBool(item, litem, CompareOp.Lt)) hi = mid;
                else lo = mid + 1;
            }
            else
            {
                if (Ops.RichCompareBool(litem, item, CompareOp.Lt)) lo = mid + 1;
                else hi = mid;
            }
        }
        return lo;
    }
}
