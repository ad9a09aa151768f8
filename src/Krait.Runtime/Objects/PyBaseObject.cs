namespace Krait.Runtime;

/// <summary>The slots and methods of <c>object</c> (typeobject.c object_*): generic attribute access,
/// identity hash/compare, default repr, and the argument checks of object.__new__/__init__.</summary>
public static partial class PyBaseObject
{
    /// <summary>object.__getattribute__, non-throwing: data descriptors, then the instance dict, then
    /// non-data descriptors and plain class attributes. Null when not found.</summary>
    public static readonly Func<PyObject, PyStr, PyObject?> GenericGetAttr = (obj, name) =>
    {
        var tp = obj.Type;
        var descr = tp.Lookup(name);
        Func<PyObject, PyObject?, PyType?, PyObject>? get = null;
        if (descr is not null)
        {
            get = descr.Type.DescrGet;
            if (get is not null && descr.Type.DescrSet is not null) return get(descr, obj, tp);
        }
        if (obj is PyInstance { Values: not null } pi)
        {
            if (pi.ValueOf(name) is { } v) return v;
        }
        else if (obj.Dict is { } dict && dict.GetItemStr(name) is { } v) return v;
        if (get is not null) return get(descr!, obj, tp);
        return descr;
    };

    /// <summary>object.__setattr__ / __delattr__ (value null).</summary>
    public static readonly Action<PyObject, PyStr, PyObject?> GenericSetAttr = (obj, name, value) =>
    {
        var tp = obj.Type;
        var descr = tp.Lookup(name);
        if (descr?.Type.DescrSet is { } set) { set(descr, obj, value); return; }
        if (value is not null && obj is PyInstance { Values: not null } pi && pi.StoreValue(name, value) >= 0) return;
        var dict = obj.Dict;
        if (dict is null)
        {
            if (descr is null) throw NoAttributeOnSet(obj, name);
            throw PyErr.AttributeError($"'{tp.Name}' object attribute '{name.Value}' is read-only");
        }
        if (value is null)
        {
            if (!dict.DelItemStr(name)) throw NoAttributeOnSet(obj, name);
        }
        else dict.SetItem(name, value);
    };

    /// <summary>3.11 sets no name/obj on the AttributeError of a failed set or delete (so no suggestion).</summary>
    private static PythonException NoAttributeOnSet(PyObject obj, PyStr name) =>
        PyErr.AttributeError($"'{obj.Type.Name}' object has no attribute '{name.Value}'");

    private static readonly InitSlot s_init = (self, args, kw) =>
    {
        if (args.Length == 0) return;
        var tp = self.Type;
        if (!ReferenceEquals(tp.Init, s_initRef))
            throw PyErr.TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
        if (ReferenceEquals(tp.New, s_newRef))
            throw PyErr.TypeError($"{tp.Name}.__init__() takes exactly one argument (the instance to initialize)");
    };

    private static readonly NewSlot s_new = (type, args, kw) =>
    {
        if (args.Length > 0)
        {
            if (!ReferenceEquals(type.New, s_newRef))
                throw PyErr.TypeError("object.__new__() takes exactly one argument (the type to instantiate)");
            if (ReferenceEquals(type.Init, s_initRef))
                throw PyErr.TypeError($"{type.Name}() takes no arguments");
        }
        if ((type.Flags & TypeFlags.IsAbstract) != 0) throw AbstractError(type);
        if (type.Allocate is { } alloc) return alloc(type);
        return new PyInstance(type);
    };

    private static PythonException AbstractError(PyType type)
    {
        var methods = type.TypeDict.GetItemStr(PyStr.Intern("__abstractmethods__")) ?? PyTuple.Empty;
        var list = new PyList();
        var it = Ops.GetIter(methods);
        while (Ops.Next(it) is { } m) list.Append(m);
        Ops.CallMethod(list, "sort", []);
        var names = new string[list.Count];
        for (int i = 0; i < names.Length; i++) names[i] = Ops.Str(list[i]).Value;
        return PyErr.TypeError($"Can't instantiate abstract class {type.Name} with abstract method{(names.Length > 1 ? "s" : "")} {string.Join(", ", names)}");
    }

    /// <summary>object's <c>__class__</c> descriptor (isinstance skips the look-up when it isn't overridden).</summary>
    internal static PyObject? ClassDescriptor;

    private static InitSlot? s_initRef;
    private static NewSlot? s_newRef;

    internal static void InitType(PyType t)
    {
        s_initRef = s_init;
        s_newRef = s_new;
        t.GetAttr = GenericGetAttr;
        t.SetAttr = GenericSetAttr;
        t.Init = s_init;
        t.New = s_new;
        t.Hash = o => Ops.IdentityHash(o);
        t.Repr = o =>
        {
            var tp = o.Type;
            string module = tp.ModuleName;
            string name = tp.IsHeapType ? tp.QualName : tp.Name[(tp.Name.LastIndexOf('.') + 1)..];
            return new PyStr(module == "builtins" ? $"<{name} object at 0x{Ops.Id(o):x}>" : $"<{module}.{name} object at 0x{Ops.Id(o):x}>");
        };
        // object_str calls the repr slot directly: a bad __repr__ result is reported as __str__'s.
        t.Str = o =>
        {
            if (!ReferenceEquals(o.Type.Repr, SlotStubs.Repr)) return Ops.Repr(o);
            var r = SlotStubs.CallRequired(o, DunderNames.Repr, []);
            return r as PyStr ?? throw PyErr.TypeError($"__str__ returned non-string (type {r.Type.Name})");
        };
        BuiltinFormat.RegisterObject(t);
        t.RichCompare = (self, other, op) =>
        {
            switch (op)
            {
                case CompareOp.Eq: return ReferenceEquals(self, other) ? PyBool.True : PyNotImplemented.Instance;
                case CompareOp.Ne:
                    // By default __ne__ delegates to __eq__ and inverts the result.
                    if (self.Type.RichCompare is not { } rc) return PyNotImplemented.Instance;
                    var r = rc(self, other, CompareOp.Eq);
                    if (r is PyNotImplemented) return r;
                    return PyBool.From(!Ops.IsTrue(r));
                default: return PyNotImplemented.Instance;
            }
        };
        TypeBuilder.GetSet(t, "__class__", o => o.Type, SetClass);
        ClassDescriptor = t.TypeDict.GetItemStr(PyStr.Intern("__class__"));
        TypeBuilder.ClassMethod(t, "__init_subclass__", (cls, args, kw) =>
        {
            int npos = args.Length - (kw?.Count ?? 0);
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError($"{((PyType)cls!).Name}.__init_subclass__() takes no keyword arguments");
            if (npos > 0) throw PyErr.TypeError($"{((PyType)cls!).Name}.__init_subclass__() takes no arguments ({npos} given)");
            return PyNone.Instance;
        });
        TypeBuilder.ClassMethod(t, "__subclasshook__", (cls, args, kw) => PyNotImplemented.Instance);
        TypeBuilder.Method(t, "__dir__", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("object.__dir__", args, kw, 0);
            return Dir(self!);
        });
        TypeBuilder.Method(t, "__sizeof__", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("object.__sizeof__", args, kw, 0);
            return PyInt.FromLong(BasicSize(self!.Type));
        });
        TypeBuilder.Method(t, "__getstate__", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("object.__getstate__", args, kw, 0);
            return GetState(self!);
        });
        s_objectGetState = t.TypeDict.GetItemStr(PyStr.Intern("__getstate__"));
        AddReduceMethods(t);
    }

    /// <summary>object.__dir__: the instance dict's keys plus everything reachable from its class.</summary>
    private static PyList Dir(PyObject self)
    {
        // As object___dir___impl: an error getting either attribute is cleared (a __class__ slot that is unset …).
        var result = new PyDict();
        PyObject? dictObj, cls;
        try { dictObj = Ops.TryGetAttr(self, PyStr.Intern("__dict__")); }
        catch (PythonException) { dictObj = null; }
        if (dictObj is PyDict d)
            foreach (var (k, v) in d.Items()) result.SetItem(k, v);
        try { cls = Ops.TryGetAttr(self, PyStr.Intern("__class__")); }
        catch (PythonException) { cls = null; }
        if (cls is not null) MergeClassDict(result, cls);
        return KeysList(result);
    }

    internal static PyList KeysList(PyDict d)
    {
        var list = new PyList();
        foreach (var (k, _) in d.Items()) list.Append(k);
        return list;
    }

    /// <summary>merge_class_dict: the class's <c>__dict__</c> and, recursively, its <c>__bases__</c>'.</summary>
    internal static void MergeClassDict(PyDict into, PyObject cls)
    {
        if (Ops.TryGetAttr(cls, PyStr.Intern("__dict__")) is { } cd)
        {
            if (cd is PyDict dict) foreach (var (k, v) in dict.Items()) into.SetItem(k, v);
            else if (cd is PyMappingProxy mp && mp.Mapping is PyDict md) foreach (var (k, v) in md.Items()) into.SetItem(k, v);
            else Ops.CallMethod(into, "update", [cd]);
        }
        if (Ops.TryGetAttr(cls, PyStr.Intern("__bases__")) is PyTuple bases)
            for (int i = 0; i < bases.Count; i++) MergeClassDict(into, bases[i]);
    }

    /// <summary>object.__getstate__ (3.11): None when there is no state, the dict, or (dict, slots) with slots.</summary>
    private static PyObject GetState(PyObject self)
    {
        if (self.Type.MemberCount == 0) return self.Dict is { Count: > 0 } d ? d : PyNone.Instance;
        return DefaultGetState(self, false, null);
    }

    /// <summary>getattr that treats any AttributeError (an unset slot's too) as "missing".</summary>
    internal static PyObject? TryGetAttrQuiet(PyObject o, PyStr name)
    {
        try { return Ops.TryGetAttr(o, name); }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.AttributeError)) { return null; }
    }

    /// <summary>tp_basicsize as CPython 3.11 reports it for object-based classes: the header, one pointer per
    /// slot member and one for weak references (the dict is kept before the object).</summary>
    internal static long BasicSize(PyType t) =>
        16 + 8L * t.MemberCount + (t.HasWeakref ? 8 : 0);

    /// <summary>object.__class__ = cls (object_set_class and compatible_for_assignment).</summary>
    private static void SetClass(PyObject o, PyObject? v)
    {
        if (v is null) throw PyErr.TypeError("can't delete __class__ attribute");
        if (v is not PyType nt) throw PyErr.TypeError($"__class__ must be set to a class, not '{v.Type.Name}' object");
        var old = o.Type;
        bool modules = nt.IsSubtype(PyModule.ModuleType) && old.IsSubtype(PyModule.ModuleType);
        if (!modules && (!nt.IsHeapType || !old.IsHeapType))
            throw PyErr.TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        CheckCompatible(old, nt, "__class__");
        // The values of an instance without a dict are laid out by its class's names: it takes its dict along.
        if (o is PyInstance { Values: not null } pi) pi.OwnDict();
        o.Type = nt;
    }

    /// <summary>compatible_for_assignment: instances of <paramref name="nt"/> must have the layout of
    /// <paramref name="old"/>'s (for __class__ and __bases__ assignment).</summary>
    internal static void CheckCompatible(PyType old, PyType nt, string attr)
    {
        var newBase = nt;
        var oldBase = old;
        while (AddsNothing(newBase)) newBase = newBase.Base!;
        while (AddsNothing(oldBase)) oldBase = oldBase.Base!;
        if (!ReferenceEquals(newBase, oldBase) && (!ReferenceEquals(newBase.Base, oldBase.Base) || !SameSlotsAdded(newBase, oldBase)))
            throw PyErr.TypeError($"{attr} assignment: '{nt.Name}' object layout differs from '{old.Name}'");
    }

    /// <summary>compatible_with_tp_base: a heap type whose instances look exactly like its base's.</summary>
    private static bool AddsNothing(PyType t) =>
        t.Base is not null && t.IsHeapType && t.OwnMembers.Length == 0 && t.HasDict == t.Base.HasDict && t.HasWeakref == t.Base.HasWeakref;

    private static bool SameSlotsAdded(PyType a, PyType b)
    {
        if (a.HasDict != b.HasDict || a.HasWeakref != b.HasWeakref || a.OwnMembers.Length != b.OwnMembers.Length) return false;
        for (int i = 0; i < a.OwnMembers.Length; i++)
            if (a.OwnMembers[i].Value != b.OwnMembers[i].Value) return false;
        return true;
    }

    /// <summary>solid_base: the nearest type (this one or a base) that fixes the instance layout: a class that
    /// adds <c>__slots__</c> members, or a builtin whose instances are a different C# class than its base's.</summary>
    internal static PyType SolidBase(PyType t)
    {
        while (t.Base is not null)
        {
            if (t.IsHeapType ? t.OwnMembers.Length > 0 : !ReferenceEquals(t.New, t.Base.New)) return t;
            t = t.Base;
        }
        return t;
    }
}
