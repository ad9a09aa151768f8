using System.Runtime.CompilerServices;

namespace Krait.Runtime;

// list subscripting (ints and slices, incl. extended-slice assignment) and the list methods.
public partial class PyList
{
    private static PyObject GetItem(PyObject o, PyObject key)
    {
        var l = (PyList)o;
        if (key is PySlice slice)
        {
            slice.Indices(l._count, out long start, out _, out long step, out long count);
            return l.SliceOf(start, step, count);
        }
        if (key.Type.Index is null) throw PyErr.TypeError($"list indices must be integers or slices, not {key.Type.Name}");
        long idx = Ops.AsSsize(key, PyExc.IndexError);
        if (idx < 0) idx += l._count;
        if ((ulong)idx >= (ulong)l._count) throw PyErr.IndexError("list index out of range");
        return l._items[idx];
    }

    /// <summary>A new list of the <paramref name="count"/> items from <paramref name="start"/> by <paramref name="step"/>
    /// (indices adjusted by PySlice.AdjustIndices).</summary>
    internal PyList SliceOf(long start, long step, long count)
    {
        var r = new PyObject[count];
        if (step == 1) Array.Copy(_items, start, r, 0, count);
        else for (long i = 0, j = start; i < count; i++, j += step) r[i] = _items[j];
        return new PyList(r);
    }

    private static void SetItem(PyObject o, PyObject key, PyObject value)
    {
        var l = (PyList)o;
        if (key is PySlice slice) { l.AssignSlice(slice, value); return; }
        if (key.Type.Index is null) throw PyErr.TypeError($"list indices must be integers or slices, not {key.Type.Name}");
        long idx = Ops.AsSsize(key, PyExc.IndexError);
        if (idx < 0) idx += l._count;
        if ((ulong)idx >= (ulong)l._count) throw PyErr.IndexError("list assignment index out of range");
        Store(l._items, (int)idx, value);
    }

    private static void DelItem(PyObject o, PyObject key)
    {
        var l = (PyList)o;
        if (key is PySlice slice)
        {
            slice.Indices(l._count, out long start, out long stop, out long step, out long count);
            if (count <= 0) return;
            if (step < 0) { start = start + step * (count - 1); step = -step; }
            // Compact in place: keep every item that is not on the slice's arithmetic progression.
            var items = l._items;
            int n = l._count, w = (int)start;
            long last = start + step * (count - 1);
            for (long i = start; i < n; i++)
                if (i > last || (i - start) % step != 0) items[w++] = items[i];
            Array.Clear(items, w, n - w);
            l._count = w;
            l.Resize(w);
            return;
        }
        if (key.Type.Index is null) throw PyErr.TypeError($"list indices must be integers or slices, not {key.Type.Name}");
        long idx = Ops.AsSsize(key, PyExc.IndexError);
        if (idx < 0) idx += l._count;
        if ((ulong)idx >= (ulong)l._count) throw PyErr.IndexError("list assignment index out of range");
        l.Pop(idx);
    }

    private void AssignSlice(PySlice slice, PyObject value)
    {
        slice.Indices(_count, out long start, out long stop, out long step, out long count);
        // PySequence_Fast with the message of list_ass_slice (step 1) or list_ass_subscript (extended): an exact list
        // or tuple is read in place, not copied, unless it is this list itself; anything else (subclasses too) is
        // iterated.
        ReadOnlySpan<PyObject> src = ReferenceEquals(value, this) ? AsSpan().ToArray()
            : ReferenceEquals(value.Type, PyType.ListType) ? Unsafe.As<PyList>(value).AsSpan()
            : ReferenceEquals(value.Type, PyType.TupleType) ? Unsafe.As<PyTuple>(value).Items
            : value.Type.Iter is null && value.Type.GetItem is null
                ? throw PyErr.TypeError(step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice")
                : PyTuple.FromIterable(value).Items;
        if (step == 1)
        {
            if (stop < start) stop = start;
            // The tail moves within the array (Array.Copy handles the overlap): before shrinking, after growing.
            int n = _count, lo = (int)start, hi = (int)stop, m = src.Length, newSize = n - (hi - lo) + m;
            if (newSize < n) Array.Copy(_items, hi, _items, lo + m, n - hi);
            if (newSize != n) Resize(newSize);
            if (newSize > n) Array.Copy(_items, hi, _items, lo + m, n - hi);
            src.CopyTo(new Span<PyObject>(_items, lo, m));
            return;
        }
        if (src.Length != count)
            throw PyErr.ValueError($"attempt to assign sequence of size {src.Length} to extended slice of size {count}");
        for (long i = 0, j = start; i < count; i++, j += step) _items[j] = src[(int)i];
    }

    private static PyList Self(PyObject? o) => (PyList)o!;

    private static bool ItemEq(PyObject item, PyObject x) => ReferenceEquals(item, x) || Ops.RichCompareBool(item, x, CompareOp.Eq);

    private static void InitMethods(PyType t)
    {
        TypeBuilder.Method(t, "append", (self, args, kw) => { Self(self).Append(ContainerArgs.One("list.append", args, kw)); return PyNone.Instance; });
        TypeBuilder.Method(t, "extend", (self, args, kw) => { Self(self).Extend(ContainerArgs.One("list.extend", args, kw)); return PyNone.Instance; });
        TypeBuilder.Method(t, "insert", (self, args, kw) =>
        {
            ContainerArgs.Range("list.insert", "insert", args, kw, 2, 2);
            Self(self).Insert(ContainerArgs.Ssize(args[0]), args[1]);
            return PyNone.Instance;
        });
        // pop, remove and index leave their IndexError/ValueError pending (no .NET throw): `try: stack.pop()` and
        // `try: l.index(x)` are idioms in loops.
        TypeBuilder.PendingMethod(t, "pop", (self, args, kw) =>
        {
            ContainerArgs.Range("list.pop", "pop", args, kw, 0, 1);
            var l = Self(self);
            long index = args.Length == 0 ? -1 : ContainerArgs.Ssize(args[0]);
            if (l._count == 0) return PyErr.SetPending(PyErr.Make(PyExc.IndexError, "pop from empty list"));
            if ((ulong)(index < 0 ? index + l._count : index) >= (ulong)l._count)
                return PyErr.SetPending(PyErr.Make(PyExc.IndexError, "pop index out of range"));
            return l.Pop(index);
        });
        TypeBuilder.PendingMethod(t, "remove", (self, args, kw) =>
        {
            var x = ContainerArgs.One("list.remove", args, kw);
            var l = Self(self);
            for (int i = 0; i < l._count; i++)
                if (ItemEq(l._items[i], x))
                {
                    if (i < l._count) l.Pop(i);
                    return PyNone.Instance;
                }
            return PyErr.SetPending(PyErr.Make(PyExc.ValueError, "list.remove(x): x not in list"));
        });
        TypeBuilder.PendingMethod(t, "index", (self, args, kw) =>
        {
            ContainerArgs.Range("list.index", "index", args, kw, 1, 3);
            var l = Self(self);
            ContainerArgs.IndexWindow(args, l._count, out long start, out long stop);
            // The list may shrink under a comparison: re-check the bound every step, as CPython does.
            for (long i = start; i < stop && i < l._count; i++)
                if (ItemEq(l._items[i], args[0])) return PyInt.FromLong(i);
            return PyErr.SetPending(PyErr.Make(PyExc.ValueError, $"{Ops.Repr(args[0]).Value} is not in list"));
        });
        TypeBuilder.Method(t, "count", (self, args, kw) =>
        {
            var x = ContainerArgs.One("list.count", args, kw);
            var l = Self(self);
            long n = 0;
            for (int i = 0; i < l._count; i++)
                if (ItemEq(l._items[i], x)) n++;
            return PyInt.FromLong(n);
        });
        TypeBuilder.Method(t, "clear", (self, args, kw) => { ContainerArgs.None("list.clear", args, kw); Self(self).Clear(); return PyNone.Instance; });
        TypeBuilder.Method(t, "copy", (self, args, kw) => { ContainerArgs.None("list.copy", args, kw); return new PyList(Self(self).AsSpan().ToArray()); });
        InitSort(t);
        TypeBuilder.Method(t, "reverse", (self, args, kw) =>
        {
            ContainerArgs.None("list.reverse", args, kw);
            var l = Self(self);
            Array.Reverse(l._items, 0, l._count);
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "__getitem__", (self, args, kw) => GetItem(self!, ContainerArgs.One("list.__getitem__", args, kw)));
        TypeBuilder.Method(t, "__sizeof__", (self, args, kw) =>
        {
            ContainerArgs.None("list.__sizeof__", args, kw);
            return PyInt.FromLong(40 + 8L * Self(self)._alloc);
        });
    }
}
