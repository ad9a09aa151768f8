namespace Krait.Runtime;

/// <summary>An instance of a class written in Python (or a bare <c>object()</c>, which has no dict): the
/// instance dict when the class has one, and the values of its <c>__slots__</c> members.
/// <para>An instance of a class with a dict starts without one, in <em>values mode</em> (CPython's split dict):
/// its attributes' values sit in an array indexed by the class's <see cref="InstanceKeys"/>, as long as it stores
/// them in the class's order and deletes none. The first thing that needs a real dict (<c>__dict__</c>, a deletion,
/// an attribute out of order, a str subclass as a name, <c>__class__</c> assignment) builds it, in the same
/// order, and the instance keeps that dict from then on. Only the attribute paths (<see cref="PyBaseObject"/>'s
/// generic getattr/setattr and the VM's caches) read the values; everything else sees <see cref="Dict"/>.</para></summary>
public sealed class PyInstance : PyObject
{
    private PyDict? _dict;
    /// <summary>Values mode: the attribute values by the class's key index; all non-null up to the first null
    /// (the attributes are a prefix of the class's names). Null once the instance has its dict, or when it has none.</summary>
    private PyObject?[]? _values;
    private static readonly PyObject?[] s_noValues = new PyObject?[0];
    /// <summary>__slots__ values by member index (null entries are unset); null when the class has none. When the
    /// class has <c>__del__</c>, or the object gets weak references, a last extra slot holds its
    /// <see cref="GcSentinel"/> (the array is replaced by a longer one for a first weak reference).</summary>
    internal PyObject?[]? Members;

    internal static readonly Func<PyType, PyObject> AllocateDefault = static t => new PyInstance(t);

    /// <summary>An instance laid out as <paramref name="type"/> says (dict and member slots).</summary>
    public PyInstance(PyType type) : base(type)
    {
        if (type.HasDict) _values = s_noValues;
        int n = type.MemberCount;
        if (type.HasFinalizer)
        {
            // The finalizer's sentinel rides in a hidden last member slot: no table entry, nothing for others.
            Members = new PyObject?[n + 1];
            Members[n] = Finalization.NewInstanceSentinel(this);
        }
        else if (n > 0) Members = new PyObject?[n];
    }

    public PyInstance(PyType type, bool withDict) : base(type)
    {
        if (withDict) _dict = new PyDict();
    }

    /// <summary>The instance dict, built from the values the first time it is asked for.</summary>
    public override PyDict? Dict
    {
        get => _values is null ? _dict : OwnDict();
        set
        {
            if (_dict is null && _values is null) throw PyErr.AttributeError($"'{Type.Name}' object has no attribute '__dict__'");
            _values = null;
            _dict = value;
        }
    }

    /// <summary>The values (values mode), or null once the instance has a dict or when it has none.</summary>
    internal PyObject?[]? Values => _values;

    /// <summary>The dict if the instance has one already (never builds it).</summary>
    internal PyDict? DictIfBuilt => _dict;

    /// <summary>Leaves values mode: the dict of the values, in the class's (= this instance's) order.</summary>
    internal PyDict OwnDict()
    {
        var d = new PyDict();
        var values = _values!;
        var keys = Type.InstanceKeys;
        for (int i = 0; i < values.Length && values[i] is { } v; i++) d.SetItem(keys![i], v);
        _values = null;
        _dict = d;
        return d;
    }

    /// <summary>Values mode: the value of attribute <paramref name="name"/>, or null when unset.</summary>
    internal PyObject? ValueOf(PyStr name)
    {
        var values = _values!;
        if (values.Length == 0 || Type.InstanceKeys is not { } keys) return null;
        int i = keys.IndexOf(name);
        return (uint)i < (uint)values.Length ? values[i] : null;
    }

    /// <summary>Values mode: stores attribute <paramref name="name"/> and returns its index; -1 when the store
    /// needs a dict (which the instance now has: the caller stores into <see cref="Dict"/>).</summary>
    internal int StoreValue(PyStr name, PyObject value)
    {
        var values = _values!;
        if (ReferenceEquals(name.Type, PyType.StrType))
        {
            var keys = Type.InstanceKeys ??= new InstanceKeys();
            int i = keys.IndexOf(name);
            // A new name joins the class's names only right after all of this instance's attributes.
            if (i < 0 && HoldsFirst(values, keys.Count)) i = keys.Add(name);
            if (i >= 0 && HoldsFirst(values, i))
            {
                if (i >= values.Length)
                {
                    var bigger = new PyObject?[Math.Max(i + 1, keys.Count)];
                    Array.Copy(values, bigger, values.Length);
                    _values = values = bigger;
                }
                new Span<PyObject?>(values)[i] = value; // (no covariance check, as an array store would pay)
                return i;
            }
        }
        OwnDict();
        return -1;
    }

    /// <summary>The first <paramref name="n"/> attributes are all set.</summary>
    private static bool HoldsFirst(PyObject?[] values, int n) => n == 0 || (n <= values.Length && values[n - 1] is not null);
}
