using System.Runtime.CompilerServices;

namespace Krait.Runtime;

/// <summary>dict: CPython's compact ordered table. An index array (open addressing, CPython's perturbed probe)
/// points into a dense, insertion-ordered entries array. <see cref="Version"/> changes on every mutation and
/// <see cref="KeysVersion"/> whenever the key set changes, for the VM's caches.</summary>
public partial class PyDict : PyObject
{
    private struct Entry
    {
        public long Hash;
        public PyObject? Key;
        public PyObject? Value;
    }

    private const int Empty = -1, Dummy = -2, MinSize = 8, PerturbShift = 5;

    private int[] _indices = s_emptyIndices;
    // Not [] (Array.Empty<Entry>: a framework generic over our struct, compiled by the JIT at start-up).
    private Entry[] _entries = s_noEntries;
    private static readonly Entry[] s_noEntries = new Entry[0];
    private int _nentries, _used, _usable;

    private static readonly int[] s_emptyIndices = [Empty];
    private static uint s_globalVersion;

    public uint Version { get; private set; }
    public uint KeysVersion { get; private set; }

    public PyDict() : base(PyType.DictType) { }
    internal PyDict(PyType type) : base(type) { }

    public int Count => _used;

    private void Mutated() => Version = ++s_globalVersion;
    private void KeysChanged() { KeysVersion = ++s_globalVersion; Version = s_globalVersion; }

    private static long HashOf(PyObject key) => ReferenceEquals(key.Type, PyType.StrType) ? Unsafe.As<PyStr>(key).GetHash() : Ops.Hash(key);

    /// <summary>The entry index of <paramref name="key"/>, or -1; <paramref name="slot"/> is its index-array slot.</summary>
    private int Lookup(PyObject key, long hash, out int slot)
    {
    restart:
        var indices = _indices;
        var entries = _entries;
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int ix = indices[i];
            if (ix == Empty) { slot = i; return -1; }
            if (ix >= 0)
            {
                ref Entry e = ref entries[ix];
                var k = e.Key!;
                if (ReferenceEquals(k, key)) { slot = i; return ix; }
                if (e.Hash == hash)
                {
                    // Exact strs and machine-word ints compare without dispatch (no Python code can run); the
                    // Type fields are tested first (`k is PyStr` on an int is a cast-helper call).
                    var kt = k.Type;
                    if (ReferenceEquals(kt, PyType.StrType) && ReferenceEquals(key.Type, kt))
                    {
                        if (Unsafe.As<PyStr>(k).Value == Unsafe.As<PyStr>(key).Value) { slot = i; return ix; }
                    }
                    else if (ReferenceEquals(kt, PyType.IntType) && ReferenceEquals(key.Type, kt) && !Unsafe.As<PyInt>(k).IsBig && !Unsafe.As<PyInt>(key).IsBig)
                    {
                        if (Unsafe.As<PyInt>(k).Small == Unsafe.As<PyInt>(key).Small) { slot = i; return ix; }
                    }
                    else if (ReferenceEquals(kt, PyType.TupleType) && ReferenceEquals(key.Type, kt) && TupleEq(Unsafe.As<PyTuple>(k).Items, Unsafe.As<PyTuple>(key).Items) is int teq)
                    {
                        if (teq != 0) { slot = i; return ix; }
                    }
                    else
                    {
                        bool eq = Ops.RichCompareBool(k, key, CompareOp.Eq);
                        // The comparison ran Python code that may have changed the table: start over.
                        if (!ReferenceEquals(indices, _indices) || !ReferenceEquals(entries, _entries) || !ReferenceEquals(entries[ix].Key, k)) goto restart;
                        if (eq) { slot = i; return ix; }
                    }
                }
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    /// <summary>Equality of two exact tuples when it needs no Python code: items that are the same object, or exact
    /// strs, or machine-word ints (a str and an int are unequal). 1 equal, 0 unequal, null when some item pair
    /// needs a real comparison (then the caller compares the tuples the general way).</summary>
    private static int? TupleEq(PyObject[] a, PyObject[] b)
    {
        if (a.Length != b.Length) return 0;
        for (int j = 0; j < a.Length; j++)
        {
            PyObject x = a[j], y = b[j];
            if (ReferenceEquals(x, y)) continue;
            var xt = x.Type;
            var yt = y.Type;
            if (ReferenceEquals(xt, PyType.IntType) && !Unsafe.As<PyInt>(x).IsBig)
            {
                if (ReferenceEquals(yt, PyType.IntType) && !Unsafe.As<PyInt>(y).IsBig)
                {
                    if (Unsafe.As<PyInt>(x).Small != Unsafe.As<PyInt>(y).Small) return 0;
                    continue;
                }
                if (ReferenceEquals(yt, PyType.StrType)) return 0;
                return null;
            }
            if (ReferenceEquals(xt, PyType.StrType))
            {
                if (ReferenceEquals(yt, PyType.StrType))
                {
                    if (Unsafe.As<PyStr>(x).Value != Unsafe.As<PyStr>(y).Value) return 0;
                    continue;
                }
                if (ReferenceEquals(yt, PyType.IntType) && !Unsafe.As<PyInt>(y).IsBig) return 0;
            }
            return null;
        }
        return 1;
    }

    /// <summary>Non-throwing look-up: the value, or null when the key is absent.</summary>
    public PyObject? GetItem(PyObject key)
    {
        long hash = HashOf(key);
        if (_used == 0) return null;
        int ix = Lookup(key, hash, out _);
        return ix < 0 ? null : _entries[ix].Value;
    }

    public PyObject? GetItemStr(PyStr key)
    {
        if (_used == 0) return null;
        int ix = Lookup(key, key.GetHash(), out _);
        return ix < 0 ? null : _entries[ix].Value;
    }

    public PyObject? TryGetItemStr(string key) => GetItemStr(PyStr.Intern(key));

    public bool ContainsKey(PyObject key) => GetItem(key) is not null;

    internal PyObject? GetItemKnownHash(PyObject key, long hash)
    {
        if (_used == 0) return null;
        int ix = Lookup(key, hash, out _);
        return ix < 0 ? null : _entries[ix].Value;
    }

    /// <summary>_PyDict_Contains_KnownHash: no __hash__ call (a set's stored hash serves).</summary>
    internal bool ContainsKnownHash(PyObject key, long hash) => _used != 0 && Lookup(key, hash, out _) >= 0;

    public void SetItem(PyObject key, PyObject value) => Insert(key, HashOf(key), value);

    /// <summary>_PyDict_SetItem_KnownHash: <paramref name="hash"/> is the key's hash, already computed.</summary>
    internal void SetItemKnownHash(PyObject key, long hash, PyObject value) => Insert(key, hash, value);

    /// <summary>_PyDict_DelItem_KnownHash without the KeyError: the removed value, or null when absent.</summary>
    internal PyObject? PopKnownHash(PyObject key, long hash) => Remove(key, hash);

    private void Insert(PyObject key, long hash, PyObject value)
    {
        if (_entries.Length == 0) Resize(MinSize);
        int ix = Lookup(key, hash, out _);
        if (ix >= 0)
        {
            _entries[ix].Value = value;
            Mutated();
            return;
        }
        AddEntry(key, hash, value);
    }

    /// <summary>dict.setdefault: hashes the key and compares it once (one look-up serves the insertion).</summary>
    internal PyObject SetDefault(PyObject key, PyObject dflt)
    {
        long hash = HashOf(key);
        if (_entries.Length == 0) Resize(MinSize);
        int ix = Lookup(key, hash, out _);
        if (ix >= 0) return _entries[ix].Value!;
        AddEntry(key, hash, dflt);
        return dflt;
    }

    /// <summary>Appends a key known to be absent (the table exists): grows the table when no usable entry is left,
    /// or only the entries array when it was made shorter than the table's usable count (<see cref="Reserve"/>).</summary>
    private void AddEntry(PyObject key, long hash, PyObject value)
    {
        if (_usable <= 0) Resize(GrowthSize());
        else if (_nentries == _entries.Length) GrowEntries();
        int slot = FindEmptySlot(_indices, hash);
        _indices[slot] = _nentries;
        _entries[_nentries] = new Entry { Hash = hash, Key = key, Value = value };
        _nentries++;
        _used++;
        _usable--;
        KeysChanged();
    }

    /// <summary>Gives a table whose entries array is shorter than its usable count (<see cref="Reserve"/>) the full
    /// array. Entry indices don't move, so the VM's cached indices stay valid.</summary>
    private void GrowEntries()
    {
        var entries = new Entry[_indices.Length * 2 / 3];
        Array.Copy(_entries, entries, _nentries);
        _entries = entries;
    }

    /// <summary>Makes the table of a dict that has none yet for <paramref name="n"/> coming items when CPython's first
    /// table (8 slots, 5 usable) holds them, with an entries array of just <paramref name="n"/>: a **kwargs dict
    /// usually gets one or two items, and the table's 5-entry array was most of its bytes. The index table, the usable
    /// count and so the probing, resizes and <c>__sizeof__</c> stay CPython's; an item past
    /// <paramref name="n"/> grows the entries array to the table's usable count (<see cref="GrowEntries"/>).</summary>
    internal void Reserve(int n)
    {
        if (_entries.Length != 0 || n <= 0 || n > MinSize * 2 / 3) return;
        var indices = new int[MinSize];
        for (int k = 0; k < indices.Length; k++) indices[k] = Empty;
        _indices = indices;
        _entries = new Entry[n];
        _usable = MinSize * 2 / 3;
        KeysChanged();
    }

    private int GrowthSize() => _used * 3;

    private static int FindEmptySlot(int[] indices, long hash)
    {
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (indices[i] >= 0)
        {
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
        return i;
    }

    /// <summary>dictresize: a table of the smallest power of two ≥ max(minSize, 8), entries compacted in order.</summary>
    private void Resize(int minSize)
    {
        int size = TableSize(minSize);
        var indices = new int[size];
        var entries = new Entry[size * 2 / 3];
        int n = _nentries >= BigRehash ? RehashBig(_entries, _nentries, entries, indices) : Rehash(_entries, _nentries, entries, indices);
        _indices = indices;
        _entries = entries;
        _nentries = n;
        _usable = entries.Length - n;
        KeysChanged(); // entry indices moved: the VM's cached indices are stale
    }

    /// <summary>The smallest power of two ≥ max(<paramref name="minSize"/>, 8).</summary>
    private static int TableSize(int minSize)
    {
        int size = MinSize;
        while (size < minSize) size <<= 1;
        return size;
    }

    /// <summary>The dict a `{i: ... for i in range(...)}` comprehension starts with (BUILD_MAP 0 where
    /// <see cref="PyCode.PresizedDictAt"/> says so). Its keys are the range's items, all distinct, so the table CPython
    /// ends with is known in advance: the one that growing from 8 slots by <see cref="GrowthSize"/> reaches for that
    /// many items. Made at once, it saves the resizes on the way (an exception drops the dict).</summary>
    internal static PyDict ForComprehension(PyObject? source)
    {
        var d = new PyDict();
        if (source is RangeIterator r && ReferenceEquals(r.Type, PyType.RangeIteratorType) && r.Remaining <= MaxPresize)
        {
            int n = (int)r.Remaining, size = MinSize;
            if (n <= size * 2 / 3) return d;
            while (size * 2 / 3 < n) size = TableSize(size * 2 / 3 * 3);
            d.Resize(size);
        }
        return d;
    }

    /// <summary>A comprehension's table is made in advance for up to this many items.</summary>
    private const int MaxPresize = 1 << 22;

    // From this many entries a resize runs the fully optimised copy of the loop (below that, the precompiled one).
    private const int BigRehash = 4096;

    /// <summary>Moves the live entries of <paramref name="from"/> to the front of <paramref name="to"/>, in order, and
    /// indexes them (<paramref name="indices"/> is filled first); returns their count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Rehash(Entry[] from, int count, Entry[] to, int[] indices)
    {
        // A loop, not Array.Fill: its vectorised code is never precompiled (the JIT compiled it at every start-up).
        for (int k = 0; k < indices.Length; k++) indices[k] = Empty;
        int mask = indices.Length - 1, n = 0;
        for (int j = 0; j < count && j < from.Length; j++)
        {
            ref Entry e = ref from[j];
            if (e.Value is null) continue;
            to[n] = e;
            ulong perturb = (ulong)e.Hash;
            int i = (int)(perturb & (ulong)mask);
            while (indices[i] >= 0)
            {
                perturb >>= PerturbShift;
                i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
            }
            indices[i] = n++;
        }
        return n;
    }

    /// <summary>Rehash for big tables, compiled straight to optimised code: a method that runs rarely but long
    /// would otherwise run its loop in the runtime's instrumented (profiling) tier, several times slower.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int RehashBig(Entry[] from, int count, Entry[] to, int[] indices) => Rehash(from, count, to, indices);

    /// <summary>Deletes <paramref name="key"/>; false when absent (no exception).</summary>
    public bool DelItem(PyObject key) => Remove(key, HashOf(key)) is not null;

    public bool DelItemStr(PyStr key) => Remove(key, key.GetHash()) is not null;

    /// <summary>Removes and returns the value of <paramref name="key"/>, or null when absent.</summary>
    public PyObject? Pop(PyObject key) => Remove(key, HashOf(key));

    private PyObject? Remove(PyObject key, long hash)
    {
        if (_used == 0) return null; // the caller has hashed the key already
        int ix = Lookup(key, hash, out int slot);
        if (ix < 0) return null;
        var v = _entries[ix].Value;
        _indices[slot] = Dummy;
        _entries[ix] = default;
        _used--;
        KeysChanged();
        return v;
    }

    /// <summary>dict.popitem on a non-empty dict: the last entry goes, found in the index by its position (no key
    /// comparison), and the entry count drops to it, as CPython's popitem does.</summary>
    private PyTuple PopLast()
    {
        int ix = _nentries - 1;
        while (_entries[ix].Value is null) ix--;
        ref Entry e = ref _entries[ix];
        var r = PyTuple.Pair(e.Key!, e.Value!);
        int mask = _indices.Length - 1;
        ulong perturb = (ulong)e.Hash;
        int i = (int)(perturb & (ulong)mask);
        while (_indices[i] != ix)
        {
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
        _indices[i] = Dummy;
        e = default;
        _nentries = ix;
        _used--;
        KeysChanged();
        return r;
    }

    /// <summary>clone_combined_dict_keys: an exact copy of a table without deleted entries.</summary>
    private void CloneFrom(PyDict src)
    {
        _indices = (int[])src._indices.Clone();
        _entries = (Entry[])src._entries.Clone();
        _nentries = src._nentries;
        _used = src._used;
        _usable = src._usable;
        KeysChanged();
    }

    public void Clear()
    {
        _indices = s_emptyIndices;
        _entries = s_noEntries;
        _nentries = _used = _usable = 0;
        KeysChanged();
    }

    /// <summary>PyDict_Next: the next live entry at or after <paramref name="pos"/>.</summary>
    public bool Next(ref int pos, out PyObject key, out PyObject value)
    {
        while (pos < _nentries)
        {
            ref Entry e = ref _entries[pos++];
            if (e.Value is not null) { key = e.Key!; value = e.Value; return true; }
        }
        key = value = null!;
        return false;
    }

    /// <summary>_PyDict_Next with the stored hash of the key.</summary>
    internal bool NextWithHash(ref int pos, out PyObject key, out long hash)
    {
        while (pos < _nentries)
        {
            ref Entry e = ref _entries[pos++];
            if (e.Value is not null) { key = e.Key!; hash = e.Hash; return true; }
        }
        key = null!;
        hash = 0;
        return false;
    }

    /// <summary>A snapshot of the items, for C# callers off the hot paths.</summary>
    public List<(PyObject Key, PyObject Value)> Items()
    {
        var list = new List<(PyObject, PyObject)>(_used);
        int pos = 0;
        while (Next(ref pos, out var k, out var v)) list.Add((k, v));
        return list;
    }

    /// <summary>Whether every key is an exact str (no comparison of two of them can run Python code).</summary>
    internal bool AllKeysExactStr()
    {
        for (int j = 0; j < _nentries; j++)
        {
            ref Entry e = ref _entries[j];
            if (e.Value is not null && !ReferenceEquals(e.Key!.Type, PyType.StrType)) return false;
        }
        return true;
    }

    /// <summary>Entry-array bound and access for iterators (positions are stable until a resize).</summary>
    internal int EntryLimit => _nentries;
    internal bool EntryAt(int pos, out PyObject key, out PyObject value)
    {
        ref Entry e = ref _entries[pos];
        key = e.Key!;
        value = e.Value!;
        return e.Value is not null;
    }
}
