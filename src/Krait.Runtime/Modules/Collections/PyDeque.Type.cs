namespace Krait.Runtime;

// deque's type: slots and methods.
public sealed partial class PyDeque
{
    public static readonly PyType DequeType = PyType.NewBuiltin("collections.deque", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private static PyDeque Self(PyObject? o) => (PyDeque)o!;

    private static int NormalizeIndex(PyDeque d, PyObject key)
    {
        if (key.Type.Index is null && key is not PyInt)
            throw PyErr.TypeError($"sequence index must be integer, not '{key.Type.Name}'");
        long i = Ops.AsSsize(key, PyExc.IndexError);
        if (i < 0) i += d._count;
        if (i < 0 || i >= d._count) throw PyErr.IndexError("deque index out of range");
        return (int)i;
    }

    /// <summary>_PyEval_SliceIndexNotNone for index()'s start and stop.</summary>
    private static long SliceIndex(PyObject o)
    {
        if (o.Type.Index is null && o is not PyInt)
            throw PyErr.TypeError("slice indices must be integers or have an __index__ method");
        return Ops.AsSsize(o);
    }

    /// <summary>deque_copy: an exact deque copies itself; a subclass is called with (deque, maxlen).</summary>
    internal PyObject Copy()
    {
        if (ReferenceEquals(Type, DequeType))
        {
            var n = new PyDeque(DequeType) { MaxLen = MaxLen };
            for (int i = 0; i < _count; i++) n.Append(this[i]);
            return n;
        }
        return MaxLen < 0 ? Ops.Call(Type, [this]) : Ops.Call(Type, [this, PyInt.FromLong(MaxLen)]);
    }

    private static PyObject InPlaceRepeat(PyObject o, long n)
    {
        var d = (PyDeque)o;
        if (n <= 0) { d.Clear(); return d; }
        if (n == 1 || d._count == 0) return d;
        var items = d.ToArray();
        if (d.MaxLen == 0) return d;
        int m = items.Length;
        if (d.MaxLen > 0 && (double)m * n > d.MaxLen)
        {
            // Only the last maxlen items of the repetition survive: position p holds items[p % m].
            // m*n ≡ 0 (mod m), so the first kept position is ≡ -maxlen (mod m).
            long off = ((-d.MaxLen) % m + m) % m;
            var keep = new PyObject[d.MaxLen];
            for (long i = 0; i < keep.Length; i++) keep[i] = items[(off + i) % m];
            d.Clear();
            foreach (var x in keep) d.AppendRaw(x);
            return d;
        }
        if ((double)m * n > int.MaxValue) throw PyErr.New(PyExc.MemoryError);
        for (long r = 1; r < n; r++)
            foreach (var x in items) d.AppendRaw(x);
        return d;
    }

    private static PyStr Repr(PyObject o)
    {
        var d = (PyDeque)o;
        if (Ops.ReprEnter(o)) return new PyStr("[...]");
        try
        {
            string list = Ops.Repr(new PyList(d.ToArray())).Value;
            string name = ItertoolsModule.ShortName(o.Type);
            return new PyStr(d.MaxLen >= 0 ? $"{name}({list}, maxlen={d.MaxLen})" : $"{name}({list})");
        }
        finally { Ops.ReprLeave(o); }
    }

    private static PyObject RichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if (v is not PyDeque dv || w is not PyDeque dw) return PyNotImplemented.Instance;
        if (op == CompareOp.Eq)
        {
            if (ReferenceEquals(v, w)) return PyBool.True;
            if (dv._count != dw._count) return PyBool.False;
        }
        if (op == CompareOp.Ne)
        {
            if (ReferenceEquals(v, w)) return PyBool.False;
            if (dv._count != dw._count) return PyBool.True;
        }
        var it1 = new PyDequeIterator(PyDequeIterator.ForwardType, dv);
        var it2 = new PyDequeIterator(PyDequeIterator.ForwardType, dw);
        PyObject? x, y;
        // A deque that contains itself compares until the recursion limit (PyObject_RichCompare's guard).
        Ops.EnterRecursiveCall(" in comparison");
        try
        {
            while (true)
            {
                x = it1.Next();
                y = it2.Next();
                if (x is null || y is null) break;
                if (!Ops.RichCompareBool(x, y, CompareOp.Eq)) return Ops.RichCompare(x, y, op);
            }
        }
        finally { Ops.LeaveRecursiveCall(); }
        bool r = op switch
        {
            CompareOp.Lt => y is not null,
            CompareOp.Le => x is null,
            CompareOp.Eq => x is null && y is null,
            CompareOp.Ne => !(x is null && y is null),
            CompareOp.Gt => x is not null,
            _ => y is null,
        };
        return PyBool.From(r);
    }

    /// <summary>Searches [start, stop) for <paramref name="v"/>: its index or -1; <paramref name="count"/> counts matches.</summary>
    private long Find(PyObject v, long start, long stop, bool count, PyType mutatedError)
    {
        ulong state = State;
        long n = 0;
        for (long i = start; i < stop && i < _count; i++)
        {
            var item = this[(int)i];
            bool eq = ReferenceEquals(item, v) || Ops.RichCompareBool(item, v, CompareOp.Eq);
            if (State != state) throw PyErr.New(mutatedError, "deque mutated during iteration");
            if (eq)
            {
                if (!count) return i;
                n++;
            }
        }
        return count ? n : -1;
    }

    private static void InitType(PyType t)
    {
        t.New = (type, args, kw) => new PyDeque(type);
        t.Init = (self, args, kw) =>
        {
            var v = new PyObject?[2];
            ArgBinder.Bind("deque", args, kw, ["iterable", "maxlen"], 0, 2, 0, v);
            var d = Self(self);
            long maxlen = -1;
            if (v[1] is { } m and not PyNone)
            {
                if (m is not PyInt mi) throw PyErr.TypeError("an integer is required");
                if (mi.IsBig) throw PyErr.OverflowError("Python int too large to convert to C ssize_t");
                maxlen = mi.Small;
                if (maxlen < 0) throw PyErr.ValueError("maxlen must be non-negative");
            }
            d.MaxLen = maxlen;
            if (d._count > 0) d.Clear();
            if (v[0] is { } it) d.Extend(it);
        };
        t.Repr = Repr;
        t.Hash = SlotDefs.HashNotImplemented;
        t.RichCompare = RichCompare;
        t.HasWeakref = true;
        t.Len = o => Self(o)._count;
        t.Bool = o => Self(o)._count != 0;
        t.Iter = o => new PyDequeIterator(PyDequeIterator.ForwardType, Self(o));
        t.Contains = (o, v) => Self(o).Find(v, 0, long.MaxValue, false, PyExc.RuntimeError) >= 0;
        t.GetItem = (o, k) => { var d = Self(o); return d[NormalizeIndex(d, k)]; };
        t.SetItem = (o, k, v) => { var d = Self(o); d[NormalizeIndex(d, k)] = v; };
        t.DelItem = (o, k) => { var d = Self(o); d.DelAt(NormalizeIndex(d, k)); };
        t.Concat = (a, b) =>
        {
            if (b is not PyDeque) throw PyErr.TypeError($"can only concatenate deque (not \"{b.Type.Name}\") to deque");
            var n = Self(a).Copy();
            if (n is PyDeque nd) nd.Extend(b);
            else Ops.CallMethod(n, "extend", [b]);
            return n;
        };
        t.InPlaceConcat = (a, b) => { Self(a).Extend(b); return a; };
        t.Repeat = (o, n) =>
        {
            var c = Self(o).Copy();
            if (c is PyDeque cd) return InPlaceRepeat(cd, n);
            return Ops.InPlaceOp(c, PyInt.FromLong(n), NumberOp.Multiply);
        };
        t.InPlaceRepeat = InPlaceRepeat;

        TypeBuilder.Method(t, "append", (self, args, kw) => { Self(self).Append(ArgBinder.One("deque.append", args, kw)); return PyNone.Instance; });
        TypeBuilder.Method(t, "appendleft", (self, args, kw) => { Self(self).AppendLeft(ArgBinder.One("deque.appendleft", args, kw)); return PyNone.Instance; });
        TypeBuilder.Method(t, "pop", (self, args, kw) => { ArgBinder.None("deque.pop", args, kw); return Self(self).PopRaw(); });
        TypeBuilder.Method(t, "popleft", (self, args, kw) => { ArgBinder.None("deque.popleft", args, kw); return Self(self).PopLeftRaw(); });
        TypeBuilder.Method(t, "extend", (self, args, kw) => { Self(self).Extend(ArgBinder.One("deque.extend", args, kw)); return PyNone.Instance; });
        TypeBuilder.Method(t, "extendleft", (self, args, kw) => { Self(self).ExtendLeft(ArgBinder.One("deque.extendleft", args, kw)); return PyNone.Instance; });
        TypeBuilder.Method(t, "clear", (self, args, kw) => { ArgBinder.None("deque.clear", args, kw); Self(self).Clear(); return PyNone.Instance; });
        TypeBuilder.Method(t, "reverse", (self, args, kw) => { ArgBinder.None("deque.reverse", args, kw); Self(self).Reverse(); return PyNone.Instance; });
        TypeBuilder.Method(t, "copy", (self, args, kw) => { ArgBinder.None("deque.copy", args, kw); return Self(self).Copy(); });
        TypeBuilder.Method(t, "__copy__", (self, args, kw) => { ArgBinder.None("deque.__copy__", args, kw); return Self(self).Copy(); });
        TypeBuilder.Method(t, "count", (self, args, kw) =>
            PyInt.FromLong(Self(self).Find(ArgBinder.One("deque.count", args, kw), 0, long.MaxValue, true, PyExc.RuntimeError)));
        TypeBuilder.Method(t, "rotate", (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("deque.rotate() takes no keyword arguments");
            if (args.Length > 1) throw PyErr.TypeError($"deque.rotate expected at most 1 argument, got {args.Length}");
            long n = args.Length == 1 ? ArgBinder.Ssize(args[0]) : 1;
            Self(self).Rotate(n);
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "index", (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("index() takes no keyword arguments");
            if (args.Length < 1) throw PyErr.TypeError($"index() takes at least 1 argument ({args.Length} given)");
            if (args.Length > 3) throw PyErr.TypeError($"index() takes at most 3 arguments ({args.Length} given)");
            var d = Self(self);
            long start = args.Length > 1 ? SliceIndex(args[1]) : 0, stop = args.Length > 2 ? SliceIndex(args[2]) : long.MaxValue;
            long n = d._count;
            if (start < 0) { start += n; if (start < 0) start = 0; }
            if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
            if (stop > n) stop = n;
            if (start > stop) start = stop;
            long i = d.Find(args[0], start, stop, false, PyExc.RuntimeError);
            if (i < 0) throw PyErr.ValueError($"{Ops.Repr(args[0]).Value} is not in deque");
            return PyInt.FromLong(i);
        });
        TypeBuilder.Method(t, "insert", (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("insert() takes no keyword arguments");
            if (args.Length != 2) throw PyErr.TypeError($"insert() takes exactly 2 arguments ({args.Length} given)");
            var d = Self(self);
            long index = ArgBinder.Ssize(args[0]);
            if (d.MaxLen == d._count) throw PyErr.IndexError("deque already at its maximum size");
            long n = d._count;
            if (index >= n) d.Append(args[1]);
            else if (index <= -n || index == 0) d.AppendLeft(args[1]);
            else d.InsertAt((int)(index < 0 ? index + n : index), args[1]);
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "remove", (self, args, kw) =>
        {
            var v = ArgBinder.One("deque.remove", args, kw);
            var d = Self(self);
            long i = d.Find(v, 0, long.MaxValue, false, PyExc.IndexError);
            if (i < 0) throw PyErr.ValueError($"{Ops.Repr(v).Value} is not in deque");
            d.DelAt((int)i);
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "__reversed__", (self, args, kw) =>
        {
            ArgBinder.None("deque.__reversed__", args, kw);
            return new PyDequeIterator(PyDequeIterator.ReverseType, Self(self));
        });
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            ArgBinder.None("__reduce__", args, kw);
            var d = Self(self);
            // deque_reduce: _PyObject_GetState (dict and slots) and iter(self), which a subclass may override.
            PyObject state = PyBaseObject.GetStateOf(d);
            var it = Ops.GetIter(d);
            PyObject ctorArgs = d.MaxLen < 0 ? PyTuple.Empty : PyTuple.Pair(PyTuple.Empty, PyInt.FromLong(d.MaxLen));
            return PyTuple.Create([d.Type, ctorArgs, state, it]);
        });
        TypeBuilder.Method(t, "__sizeof__", (self, args, kw) =>
        {
            ArgBinder.None("deque.__sizeof__", args, kw);
            return PyInt.FromLong(80 + 8L * Self(self)._items.Length);
        });
        TypeBuilder.GetSet(t, "maxlen", o => Self(o).MaxLen < 0 ? PyNone.Instance : PyInt.FromLong(Self(o).MaxLen), null);
        PyGenericAlias.AddClassGetItem(t);
        ItertoolsModule.Doc(t, "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.");
    }
}
