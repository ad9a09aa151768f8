namespace Krait.Runtime;

/// <summary>type.__new__(metatype, name, bases, dict): creates a heap type (typeobject.c type_new).</summary>
public static partial class TypeNew
{
    /// <summary>Supplies <c>__module__</c> for classes whose namespace lacks it when no Python frame is running
    /// (tests); otherwise the calling frame's <c>globals()['__name__']</c> is used, as in CPython.</summary>
    public static Func<PyObject?>? CurrentModuleName;

    /// <summary>PyUnicode_AsUTF8: the type's name and doc must encode (a lone surrogate raises UnicodeEncodeError).</summary>
    internal static void CheckUtf8(PyStr s)
    {
        if (s.Value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0) Utf8Codec.Encode(s, "strict");
    }

    internal static PyObject Create(PyType meta, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int npos = args.Length - (kw?.Count ?? 0);
        if (ReferenceEquals(meta, PyType.TypeType) && npos == 1 && (kw is null || kw.Count == 0)) return args[0].Type;
        // type_call's message is for type itself; a metaclass reaches type_new's argument parsing.
        if (npos != 3)
            throw PyErr.TypeError(ReferenceEquals(meta, PyType.TypeType) ? "type() takes 1 or 3 arguments"
                : $"type.__new__() takes exactly 3 arguments ({npos} given)");
        if (args[0] is not PyStr name) throw PyErr.TypeError($"type.__new__() argument 1 must be str, not {args[0].Type.Name}");
        if (args[1] is not PyTuple basesTuple) throw PyErr.TypeError($"type.__new__() argument 2 must be tuple, not {args[1].Type.Name}");
        if (args[2] is not PyDict ns) throw PyErr.TypeError($"type.__new__() argument 3 must be dict, not {args[2].Type.Name}");
        CheckUtf8(name);
        if (name.Value.Contains('\0')) throw PyErr.ValueError("type name must not contain null characters");

        for (int i = 0; i < basesTuple.Count; i++)
            if (basesTuple[i] is not PyType && Ops.TryGetAttr(basesTuple[i], PyStr.Intern("__mro_entries__")) is not null)
                throw PyErr.TypeError("type() doesn't support MRO entry resolution; use types.new_class()");

        // The most derived metatype wins; if it's not ours, let it build the class.
        var winner = BuildClass.CalculateMetaclass(meta, basesTuple);
        if (!ReferenceEquals(winner, meta) && winner.New is { } wnew && !ReferenceEquals(wnew, PyType.TypeType.New))
            return wnew(winner, args, kw);
        meta = winner;

        var bases = new PyType[basesTuple.Count];
        for (int i = 0; i < bases.Length; i++)
            bases[i] = basesTuple[i] as PyType ?? throw PyErr.TypeError("bases must be types");
        if (bases.Length == 0) bases = [PyType.ObjectType];
        var best = BestBase(bases);
        var layout = SlotsLayout.Compute(name.Value, ns, bases, best);

        var flags = TypeFlags.HeapType | TypeFlags.BaseType | (best.Flags & (TypeFlags.BaseExceptionSubclass | TypeFlags.IntSubclass
            | TypeFlags.TupleSubclass | TypeFlags.ListSubclass | TypeFlags.StrSubclass | TypeFlags.DictSubclass | TypeFlags.TypeSubclass
            | TypeFlags.Sequence | TypeFlags.MatchSequence | TypeFlags.MatchMapping | TypeFlags.MatchSelf));
        foreach (var b in bases) flags |= b.Flags & TypeFlags.BaseExceptionSubclass;
        var type = new PyType(meta, name.Value, bases, best, flags);

        // Namespace → type dict, with the special entries type_new handles.
        var dict = type.TypeDict;
        // PyDict_Copy: a dict subclass with its own __iter__ (OrderedDict) is copied through keys() and [], in its order.
        var source = ns;
        if (!ReferenceEquals(ns.Type, PyType.DictType) && ns.Type.Iter != PyType.DictType.Iter)
        {
            source = new PyDict();
            source.Update(ns);
        }
        foreach (var (k, v) in source.Items()) dict.SetItem(k, v);
        if (dict.GetItemStr(PyStr.Intern("__doc__")) is PyStr docStr) CheckUtf8(docStr);
        var moduleKey = PyStr.Intern("__module__");
        if (dict.GetItemStr(moduleKey) is null)
        {
            var frame = ThreadState.Current.Frame;
            var mod = frame is not null ? frame.Globals.GetItemStr(PyStr.Intern("__name__")) : CurrentModuleName?.Invoke();
            if (mod is not null) dict.SetItem(moduleKey, mod);
        }
        var qualKey = PyStr.Intern("__qualname__");
        if (dict.GetItemStr(qualKey) is { } qn)
        {
            if (qn is not PyStr qs) throw PyErr.TypeError($"type __qualname__ must be a str, not {qn.Type.Name}");
            type.QualName = qs.Value;
            dict.DelItemStr(qualKey);
        }
        WrapSpecial(dict, "__new__", static f => new PyStaticMethod(PyType.StaticMethodType, f));
        WrapSpecial(dict, "__init_subclass__", static f => new PyClassMethod(PyType.ClassMethodType, f));
        WrapSpecial(dict, "__class_getitem__", static f => new PyClassMethod(PyType.ClassMethodType, f));
        layout.AddDescriptors(type);

        var cellKey = PyStr.Intern("__classcell__");
        if (dict.GetItemStr(cellKey) is { } classCell)
        {
            if (classCell is not PyCell cell) throw PyErr.TypeError($"__classcell__ must be a nonlocal cell, not {Ops.Repr(classCell.Type).Value}");
            cell.Contents = type;
            dict.DelItemStr(cellKey);
        }
        type.Mro = Mro.Compute(type, bases);
        if (!ReferenceEquals(meta, PyType.TypeType)) CustomMro(type);
        var docKey = PyStr.Intern("__doc__");
        if (dict.GetItemStr(docKey) is null) dict.SetItem(docKey, PyNone.Instance);
        // A class that defines __eq__ but not __hash__ is unhashable (inherit_slots + type_ready_set_hash).
        if (dict.GetItemStr(PyStr.Intern("__eq__")) is not null && dict.GetItemStr(PyStr.Intern("__hash__")) is null)
            dict.SetItem(PyStr.Intern("__hash__"), PyNone.Instance);

        // The dict was written directly above, possibly after cached look-ups: start a new version tag.
        type.Modified();
        type.InheritSlots(best);
        if (type.Allocate is null && ReferenceEquals(PyBaseObject.SolidBase(best), PyType.ObjectType)) type.Allocate = PyInstance.AllocateDefault;
        SlotDefs.FixupSlots(type);
        type.HasFinalizer = type.Lookup(PyStr.Intern("__del__")) is not null;
        foreach (var b in bases) b.AddSubclass(type);

        SetNames(type);
        InitSubclass(type, args[npos..], kw);
        return type;
    }

    /// <summary>mro_internal: a metaclass that overrides mro() decides the MRO (each entry must be a class).</summary>
    private static void CustomMro(PyType type)
    {
        var mroKey = PyStr.Intern("mro");
        var f = type.Type.Lookup(mroKey);
        if (f is null || ReferenceEquals(f, PyType.TypeType.TypeDict.GetItemStr(mroKey))) return;
        var result = Ops.Call(Ops.GetAttr(type, mroKey), []);
        var items = PyTuple.FromIterable(result);
        var mro = new PyType[items.Count];
        for (int i = 0; i < mro.Length; i++)
            mro[i] = items[i] as PyType ?? throw PyErr.TypeError($"mro() returned a non-class ('{items[i].Type.Name}')");
        type.Mro = mro;
    }

    /// <summary>type_new_set_names: <c>__set_name__(owner, name)</c> on each attribute that has one; a failure
    /// becomes a RuntimeError caused by the original.</summary>
    private static void SetNames(PyType type)
    {
        var setNameKey = PyStr.Intern("__set_name__");
        foreach (var (k, v) in type.TypeDict.Items())
        {
            var setName = v.Type.Lookup(setNameKey);
            if (setName is null) continue;
            try { SlotStubs.CallFound(setName, v, [type, k]); }
            catch (PythonException e)
            {
                var wrapped = PyErr.Make(PyExc.RuntimeError,
                    $"Error calling __set_name__ on '{v.Type.Name}' instance {Ops.Repr(k).Value} in '{type.Name}'");
                wrapped.SetCause(e.Value);
                wrapped.Context = e.Value;
                throw new PythonException(wrapped);
            }
        }
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
        // super(type, type).__init_subclass__(**kwargs)
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

    internal static PyType BestBasePublic(PyType[] bases) => BestBase(bases);

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
