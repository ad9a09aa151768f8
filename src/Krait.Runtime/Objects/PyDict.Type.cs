using System.Runtime.CompilerServices;
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
        if (other is PyDict od && (ReferenceEquals(od.Type, PyType.DictType) || od.Type.Iter == PyType.DictType.Iter))
        {
            if (ReferenceEquals(od, this) || od._used == 0) return;
            // dict_merge: an empty dict takes a copy of a compact table that is not oversized; otherwise one resize
            // up front makes room for all of the other's items (expecting few overlapping keys).
            if (_used == 0 && od._used == od._nentries && (od._indices.Length == MinSize || od._indices.Length / 2 * 2 / 3 < od._used))
            {
                CloneFrom(od);
                return;
            }
            if (_indices.Length * 2 / 3 < od._used) Resize(EstimatedSize(_used + od._used));
            // The stored hashes are reused (no __hash__ calls), as dict_merge does; a key's __eq__ that
            // changes the other dict stops the merge.
            int count = od._nentries;
            var entries = od._entries;
            for (int j = 0; j < count; j++)
            {
                var e = entries[j];
                if (e.Value is null) continue;
                Insert(e.Key!, e.Hash, e.Value);
                if (od._nentries != count || !ReferenceEquals(od._entries, entries)) throw PyErr.RuntimeError("dict mutated during update");
            }
            return;
        }
        var keysAttr = Ops.TryGetAttr(other, PyStr.Intern("keys"));
        if (keysAttr is not null)
        {
            var keys = Ops.Call(keysAttr, []);
            if (keys.Type.Iter is null && keys.Type.GetItem is null)
                throw PyErr.TypeError($"{other.Type.Name}.keys() returned a non-iterable (type {keys.Type.Name})");
            var it = Ops.GetIter(keys);
            while (Ops.Next(it) is { } k) SetItem(k, Ops.GetItem(other, k));
            return;
        }
        var pairs = Ops.GetIter(other);
        int n = 0;
        while (true)
        {
            // dict(zip(k, v)), dict(enumerate(x)), dict(d.items()): the pairs without their tuples.
            int got = Interpreter.IterNextPair(pairs, out var first, out var second);
            if (got == Interpreter.PairDone) break;
            if (got == Interpreter.PairValues)
            {
                SetItem(first!, second!);
                n++;
                continue;
            }
            var item = first!;
            // An exact pair (zip's and items()'s tuples) is used as it is: no copy.
            if (ReferenceEquals(item.Type, PyType.TupleType) && Unsafe.As<PyTuple>(item).Items is { Length: 2 } two)
            {
                SetItem(two[0], two[1]);
                n++;
                continue;
            }
            if (item.Type.Iter is null && item.Type.GetItem is null)
                throw PyErr.TypeError($"cannot convert dictionary update sequence element #{n} to a sequence");
            var pair = PyTuple.FromIterable(item);
            if (pair.Count != 2)
                throw PyErr.ValueError($"dictionary update sequence element #{n} has length {pair.Count}; 2 is required");
            SetItem(pair[0], pair[1]);
            n++;
        }
    }

    /// <summary>PyDict_Copy: a table at most a third of whose entries are deleted is copied as it is (holes
    /// included), anything else is merged into a new dict.</summary>
    public PyDict Copy()
    {
        var d = new PyDict();
        if (_used == 0) return d;
        if (_used >= _nentries * 2 / 3 && Type.Iter == PyType.DictType.Iter) d.CloneFrom(this);
        else d.Update(this);
        return d;
    }

    /// <summary>estimate_log2_keysize as a slot count: a table with room for <paramref name="n"/> items, by 3.11's
    /// calculate_log2_keysize, which gives the power of two above ((minsize | 8) - 1) | 7 (so 32 slots asked for get
    /// 64).</summary>
    private static int EstimatedSize(int n)
    {
        long minSize = ((long)n * 3 + 1) / 2;
        return 1 << (64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)(((minSize | MinSize) - 1) | (MinSize - 1))));
    }

    internal static void InitType(PyType t)
    {
        PyTuple.SetContainerDocs(t);
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
            if (eq && x._used > 0)
            {
                // A dict that contains itself compares until the recursion limit (PyObject_RichCompare's
                // Py_EnterRecursiveCall), as lists and tuples do.
                Ops.EnterRecursiveCall(" in comparison");
                try
                {
                    // dict_equal: each key is looked up in the other dict with its stored hash (no __hash__ call).
                    for (int pos = 0; eq && pos < x._nentries; pos++)
                    {
                        var e = x._entries[pos];
                        if (e.Value is null) continue;
                        var v = e.Value;
                        var w = y.GetItemKnownHash(e.Key!, e.Hash);
                        eq = w is not null && (ReferenceEquals(v, w) || Ops.RichCompareBool(v, w, CompareOp.Eq));
                    }
                }
                finally { Ops.LeaveRecursiveCall(); }
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
            ContainerArgs.Range("dict.get", "get", args, kw, 1, 2);
            return Self(self).GetItem(args[0]) ?? (args.Length > 1 ? args[1] : PyNone.Instance);
        });
        TypeBuilder.Method(t, "setdefault", (self, args, kw) =>
        {
            ContainerArgs.Range("dict.setdefault", "setdefault", args, kw, 1, 2);
            return Self(self).SetDefault(args[0], args.Length > 1 ? args[1] : PyNone.Instance);
        });
        TypeBuilder.PendingMethod(t, "pop", (self, args, kw) =>
        {
            ContainerArgs.Range("dict.pop", "pop", args, kw, 1, 2);
            // A missing key's KeyError is pending (no .NET throw): `try: d.pop(k)` is an idiom.
            return Self(self).Pop(args[0]) ?? (args.Length > 1 ? args[1] : PyErr.SetPending(PyErr.Make(PyExc.KeyError, args[0])));
        });
        TypeBuilder.Method(t, "popitem", (self, args, kw) =>
        {
            ContainerArgs.None("dict.popitem", args, kw);
            var d = Self(self);
            if (d._used == 0) throw PyErr.KeyError(new PyStr("popitem(): dictionary is empty"));
            return d.PopLast();
        });
        TypeBuilder.Method(t, "keys", (self, args, kw) => { ContainerArgs.None("dict.keys", args, kw); return new PyDictView(PyType.DictKeysType, Self(self)); });
        TypeBuilder.Method(t, "values", (self, args, kw) => { ContainerArgs.None("dict.values", args, kw); return new PyDictView(PyType.DictValuesType, Self(self)); });
        TypeBuilder.Method(t, "items", (self, args, kw) => { ContainerArgs.None("dict.items", args, kw); return new PyDictView(PyType.DictItemsType, Self(self)); });
        TypeBuilder.Method(t, "update", (self, args, kw) =>
        {
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos > 1) throw PyErr.TypeError($"update expected at most 1 argument, got {npos}");
            var d = Self(self);
            if (npos == 1) d.Update(args[0]);
            for (int i = npos; i < args.Length; i++) d.SetItem(kw!.Items[i - npos], args[i]);
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "clear", (self, args, kw) => { ContainerArgs.None("dict.clear", args, kw); Self(self).Clear(); return PyNone.Instance; });
        TypeBuilder.Method(t, "copy", (self, args, kw) => { ContainerArgs.None("dict.copy", args, kw); return Self(self).Copy(); });
        TypeBuilder.Method(t, "__getitem__", (self, args, kw) => Subscript(self!, ContainerArgs.One("dict.__getitem__", args, kw)));
        TypeBuilder.Method(t, "__contains__", (self, args, kw) => PyBool.From(Self(self).GetItem(ContainerArgs.One("dict.__contains__", args, kw)) is not null));
        TypeBuilder.Method(t, "__sizeof__", (self, args, kw) =>
        {
            ContainerArgs.None("dict.__sizeof__", args, kw);
            var d = Self(self);
            // _PyDict_SizeOf for a table of general (non-str-only) keys: header, index bytes, usable entries.
            int size = d._indices.Length;
            if (d._entries.Length == 0) return PyInt.FromLong(48);
            int ix = size <= 128 ? 1 : size <= 1 << 15 ? 2 : 4;
            return PyInt.FromLong(48 + 32 + (long)ix * size + 24L * (size * 2 / 3));
        });
        TypeBuilder.ClassMethod(t, "fromkeys", (cls, args, kw) =>
        {
            ContainerArgs.Range("dict.fromkeys", "fromkeys", args, kw, 1, 2);
            var r = Ops.Call(cls!, []);
            var v = args.Length > 1 ? args[1] : PyNone.Instance;
            if (r is PyDict rd && ReferenceEquals(rd.Type, PyType.DictType))
            {
                if (args[0] is PyDict src && ReferenceEquals(src.Type, PyType.DictType))
                {
                    int pos = 0;
                    while (src.NextWithHash(ref pos, out var key, out long h)) rd.Insert(key, h, v);
                    return r;
                }
                if (args[0] is PySetBase ss && (ReferenceEquals(ss.Type, PyType.SetType) || ReferenceEquals(ss.Type, PyType.FrozenSetType)))
                {
                    int pos = 0;
                    while (ss.NextEntry(ref pos, out var key, out long h)) rd.Insert(key, h, v);
                    return r;
                }
            }
            var it = Ops.GetIter(args[0]);
            while (Ops.Next(it) is { } k) Ops.SetItem(r, k, v);
            return r;
        });
    }
}
