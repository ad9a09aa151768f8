using System.Text;

namespace Krait.Runtime;

// dict's slots and methods.
public partial class PyDict
{
    private static PyDict Self(PyObject? o) => (PyDict)o!;

    /// <summary>d[key] with dict's rules: a subclass's __missing__ is consulted, else KeyError.</summary>
    public static PyObject Subscript(PyObject o, PyObject key)
    {
        var d = (PyDict)o;
        var v = d.GetItem(key);
        if (v is not null) return v;
        if (!ReferenceEquals(o.Type, PyType.DictType))
        {
            var missing = o.Type.Lookup(PyStr.Intern("__missing__"));
            if (missing is not null) return SlotStubs.CallFound(missing, o, [key]);
        }
        throw PyErr.KeyError(key);
    }

    /// <summary>dict.update / dict(...) merging: a mapping (keys()) or an iterable of pairs.</summary>
    public void Update(PyObject other)
    {
        if (other is PyDict od)
        {
            int pos = 0;
            while (od.Next(ref pos, out var k, out var v)) SetItem(k, v);
            return;
        }
        var keysAttr = Ops.TryGetAttr(other, PyStr.Intern("keys"));
        if (keysAttr is not null)
        {
            var it = Ops.GetIter(Ops.Call(keysAttr, []));
            while (Ops.Next(it) is { } k) SetItem(k, Ops.GetItem(other, k));
            return;
        }
        var pairs = Ops.GetIter(other);
        int n = 0;
        while (Ops.Next(pairs) is { } item)
        {
            if (item.Type.Iter is null && item.Type.GetItem is null)
                throw PyErr.TypeError($"cannot convert dictionary update sequence element #{n} to a sequence");
            var pair = PyTuple.FromIterable(item);
            if (pair.Count != 2)
                throw PyErr.ValueError($"dictionary update sequence element #{n} has length {pair.Count}; 2 is required");
            SetItem(pair[0], pair[1]);
            n++;
        }
    }

    public PyDict Copy()
    {
        var d = new PyDict();
        int pos = 0;
        while (Next(ref pos, out var k, out var v)) d.SetItem(k, v);
        return d;
    }

    internal static void InitType(PyType t)
    {
        t.Len = o => ((PyDict)o)._used;
        t.Bool = o => ((PyDict)o)._used != 0;
        t.Hash = SlotDefs.HashNotImplemented;
        t.Contains = (o, k) => ((PyDict)o).GetItem(k) is not null;
        t.GetItem = Subscript;
        t.SetItem = (o, k, v) => ((PyDict)o).SetItem(k, v);
        t.DelItem = (o, k) => { if (!((PyDict)o).DelItem(k)) throw PyErr.KeyError(k); };
        t.Iter = o => new DictIterator(PyType.DictKeyIteratorType, (PyDict)o, DictIterator.Keys);
        TypeBuilder.Method(t, "__reversed__", DictReverseIterator.DictReversed);
        t.Repr = o =>
        {
            var d = (PyDict)o;
            if (d._used == 0) return new PyStr("{}");
            if (Ops.ReprEnter(o)) return new PyStr("{...}");
            try
            {
                var sb = new StringBuilder("{");
                int pos = 0;
                bool first = true;
                while (d.Next(ref pos, out var k, out var v))
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    sb.Append(Ops.Repr(k).Value).Append(": ").Append(Ops.Repr(v).Value);
                }
                return new PyStr(sb.Append('}').ToString());
            }
            finally { Ops.ReprLeave(o); }
        };
        t.RichCompare = (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyDict y) return PyNotImplemented.Instance;
            var x = (PyDict)a;
            bool eq = x._used == y._used;
            int pos = 0;
            while (eq && x.Next(ref pos, out var k, out var v))
            {
                var w = y.GetItem(k);
                eq = w is not null && (ReferenceEquals(v, w) || Ops.RichCompareBool(v, w, CompareOp.Eq));
            }
            return PyBool.From(eq == (op == CompareOp.Eq));
        };
        t.Number[(int)NumberOp.Or] = (a, b) =>
        {
            if (a is not PyDict x || b is not PyDict y) return PyNotImplemented.Instance;
            var r = x.Copy();
            r.Update(y);
            return r;
        };
        t.InPlace[(int)NumberOp.Or] = (a, b) => { ((PyDict)a).Update(b); return a; };
        t.New = (type, args, kw) => ReferenceEquals(type, PyType.DictType) ? new PyDict() : new PyDictSubclass(type);
        t.Init = (self, args, kw) =>
        {
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos > 1) throw PyErr.TypeError($"dict expected at most 1 argument, got {npos}");
            var d = (PyDict)self;
            if (npos == 1) d.Update(args[0]);
            for (int i = npos; i < args.Length; i++) d.SetItem(kw!.Items[i - npos], args[i]);
        };
        InitMethods(t);
    }

    private static void InitMethods(PyType t)
    {
        TypeBuilder.Method(t, "get", (self, args, kw) =>
        {
            TypeBuilder.ArgRange("get", args, kw, 1, 2);
            return Self(self).GetItem(args[0]) ?? (args.Length > 1 ? args[1] : PyNone.Instance);
        });
        TypeBuilder.Method(t, "setdefault", (self, args, kw) =>
        {
            TypeBuilder.ArgRange("setdefault", args, kw, 1, 2);
            var d = Self(self);
            var v = d.GetItem(args[0]);
            if (v is not null) return v;
            v = args.Length > 1 ? args[1] : PyNone.Instance;
            d.SetItem(args[0], v);
            return v;
        });
        TypeBuilder.Method(t, "pop", (self, args, kw) =>
        {
            TypeBuilder.ArgRange("pop", args, kw, 1, 2);
            return Self(self).Pop(args[0]) ?? (args.Length > 1 ? args[1] : throw PyErr.KeyError(args[0]));
        });
        TypeBuilder.Method(t, "popitem", (self, args, kw) =>
        {
            var d = Self(self);
            if (d._used == 0) throw PyErr.KeyError(new PyStr("popitem(): dictionary is empty"));
            int i = d._nentries - 1;
            while (d._entries[i].Value is null) i--;
            var k = d._entries[i].Key!;
            var v = d.Pop(k)!;
            return PyTuple.Pair(k, v);
        });
        TypeBuilder.Method(t, "keys", (self, args, kw) => new PyDictView(PyType.DictKeysType, Self(self)));
        TypeBuilder.Method(t, "values", (self, args, kw) => new PyDictView(PyType.DictValuesType, Self(self)));
        TypeBuilder.Method(t, "items", (self, args, kw) => new PyDictView(PyType.DictItemsType, Self(self)));
        TypeBuilder.Method(t, "update", (self, args, kw) =>
        {
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos > 1) throw PyErr.TypeError($"update expected at most 1 argument, got {npos}");
            var d = Self(self);
            if (npos == 1) d.Update(args[0]);
            for (int i = npos; i < args.Length; i++) d.SetItem(kw!.Items[i - npos], args[i]);
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "clear", (self, args, kw) => { Self(self).Clear(); return PyNone.Instance; });
        TypeBuilder.Method(t, "copy", (self, args, kw) => Self(self).Copy());
        TypeBuilder.ClassMethod(t, "fromkeys", (cls, args, kw) =>
        {
            TypeBuilder.ArgRange("fromkeys", args, kw, 1, 2);
            var r = Ops.Call(cls!, []);
            var v = args.Length > 1 ? args[1] : PyNone.Instance;
            var it = Ops.GetIter(args[0]);
            while (Ops.Next(it) is { } k) Ops.SetItem(r, k, v);
            return r;
        });
    }
}
