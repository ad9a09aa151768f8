using System.Runtime.CompilerServices;

namespace Krait.Runtime;

// FOR_ITER immediately followed by UNPACK_SEQUENCE 2 (`for k, v in d.items()`, `for i, x in enumerate(xs)`,
// `for a, b in zip(xs, ys)`, and the same in comprehensions), for both tiers: an exact dict items iterator, enumerate
// or two-way zip hands over its two values without building the 2-tuple that UNPACK_SEQUENCE would take apart at
// once (CPython reuses the result tuple when nobody else holds it; .NET has no reference count to tell, so the pair
// never exists instead). Subclasses (which may override __next__) and every other iterator take FOR_ITER's path.
internal static partial class Interpreter
{
    /// <summary>What <see cref="IterNextPair"/> found.</summary>
    internal const int PairDone = 0, PairItem = 1, PairValues = 2;

    /// <summary>FOR_ITER for a following UNPACK_SEQUENCE 2: <see cref="PairValues"/> with the two values in
    /// <paramref name="first"/> and <paramref name="second"/> (no tuple), <see cref="PairItem"/> with the next item
    /// (for UNPACK_SEQUENCE to take apart) in <paramref name="first"/>, or <see cref="PairDone"/> when exhausted.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int IterNextPair(PyObject it, out PyObject? first, out PyObject? second)
    {
        var t = it.Type;
        // Tested by the Type field: these types are final (dict_itemiterator) or the test is for the exact type, so
        // a subclass that overrides __next__ takes the general path.
        if (ReferenceEquals(t, PyType.DictItemIteratorType))
            return Unsafe.As<DictIterator>(it).NextPair(out first!, out second!) ? PairValues : PairDone;
        if (ReferenceEquals(t, PyEnumerate.EnumerateType))
            return Unsafe.As<PyEnumerate>(it).NextPair(out first!, out second!) ? PairValues : PairDone;
        if (ReferenceEquals(t, PyZip.ZipType) && Unsafe.As<PyZip>(it).IsPair)
            return Unsafe.As<PyZip>(it).NextPair(out first!, out second!) ? PairValues : PairDone;
        second = null;
        first = IterNext(it);
        return first is null ? PairDone : PairItem;
    }

    /// <summary>UNPACK_SEQUENCE's common case in compiled code: the items of an exact tuple of
    /// <paramref name="n"/> items (no copy), or null for the general path.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyObject[]? TupleItemsOfLength(PyObject seq, int n) =>
        ReferenceEquals(seq.Type, PyType.TupleType) && Unsafe.As<PyTuple>(seq).Items.Length == n ? Unsafe.As<PyTuple>(seq).Items : null;
}
