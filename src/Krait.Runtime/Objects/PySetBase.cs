using System.Runtime.CompilerServices;

namespace Krait.Runtime;

/// <summary>The hash table shared by set and frozenset: CPython's setobject.c algorithm (linear probes of
/// up to 9 neighbours, then the perturbed jump; dummies; fill-based resizing) so that iteration order —
/// and therefore printed output — matches CPython's.</summary>
public abstract partial class PySetBase : PyObject
{
    internal struct Entry
    {
        public PyObject? Key;
        public long Hash;
    }

    private const int MinSize = 8, LinearProbes = 9, PerturbShift = 5;
    /// <summary>Deleted-slot marker (CPython's dummy): an entry with hash -1 and this key.</summary>
    private static PyObject Dummy => s_dummy ??= new DummyKey();
    private static PyObject? s_dummy;

    private sealed class DummyKey() : PyObject(PyType.ObjectType);

    internal Entry[] Table = new Entry[MinSize];
    internal int Mask = MinSize - 1;
    internal int Fill, Used;
    private int _finger;

    protected PySetBase(PyType type) : base(type) { }

    public int Count => Used;

    private static long HashOf(PyObject key) => ReferenceEquals(key.Type, PyType.StrType) ? Unsafe.As<PyStr>(key).GetHash() : Ops.Hash(key);

    /// <summary>set_add_entry.</summary>
    internal void AddEntry(PyObject key, long hash)
    {
    restart:
        var table = Table;
        int mask = Mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        int freeslot = -1;
        int found;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            int j = i;
            do
            {
                ref Entry e = ref table[j];
                if (e.Hash == 0 && e.Key is null) { found = j; goto unusedOrDummy; }
                if (e.Hash == hash)
                {
                    var start = e.Key!;
                    if (ReferenceEquals(start, key)) return;
                    var st = start.Type;
                    if (ReferenceEquals(st, PyType.StrType) && ReferenceEquals(key.Type, st))
                    {
                        if (Unsafe.As<PyStr>(start).Value == Unsafe.As<PyStr>(key).Value) return;
                    }
                    else if (ReferenceEquals(st, PyType.IntType) && ReferenceEquals(key.Type, st) && !Unsafe.As<PyInt>(start).IsBig && !Unsafe.As<PyInt>(key).IsBig)
                    {
                        if (Unsafe.As<PyInt>(start).Small == Unsafe.As<PyInt>(key).Small) return;
                    }
                    else
                    {
                        bool eq = Ops.RichCompareBool(start, key, CompareOp.Eq);
                        if (eq) return;
                        if (!ReferenceEquals(table, Table) || !ReferenceEquals(table[j].Key, start)) goto restart;
                        mask = Mask;
                    }
                }
                else if (e.Hash == -1) freeslot = j; // 3.11 keeps the last dummy seen
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    unusedOrDummy:
        if (freeslot >= 0)
        {
            Used++;
            table[freeslot] = new Entry { Key = key, Hash = hash };
            return;
        }
        Fill++;
        Used++;
        table[found] = new Entry { Key = key, Hash = hash };
        if ((long)Fill * 5 < (long)mask * 3) return;
        Resize(Used > 50000 ? Used * 2 : Used * 4);
    }

    /// <summary>set_lookkey: the table index holding <paramref name="key"/>, or -1.</summary>
    internal int LookKey(PyObject key, long hash)
    {
    restart:
        var table = Table;
        int mask = Mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            int j = i;
            do
            {
                ref Entry e = ref table[j];
                if (e.Hash == 0 && e.Key is null) return -1;
                if (e.Hash == hash)
                {
                    var start = e.Key!;
                    if (ReferenceEquals(start, key)) return j;
                    var st = start.Type;
                    if (ReferenceEquals(st, PyType.StrType) && ReferenceEquals(key.Type, st))
                    {
                        if (Unsafe.As<PyStr>(start).Value == Unsafe.As<PyStr>(key).Value) return j;
                    }
                    else if (ReferenceEquals(st, PyType.IntType) && ReferenceEquals(key.Type, st) && !Unsafe.As<PyInt>(start).IsBig && !Unsafe.As<PyInt>(key).IsBig)
                    {
                        if (Unsafe.As<PyInt>(start).Small == Unsafe.As<PyInt>(key).Small) return j;
                    }
                    else
                    {
                        bool eq = Ops.RichCompareBool(start, key, CompareOp.Eq);
                        if (!ReferenceEquals(table, Table) || !ReferenceEquals(table[j].Key, start)) goto restart;
                        if (eq) return j;
                        mask = Mask;
                    }
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    private static void InsertClean(Entry[] table, int mask, PyObject key, long hash)
    {
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            if (table[i].Key is null) { table[i] = new Entry { Key = key, Hash = hash }; return; }
            if (i + LinearProbes <= mask)
            {
                for (int j = 1; j <= LinearProbes; j++)
                    if (table[i + j].Key is null) { table[i + j] = new Entry { Key = key, Hash = hash }; return; }
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>set_table_resize: the smallest power of two greater than <paramref name="minUsed"/> (at least 8).</summary>
    internal void Resize(long minUsed)
    {
        int size = MinSize;
        while (size <= minUsed) size <<= 1;
        var old = Table;
        var table = new Entry[size];
        int mask = size - 1;
        for (int k = 0; k < old.Length; k++)
        {
            ref readonly var e = ref old[k];
            if (e.Key is not null && !(e.Hash == -1 && ReferenceEquals(e.Key, Dummy)))
                InsertClean(table, mask, e.Key, e.Hash);
        }
        Table = table;
        Mask = mask;
        Fill = Used;
    }

    /// <summary>set_discard_entry: true if the key was present.</summary>
    internal bool DiscardEntry(PyObject key, long hash)
    {
        int j = LookKey(key, hash);
        if (j < 0) return false;
        Table[j] = new Entry { Key = Dummy, Hash = -1 };
        Used--;
        return true;
    }

    public void Add(PyObject key) => AddEntry(key, HashOf(key));

    public bool Contains(PyObject key) => LookKey(key, HashOf(key)) >= 0;

    public bool Discard(PyObject key) => DiscardEntry(key, HashOf(key));

    public void Clear()
    {
        Table = new Entry[MinSize];
        Mask = MinSize - 1;
        Fill = Used = 0;
    }

    /// <summary>set_next: the next live entry at or after <paramref name="pos"/>.</summary>
    internal bool NextEntry(ref int pos, out PyObject key, out long hash)
    {
        var table = Table;
        while (pos <= Mask)
        {
            ref Entry e = ref table[pos++];
            if (e.Key is not null && !(e.Hash == -1 && ReferenceEquals(e.Key, Dummy))) { key = e.Key; hash = e.Hash; return true; }
        }
        key = null!;
        hash = 0;
        return false;
    }

    /// <summary>set.pop: removes the first live entry from the rotating finger on.</summary>
    public PyObject Pop()
    {
        if (Used == 0) throw PyErr.KeyError(new PyStr("pop from an empty set"));
        int i = _finger & Mask;
        while (Table[i].Key is null || (Table[i].Hash == -1 && ReferenceEquals(Table[i].Key, Dummy)))
            if (++i > Mask) i = 0;
        var key = Table[i].Key!;
        Table[i] = new Entry { Key = Dummy, Hash = -1 };
        Used--;
        _finger = i + 1;
        return key;
    }
}
