namespace Krait.Runtime;

/// <summary>type.__new__(metatype, name, bases, dict): creates a heap type (typeobject.c type_new).</summary>
public static class TypeNew
{
    /// <summary>Supplies <c>__module__</c> for classes whose namespace lacks it when no Python frame is running
    /// (tests); otherwise the calling frame's <c>globals()['__name__']</c> is used, as in CPython.</summary>
    public static Func<PyObject?>? CurrentModuleName;

    internal static PyObject Create(PyType meta, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int npos = args.Length - (kw?.Count ?? 0);
        if (ReferenceEquals(meta, PyType.TypeType) && npos == 1 && (kw is null || kw.Count == 0)) return args[0].Type;
        if (npos != 3) throw PyErr.TypeError("type() takes 1 or 3 arguments");
        if (args[0] is not PyStr name) throw PyErr.TypeError($"type.__new__() argument 1 must be str, not {args[0].Type.Name}");
        if (args[1] is not PyTuple basesTuple) throw PyErr.TypeError($"type.__new__() argument 2 must be tuple, not {args[1].Type.Name}");
        if (args[2] is not PyDict ns) throw PyErr.TypeError($"type.__new__() argument 3 must be dict, not {args[2].Type.Name}");

        var bases = new PyType[basesTuple.Count];
        for (int i = 0; i < bases.Length; i++)
            bases[i] = basesTuple[i] as PyType ?? throw PyErr.TypeError($"bases must be types");

        // The most derived metatype wins; if it's not ours, let it build the class.
        var winner = meta;
        foreach (var b in bases)
        {
            var bm = b.Type;
            if (winner.IsSubtype(bm)) continue;
            if (bm.IsSubtype(winner)) { winner = bm; continue; }
            throw PyErr.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        if (!ReferenceEquals(winner, meta) && winner.New is { } wnew && !ReferenceEquals(wnew, PyType.TypeType.New))
            return wnew(winner, args, kw);
        meta = winner;

        if (bases.Length == 0) bases = [PyType.ObjectType];
        var solid = BestBase(bases);

        var flags = TypeFlags.HeapType | TypeFlags.BaseType | (solid.Flags & (TypeFlags.BaseExceptionSubclass | TypeFlags.IntSubclass
            | TypeFlags.TupleSubclass | TypeFlags.ListSubclass | TypeFlags.StrSubclass | TypeFlags.DictSubclass | TypeFlags.TypeSubclass
            | TypeFlags.Sequence | TypeFlags.MatchSequence | TypeFlags.MatchMapping | TypeFlags.MatchSelf));
        foreach (var b in bases) flags |= b.Flags & TypeFlags.BaseExceptionSubclass;
        var type = new PyType(meta, name.Value, bases, solid, flags);

        // Namespace → type dict, with the special entries type_new handles.
        var dict = type.TypeDict;
        foreach (var (k, v) in ns.Items()) dict.SetItem(k, v);
        var qualKey = PyStr.Intern("__qualname__");
        if (dict.GetItemStr(qualKey) is { } qn)
        {
            if (qn is not PyStr qs) throw PyErr.TypeError($"type __qualname__ must be a str, not {qn.Type.Name}");
            type.QualName = qs.Value;
            dict.DelItemStr(qualKey);
        }
        var moduleKey = PyStr.Intern("__module__");
        if (dict.GetItemStr(moduleKey) is null)
        {
            var frame = ThreadState.Current.Frame;
            var mod = frame is not null ? frame.Globals.GetItemStr(PyStr.Intern("__name__")) : CurrentModuleName?.Invoke();
            if (mod is not null) dict.SetItem(moduleKey, mod);
        }
        var docKey = PyStr.Intern("__doc__");
        if (dict.GetItemStr(docKey) is null) dict.SetItem(docKey, PyNone.Instance);
        WrapSpecial(dict, "__new__", static f => new PyStaticMethod(PyType.StaticMethodType, f));
        WrapSpecial(dict, "__init_subclass__", static f => new PyClassMethod(PyType.ClassMethodType, f));
        WrapSpecial(dict, "__class_getitem__", static f => new PyClassMethod(PyType.ClassMethodType, f));
        // A class that defines __eq__ but not __hash__ is unhashable.
        if (dict.GetItemStr(PyStr.Intern("__eq__")) is not null && dict.GetItemStr(PyStr.Intern("__hash__")) is null)
            dict.SetItem(PyStr.Intern("__hash__"), PyNone.Instance);

        var cellKey = PyStr.Intern("__classcell__");
        if (dict.GetItemStr(cellKey) is { } classCell)
        {
            if (classCell is not PyCell cell) throw PyErr.TypeError($"__classcell__ must be a nonlocal cell, not {Ops.Repr(classCell.Type).Value}");
            cell.Contents = type;
            dict.DelItemStr(cellKey);
        }
        type.Mro = Mro.Compute(type, bases);
        if (type.Lookup(PyStr.Intern("__dict__")) is null)
            TypeBuilder.GetSet(type, "__dict__", o => o.Dict ?? throw PyErr.NoAttribute(o, PyStr.Intern("__dict__")), (o, v) =>
            {
                if (v is not PyDict d) throw PyErr.TypeError($"__dict__ must be set to a dictionary, not a '{v?.Type.Name ?? "NoneType"}'");
                o.Dict = d;
            });

        type.InheritSlots(solid);
        if (type.Allocate is null && ReferenceEquals(PyBaseObject.SolidBase(solid), PyType.ObjectType)) type.Allocate = static t => new PyInstance(t);
        SlotDefs.FixupSlots(type);
        foreach (var b in bases) b.AddSubclass(type);

        // __set_name__ on each attribute, then the parent's __init_subclass__(**kwargs).
        foreach (var (k, v) in dict.Items())
        {
            var setName = v.Type.Lookup(PyStr.Intern("__set_name__"));
            if (setName is not null) SlotStubs.CallFound(setName, v, [type, k]);
        }
        InitSubclass(type, args[npos..], kw);
        return type;
    }

    private static void WrapSpecial(PyDict dict, string name, Func<PyObject, PyObject> wrap)
    {
        var key = PyStr.Intern(name);
        if (dict.GetItemStr(key) is { } f && IsPlainFunction(f)) dict.SetItem(key, wrap(f));
    }

    /// <summary>A Python function (the VM's function type): binds like a method, but isn't a builtin descriptor.</summary>
    private static bool IsPlainFunction(PyObject f) =>
        (f.Type.Flags & TypeFlags.MethodDescriptor) != 0 && f is not PyMethodDescriptor && f is not PyWrapperDescriptor;

    private static void InitSubclass(PyType type, ReadOnlySpan<PyObject> kwValues, PyTuple? kw)
    {
        var key = PyStr.Intern("__init_subclass__");
        var mro = type.Mro;
        for (int i = 1; i < mro.Length; i++)
        {
            var f = mro[i].TypeDict.GetItemStr(key);
            if (f is null) continue;
            var bound = f.Type.DescrGet is { } get ? get(f, null, type) : f;
            Ops.Call(bound, kwValues, kw);
            return;
        }
    }

    /// <summary>best_base: the base whose solid layout every other base's layout extends.</summary>
    private static PyType BestBase(PyType[] bases)
    {
        PyType? winner = null, best = null;
        foreach (var b in bases)
        {
            if ((b.Flags & TypeFlags.BaseType) == 0) throw PyErr.TypeError($"type '{b.Name}' is not an acceptable base type");
            var candidate = PyBaseObject.SolidBase(b);
            if (winner is null) { winner = candidate; best = b; }
            else if (winner.IsSubtype(candidate)) { }
            else if (candidate.IsSubtype(winner)) { winner = candidate; best = b; }
            else throw PyErr.TypeError("multiple bases have instance lay-out conflict");
        }
        return best!;
    }
}
