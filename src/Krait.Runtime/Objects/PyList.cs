using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Krait.Runtime;

/// <summary>list: a dynamic array over-allocated as CPython's list_resize does.</summary>
public partial class PyList : PyObject
{
    private PyObject[] _items;
    private int _count;
    /// <summary>CPython's <c>allocated</c>: the slots list_resize would have reserved by now, which __sizeof__ and
    /// sys.getsizeof report and which decides, as in CPython, when the list grows and shrinks. The .NET array holds
    /// at least <see cref="_count"/> items and is usually longer than this: it grows faster (see <see cref="Resize"/>)
    /// and a comprehension may size it in advance (<see cref="ForComprehension"/>).</summary>
    private int _alloc;

    public PyList() : base(PyType.ListType) => _items = [];
    internal PyList(PyType type) : base(type) => _items = [];

    /// <summary>Takes ownership of <paramref name="items"/> (a covariant array such as a PyType[] is copied:
    /// storing another object into it would throw ArrayTypeMismatchException).</summary>
    public PyList(PyObject[] items) : base(PyType.ListType)
    {
        _items = items.GetType() == typeof(PyObject[]) ? items : CopyOf(items);
        _count = _alloc = items.Length;
    }

    /// <summary>An empty list (CPython's allocation 0) whose array already holds <paramref name="capacity"/> items.</summary>
    private PyList(int capacity) : base(PyType.ListType) => _items = capacity == 0 ? [] : new PyObject[capacity];

    /// <summary>A PyObject[] copy of a covariant array. Array.Copy, not [.. items]: that spread calls System.Linq (an
    /// assembly load at start-up, where site lists a type's __mro__).</summary>
    private static PyObject[] CopyOf(PyObject[] items)
    {
        var copy = new PyObject[items.Length];
        Array.Copy(items, copy, items.Length);
        return copy;
    }

    public int Count => _count;
    /// <summary>Slots allocated as CPython counts them: Count plus the over-allocation (sys.getsizeof reports it).</summary>
    internal int Capacity => _alloc;
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

    /// <summary>Up to this size a growing array doubles, beyond it it grows by half.</summary>
    private const int LargeGrowthFrom = 1 << 16;

    /// <summary>list_resize: CPython's decision (keep the block while <paramref name="newSize"/> is between half the
    /// allocation and all of it, else reallocate with its over-allocation) applied to <see cref="_alloc"/>. The
    /// array itself is replaced only when it is too small, or when CPython shrinks. CPython's realloc often extends
    /// a block in place; a .NET array never is, so each growth is a new array and a copy: the array doubles (by
    /// half past 65,536 items) instead of growing by CPython's eighth, which copies each item about twice instead
    /// of eight times and allocates a third of the bytes, while what a program can see stays CPython's.</summary>
    private void Resize(int newSize)
    {
        int alloc = _alloc;
        var items = _items;
        if (alloc < newSize || newSize < (alloc >> 1))
        {
            long na = ((long)newSize + (newSize >> 3) + 6) & ~3L;
            if (newSize - _count > na - newSize) na = ((long)newSize + 3) & ~3L;
            if (newSize == 0) na = 0;
            bool shrinks = newSize < alloc;
            _alloc = alloc = (int)Math.Min(na, Array.MaxLength);
            if (shrinks && alloc < items.Length)
            {
                // CPython shrinks the block: so does the array.
                var a = alloc == 0 ? s_emptyBlock : new PyObject[alloc];
                Array.Copy(items, a, Math.Min(newSize, _count));
                _items = a;
                _count = newSize;
                return;
            }
        }
        if (newSize > items.Length)
        {
            long grown = items.Length < LargeGrowthFrom ? 2L * items.Length : items.Length + ((long)items.Length >> 1);
            var a = new PyObject[Math.Max(Math.Max(alloc, newSize), Math.Min(grown, Array.MaxLength))];
            Array.Copy(items, a, _count);
            _items = a;
        }
        else if (newSize < _count) Array.Clear(items, newSize, _count - newSize);
        _count = newSize;
    }

    /// <summary>The list a list comprehension starts with (BUILD_LIST 0 in a code object whose loop appends once per
    /// item, <see cref="PyCode.PresizedListAt"/>): when <paramref name="source"/> is an exact list, tuple or range
    /// iterator, its array is made long enough for the items left, so the comprehension never grows it. Only the
    /// array: CPython's allocation stays 0 and grows as its appends grow it.</summary>
    internal static PyList ForComprehension(PyObject? source)
    {
        long n = source switch
        {
            RangeIterator r when ReferenceEquals(r.Type, PyType.RangeIteratorType) => r.Remaining,
            ListIterator l when ReferenceEquals(l.Type, PyType.ListIteratorType) => l.Remaining,
            SequenceIterator t when ReferenceEquals(t.Type, PyType.TupleIteratorType) => t.Remaining,
            _ => 0,
        };
        return new PyList((int)Math.Clamp(n, 0, MaxPresize));
    }

    /// <summary>A comprehension's array is sized in advance up to this many items (32 MB, an array the GC keeps in
    /// its small-object heap): an element that raises early over a huge range wastes no more.</summary>
    private const int MaxPresize = 1 << 22;

    public void Append(PyObject item)
    {
        var a = _items;
        int n = _count;
        if (n < _alloc && (uint)n < (uint)a.Length)
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
            var src = ReferenceEquals(l, this) ? l.AsSpan().ToArray() : l.AsSpan();
            ExtendWith(src);
            return;
        }
        if (iterable is PyTuple t && ReferenceEquals(t.Type, PyType.TupleType))
        {
            ExtendWith(t.Items);
            return;
        }
        var it = Ops.GetIter(iterable);
        // list_extend: size the list from the length hint, then cut back the guess.
        long hint = ContainerArgs.LengthHint(iterable, 8);
        int had = _count;
        if (hint <= 1 << 26 && had + hint <= Array.MaxLength)
        {
            if (HasNoBlock) { if (hint > 0) PreallocateExact((int)hint); }
            else { Resize((int)(had + hint)); _count = had; }
        }
        while (Ops.Next(it) is { } x) Append(x);
        if (_count < _alloc) Resize(_count);
    }

    /// <summary>list_extend of an exact list or tuple's items.</summary>
    private void ExtendWith(ReadOnlySpan<PyObject> src)
    {
        if (src.Length == 0) return;
        int n = _count;
        if (HasNoBlock) PreallocateExact(src.Length);
        Resize(n + src.Length);
        src.CopyTo(_items.AsSpan(n));
    }

    /// <summary>CPython's <c>ob_item == NULL</c>: a new or cleared list (or one being sorted), as opposed to one whose
    /// block shrank to nothing (<see cref="s_emptyBlock"/>). list_extend sizes the first block exactly for the
    /// former.</summary>
    private bool HasNoBlock => _alloc == 0 && !ReferenceEquals(_items, s_emptyBlock);

    /// <summary>The array of a list whose allocation shrank to 0 (CPython's realloc to 0 bytes keeps a block).</summary>
    private static readonly PyObject[] s_emptyBlock = new PyObject[0];

    /// <summary>list_preallocate_exact: a first block of exactly <paramref name="n"/> slots, rounded up to even.</summary>
    private void PreallocateExact(int n)
    {
        _alloc = (n + 1) & ~1;
        if (_items.Length < _alloc) _items = new PyObject[_alloc];
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
        if (HasNoBlock) { _count = 0; return; }
        _items = [];
        _count = _alloc = 0;
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
            // list_resize to the new length (its over-allocation applies), then the items copied in place.
            int m = l._count;
            if (n > Array.MaxLength / m) throw PyErr.New(PyExc.MemoryError);
            l.Resize((int)(m * n));
            for (long i = 1; i < n; i++) Array.Copy(l._items, 0, l._items, i * m, m);
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
