namespace Krait.Runtime;

/// <summary>What a class statement's <c>__slots__</c> adds to the instance layout (typeobject.c type_new_slots,
/// type_new_visit_slots, type_new_copy_slots, type_new_descriptors), with CPython's errors.</summary>
internal sealed class SlotsLayout
{
    private bool _addDict, _addWeak;
    private PyStr[] _members = [];
    private PyType _best = null!;

    public static SlotsLayout Compute(string className, PyDict ns, PyType[] bases, PyType best)
    {
        var layout = new SlotsLayout { _best = best };
        bool mayAddDict = !best.HasDict;
        bool mayAddWeak = !best.HasWeakref && !IsVarSized(best);
        var slotsObj = ns.GetItemStr(PyStr.Intern("__slots__"));
        if (slotsObj is null)
        {
            layout._addDict = mayAddDict;
            layout._addWeak = mayAddWeak;
            return layout;
        }
        PyObject[] slots = slotsObj is PyStr ? [slotsObj] : PyTuple.FromIterable(slotsObj).AsSpan().ToArray();
        if (slots.Length > 0 && IsVarSized(best))
            throw PyErr.TypeError($"nonempty __slots__ not supported for subtype of '{best.Name}'");
        foreach (var item in slots)
        {
            if (item is not PyStr s) throw PyErr.TypeError($"__slots__ items must be strings, not '{item.Type.Name}'");
            if (!IsIdentifier(s.Value)) throw PyErr.TypeError("__slots__ must be identifiers");
            if (s.Value == "__dict__")
            {
                if (!mayAddDict || layout._addDict) throw PyErr.TypeError("__dict__ slot disallowed: we already got one");
                layout._addDict = true;
            }
            if (s.Value == "__weakref__")
            {
                if (!mayAddWeak || layout._addWeak)
                    throw PyErr.TypeError("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                layout._addWeak = true;
            }
        }
        var names = new List<PyStr>(slots.Length);
        foreach (var item in slots)
        {
            var s = (PyStr)item;
            if ((layout._addDict && s.Value == "__dict__") || (layout._addWeak && s.Value == "__weakref__")) continue;
            var mangled = PyStr.Intern(Krait.Compiler.Symtable.SymbolTable.Mangle(className, s.Value));
            if (ns.GetItemStr(mangled) is not null && mangled.Value is not ("__qualname__" or "__classcell__"))
                throw PyErr.ValueError($"{Ops.Repr(mangled).Value} in __slots__ conflicts with class variable");
            names.Add(mangled);
        }
        names.Sort(static (a, b) => string.CompareOrdinal(a.Value, b.Value));
        layout._members = [.. names];
        // Secondary bases may provide the dict or weak references.
        if (bases.Length > 1)
            foreach (var b in bases)
            {
                if (ReferenceEquals(b, best)) continue;
                if (mayAddDict && b.HasDict) layout._addDict = true;
                if (mayAddWeak && b.HasWeakref) layout._addWeak = true;
            }
        return layout;
    }

    /// <summary>Records the layout on the new type and adds the member, <c>__dict__</c> and <c>__weakref__</c>
    /// descriptors to its dict.</summary>
    public void AddDescriptors(PyType type)
    {
        type.HasDict = _best.HasDict || _addDict;
        type.HasWeakref = _best.HasWeakref || _addWeak;
        type.MemberCount = _best.MemberCount + _members.Length;
        type.OwnMembers = _members;
        var dict = type.TypeDict;
        for (int i = 0; i < _members.Length; i++)
            dict.SetItem(_members[i], new PyMemberDescriptor(type, _members[i], _best.MemberCount + i));
        // type_add_getset uses PyDict_SetDefault: a __dict__ or __weakref__ the class body defines (a property …) wins.
        if (_addDict && dict.GetItemStr(PyStr.Intern("__dict__")) is null)
            TypeBuilder.GetSet(type, "__dict__", o => o.Dict ?? throw PyErr.NoAttribute(o, PyStr.Intern("__dict__")), (o, v) =>
            {
                if (v is null) { o.Dict = new PyDict(); return; }
                if (v is not PyDict d) throw PyErr.TypeError($"__dict__ must be set to a dictionary, not a '{v.Type.Name}'");
                o.Dict = d;
            });
        if (_addWeak && dict.GetItemStr(PyStr.Intern("__weakref__")) is null) TypeBuilder.GetSet(type, "__weakref__", WeakrefModule.FirstRef, null);
    }

    /// <summary>Types whose instances have a variable-sized part (tp_itemsize != 0).</summary>
    private static bool IsVarSized(PyType t) =>
        t.IsSubtype(PyType.IntType) || t.IsSubtype(PyType.TupleType) || t.IsSubtype(PyBytes.BytesType) || t.IsSubtype(PyType.TypeType);

    private static bool IsIdentifier(string s)
    {
        if (s.Length == 0) return false;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            bool ok = c == '_' || char.IsLetter(c) || (i > 0 && (char.IsDigit(c) || char.IsSurrogate(c) || c > 127 && char.IsLetterOrDigit(c)));
            if (!ok && !(c > 127 && char.IsSurrogate(c))) return false;
        }
        return true;
    }
}
