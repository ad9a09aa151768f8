using System.Runtime.CompilerServices;
using System.Text;

namespace Krait.Runtime;

/// <summary>tuple: an immutable array.</summary>
public partial class PyTuple : PyObject
{
    public readonly PyObject[] Items;

    internal PyTuple(PyObject[] items) : base(PyType.TupleType) => Items = items;
    internal PyTuple(PyType type, PyObject[] items) : base(type) => Items = items;

    public static PyTuple Empty => PyType.EmptyTuple;

    public int Count => Items.Length;
    public PyObject this[int i] => Items[i];
    public ReadOnlySpan<PyObject> AsSpan() => Items;

    public static PyTuple Create(ReadOnlySpan<PyObject> items) => items.Length == 0 ? Empty : new PyTuple(items.ToArray());

    /// <summary>Takes ownership of <paramref name="items"/> (no copy).</summary>
    public static PyTuple Wrap(PyObject[] items) => items.Length == 0 ? Empty : new PyTuple(items);

    public static PyTuple Pair(PyObject a, PyObject b) => new([a, b]);

    /// <summary>t[start::step] of <paramref name="count"/> items (indices adjusted by PySlice.AdjustIndices): an exact
    /// tuple's whole self is itself.</summary>
    internal static PyTuple SliceOf(PyTuple t, long start, long step, long count)
    {
        var items = t.Items;
        if (count == items.Length && step == 1 && ReferenceEquals(t.Type, PyType.TupleType)) return t;
        var r = new PyObject[count];
        for (long i = 0, j = start; i < count; i++, j += step) r[i] = items[j];
        return Wrap(r);
    }

    /// <summary>tuple(iterable) / PySequence_Tuple.</summary>
    public static PyTuple FromIterable(PyObject o)
    {
        if (ReferenceEquals(o.Type, PyType.TupleType)) return (PyTuple)o;
        if (o is PyList l && ReferenceEquals(o.Type, PyType.ListType)) return Create(l.AsSpan());
        var it = Ops.GetIter(o);
        long hint = ContainerArgs.LengthHint(o, 10);
        var items = new PyObject[hint > 0 && hint < 1 << 20 ? hint : 10];
        int n = 0;
        while (Ops.Next(it) is { } x)
        {
            if (n == items.Length) Array.Resize(ref items, n + 10 + ((n + 10) >> 2));
            items[n++] = x;
        }
        if (n != items.Length) Array.Resize(ref items, n);
        return Wrap(items);
    }

    /// <summary>tuplehash (xxHash-based, 64-bit constants) so that tuple hashes equal CPython's.</summary>
    public static long HashItems(ReadOnlySpan<PyObject> items)
    {
        const ulong Prime1 = 11400714785074694791UL, Prime2 = 14029467366897019727UL, Prime5 = 2870177450012600261UL;
        ulong acc = Prime5;
        foreach (var item in items)
        {
            ulong lane = (ulong)Ops.Hash(item);
            acc += lane * Prime2;
            acc = (acc << 31) | (acc >> 33);
            acc *= Prime1;
        }
        acc += (ulong)items.Length ^ (Prime5 ^ 3527539UL);
        if (acc == ulong.MaxValue) return 1546275796;
        return (long)acc;
    }

    /// <summary>Lexicographic rich comparison shared by tuple and list.</summary>
    internal static PyObject CompareSequences(ReadOnlySpan<PyObject> a, ReadOnlySpan<PyObject> b, CompareOp op)
    {
        if ((op is CompareOp.Eq or CompareOp.Ne) && a.Length != b.Length) return PyBool.From(op == CompareOp.Ne);
        // Leading items that are the same object, or exact strs / machine-word ints, are compared here: no Python
        // code can run, so neither the recursion guard (two thread-static look-ups) nor slot dispatch is needed.
        int n = Math.Min(a.Length, b.Length), i = 0;
        for (; i < n; i++)
        {
            PyObject x = a[i], y = b[i];
            if (ReferenceEquals(x, y)) continue;
            var t = x.Type;
            if (!ReferenceEquals(t, y.Type)) break;
            int c;
            if (ReferenceEquals(t, PyType.IntType) && !Unsafe.As<PyInt>(x).IsBig && !Unsafe.As<PyInt>(y).IsBig)
                c = Unsafe.As<PyInt>(x).Small.CompareTo(Unsafe.As<PyInt>(y).Small);
            else if (ReferenceEquals(t, PyType.StrType))
                c = Unsafe.As<PyStr>(x).Value == Unsafe.As<PyStr>(y).Value ? 0 : PyStr.Compare(Unsafe.As<PyStr>(x), Unsafe.As<PyStr>(y));
            else break;
            if (c == 0) continue;
            return op switch
            {
                CompareOp.Eq => PyBool.False,
                CompareOp.Ne => PyBool.True,
                _ => PyBool.From(Ops.CompareResult(c, op)),
            };
        }
        if (i == n) return PyBool.From(Ops.CompareResult(a.Length.CompareTo(b.Length), op));
        // Nested containers recurse through here: a self-containing pair must end in RecursionError
        // at the recursion limit, as PyObject_RichCompare's Py_EnterRecursiveCall does.
        Ops.EnterRecursiveCall(" in comparison");
        try { return CompareSequencesCore(a, b, op, i); }
        finally { Ops.LeaveRecursiveCall(); }
    }

    private static PyObject CompareSequencesCore(ReadOnlySpan<PyObject> a, ReadOnlySpan<PyObject> b, CompareOp op, int i)
    {
        for (; i < a.Length && i < b.Length; i++)
            if (!Ops.RichCompareBool(a[i], b[i], CompareOp.Eq)) break;
        if (i >= a.Length || i >= b.Length) return PyBool.From(Ops.CompareResult(a.Length.CompareTo(b.Length), op));
        if (op == CompareOp.Eq) return PyBool.False;
        if (op == CompareOp.Ne) return PyBool.True;
        return Ops.RichCompare(a[i], b[i], op);
    }

    internal static bool SequenceContains(ReadOnlySpan<PyObject> items, PyObject x)
    {
        foreach (var item in items)
            if (ReferenceEquals(item, x) || Ops.RichCompareBool(item, x, CompareOp.Eq)) return true;
        return false;
    }

    internal static void InitType(PyType t)
    {
        SetContainerDocs(t);
        t.Len = o => ((PyTuple)o).Items.Length;
        t.Bool = o => ((PyTuple)o).Items.Length != 0;
        t.Hash = o => HashItems(((PyTuple)o).Items);
        t.Repr = o =>
        {
            var items = ((PyTuple)o).Items;
            if (items.Length == 0) return new PyStr("()");
            if (Ops.ReprEnter(o)) return new PyStr("(...)");
            try
            {
                var sb = new StringBuilder("(");
                for (int i = 0; i < items.Length; i++)
                {
                    if (i > 0) sb.Append(", ");
                    sb.Append(Ops.Repr(items[i]).Value);
                }
                sb.Append(items.Length == 1 ? ",)" : ")");
                return new PyStr(sb.ToString());
            }
            finally { Ops.ReprLeave(o); }
        };
        t.RichCompare = (a, b, op) => b is PyTuple y ? CompareSequences(((PyTuple)a).Items, y.Items, op) : PyNotImplemented.Instance;
        t.Contains = (o, x) => SequenceContains(((PyTuple)o).Items, x);
        t.GetItem = (o, key) =>
        {
            var items = ((PyTuple)o).Items;
            if (key is PySlice slice)
            {
                slice.Indices(items.Length, out long start, out _, out long step, out long count);
                return SliceOf((PyTuple)o, start, step, count);
            }
            if (key.Type.Index is null) throw PyErr.TypeError($"tuple indices must be integers or slices, not {key.Type.Name}");
            long idx = Ops.AsSsize(key, PyExc.IndexError);
            if (idx < 0) idx += items.Length;
            if ((ulong)idx >= (ulong)items.Length) throw PyErr.IndexError("tuple index out of range");
            return items[idx];
        };
        t.Concat = (a, b) =>
        {
            if (b is not PyTuple y) throw PyErr.TypeError($"can only concatenate tuple (not \"{b.Type.Name}\") to tuple");
            var x = (PyTuple)a;
            if (y.Count == 0 && ReferenceEquals(x.Type, PyType.TupleType)) return x;
            if (x.Count == 0 && ReferenceEquals(y.Type, PyType.TupleType)) return y;
            var r = new PyObject[x.Count + y.Count];
            x.Items.CopyTo(r, 0);
            y.Items.CopyTo(r, x.Count);
            return Wrap(r);
        };
        t.Repeat = (a, n) =>
        {
            var x = (PyTuple)a;
            if (n <= 0 || x.Count == 0) return Empty;
            if (n == 1 && ReferenceEquals(x.Type, PyType.TupleType)) return x;
            if (n > Array.MaxLength / x.Count) throw PyErr.New(PyExc.MemoryError);
            var r = new PyObject[x.Count * n];
            for (long i = 0; i < n; i++) x.Items.CopyTo(r, i * x.Count);
            return Wrap(r);
        };
        t.Iter = o => new SequenceIterator(PyType.TupleIteratorType, o, ((PyTuple)o).Items);
        t.New = (type, args, kw) =>
        {
            // tuple_new: a subclass with its own __init__ may pass keywords through to it.
            if (kw is not null && kw.Count > 0 && (ReferenceEquals(type, PyType.TupleType) || ReferenceEquals(type.Init, PyType.TupleType.Init)))
                throw PyErr.TypeError("tuple() takes no keyword arguments");
            if (kw is not null) args = args[..(args.Length - kw.Count)];  // the keyword values follow the positionals
            if (args.Length > 1) throw PyErr.TypeError($"tuple expected at most 1 argument, got {args.Length}");
            var tup = args.Length == 0 ? Empty : FromIterable(args[0]);
            return ReferenceEquals(type, PyType.TupleType) ? tup : new PyTupleSubclass(type, tup.Items);
        };
        TypeBuilder.Method(t, "count", (self, args, kw) =>
        {
            var x = ContainerArgs.One("tuple.count", args, kw);
            long n = 0;
            foreach (var item in ((PyTuple)self!).Items) if (ReferenceEquals(item, x) || Ops.RichCompareBool(item, x, CompareOp.Eq)) n++;
            return PyInt.FromLong(n);
        });
        TypeBuilder.Method(t, "index", (self, args, kw) =>
        {
            ContainerArgs.Range("tuple.index", "index", args, kw, 1, 3);
            var items = ((PyTuple)self!).Items;
            ContainerArgs.IndexWindow(args, items.Length, out long start, out long stop);
            for (long i = start; i < stop && i < items.Length; i++)
                if (ReferenceEquals(items[i], args[0]) || Ops.RichCompareBool(items[i], args[0], CompareOp.Eq)) return PyInt.FromLong(i);
            throw PyErr.ValueError("tuple.index(x): x not in tuple");
        });
        TypeBuilder.Method(t, "__getnewargs__", (self, args, kw) =>
        {
            ContainerArgs.None("tuple.__getnewargs__", args, kw);
            var tup = (PyTuple)self!;
            return new PyTuple([ReferenceEquals(tup.Type, PyType.TupleType) ? tup : Create(tup.Items)]);
        });
        TypeBuilder.Method(t, "__sizeof__", (self, args, kw) =>
        {
            ContainerArgs.None("tuple.__sizeof__", args, kw);
            return PyInt.FromLong(24 + 8L * ((PyTuple)self!).Items.Length);
        });
    }
}
