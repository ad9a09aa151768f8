namespace Krait.Runtime;

// Entry-index access for the VM's inline caches. Contract: an entry index found for a key stays the index
// of that key, with a live value, for as long as KeysVersion is unchanged (every insertion of a new key,
// deletion, clear and resize changes KeysVersion).
public partial class PyDict
{
    /// <summary>The entry index of the str key, or -1.</summary>
    internal int FindStrEntry(PyStr key) => _used == 0 ? -1 : Lookup(key, key.GetHash(), out _);

    internal PyObject EntryValue(int index) => _entries[index].Value!;

    /// <summary>The value of entry <paramref name="index"/> if that entry holds <paramref name="key"/> (the very
    /// object: interned attribute names), else null. Any index is accepted.</summary>
    internal PyObject? ValueIfKeyAt(int index, PyStr key)
    {
        var entries = _entries;
        if ((uint)index >= (uint)_nentries || (uint)index >= (uint)entries.Length) return null;
        ref Entry e = ref entries[index];
        return ReferenceEquals(e.Key, key) ? e.Value : null;
    }

    /// <summary>Replaces the value of entry <paramref name="index"/> if it holds <paramref name="key"/> (the very
    /// object); false otherwise. Same effect as SetItem on an existing key.</summary>
    internal bool SetValueIfKeyAt(int index, PyStr key, PyObject value)
    {
        var entries = _entries;
        if ((uint)index >= (uint)_nentries || (uint)index >= (uint)entries.Length) return false;
        ref Entry e = ref entries[index];
        if (!ReferenceEquals(e.Key, key) || e.Value is null) return false;
        e.Value = value;
        Mutated();
        return true;
    }
}
