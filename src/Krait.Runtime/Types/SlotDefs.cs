namespace Krait.Runtime;

/// <summary>The dunder ↔ slot table (typeobject.c's slotdefs): wrapper descriptors for builtin slots, and the
/// slot fix-up of heap types (fixup_slot_dispatchers / update_slot).</summary>
internal static partial class SlotDefs
{
    public static readonly Func<PyObject, long> HashNotImplemented =
        o => throw PyErr.TypeError($"unhashable type: '{o.Type.Name}'");

    internal static readonly string[] NumberNames =
        ["add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor", "divmod"];
    internal static readonly string[] NumberSymbols =
        ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "divmod()"];
    internal static readonly string[] CompareNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

    /// <summary>Slot kind → the dunders that feed it.</summary>
    internal static readonly string[][] Names = BuildNames();
    // SlotKind as int: Dictionary<string, int> is precompiled in the framework, Dictionary<string, SlotKind> is not
    // (the JIT compiled nine of its methods at every start-up).
    private static readonly Dictionary<string, int> s_kindOf = BuildKinds();

    private static string[][] BuildNames()
    {
        var n = new string[(int)SlotKind.Count][];
        n[(int)SlotKind.Call] = ["__call__"];
        n[(int)SlotKind.GetAttr] = ["__getattribute__", "__getattr__"];
        n[(int)SlotKind.SetAttr] = ["__setattr__", "__delattr__"];
        n[(int)SlotKind.RichCompare] = CompareNames;
        n[(int)SlotKind.Hash] = ["__hash__"];
        n[(int)SlotKind.Repr] = ["__repr__"];
        n[(int)SlotKind.Str] = ["__str__"];
        n[(int)SlotKind.Bool] = ["__bool__"];
        n[(int)SlotKind.Len] = ["__len__"];
        n[(int)SlotKind.Iter] = ["__iter__"];
        n[(int)SlotKind.Next] = ["__next__"];
        n[(int)SlotKind.Contains] = ["__contains__"];
        n[(int)SlotKind.GetItem] = ["__getitem__"];
        n[(int)SlotKind.SetItem] = ["__setitem__", "__delitem__"];
        n[(int)SlotKind.DescrGet] = ["__get__"];
        n[(int)SlotKind.DescrSet] = ["__set__", "__delete__"];
        n[(int)SlotKind.Init] = ["__init__"];
        n[(int)SlotKind.New] = ["__new__"];
        n[(int)SlotKind.Negative] = ["__neg__"];
        n[(int)SlotKind.Positive] = ["__pos__"];
        n[(int)SlotKind.Absolute] = ["__abs__"];
        n[(int)SlotKind.Invert] = ["__invert__"];
        n[(int)SlotKind.Int] = ["__int__"];
        n[(int)SlotKind.Float] = ["__float__"];
        n[(int)SlotKind.Index] = ["__index__"];
        for (int i = 0; i < PyType.NumberOpCount; i++)
        {
            string s = NumberNames[i];
            n[(int)SlotKind.NumberBase + i] = [$"__{s}__", $"__r{s}__"];
            n[(int)SlotKind.InPlaceBase + i] = i == (int)NumberOp.DivMod ? [] : [$"__i{s}__"];
        }
        return n;
    }

    private static Dictionary<string, int> BuildKinds()
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int k = 0; k < Names.Length; k++)
            foreach (var name in Names[k]) d[name] = k;
        return d;
    }

    public static bool IsDunder(string name) => name.Length > 4 && name.StartsWith("__", StringComparison.Ordinal) && name.EndsWith("__", StringComparison.Ordinal);

    /// <summary>update_slot: a dunder was set or deleted on <paramref name="type"/>: refresh that slot here and
    /// in every subclass that doesn't override it.</summary>
    public static void UpdateSlot(PyType type, string name)
    {
        if (!s_kindOf.TryGetValue(name, out int kind)) return;
        UpdateRecursive(type, (SlotKind)kind);
    }

    private static void UpdateRecursive(PyType type, SlotKind kind)
    {
        if (type.IsHeapType) FixupSlot(type, kind);
        foreach (var sub in type.Subclasses()) UpdateRecursive(sub, kind);
    }

    /// <summary>fixup_slot_dispatchers: fill every slot of a new heap type from its MRO.</summary>
    public static void FixupSlots(PyType type)
    {
        for (int k = 0; k < (int)SlotKind.Count; k++) FixupSlot(type, (SlotKind)k);
    }

    private static void FixupSlot(PyType type, SlotKind kind)
    {
        var names = Names[(int)kind];
        if (names.Length == 0) return;
        PyType? wrappedOwner = null;
        bool anyFound = false, onlyWrappers = true;
        PyObject? first = null;
        foreach (var name in names)
        {
            var d = type.Lookup(PyStr.Intern(name));
            if (d is null) continue;
            first ??= d;
            anyFound = true;
            if (d is PyWrapperDescriptor w && w.Kind == kind && (wrappedOwner is null || ReferenceEquals(wrappedOwner, w.Owner)))
                wrappedOwner = w.Owner;
            else if (d is PyBuiltinFunction { NewOwner: not null } nf && kind == SlotKind.New)
                wrappedOwner = nf.NewOwner;
            else onlyWrappers = false;
        }
        if (kind == SlotKind.Hash && first is PyNone) { type.Hash = HashNotImplemented; return; }
        if (kind == SlotKind.GetAttr && onlyWrappers && anyFound && type.Lookup(PyStr.Intern("__getattr__")) is null)
        {
            CopySlot(type, wrappedOwner!, kind);
            return;
        }
        if (!anyFound) ClearSlot(type, kind);
        else if (onlyWrappers && wrappedOwner is not null) CopySlot(type, wrappedOwner, kind);
        else SetStub(type, kind);
    }
}
