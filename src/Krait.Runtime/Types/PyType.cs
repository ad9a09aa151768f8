using System.Runtime.CompilerServices;
namespace Krait.Runtime;

/// <summary>A Python type object: name, bases, MRO, type dict and the slot table used for dispatch.</summary>
public sealed partial class PyType : PyObject
{
    public string Name;
    public string QualName;
    /// <summary>The str objects __name__ and __qualname__ last returned (kept while the names don't change).</summary>
    internal PyStr? _nameObj, _qualNameObj;
    public PyType[] Bases;
    /// <summary>tp_base: the base this type's instance layout extends (the best base of type_new).</summary>
    public PyType? Base;
    /// <summary>The method resolution order; setting it starts a new version tag (cached look-ups depend on it).</summary>
    public PyType[] Mro
    {
        get => _mro;
        set
        {
            _mro = value;
            if (VersionTag != 0) Modified();
        }
    }
    private PyType[] _mro = [];
    public readonly PyDict TypeDict;
    public TypeFlags Flags;

    /// <summary>Changes whenever this type's dict or any base's dict changes; caches key on it.</summary>
    public uint VersionTag { get; private set; }
    private static uint s_nextVersion = 1;

    private List<WeakReference<PyType>>? _subclasses;

    /// <summary>Instances have a <c>__dict__</c> (CPython's tp_dictoffset != 0).</summary>
    public bool HasDict;
    /// <summary>The attribute names this class's instances keep as bare values (CPython's shared keys); null until
    /// the first instance stores one.</summary>
    internal InstanceKeys? InstanceKeys;
    /// <summary>Instances support weak references (tp_weaklistoffset != 0).</summary>
    public bool HasWeakref;
    /// <summary>The class or a base defines <c>__del__</c> (tp_finalize): its instances are registered with
    /// <see cref="Finalization"/> when they are created.</summary>
    public bool HasFinalizer;
    /// <summary>The number of <c>__slots__</c> member values an instance holds (this type's and its bases').</summary>
    public int MemberCount;
    /// <summary>The member names this type's <c>__slots__</c> added (mangled, sorted), empty for most types.</summary>
    public PyStr[] OwnMembers = [];

    /// <summary>Makes an instance of a heap type (or of a builtin's subclass carrier class).</summary>
    internal Func<PyType, PyObject>? Allocate;

    internal PyType(PyType? metatype, string name, PyType[] bases, PyType? solidBase, TypeFlags flags)
        : base(metatype!)
    {
        Name = name;
        QualName = name;
        Bases = bases;
        Base = solidBase;
        Flags = flags;
        Mro = [this];
        TypeDict = new PyDict();
        VersionTag = s_nextVersion++;
    }

    public override PyDict? Dict { get => TypeDict; set => throw PyErr.AttributeError("attribute '__dict__' of 'type' objects is not writable"); }

    public bool IsHeapType => (Flags & TypeFlags.HeapType) != 0;

    /// <summary>The module name for repr: 'builtins' for builtin types.</summary>
    public string ModuleName
    {
        get
        {
            if (IsHeapType && TypeDict.TryGetItemStr("__module__") is PyStr m) return m.Value;
            int dot = Name.LastIndexOf('.');
            return dot >= 0 ? Name[..dot] : "builtins";
        }
    }

    /// <summary>PyType_IsSubtype: is this type <paramref name="other"/> or derived from it (by MRO).</summary>
    public bool IsSubtype(PyType other)
    {
        if (ReferenceEquals(this, other)) return true;
        var mro = Mro;
        for (int i = 1; i < mro.Length; i++)
            if (ReferenceEquals(mro[i], other)) return true;
        return false;
    }

    /// <summary>_PyType_Lookup: the first MRO dict holding <paramref name="name"/>, without descriptors; null if none.</summary>
    public PyObject? Lookup(PyStr name)
    {
        // CPython's type attribute cache: keyed by (version tag, name object); a version tag changes whenever
        // the dict of the type or of any base changes (Modified), or the name is forgotten (a rebound plain
        // value, TryRebindValue), so a hit is always current.
        uint version = VersionTag;
        int slot = CacheSlot(version, name);
        if (s_cacheVersions[slot] == version && ReferenceEquals(s_cacheNames[slot], name)) return Unsafe.As<PyObject?>(s_cacheValues[slot]);
        PyObject? found = null;
        var mro = Mro;
        for (int i = 0; i < mro.Length; i++)
        {
            var v = mro[i].TypeDict.GetItemStr(name);
            if (v is not null) { found = v; break; }
        }
        // Three parallel arrays, no allocation per miss (a class attribute assigned in a loop misses often).
        // The interpreter runs one thread at a time; the version is written last so a reader never pairs it
        // with another entry's value.
        s_cacheVersions[slot] = 0;
        s_cacheNames[slot] = name;
        s_cacheValues[slot] = found;
        s_cacheVersions[slot] = version;
        return found;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CacheSlot(uint version, PyStr name) =>
        (int)(((ulong)version * 2654435761u) ^ (ulong)name.GetHash()) & (LookupCacheSize - 1);

    private const int LookupCacheSize = 4096;
    private static readonly uint[] s_cacheVersions = new uint[LookupCacheSize];
    private static readonly PyStr?[] s_cacheNames = new PyStr?[LookupCacheSize];
    // object[], not PyObject[]: storing into it needs no covariant type check.
    private static readonly object?[] s_cacheValues = new object?[LookupCacheSize];

    public PyObject? Lookup(string name) => Lookup(PyStr.Intern(name));

    /// <summary>Call after any change to this type's dict: new version tags here and in all subclasses.</summary>
    public void Modified()
    {
        VersionTag = s_nextVersion++;
        if (_subclasses is null) return;
        foreach (var w in _subclasses)
            if (w.TryGetTarget(out var sub)) sub.Modified();
    }

    internal void AddSubclass(PyType sub) => (_subclasses ??= []).Add(new WeakReference<PyType>(sub));

    internal void RemoveSubclass(PyType sub) =>
        _subclasses?.RemoveAll(w => !w.TryGetTarget(out var s) || ReferenceEquals(s, sub));

    /// <summary>The live direct subclasses (type.__subclasses__()).</summary>
    public List<PyType> Subclasses()
    {
        var list = new List<PyType>();
        if (_subclasses is not null)
            foreach (var w in _subclasses)
                if (w.TryGetTarget(out var sub)) list.Add(sub);
        return list;
    }

    /// <summary>Sets (or deletes, when <paramref name="value"/> is null) an attribute in the type dict the way
    /// type.__setattr__ does: invalidates version tags and updates the slots a dunder feeds.</summary>
    public void SetTypeAttr(PyStr name, PyObject? value)
    {
        if (value is not null && TryRebindValue(name, value)) return;
        if (value is null)
        {
            if (!TypeDict.DelItemStr(name))
                throw PyErr.AttributeError($"type object '{Name}' has no attribute '{name.Value}'");
        }
        else TypeDict.SetItem(name, value);
        Modified();
        if (SlotDefs.IsDunder(name.Value)) SlotDefs.UpdateSlot(this, name.Value);
        if (name.Value == "__del__") UpdateHasFinalizer();
    }

    /// <summary>A plain value rebinding a plain value this type's dict already holds (<c>Shape.count += 1</c>): every
    /// look-up of every type still resolves to the same dict entry, so the version tags stay and the caches that
    /// read such values read them through the entry (see Interpreter.FillAttrCache); only the type attribute
    /// cache, which holds values, forgets the name. Anything else (a new name, which may shadow; a descriptor,
    /// which caches capture; a dunder, which feeds slots) takes the full path.</summary>
    private bool TryRebindValue(PyStr name, PyObject value)
    {
        if (!IsPlainValue(value)) return false;
        int ix = TypeDict.FindStrEntry(name);
        if (ix < 0 || !IsPlainValue(TypeDict.EntryValue(ix)) || SlotDefs.IsDunder(name.Value)) return false;
        if (!TypeDict.SetValueIfKeyAt(ix, name, value)) return false;
        ForgetLookups(name);
        return true;
    }

    /// <summary>A class attribute value that look-ups return as it is: a builtin type's instance that is no
    /// descriptor (builtin types can't gain a __get__ later). Interpreter.FillAttrCache's ClassValue kind.</summary>
    internal static bool IsPlainValue(PyObject v)
    {
        var t = v.Type;
        return !t.IsHeapType && t.DescrGet is null && t.DescrSet is null;
    }

    /// <summary>Drops the type attribute cache's entries for <paramref name="name"/> of this type and its subclasses
    /// (a slot whose version matches holds this name or another that maps there: dropping that is harmless).</summary>
    private void ForgetLookups(PyStr name)
    {
        int slot = CacheSlot(VersionTag, name);
        if (s_cacheVersions[slot] == VersionTag) s_cacheVersions[slot] = 0;
        if (_subclasses is null) return;
        foreach (var w in _subclasses)
            if (w.TryGetTarget(out var sub)) sub.ForgetLookups(name);
    }

    /// <summary>Recomputes <see cref="HasFinalizer"/> here and in the subclasses after <c>__del__</c> changed.</summary>
    internal void UpdateHasFinalizer()
    {
        HasFinalizer = IsHeapType && Lookup(PyStr.Intern("__del__")) is not null;
        foreach (var sub in Subclasses()) sub.UpdateHasFinalizer();
    }

    public string ReprString()
    {
        string module = ModuleName;
        if (module == "builtins") return $"<class '{Name}'>";
        return $"<class '{module}.{(IsHeapType ? QualName : Name[(Name.LastIndexOf('.') + 1)..])}'>";
    }
}
