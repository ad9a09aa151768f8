namespace Krait.Runtime;

// Set algebra in CPython's exact insertion orders (set_merge, set_update_internal, set_intersection …).
public abstract partial class PySetBase
{
    /// <summary>An empty set of the same base kind (set_copy's make_new_set_basetype).</summary>
    internal PySetBase NewOfBaseType() => this is PyFrozenSet ? new PyFrozenSet() : new PySet();

    internal PySetBase CopySet()
    {
        var r = NewOfBaseType();
        r.Merge(this);
        return r;
    }

    /// <summary>set_merge.</summary>
    internal void Merge(PySetBase other)
    {
        if (ReferenceEquals(other, this) || other.Used == 0) return;
        if ((long)(Fill + other.Used) * 5 >= (long)Mask * 3) Resize((long)(Used + other.Used) * 2);
        if (Fill == 0 && Mask == other.Mask && other.Fill == other.Used)
        {
            for (int i = 0; i <= other.Mask; i++)
                if (other.Table[i].Key is not null) Table[i] = other.Table[i];
            Fill = other.Fill;
            Used = other.Used;
            return;
        }
        if (Fill == 0)
        {
            Fill = Used = other.Used;
            int pos0 = 0;
            while (other.NextEntry(ref pos0, out var k, out long h)) InsertClean(Table, Mask, k, h);
            return;
        }
        int pos = 0;
        while (other.NextEntry(ref pos, out var key, out long hash)) AddEntry(key, hash);
    }

    /// <summary>set_update_internal.</summary>
    public void Update(PyObject other)
    {
        if (other is PySetBase s) { Merge(s); return; }
        if (other is PyDict d && ReferenceEquals(d.Type, PyType.DictType))
        {
            if ((long)(Fill + d.Count) * 5 >= (long)Mask * 3) Resize((long)(Used + d.Count) * 2);
            int pos = 0;
            while (d.NextWithHash(ref pos, out var k, out long h)) AddEntry(k, h);
            return;
        }
        var it = Ops.GetIter(other);
        while (Ops.Next(it) is { } x) Add(x);
    }

    internal PySetBase Union(PyObject other)
    {
        var r = CopySet();
        if (!ReferenceEquals(other, this)) r.Update(other);
        return r;
    }

    internal PySetBase Intersection(PyObject other)
    {
        if (ReferenceEquals(other, this)) return CopySet();
        var result = NewOfBaseType();
        if (other is PySetBase o)
        {
            PySetBase so = this;
            if (o.Used > so.Used) (so, o) = (o, so);
            int pos = 0;
            while (o.NextEntry(ref pos, out var key, out long hash))
                if (so.LookKey(key, hash) >= 0) result.AddEntry(key, hash);
            return result;
        }
        var it = Ops.GetIter(other);
        while (Ops.Next(it) is { } k)
        {
            long h = HashOf(k);
            if (LookKey(k, h) >= 0) result.AddEntry(k, h);
        }
        return result;
    }

    internal PySetBase Difference(PyObject other)
    {
        int otherSize;
        if (other is PySetBase os) otherSize = os.Used;
        else if (other is PyDict od && ReferenceEquals(od.Type, PyType.DictType)) otherSize = od.Count;
        else return CopyAndDifference(other);
        if ((Used >> 2) > otherSize) return CopyAndDifference(other);
        var result = NewOfBaseType();
        int pos = 0;
        while (NextEntry(ref pos, out var key, out long hash))
        {
            bool inOther = other is PySetBase s ? s.LookKey(key, hash) >= 0 : ((PyDict)other).ContainsKnownHash(key, hash);
            if (!inOther) result.AddEntry(key, hash);
        }
        return result;
    }

    private PySetBase CopyAndDifference(PyObject other)
    {
        var r = CopySet();
        r.DifferenceUpdate(other);
        return r;
    }

    /// <summary>set_difference_update_internal.</summary>
    internal void DifferenceUpdate(PyObject other)
    {
        if (ReferenceEquals(other, this)) { Clear(); return; }
        if (other is PySetBase s)
        {
            if ((s.Used >> 3) > Used) s = Intersection(s);
            int pos = 0;
            while (s.NextEntry(ref pos, out var key, out long hash)) DiscardEntry(key, hash);
        }
        else
        {
            var it = Ops.GetIter(other);
            while (Ops.Next(it) is { } k) Discard(k);
        }
        if (Fill - Used <= Mask / 4) return;
        Resize(Used > 50000 ? Used * 2 : Used * 4);
    }

    /// <summary>set_symmetric_difference_update.</summary>
    internal void SymmetricDifferenceUpdate(PyObject other)
    {
        if (ReferenceEquals(other, this)) { Clear(); return; }
        PySetBase o;
        if (other is PySetBase s) o = s;
        else { o = NewOfBaseType(); o.Update(other); }
        int pos = 0;
        while (o.NextEntry(ref pos, out var key, out long hash))
            if (!DiscardEntry(key, hash)) AddEntry(key, hash);
    }

    internal PySetBase SymmetricDifference(PyObject other)
    {
        var r = NewOfBaseType();
        r.Update(other);
        r.SymmetricDifferenceUpdate(this);
        return r;
    }

    internal bool IsSubset(PySetBase other)
    {
        if (Used > other.Used) return false;
        int pos = 0;
        while (NextEntry(ref pos, out var key, out long hash))
            if (other.LookKey(key, hash) < 0) return false;
        return true;
    }

    /// <summary>frozenset_hash: order-independent, with CPython's bit shuffling.</summary>
    internal long FrozenHash()
    {
        static ulong Shuffle(ulong h) => ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
        ulong hash = 0;
        // Not Table.AsSpan(): the framework's generics over our struct are JIT-compiled, not precompiled.
        var table = Table;
        for (int i = 0; i < table.Length; i++) hash ^= Shuffle((ulong)table[i].Hash);
        if (((Mask + 1 - Fill) & 1) != 0) hash ^= Shuffle(0);
        if (((Fill - Used) & 1) != 0) hash ^= Shuffle(unchecked((ulong)-1L));
        hash ^= ((ulong)Used + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923UL;
        if (hash == ulong.MaxValue) hash = 590923713UL;
        return (long)hash;
    }
}
