namespace Krait.Runtime;

/// <summary>An instance of a class written in Python (or a bare <c>object()</c>, which has no dict): the
/// instance dict when the class has one, and the values of its <c>__slots__</c> members.</summary>
public sealed class PyInstance : PyObject
{
    private PyDict? _dict;
    /// <summary>__slots__ values by member index (null entries are unset); null when the class has none. When the
    /// class has <c>__del__</c>, or the object gets weak references, a last extra slot holds its
    /// <see cref="GcSentinel"/> (the array is replaced by a longer one for a first weak reference).</summary>
    internal PyObject?[]? Members;

    internal static readonly Func<PyType, PyObject> AllocateDefault = static t => new PyInstance(t);

    /// <summary>An instance laid out as <paramref name="type"/> says (dict and member slots).</summary>
    public PyInstance(PyType type) : base(type)
    {
        if (type.HasDict) _dict = new PyDict();
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

    public override PyDict? Dict
    {
        get => _dict;
        set => _dict = _dict is null ? throw PyErr.AttributeError($"'{Type.Name}' object has no attribute '__dict__'") : value;
    }
}
