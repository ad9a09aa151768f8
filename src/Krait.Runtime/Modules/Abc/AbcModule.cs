namespace Krait.Runtime;

/// <summary>The _abc module (CPython's Modules/_abc.c): the fast ABCMeta machinery abc.py builds on.</summary>
public static class AbcModule
{
    /// <summary>abc_invalidation_counter: bumped by every register(); negative caches older than it are stale.</summary>
    internal static long InvalidationCounter;

    private const TypeFlags CollectionFlags = TypeFlags.MatchSequence | TypeFlags.MatchMapping;
    private const long TpSequence = 1L << 5, TpMapping = 1L << 6;

    public static PyModule Create()
    {
        var m = new PyModule("_abc", "Module contains faster C implementation of abc.ABCMeta");
        m.AddFunction("get_cache_token", (self, args, kw) =>
        {
            ArgBinder.None("_abc.get_cache_token", args, kw);
            return PyInt.FromLong(InvalidationCounter);
        });
        m.AddFunction("_abc_init", (self, args, kw) => Init(ArgBinder.One("_abc._abc_init", args, kw)));
        m.AddFunction("_abc_register", (self, args, kw) =>
        {
            ArgBinder.Positional("_abc_register", args, kw, 2, 2);
            return Register(args[0], args[1]);
        });
        m.AddFunction("_abc_instancecheck", (self, args, kw) =>
        {
            ArgBinder.Positional("_abc_instancecheck", args, kw, 2, 2);
            return InstanceCheck(args[0], args[1]);
        });
        m.AddFunction("_abc_subclasscheck", (self, args, kw) =>
        {
            ArgBinder.Positional("_abc_subclasscheck", args, kw, 2, 2);
            return SubclassCheck(args[0], args[1]) ? PyBool.True : PyBool.False;
        });
        m.AddFunction("_get_dump", (self, args, kw) =>
        {
            var impl = GetImpl(ArgBinder.One("_abc._get_dump", args, kw));
            return PyTuple.Create([PyAbcData.Dump(impl.Registry), PyAbcData.Dump(impl.Cache),
                PyAbcData.Dump(impl.NegativeCache), PyInt.FromLong(impl.NegativeCacheVersion)]);
        });
        m.AddFunction("_reset_registry", (self, args, kw) =>
        {
            GetImpl(ArgBinder.One("_abc._reset_registry", args, kw)).Registry.Clear();
            return PyNone.Instance;
        });
        m.AddFunction("_reset_caches", (self, args, kw) =>
        {
            var impl = GetImpl(ArgBinder.One("_abc._reset_caches", args, kw));
            impl.Cache.Clear();
            impl.NegativeCache.Clear();
            return PyNone.Instance;
        });
        return m;
    }

    private static PyAbcData GetImpl(PyObject self)
    {
        var impl = Ops.GetAttr(self, "_abc_impl");
        if (!ReferenceEquals(impl.Type, PyAbcData.AbcDataType)) throw PyErr.TypeError("_abc_impl is set to a wrong type");
        return (PyAbcData)impl;
    }

    private static bool IsAbstract(PyObject value)
    {
        var flag = PyBaseObject.TryGetAttrQuiet(value, PyStr.Intern("__isabstractmethod__"));
        return flag is not null && Ops.IsTrue(flag);
    }

    private static readonly PyStr s_abstractMethods = PyStr.Intern("__abstractmethods__");

    /// <summary>getattr(base, "__abstractmethods__", None) without the cost of a raised AttributeError when the
    /// metaclass keeps type's descriptor (the common case: most bases have none).</summary>
    private static PyObject? BaseAbstracts(PyObject b)
    {
        if (b is PyType bt && bt.Type.Lookup(s_abstractMethods) is { } d
            && ReferenceEquals(d, PyType.TypeType.TypeDict.GetItemStr(s_abstractMethods)))
            return ReferenceEquals(bt, PyType.TypeType) ? null : bt.TypeDict.GetItemStr(s_abstractMethods);
        return PyBaseObject.TryGetAttrQuiet(b, s_abstractMethods);
    }

    /// <summary>compute_abstract_methods: the abstract names of the namespace, plus the inherited abstract names
    /// that are still abstract on the class.</summary>
    private static void ComputeAbstractMethods(PyObject self)
    {
        var abstracts = new PyFrozenSet();
        var ns = Ops.GetAttr(self, "__dict__");
        var keys = Ops.CallMethod(ns, "keys", []);
        var it = Ops.GetIter(keys);
        while (Ops.Next(it) is { } key)
        {
            var value = Ops.GetItem(ns, key);
            if (IsAbstract(value)) abstracts.Add(key);
        }
        var bases = Ops.GetAttr(self, "__bases__") as PyTuple ?? throw PyErr.TypeError("__bases__ is not tuple");
        for (int i = 0; i < bases.Count; i++)
        {
            var baseAbstracts = BaseAbstracts(bases[i]);
            if (baseAbstracts is null) continue;
            var bit = Ops.GetIter(baseAbstracts);
            while (Ops.Next(bit) is { } key)
            {
                var value = Ops.TryGetAttr(self, Ops.AttrName(key));
                if (value is not null && IsAbstract(value)) abstracts.Add(key);
            }
        }
        Ops.SetAttr(self, PyStr.Intern("__abstractmethods__"), abstracts);
    }

    private static PyObject Init(PyObject self)
    {
        ComputeAbstractMethods(self);
        Ops.SetAttr(self, PyStr.Intern("_abc_impl"), PyAbcData.AbcDataType.New!(PyAbcData.AbcDataType, [], null));
        // __abc_tpflags__ (collections.abc.Sequence / Mapping) sets the pattern-matching flags and is removed.
        if (self is PyType cls)
        {
            var key = PyStr.Intern("__abc_tpflags__");
            if (cls.TypeDict.GetItemStr(key) is { } flags)
            {
                if (ReferenceEquals(flags.Type, PyType.IntType))
                {
                    long val = Ops.AsSsize(flags);
                    if ((val & TpSequence) != 0 && (val & TpMapping) != 0)
                        throw PyErr.TypeError("__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
                    if ((val & TpSequence) != 0) cls.Flags |= TypeFlags.MatchSequence;
                    if ((val & TpMapping) != 0) cls.Flags |= TypeFlags.MatchMapping;
                }
                cls.TypeDict.DelItemStr(key);
            }
        }
        return PyNone.Instance;
    }

    private static PyObject Register(PyObject self, PyObject subclass)
    {
        if (subclass is not PyType sub) throw PyErr.TypeError("Can only register classes");
        if (Ops.IsSubclass(subclass, self)) return subclass;
        if (Ops.IsSubclass(self, subclass)) throw PyErr.RuntimeError("Refusing to create an inheritance cycle");
        var impl = GetImpl(self);
        PyAbcData.Add(impl.Registry, subclass);
        InvalidationCounter++;
        if (self is PyType cls && (cls.Flags & CollectionFlags) is var flag && flag != 0) SetCollectionFlag(sub, flag);
        return subclass;
    }

    /// <summary>set_collection_flag_recursive: a registered class (and its subclasses) pattern-match like the ABC;
    /// static (immutable) types are left alone.</summary>
    private static void SetCollectionFlag(PyType child, TypeFlags flag)
    {
        if (!child.IsHeapType || (child.Flags & CollectionFlags) == flag) return;
        child.Flags = (child.Flags & ~CollectionFlags) | flag;
        foreach (var sub in child.Subclasses()) SetCollectionFlag(sub, flag);
    }

    private static PyObject InstanceCheck(PyObject self, PyObject instance)
    {
        var impl = GetImpl(self);
        var subclass = Ops.GetAttr(instance, "__class__");
        if (PyAbcData.Contains(impl.Cache, subclass)) return PyBool.True;
        var subtype = instance.Type;
        if (ReferenceEquals(subtype, subclass))
        {
            if (impl.NegativeCacheVersion == InvalidationCounter && PyAbcData.Contains(impl.NegativeCache, subclass))
                return PyBool.False;
            return Ops.CallMethod(self, "__subclasscheck__", [subclass]);
        }
        var result = Ops.CallMethod(self, "__subclasscheck__", [subclass]);
        if (Ops.IsTrue(result)) return result;
        return Ops.CallMethod(self, "__subclasscheck__", [subtype]);
    }

    private static bool SubclassCheck(PyObject self, PyObject subclass)
    {
        if (subclass is not PyType sub) throw PyErr.TypeError("issubclass() arg 1 must be a class");
        var impl = GetImpl(self);
        // 1. The positive cache.
        if (PyAbcData.Contains(impl.Cache, subclass)) return true;
        // 2. The negative cache, emptied when a register() happened since it was filled.
        if (impl.NegativeCacheVersion < InvalidationCounter)
        {
            impl.NegativeCache.Clear();
            impl.NegativeCacheVersion = InvalidationCounter;
        }
        else if (PyAbcData.Contains(impl.NegativeCache, subclass)) return false;
        // 3. The subclass hook.
        var ok = Ops.CallMethod(self, "__subclasshook__", [subclass]);
        if (ReferenceEquals(ok, PyBool.True)) { PyAbcData.Add(impl.Cache, subclass); return true; }
        if (ReferenceEquals(ok, PyBool.False)) { PyAbcData.Add(impl.NegativeCache, subclass); return false; }
        if (!ReferenceEquals(ok, PyNotImplemented.Instance))
            throw PyErr.New(PyExc.AssertionError, "__subclasshook__ must return either False, True, or NotImplemented");
        // 4. A direct subclass.
        foreach (var item in sub.Mro)
            if (ReferenceEquals(item, self)) { PyAbcData.Add(impl.Cache, subclass); return true; }
        // 5. A subclass of a registered class (recursively).
        if (PyAbcData.Contains(impl.Registry, subclass)) return true;
        foreach (var rkey in PyAbcData.Members(impl.Registry))
            if (Ops.IsSubclass(subclass, rkey)) { PyAbcData.Add(impl.Cache, subclass); return true; }
        // 6. A subclass of a subclass (recursively).
        var subclasses = Ops.CallMethod(self, "__subclasses__", []) as PyList
            ?? throw PyErr.TypeError("__subclasses__() must return a list");
        for (int i = 0; i < subclasses.Count; i++)
            if (Ops.IsSubclass(subclass, subclasses[i])) { PyAbcData.Add(impl.Cache, subclass); return true; }
        PyAbcData.Add(impl.NegativeCache, subclass);
        return false;
    }
}
