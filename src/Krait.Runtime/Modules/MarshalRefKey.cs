using System.Runtime.CompilerServices;

namespace Krait.Runtime;

/// <summary>What the marshal writer treats as "the same object" when it decides on FLAG_REF/TYPE_REF.
/// CPython keys its reference table by address, and its compiler merges equal constants of one compilation
/// into one object (_PyCode_ConstantKey); Krait's constants are not merged that way, so constant-like values
/// (ints, floats, complexes, strs, bytes and tuples of them) are keyed by type and value, every other object
/// (frozensets included) by identity.</summary>
internal sealed class MarshalRefKey : IEquatable<MarshalRefKey>
{
    /// <summary>'i' int, 'f' float, 'c' complex, 's' str, 'S' interned str, 'F' a code object's filename,
    /// 'N' a static code name such as &lt;module&gt;, 'b' bytes, 't' tuple, 'z' frozenset.</summary>
    public readonly char Kind;
    private readonly object? _value;
    private readonly MarshalRefKey[]? _items;
    private readonly int _hash;

    public MarshalRefKey(char kind, object? value, MarshalRefKey[]? items = null)
    {
        Kind = kind;
        _value = value;
        _items = items;
        var h = new HashCode();
        h.Add(kind);
        switch (value)
        {
            case byte[] b:
                h.AddBytes(b);
                break;
            case not null:
                h.Add(value);
                break;
        }
        if (items is not null)
        {
            h.Add(items.Length);
            // A frozenset's items compare as a set: an order-independent hash.
            int sum = 0;
            foreach (var k in items) sum = kind == 'z' ? sum + k._hash : sum * 31 + k._hash;
            h.Add(sum);
        }
        _hash = h.ToHashCode();
    }

    public bool Equals(MarshalRefKey? other)
    {
        if (other is null || other._hash != _hash || other.Kind != Kind) return false;
        if (_value is byte[] a)
        {
            if (other._value is not byte[] b || !a.AsSpan().SequenceEqual(b)) return false;
        }
        else if (!Equals(_value, other._value)) return false;
        if (_items is null || other._items is null) return _items is null && other._items is null;
        if (_items.Length != other._items.Length) return false;
        if (Kind != 'z')
        {
            for (int i = 0; i < _items.Length; i++)
                if (!_items[i].Equals(other._items[i])) return false;
            return true;
        }
        foreach (var k in _items)
            if (Array.IndexOf(other._items, k) < 0) return false;
        return true;
    }

    public override bool Equals(object? obj) => obj is MarshalRefKey k && Equals(k);
    public override int GetHashCode() => _hash;

    /// <summary>Compares keys by value and any other object by identity.</summary>
    public sealed class Comparer : IEqualityComparer<object>
    {
        public static readonly Comparer Instance = new();

        public new bool Equals(object? x, object? y) =>
            x is MarshalRefKey kx ? kx.Equals(y as MarshalRefKey) : ReferenceEquals(x, y);

        public int GetHashCode(object obj) => obj is MarshalRefKey k ? k._hash : RuntimeHelpers.GetHashCode(obj);
    }

    /// <summary>The key of <paramref name="v"/>: by value for constant-like objects, else the object itself.</summary>
    public static object Of(PyObject v)
    {
        var t = v.Type;
        if (v is PyInt i && ReferenceEquals(t, PyType.IntType)) return new MarshalRefKey('i', i.IsBig ? i.ToBigInteger() : (object)i.Small);
        if (v is PyFloat f && ReferenceEquals(t, PyType.FloatType)) return new MarshalRefKey('f', BitConverter.DoubleToInt64Bits(f.Value));
        if (v is PyComplex c && ReferenceEquals(t, PyComplex.ComplexType))
            return new MarshalRefKey('c', (BitConverter.DoubleToInt64Bits(c.Real), BitConverter.DoubleToInt64Bits(c.Imag)));
        if (v is PyStr s && ReferenceEquals(t, PyType.StrType)) return new MarshalRefKey(MarshalWriter.IsInterned(s) ? 'S' : 's', s.Value);
        if (v is PyBytes b && ReferenceEquals(t, PyBytes.BytesType)) return new MarshalRefKey('b', b.Value);
        if (v is PyTuple tu && ReferenceEquals(t, PyType.TupleType) && IsConstantLike(v))
        {
            var items = new MarshalRefKey[tu.Count];
            for (int k = 0; k < items.Length; k++) items[k] = ItemKey(tu[k]);
            return new MarshalRefKey('t', null, items);
        }
        // CPython's compiler does not merge equal frozensets of different code objects (only a merged tuple shares
        // its frozenset): a frozenset is itself, compared by value only as an item of a tuple key.
        return v;
    }

    private static MarshalRefKey FrozenSetKey(PyFrozenSet fs)
    {
        var items = new List<MarshalRefKey>(fs.Count);
        var it = Ops.GetIter(fs);
        while (Ops.Next(it) is { } item) items.Add(ItemKey(item));
        return new MarshalRefKey('z', null, [.. items]);
    }

    private static readonly MarshalRefKey s_none = new('n', null), s_true = new('T', null), s_false = new('F', null), s_ellipsis = new('e', null);

    private static MarshalRefKey ItemKey(PyObject v) => v switch
    {
        PyNone => s_none,
        PyBool b => ReferenceEquals(b, PyBool.True) ? s_true : s_false,
        PyEllipsis => s_ellipsis,
        PyFrozenSet fs when ReferenceEquals(fs.Type, PyType.FrozenSetType) => FrozenSetKey(fs),
        _ => (MarshalRefKey)Of(v),
    };

    /// <summary>A value a compiler could have made a constant: None, bools, Ellipsis, exact ints, floats,
    /// complexes, strs, bytes, and tuples/frozensets of those.</summary>
    public static bool IsConstantLike(PyObject v)
    {
        if (v is PyNone or PyBool or PyEllipsis) return true;
        var t = v.Type;
        if (ReferenceEquals(t, PyType.IntType) || ReferenceEquals(t, PyType.FloatType) || ReferenceEquals(t, PyComplex.ComplexType)
            || ReferenceEquals(t, PyType.StrType) || ReferenceEquals(t, PyBytes.BytesType)) return true;
        if (v is PyTuple tu && ReferenceEquals(t, PyType.TupleType))
        {
            foreach (var item in tu.AsSpan())
                if (!IsConstantLike(item)) return false;
            return true;
        }
        if (v is PyFrozenSet fs && ReferenceEquals(t, PyType.FrozenSetType))
        {
            var it = Ops.GetIter(fs);
            while (Ops.Next(it) is { } item)
                if (!IsConstantLike(item)) return false;
            return true;
        }
        return false;
    }

    public override string ToString() => $"{Kind}:{_value}";
}
