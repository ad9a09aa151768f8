using System.Runtime.CompilerServices;

namespace Krait.Runtime;

/// <summary>_abc._abc_data: the per-ABC state _abc keeps in <c>cls._abc_impl</c> (registry, positive and negative
/// caches, all weak, and the negative cache's version).</summary>
public sealed class PyAbcData : PyObject
{
    public static readonly PyType AbcDataType = PyType.NewBuiltin("_abc._abc_data", PyType.ObjectType, TypeFlags.None, InitType);

    // Weak sets keyed by identity: an entry goes away with its class, as CPython's sets of weakrefs with a
    // discarding callback do.
    internal readonly ConditionalWeakTable<PyObject, object?> Registry = new();
    internal readonly ConditionalWeakTable<PyObject, object?> Cache = new();
    internal readonly ConditionalWeakTable<PyObject, object?> NegativeCache = new();
    internal long NegativeCacheVersion;

    private PyAbcData(PyType type) : base(type) => NegativeCacheVersion = AbcModule.InvalidationCounter;

    internal static bool Contains(ConditionalWeakTable<PyObject, object?> set, PyObject o) => set.TryGetValue(o, out _);

    internal static void Add(ConditionalWeakTable<PyObject, object?> set, PyObject o)
    {
        // CPython keeps weak references only: an object that can't be weakly referenced raises TypeError.
        if (!PyWeakrefBase.Supports(o)) throw PyWeakref.CannotReference(o);
        set.AddOrUpdate(o, null);
    }

    /// <summary>A snapshot of the live members (iteration may run Python code that changes the set).</summary>
    internal static List<PyObject> Members(ConditionalWeakTable<PyObject, object?> set)
    {
        var list = new List<PyObject>();
        foreach (var kv in set) list.Add(kv.Key);
        return list;
    }

    /// <summary>A set of weak references to the members, as _get_dump returns it.</summary>
    internal static PySet Dump(ConditionalWeakTable<PyObject, object?> set)
    {
        var s = new PySet();
        foreach (var o in Members(set)) s.Add(PyWeakref.New(PyWeakref.ReferenceType, o, null));
        return s;
    }

    private static void InitType(PyType t)
    {
        t.New = (type, args, kw) => new PyAbcData(type);
        ItertoolsModule.Doc(t, "Internal state held by ABC machinery.");
    }
}
