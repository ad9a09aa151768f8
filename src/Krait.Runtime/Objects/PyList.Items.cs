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
            var r = new PyObject[count];
            for (long i = 0, j = start; i < count; i++, j += step) r[i] = l._items[j];
            return new PyList(r);
        }
        if (key.Type.Index is null) throw PyErr.TypeError($"list indices must be integers or slices, not {key.Type.Name}");
        long idx = Ops.AsSsize(key, PyExc.IndexError);
        if (idx < 0) idx += l._count;
        if ((ulong)idx >= (ulong)l._count) throw PyErr.IndexError("list index out of range");
        return l._items[idx];
    }

    private static void SetItem(PyObject o, PyObject key, PyObject value)
    {
        var l = (PyList)o;
        if (key is PySlice slice) { l.AssignSlice(slice, value); return; }
        if (key.Type.Index is null) throw PyErr.TypeError($"list indices must be integers or slices, not {key.Type.Name}");
        long idx = Ops.AsSsize(key, PyExc.IndexError);
        if (idx < 0) idx += l._count;
        if ((ulong)idx >= (ulong)l._count) throw PyErr.IndexError("list assignment index out of range");
        l._items[idx] = value;
    }

    private static void DelItem(PyObject o, PyObject key)
    {
        var l = (PyList)o;
        if (key is PySlice slice)
        {
            slice.Indices(l._count, out long start, out long stop, out long step, out long count);
            if (count <= 0) return;
            if (step < 0) { start = start + step * (count - 1); step = -step; }
            var keep = new List<PyObject>(l._count);
            for (long i = 0; i < l._count; i++)
                if (i < start || (i - start) % step != 0 || (i - start) / step >= count) keep.Add(l._items[i]);
            l._items = [.. keep];
            l._count = l._items.Length;
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
        var src = ReferenceEquals(value, this) ? AsSpan().ToArray() : value is PyList vl ? vl.AsSpan().ToArray() : value is PyTuple vt ? vt.Items
            : value.Type.Iter is null && value.Type.GetItem is null ? throw PyErr.TypeError("can only assign an iterable") : PyTuple.FromIterable(value).Items;
        slice.Indices(_count, out long start, out long stop, out long step, out long count);
        if (step == 1)
        {
            if (stop < start) stop = start;
            int n = _count, removed = (int)(stop - start), newSize = n - removed + src.Length;
            var tail = _items[(int)stop..n];
            Resize(newSize);
            Array.Copy(src, 0, _items, start, src.Length);
            Array.Copy(tail, 0, _items, start + src.Length, tail.Length);
            return;
        }
        if (src.Length != count)
            throw PyErr.ValueError($"attempt to assign sequence of size {src.Length} to extended slice of size {count}");
        for (long i = 0, j = start; i < count; i++, j += step) _items[j] = src[i];
    }

    private static PyList Self(PyObject? o) => (PyList)o!;

    private static void InitMethods(PyType t)
    {
        TypeBuilder.Method(t, "append", (self, args, kw) => { TypeBuilder.ExactArgs("list.append", args, kw, 1); Self(self).Append(args[0]); return PyNone.Instance; });
        TypeBuilder.Method(t, "extend", (self, args, kw) => { TypeBuilder.ExactArgs("list.extend", args, kw, 1); Self(self).Extend(args[0]); return PyNone.Instance; });
        TypeBuilder.Method(t, "insert", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("insert", args, kw, 2);
            Self(self).Insert(Ops.AsSsize(args[0]), args[1]);
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "pop", (self, args, kw) =>
        {
            TypeBuilder.ArgRange("pop", args, kw, 0, 1);
            return Self(self).Pop(args.Length == 0 ? -1 : Ops.AsSsize(args[0]));
        });
        TypeBuilder.Method(t, "remove", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("list.remove", args, kw, 1);
            var l = Self(self);
            for (int i = 0; i < l._count; i++)
                if (ReferenceEquals(l._items[i], args[0]) || Ops.RichCompareBool(l._items[i], args[0], CompareOp.Eq)) { l.Pop(i); return PyNone.Instance; }
            throw PyErr.ValueError("list.remove(x): x not in list");
        });
        TypeBuilder.Method(t, "index", (self, args, kw) =>
        {
            TypeBuilder.ArgRange("index", args, kw, 1, 3);
            var l = Self(self);
            for (int i = 0; i < l._count; i++)
                if (ReferenceEquals(l._items[i], args[0]) || Ops.RichCompareBool(l._items[i], args[0], CompareOp.Eq)) return PyInt.FromLong(i);
            throw PyErr.ValueError($"{Ops.Repr(args[0]).Value} is not in list");
        });
        TypeBuilder.Method(t, "count", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("list.count", args, kw, 1);
            var l = Self(self);
            long n = 0;
            for (int i = 0; i < l._count; i++)
                if (ReferenceEquals(l._items[i], args[0]) || Ops.RichCompareBool(l._items[i], args[0], CompareOp.Eq)) n++;
            return PyInt.FromLong(n);
        });
        TypeBuilder.Method(t, "clear", (self, args, kw) => { Self(self).Clear(); return PyNone.Instance; });
        TypeBuilder.Method(t, "copy", (self, args, kw) => new PyList(Self(self).AsSpan().ToArray()));
        InitSort(t);
        TypeBuilder.Method(t, "reverse", (self, args, kw) => { var l = Self(self); Array.Reverse(l._items, 0, l._count); return PyNone.Instance; });
    }
}
