namespace Krait.Runtime;

/// <summary>The slots and methods of <c>object</c> (typeobject.c object_*): generic attribute access,
/// identity hash/compare, default repr, and the argument checks of object.__new__/__init__.</summary>
public static class PyBaseObject
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
        var dict = obj.Dict;
        if (dict is not null)
        {
            var v = dict.GetItemStr(name);
            if (v is not null) return v;
        }
        if (get is not null) return get(descr!, obj, tp);
        return descr;
    };

    /// <summary>object.__setattr__ / __delattr__ (value null).</summary>
    public static readonly Action<PyObject, PyStr, PyObject?> GenericSetAttr = (obj, name, value) =>
    {
        var tp = obj.Type;
        var descr = tp.Lookup(name);
        if (descr?.Type.DescrSet is { } set) { set(descr, obj, value); return; }
        var dict = obj.Dict;
        if (dict is null)
        {
            if (descr is null) throw PyErr.NoAttribute(obj, name);
            throw PyErr.AttributeError($"'{tp.Name}' object attribute '{name.Value}' is read-only");
        }
        if (value is null)
        {
            if (!dict.DelItemStr(name)) throw PyErr.NoAttribute(obj, name);
        }
        else dict.SetItem(name, value);
    };

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
        if (type.Allocate is { } alloc) return alloc(type);
        return new PyInstance(type, withDict: type.IsHeapType);
    };

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
            string name = tp.IsHeapType ? tp.QualName : tp.Name;
            return new PyStr(module == "builtins" ? $"<{name} object at 0x{Ops.Id(o):x}>" : $"<{module}.{name} object at 0x{Ops.Id(o):x}>");
        };
        t.Str = o => Ops.Repr(o);
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
        TypeBuilder.GetSet(t, "__class__", o => o.Type, (o, v) =>
        {
            if (v is not PyType nt) throw PyErr.TypeError($"__class__ must be set to a class, not '{v?.Type.Name ?? "NoneType"}' object");
            if (!nt.IsHeapType || !o.Type.IsHeapType || !ReferenceEquals(SolidBase(nt), SolidBase(o.Type)))
                throw PyErr.TypeError($"__class__ assignment only supported for mutable types or ModuleType subclasses");
            o.Type = nt;
        });
        t.TypeDict.SetItem(PyStr.Intern("__init_subclass__"), new PyClassMethodDescriptor(t, "__init_subclass__", (cls, args, kw) =>
        {
            if (args.Length > 0)
                throw PyErr.TypeError($"{((PyType)cls!).Name}.__init_subclass__() takes no keyword arguments");
            return PyNone.Instance;
        }));
    }

    internal static PyType SolidBase(PyType t)
    {
        while (t.IsHeapType && t.Base is not null) t = t.Base;
        return t;
    }
}
