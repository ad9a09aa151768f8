using System.Text;

namespace Krait.Runtime;

// set and frozenset slots and methods.
public abstract partial class PySetBase
{
    private static PySetBase Self(PyObject? o) => (PySetBase)o!;

    /// <summary>A set argument to contains/discard/remove that is itself an unhashable set is looked up as a frozenset.</summary>
    private static PyObject KeyOf(PyObject key)
    {
        if (key is PySet s)
        {
            var f = new PyFrozenSet();
            f.Merge(s);
            return f;
        }
        return key;
    }

    /// <summary>set_contains. The __contains__ method calls it directly, not through the type's slot: a subclass's
    /// slot dispatches to __contains__, which would loop.</summary>
    private static bool SetContains(PyObject o, PyObject k)
    {
        try { return ((PySetBase)o).Contains(k); }
        catch (PythonException e) when (k is PySet && e.Value.Type.IsSubtype(PyExc.TypeError)) { return ((PySetBase)o).Contains(KeyOf(k)); }
    }

    internal static void InitTypes(PyType set, PyType frozen)
    {
        PyTuple.SetContainerDocs(set, frozen);
        foreach (var t in new[] { set, frozen })
        {
            t.Len = o => ((PySetBase)o).Used;
            t.Bool = o => ((PySetBase)o).Used != 0;
            t.Contains = SetContains;
            t.Iter = o => new SetIterator((PySetBase)o);
            t.Repr = Repr;
            t.RichCompare = (a, b, op) =>
            {
                if (b is not PySetBase y) return PyNotImplemented.Instance;
                var x = (PySetBase)a;
                bool r = op switch
                {
                    CompareOp.Eq => x.Used == y.Used && x.IsSubset(y),
                    CompareOp.Ne => !(x.Used == y.Used && x.IsSubset(y)),
                    CompareOp.Le => x.IsSubset(y),
                    CompareOp.Ge => y.IsSubset(x),
                    CompareOp.Lt => x.Used < y.Used && x.IsSubset(y),
                    _ => y.Used < x.Used && y.IsSubset(x),
                };
                return PyBool.From(r);
            };
            t.Number[(int)NumberOp.Or] = (a, b) => a is PySetBase x && b is PySetBase ? x.Union(b) : PyNotImplemented.Instance;
            t.Number[(int)NumberOp.And] = (a, b) => a is PySetBase x && b is PySetBase ? x.Intersection(b) : PyNotImplemented.Instance;
            t.Number[(int)NumberOp.Subtract] = (a, b) => a is PySetBase x && b is PySetBase ? x.Difference(b) : PyNotImplemented.Instance;
            t.Number[(int)NumberOp.Xor] = (a, b) => a is PySetBase x && b is PySetBase ? x.SymmetricDifference(b) : PyNotImplemented.Instance;
            string tn = t.Name;
            TypeBuilder.Method(t, "copy", (self, args, kw) =>
            {
                ContainerArgs.None(tn + ".copy", args, kw);
                return Self(self) is PyFrozenSet f && ReferenceEquals(f.Type, PyType.FrozenSetType) ? f : Self(self).CopySet();
            });
            TypeBuilder.Method(t, "__sizeof__", (self, args, kw) =>
            {
                ContainerArgs.None(tn + ".__sizeof__", args, kw);
                // CPython's layout: the object with its 8-entry small table, plus a separate table once it grows.
                int size = Self(self).Table.Length;
                return PyInt.FromLong(size > 8 ? 200 + 16L * size : 200);
            });
            TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
            {
                ContainerArgs.None(tn + ".__reduce__", args, kw);
                var s = Self(self);
                var items = new PyObject[s.Used];
                int pos = 0, n = 0;
                while (s.NextEntry(ref pos, out var key, out _)) items[n++] = key;
                var state = PyBaseObject.GetStateOf(s);
                return new PyTuple([s.Type, new PyTuple([new PyList(items)]), state]);
            });
            TypeBuilder.Method(t, "__contains__", (self, args, kw) => PyBool.From(SetContains(self!, ContainerArgs.One(tn + ".__contains__", args, kw))));
            TypeBuilder.Method(t, "union", (self, args, kw) =>
            {
                ContainerArgs.NoKeywords(tn + ".union", kw);
                var r = Self(self).CopySet();
                foreach (var a in args) r.Update(a);
                return r;
            });
            TypeBuilder.Method(t, "intersection", (self, args, kw) =>
            {
                ContainerArgs.NoKeywords(tn + ".intersection", kw);
                if (args.Length == 0) return Self(self).CopySet();
                PySetBase r = Self(self);
                foreach (var a in args) r = r.Intersection(a);
                return r;
            });
            TypeBuilder.Method(t, "difference", (self, args, kw) =>
            {
                ContainerArgs.NoKeywords(tn + ".difference", kw);
                if (args.Length == 0) return Self(self).CopySet();
                var r = Self(self).Difference(args[0]);
                for (int i = 1; i < args.Length; i++) r.DifferenceUpdate(args[i]);
                return r;
            });
            TypeBuilder.Method(t, "symmetric_difference", (self, args, kw) => Self(self).SymmetricDifference(ContainerArgs.One(tn + ".symmetric_difference", args, kw)));
            TypeBuilder.Method(t, "issubset", (self, args, kw) => PyBool.From(Self(self).IsSubset(AsSet(ContainerArgs.One(tn + ".issubset", args, kw)))));
            TypeBuilder.Method(t, "issuperset", (self, args, kw) =>
            {
                var other = ContainerArgs.One(tn + ".issuperset", args, kw);
                if (other is PySetBase os) return PyBool.From(os.IsSubset(Self(self)));
                var it = Ops.GetIter(other);
                while (Ops.Next(it) is { } k) if (!Self(self).Contains(k)) return PyBool.False;
                return PyBool.True;
            });
            TypeBuilder.Method(t, "isdisjoint", (self, args, kw) =>
            {
                var other = ContainerArgs.One(tn + ".isdisjoint", args, kw);
                if (other is PySetBase so)
                {
                    PySetBase a = Self(self), b = so;
                    if (a.Used > b.Used) (a, b) = (b, a);
                    int pos = 0;
                    while (a.NextEntry(ref pos, out var key, out long h)) if (b.LookKey(key, h) >= 0) return PyBool.False;
                    return PyBool.True;
                }
                var it = Ops.GetIter(other);
                while (Ops.Next(it) is { } k) if (Self(self).Contains(k)) return PyBool.False;
                return PyBool.True;
            });
        }
        frozen.Hash = o => ((PySetBase)o).FrozenHash();
        set.Hash = SlotDefs.HashNotImplemented;
        frozen.New = (type, args, kw) =>
        {
            // frozenset_new: a subclass with its own __init__ may pass keywords through to it.
            if (kw is not null && kw.Count > 0 && (ReferenceEquals(type, PyType.FrozenSetType) || ReferenceEquals(type.Init, PyType.FrozenSetType.Init)))
                throw PyErr.TypeError("frozenset() takes no keyword arguments");
            if (kw is not null) args = args[..(args.Length - kw.Count)];  // the keyword values follow the positionals
            if (args.Length > 1) throw PyErr.TypeError($"frozenset expected at most 1 argument, got {args.Length}");
            if (ReferenceEquals(type, PyType.FrozenSetType) && args.Length == 1 && ReferenceEquals(args[0].Type, PyType.FrozenSetType)) return args[0];
            PySetBase r = ReferenceEquals(type, PyType.FrozenSetType) ? new PyFrozenSet() : new PyFrozenSetSubclass(type);
            if (args.Length == 1) r.Update(args[0]);
            return r;
        };
        set.New = (type, args, kw) => ReferenceEquals(type, PyType.SetType) ? new PySet() : new PySetSubclass(type);
        set.Init = (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("set() takes no keyword arguments");
            if (args.Length > 1) throw PyErr.TypeError($"set expected at most 1 argument, got {args.Length}");
            var s = (PySetBase)self;
            if (s.Used > 0) s.Clear();
            if (args.Length == 1) s.Update(args[0]);
        };
        set.InPlace[(int)NumberOp.Or] = (a, b) => { if (b is not PySetBase) return PyNotImplemented.Instance; ((PySetBase)a).Update(b); return a; };
        set.InPlace[(int)NumberOp.And] = (a, b) =>
        {
            if (b is not PySetBase) return PyNotImplemented.Instance;
            var s = (PySetBase)a;
            s.SwapBodies(s.Intersection(b));
            return a;
        };
        set.InPlace[(int)NumberOp.Subtract] = (a, b) => { if (b is not PySetBase) return PyNotImplemented.Instance; ((PySetBase)a).DifferenceUpdate(b); return a; };
        set.InPlace[(int)NumberOp.Xor] = (a, b) => { if (b is not PySetBase) return PyNotImplemented.Instance; ((PySetBase)a).SymmetricDifferenceUpdate(b); return a; };
        TypeBuilder.Method(set, "add", (self, args, kw) => { Self(self).Add(ContainerArgs.One("set.add", args, kw)); return PyNone.Instance; });
        TypeBuilder.Method(set, "discard", (self, args, kw) => { Self(self).DiscardKey(ContainerArgs.One("set.discard", args, kw)); return PyNone.Instance; });
        TypeBuilder.PendingMethod(set, "remove", (self, args, kw) =>
        {
            var key = ContainerArgs.One("set.remove", args, kw);
            // A missing key's KeyError is pending (no .NET throw).
            return Self(self).DiscardKey(key) ? PyNone.Instance : PyErr.SetPending(PyErr.Make(PyExc.KeyError, key));
        });
        TypeBuilder.Method(set, "pop", (self, args, kw) => { ContainerArgs.None("set.pop", args, kw); return Self(self).Pop(); });
        TypeBuilder.Method(set, "clear", (self, args, kw) => { ContainerArgs.None("set.clear", args, kw); Self(self).Clear(); return PyNone.Instance; });
        TypeBuilder.Method(set, "update", (self, args, kw) => { ContainerArgs.NoKeywords("set.update", kw); foreach (var a in args) Self(self).Update(a); return PyNone.Instance; });
        TypeBuilder.Method(set, "difference_update", (self, args, kw) => { ContainerArgs.NoKeywords("set.difference_update", kw); foreach (var a in args) Self(self).DifferenceUpdate(a); return PyNone.Instance; });
        TypeBuilder.Method(set, "intersection_update", (self, args, kw) =>
        {
            ContainerArgs.NoKeywords("set.intersection_update", kw);
            var s = Self(self);
            foreach (var a in args) s.SwapBodies(s.Intersection(a));
            return PyNone.Instance;
        });
        TypeBuilder.Method(set, "symmetric_difference_update", (self, args, kw) => { Self(self).SymmetricDifferenceUpdate(ContainerArgs.One("set.symmetric_difference_update", args, kw)); return PyNone.Instance; });
    }

    /// <summary>set_discard_key: a set key that is unhashable is retried as a frozenset.</summary>
    private bool DiscardKey(PyObject key)
    {
        try { return Discard(key); }
        catch (PythonException e) when (key is PySet && e.Value.Type.IsSubtype(PyExc.TypeError)) { return Discard(KeyOf(key)); }
    }

    private static PySetBase AsSet(PyObject o)
    {
        if (o is PySetBase s) return s;
        var r = new PySet();
        r.Update(o);
        return r;
    }

    private void SwapBodies(PySetBase other)
    {
        (Table, other.Table) = (other.Table, Table);
        (Mask, other.Mask) = (other.Mask, Mask);
        (Fill, other.Fill) = (other.Fill, Fill);
        (Used, other.Used) = (other.Used, Used);
    }

    private static PyStr Repr(PyObject o)
    {
        var s = (PySetBase)o;
        bool exactSet = ReferenceEquals(o.Type, PyType.SetType);
        if (s.Used == 0) return new PyStr($"{o.Type.Name}()");
        if (Ops.ReprEnter(o)) return new PyStr($"{o.Type.Name}(...)");
        try
        {
            var sb = new StringBuilder();
            if (!exactSet) sb.Append(o.Type.Name).Append('(');
            sb.Append('{');
            int pos = 0;
            bool first = true;
            while (s.NextEntry(ref pos, out var key, out _))
            {
                if (!first) sb.Append(", ");
                first = false;
                sb.Append(Ops.Repr(key).Value);
            }
            sb.Append('}');
            if (!exactSet) sb.Append(')');
            return new PyStr(sb.ToString());
        }
        finally { Ops.ReprLeave(o); }
    }
}
