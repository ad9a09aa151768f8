using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Krait.Runtime;

/// <summary>list: a dynamic array over-allocated as CPython's list_resize does.</summary>
public partial class PyList : PyObject
{
    private PyObject[] _items;
    private int _count;

    public PyList() : base(PyType.ListType) => _items = [];
    internal PyList(PyType type) : base(type) => _items = [];

    /// <summary>Takes ownership of <paramref name="items"/> (a covariant array such as a PyType[] is copied:
    /// storing another object into it would throw ArrayTypeMismatchException).</summary>
    public PyList(PyObject[] items) : base(PyType.ListType)
    {
        _items = items.GetType() == typeof(PyObject[]) ? items : CopyOf(items);
        _count = items.Length;
    }

    /// <summary>A PyObject[] copy of a covariant array. Array.Copy, not [.. items]: that spread calls System.Linq (an
    /// assembly load at start-up, where site lists a type's __mro__).</summary>
    private static PyObject[] CopyOf(PyObject[] items)
    {
        var copy = new PyObject[items.Length];
        Array.Copy(items, copy, items.Length);
        return copy;
    }

    public int Count => _count;
    /// <summary>Slots allocated: Count plus the over-allocation (sys.getsizeof reports it, as CPython does).</summary>
    internal int Capacity => _items.Length;
    public PyObject this[int i] { get => _items[i]; set => Store(_items, i, value); }

    /// <summary>a[i] = v without the covariant array-store check: a store into a PyObject[] of anything but a plain
    /// PyObject goes through the runtime's cast cache (dozens of instructions). _items is always exactly a
    /// PyObject[] (the constructor copies covariant arrays), so no other element type can be violated.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(PyObject[] a, int i, PyObject v)
    {
        if ((uint)i >= (uint)a.Length) ThrowIndex();
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(a), i) = v;
    }

    private static void ThrowIndex() => throw new IndexOutOfRangeException();
    public ReadOnlySpan<PyObject> AsSpan() => _items.AsSpan(0, _count);

    /// <summary>From this size on a growing list over-allocates by half instead of CPython's eighth: a .NET array
    /// cannot grow in place as realloc does, so every growth copies the whole list (and, past 85,000 bytes,
    /// allocates in the large-object heap); growing by half copies each element about twice instead of eight
    /// times. Below it the sizes are CPython's own, so sys.getsizeof of a small list matches.</summary>
    private const int LargeGrowthFrom = 1 << 16;

    /// <summary>list_resize: grow to hold <paramref name="newSize"/> with CPython's over-allocation.</summary>
    private void Resize(int newSize)
    {
        if (_items.Length >= newSize && newSize >= (_items.Length >> 1))
        {
            if (newSize < _count) Array.Clear(_items, newSize, _count - newSize);
            _count = newSize;
            return;
        }
        long alloc = ((long)newSize + (newSize >> 3) + 6) & ~3L;
        if (newSize >= LargeGrowthFrom) alloc = Math.Max(newSize, Math.Min((long)newSize + (newSize >> 1), Array.MaxLength));
        if (newSize - _count > alloc - newSize) alloc = ((long)newSize + 3) & ~3L;
        if (newSize == 0) alloc = 0;
        var a = new PyObject[alloc];
        Array.Copy(_items, a, Math.Min(_count, newSize));
        _items = a;
        _count = newSize;
    }

    public void Append(PyObject item)
    {
        var a = _items;
        int n = _count;
        if ((uint)n < (uint)a.Length)
        {
            Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(a), n) = item;
            _count = n + 1;
            return;
        }
        Resize(n + 1);
        Store(_items, n, item);
    }

    public void Insert(long where, PyObject item)
    {
        int n = _count;
        if (where < 0) { where += n; if (where < 0) where = 0; }
        if (where > n) where = n;
        Resize(n + 1);
        Array.Copy(_items, where, _items, where + 1, n - where);
        Store(_items, (int)where, item);
    }

    public void Extend(PyObject iterable)
    {
        // Only exact lists and tuples take the copy path: a subclass may override __iter__.
        if (iterable is PyList l && (ReferenceEquals(l.Type, PyType.ListType) || ReferenceEquals(l, this)))
        {
            int n = _count, m = l._count;
            var src = ReferenceEquals(l, this) ? l.AsSpan().ToArray() : null;
            Resize(n + m);
            if (src is not null) src.CopyTo(_items, n); else Array.Copy(l._items, 0, _items, n, m);
            return;
        }
        if (iterable is PyTuple t && ReferenceEquals(t.Type, PyType.TupleType))
        {
            int n = _count;
            Resize(n + t.Count);
            t.Items.CopyTo(_items, n);
            return;
        }
        var it = Ops.GetIter(iterable);
        // list_extend: size the list from the length hint, then cut back the guess.
        long hint = ContainerArgs.LengthHint(iterable, 8);
        int had = _count;
        if (hint > 0 && hint <= 1 << 26 && had + hint <= Array.MaxLength)
        {
            if (_items.Length == 0) _items = new PyObject[(hint + 1) & ~1L]; // list_preallocate_exact rounds up to even
            else if (_items.Length < had + hint) { Resize((int)(had + hint)); _count = had; }
        }
        while (Ops.Next(it) is { } x)
        {
            if (_count < _items.Length) Store(_items, _count++, x);
            else Append(x);
        }
        if (_count < _items.Length) Resize(_count);
    }

    public PyObject Pop(long index)
    {
        if (_count == 0) throw PyErr.IndexError("pop from empty list");
        if (index < 0) index += _count;
        if ((ulong)index >= (ulong)_count) throw PyErr.IndexError("pop index out of range");
        var v = _items[index];
        Array.Copy(_items, index + 1, _items, index, _count - index - 1);
        Resize(_count - 1);
        return v;
    }

    public void Clear()
    {
        // Like _list_clear, nothing happens to a list that never had storage (this also keeps the marker
        // of a list being sorted, as CPython's allocated = -1 survives clear()).
        if (_items.Length == 0) { _count = 0; return; }
        _items = [];
        _count = 0;
    }

    internal static void InitType(PyType t)
    {
        PyTuple.SetContainerDocs(t);
        t.Len = o => ((PyList)o)._count;
        t.Bool = o => ((PyList)o)._count != 0;
        t.Hash = SlotDefs.HashNotImplemented;
        t.Repr = o =>
        {
            var l = (PyList)o;
            if (l._count == 0) return new PyStr("[]");
            if (Ops.ReprEnter(o)) return new PyStr("[...]");
            try
            {
                var sb = new StringBuilder("[");
                for (int i = 0; i < l._count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    sb.Append(Ops.Repr(l._items[i]).Value);
                }
                return new PyStr(sb.Append(']').ToString());
            }
            finally { Ops.ReprLeave(o); }
        };
        t.RichCompare = (a, b, op) => b is PyList y ? Compare((PyList)a, y, op) : PyNotImplemented.Instance;
        t.Contains = (o, x) =>
        {
            var l = (PyList)o;
            for (int i = 0; i < l._count; i++)
                if (ReferenceEquals(l._items[i], x) || Ops.RichCompareBool(l._items[i], x, CompareOp.Eq)) return true;
            return false;
        };
        t.GetItem = GetItem;
        t.SetItem = SetItem;
        t.DelItem = DelItem;
        t.Concat = (a, b) =>
        {
            if (b is not PyList y) throw PyErr.TypeError($"can only concatenate list (not \"{b.Type.Name}\") to list");
            if ((long)((PyList)a)._count + y._count > Array.MaxLength) throw PyErr.New(PyExc.MemoryError);
            var x = (PyList)a;
            var r = new PyObject[x._count + y._count];
            Array.Copy(x._items, r, x._count);
            Array.Copy(y._items, 0, r, x._count, y._count);
            return new PyList(r);
        };
        t.InPlaceConcat = (a, b) => { ((PyList)a).Extend(b); return a; };
        t.Repeat = (a, n) => new PyList(RepeatItems((PyList)a, n));
        t.InPlaceRepeat = (a, n) =>
        {
            var l = (PyList)a;
            // list_inplace_repeat: an empty list or n == 1 is left alone; n < 1 clears.
            if (l._count == 0 || n == 1) return a;
            if (n < 1) { l.Clear(); return a; }
            var r = RepeatItems(l, n);
            l._items = r;
            l._count = r.Length;
            return a;
        };
        t.Iter = o => new ListIterator((PyList)o);
        TypeBuilder.Method(t, "__reversed__", ListReverseIterator.Reversed);
        t.New = (type, args, kw) => ReferenceEquals(type, PyType.ListType) ? new PyList() : new PyListSubclass(type);
        t.Init = (self, args, kw) =>
        {
            // list___init__: a subclass with its own __new__ may pass keywords through to it.
            if (kw is not null && kw.Count > 0 && (ReferenceEquals(self.Type, PyType.ListType) || ReferenceEquals(self.Type.New, PyType.ListType.New)))
                throw PyErr.TypeError("list() takes no keyword arguments");
            if (kw is not null) args = args[..(args.Length - kw.Count)];  // the keyword values follow the positionals
            if (args.Length > 1) throw PyErr.TypeError($"list expected at most 1 argument, got {args.Length}");
            var l = (PyList)self;
            l.Clear();
            if (args.Length == 1) l.Extend(args[0]);
        };
        InitMethods(t);
    }

    /// <summary>list_richcompare: the lengths are re-read after every element comparison, which may mutate either list.</summary>
    private static PyObject Compare(PyList v, PyList w, CompareOp op)
    {
        if (v._count != w._count && op is CompareOp.Eq or CompareOp.Ne) return PyBool.From(op == CompareOp.Ne);
        Ops.EnterRecursiveCall(" in comparison");
        try
        {
            int i = 0;
            for (; i < v._count && i < w._count; i++)
            {
                var x = v._items[i];
                var y = w._items[i];
                if (ReferenceEquals(x, y)) continue;
                if (!Ops.RichCompareBool(x, y, CompareOp.Eq)) break;
            }
            if (i >= v._count || i >= w._count) return PyBool.From(Ops.CompareResult(v._count.CompareTo(w._count), op));
            if (op == CompareOp.Eq) return PyBool.False;
            if (op == CompareOp.Ne) return PyBool.True;
            return Ops.RichCompare(v._items[i], w._items[i], op);
        }
        finally { Ops.LeaveRecursiveCall(); }
    }

    private static PyObject[] RepeatItems(PyList x, long n)
    {
        if (n <= 0 || x._count == 0) return [];
        if (n > Array.MaxLength / x._count) throw PyErr.New(PyExc.MemoryError);
        var r = new PyObject[x._count * n];
        for (long i = 0; i < n; i++) Array.Copy(x._items, 0, r, i * x._count, x._count);
        return r;
    }
}
