namespace Krait.Runtime;

/// <summary>The attribute names the instances of one class store, in the order they were first stored (CPython's
/// shared keys of split dicts, PEP 412). An instance whose attributes are a prefix of these names, stored in this
/// order and never deleted, keeps only an array of their values and no dict (<see cref="PyInstance"/>). Names are
/// only ever appended, so a name's index never changes for its class: the attribute caches keep it as a hint.</summary>
internal sealed class InstanceKeys
{
    /// <summary>Instances with more attributes than this get a dict of their own.</summary>
    private const int Max = 30;
    private PyStr[] _names = new PyStr[4];
    // One bit per name, by its hash: most look-ups of a name the instances don't have (a method's, on every call
    // of one) end at this test.
    private ulong _hashBits;

    public int Count { get; private set; }

    /// <summary>The name at <paramref name="index"/> (below <see cref="Count"/>).</summary>
    public PyStr this[int index] => _names[index];

    /// <summary>The index of <paramref name="name"/> (an exact str), or -1. The names a class's code uses are the
    /// same str objects, so identity answers first.</summary>
    public int IndexOf(PyStr name)
    {
        long hash = name.GetHash();
        if ((_hashBits & (1UL << (int)(hash & 63))) == 0) return -1;
        var names = _names;
        int n = Count;
        for (int i = 0; i < n; i++)
            if (ReferenceEquals(names[i], name)) return i;
        for (int i = 0; i < n; i++)
            if (names[i].GetHash() == hash && names[i].Value == name.Value) return i;
        return -1;
    }

    /// <summary>Appends <paramref name="name"/>; its index, or -1 when the class has as many names as it keeps.</summary>
    public int Add(PyStr name)
    {
        if (Count == Max) return -1;
        if (Count == _names.Length)
        {
            var bigger = new PyStr[_names.Length * 2];
            Array.Copy(_names, bigger, Count);
            _names = bigger;
        }
        _names[Count] = name;
        _hashBits |= 1UL << (int)(name.GetHash() & 63);
        return Count++;
    }
}
