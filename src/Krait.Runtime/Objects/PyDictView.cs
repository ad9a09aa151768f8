using System.Text;

namespace Krait.Runtime;

/// <summary>dict_keys / dict_values / dict_items: live views over a dict. Keys and items views are set-like
/// (dictobject.c: dictviews_and/or/sub/xor, dictview_richcompare, dictviews_isdisjoint).</summary>
public sealed partial class PyDictView(PyType type, PyDict dict) : PyObject(type)
{
    public readonly PyDict Mapping = dict;

    private int Kind => ReferenceEquals(Type, PyType.DictKeysType) ? DictIterator.Keys
        : ReferenceEquals(Type, PyType.DictValuesType) ? DictIterator.Values : DictIterator.ItemsKind;

    private static bool IsSetLike(PyObject o) => o is PyDictView v && v.Kind != DictIterator.Values;

    /// <summary>dictview contains for keys and items views.</summary>
    private bool ViewContains(PyObject x)
    {
        if (Kind == DictIterator.Keys) return Mapping.GetItem(x) is not null;
        if (x is not PyTuple { Count: 2 } pair) return false;
        var v = Mapping.GetItem(pair[0]);
        return v is not null && (ReferenceEquals(v, pair[1]) || Ops.RichCompareBool(v, pair[1], CompareOp.Eq));
    }

    internal static void InitTypes(PyType keys, PyType values, PyType items)
    {
        foreach (var t in new[] { keys, values, items })
        {
            t.Len = o => ((PyDictView)o).Mapping.Count;
            TypeBuilder.Method(t, "__reversed__", DictReverseIterator.ViewReversed);
            t.Iter = o =>
            {
                var v = (PyDictView)o;
                var it = v.Kind == DictIterator.Keys ? PyType.DictKeyIteratorType : v.Kind == DictIterator.Values ? PyType.DictValueIteratorType : PyType.DictItemIteratorType;
                return new DictIterator(it, v.Mapping, v.Kind);
            };
            t.Repr = Repr;
            TypeBuilder.GetSet(t, "mapping", o => new PyMappingProxy(((PyDictView)o).Mapping), null);
            string name = t.Name;
            TypeBuilder.Method(t, "__sizeof__", (self, args, kw) => { ContainerArgs.None(name + ".__sizeof__", args, kw); return PyInt.FromLong(24); });
        }
        foreach (var t in new[] { keys, items })
        {
            t.Contains = (o, x) => ((PyDictView)o).ViewContains(x);
            t.Hash = SlotDefs.HashNotImplemented;
            t.RichCompare = RichCompare;
            t.Number[(int)NumberOp.And] = Intersect;
            t.Number[(int)NumberOp.Or] = (a, b) =>
            {
                var r = ToSet(a);
                r.Update(b);
                return r;
            };
            t.Number[(int)NumberOp.Subtract] = (a, b) =>
            {
                var r = ToSet(a);
                r.DifferenceUpdate(b);
                return r;
            };
            t.Number[(int)NumberOp.Xor] = (a, b) =>
            {
                var r = ToSet(a);
                r.SymmetricDifferenceUpdate(b);
                return r;
            };
            string qual = t.Name + ".isdisjoint";
            TypeBuilder.Method(t, "isdisjoint", (self, args, kw) => PyBool.From(IsDisjoint((PyDictView)self!, ContainerArgs.One(qual, args, kw))));
        }
    }

    /// <summary>dictviews_to_set: set(self), iterating the dict itself for a keys view.</summary>
    private static PySet ToSet(PyObject o)
    {
        var r = new PySet();
        r.Update(o is PyDictView { Kind: DictIterator.Keys } v ? v.Mapping : o);
        return r;
    }

    /// <summary>_PyDictView_Intersect.</summary>
    private static PyObject Intersect(PyObject a, PyObject b)
    {
        // The operands arrive swapped when the view is on the right of &.
        if (!IsSetLike(a)) (a, b) = (b, a);
        var self = (PyDictView)a;
        long lenSelf = self.Mapping.Count;
        if (ReferenceEquals(b.Type, PyType.SetType) && lenSelf <= ((PySetBase)b).Count)
            return ((PySetBase)b).Intersection(self);
        if (IsSetLike(b) && ((PyDictView)b).Mapping.Count > lenSelf) (self, b) = ((PyDictView)b, self);
        var result = new PySet();
        var it = Ops.GetIter(b);
        while (Ops.Next(it) is { } x)
            if (self.ViewContains(x)) result.Add(x);
        return result;
    }

    private static bool IsDisjoint(PyDictView self, PyObject other)
    {
        if (ReferenceEquals(other, self)) return self.Mapping.Count == 0;
        if (other is PySetBase || IsSetLike(other))
        {
            long lenOther = Ops.Len(other);
            if (self.Mapping.Count > lenOther)
            {
                var it0 = Ops.GetIter(self);
                while (Ops.Next(it0) is { } x)
                    if (Ops.Contains(other, x)) return false;
                return true;
            }
        }
        var it = Ops.GetIter(other);
        while (Ops.Next(it) is { } y)
            if (self.ViewContains(y)) return false;
        return true;
    }

    /// <summary>all_contained_in: every item of <paramref name="self"/> is in <paramref name="other"/>.</summary>
    private static bool AllContainedIn(PyObject self, PyObject other)
    {
        var it = Ops.GetIter(self);
        while (Ops.Next(it) is { } x)
            if (!Ops.Contains(other, x)) return false;
        return true;
    }

    private static PyObject RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (b is not PySetBase && !IsSetLike(b)) return PyNotImplemented.Instance;
        long lenA = Ops.Len(a), lenB = Ops.Len(b);
        bool ok = op switch
        {
            CompareOp.Eq => lenA == lenB && AllContainedIn(a, b),
            CompareOp.Ne => !(lenA == lenB && AllContainedIn(a, b)),
            CompareOp.Lt => lenA < lenB && AllContainedIn(a, b),
            CompareOp.Le => lenA <= lenB && AllContainedIn(a, b),
            CompareOp.Gt => lenA > lenB && AllContainedIn(b, a),
            _ => lenA >= lenB && AllContainedIn(b, a),
        };
        return PyBool.From(ok);
    }

    private static PyStr Repr(PyObject o)
    {
        if (Ops.ReprEnter(o)) return new PyStr("...");
        try
        {
            var sb = new StringBuilder(o.Type.Name).Append("([");
            var it = Ops.GetIter(o);
            bool first = true;
            while (Ops.Next(it) is { } x)
            {
                if (!first) sb.Append(", ");
                first = false;
                sb.Append(Ops.Repr(x).Value);
            }
            return new PyStr(sb.Append("])").ToString());
        }
        finally { Ops.ReprLeave(o); }
    }
}
