namespace Krait.Runtime;

// All builtin type objects and every static Python object the runtime needs are created here, in one static
// constructor, in a fixed order: leaf classes' static constructors never create Python objects, so no
// static-initialisation cycle can observe a null type.
public sealed partial class PyType
{
    /// <summary>Modules whose dotted builtin types are static types in CPython 3.11 (no __module__ in their dict).</summary>
    private static readonly HashSet<string> s_staticTypeModules =
        ["collections", "_collections", "_contextvars", "_io", "itertools", "weakref", "_socket"];

    public static readonly PyType ObjectType, TypeType, NoneType, NotImplementedType, EllipsisType,
        IntType, BoolType, FloatType, StrType, TupleType, ListType, DictType, SetType, FrozenSetType,
        SliceType, RangeType, BuiltinFunctionType, MethodDescriptorType, WrapperDescriptorType, MethodWrapperType,
        GetSetDescriptorType, ClassMethodDescriptorType, MethodType, StaticMethodType, ClassMethodType, PropertyType,
        ListIteratorType, TupleIteratorType, StrIteratorType, StrAsciiIteratorType, RangeIteratorType,
        DictKeyIteratorType, DictValueIteratorType, DictItemIteratorType, SetIteratorType, SeqIteratorType,
        DictKeysType, DictValuesType, DictItemsType, SuperType;

    internal static readonly PyObject NoneValue, NotImplementedValue, EllipsisValue;
    internal static readonly PyBool TrueValue, FalseValue;
    internal static readonly PyInt[] SmallInts;
    internal static readonly PyStr EmptyStr;
    internal static readonly PyTuple EmptyTuple;

    internal const int SmallIntMin = -5, SmallIntMax = 256;

    static PyType()
    {
        var obj = new PyType(null, "object", [], null, TypeFlags.BaseType | TypeFlags.Immutable);
        ObjectType = obj;
        var type = Builtin("type", obj, TypeFlags.BaseType | TypeFlags.TypeSubclass);
        TypeType = type;
        obj.Type = type;
        type.Type = type;
        DictType = Builtin("dict", obj, TypeFlags.BaseType | TypeFlags.DictSubclass | TypeFlags.MatchMapping | TypeFlags.MatchSelf);
        StrType = Builtin("str", obj, TypeFlags.BaseType | TypeFlags.StrSubclass | TypeFlags.Sequence | TypeFlags.MatchSelf);
        obj.TypeDict.Type = DictType;
        type.TypeDict.Type = DictType;
        DictType.TypeDict.Type = DictType;
        StrType.TypeDict.Type = DictType;

        NoneType = Builtin("NoneType", obj, 0);
        NotImplementedType = Builtin("NotImplementedType", obj, 0);
        EllipsisType = Builtin("ellipsis", obj, 0);
        IntType = Builtin("int", obj, TypeFlags.BaseType | TypeFlags.IntSubclass | TypeFlags.MatchSelf);
        BoolType = Builtin("bool", IntType, TypeFlags.IntSubclass | TypeFlags.MatchSelf);
        FloatType = Builtin("float", obj, TypeFlags.BaseType | TypeFlags.MatchSelf);
        TupleType = Builtin("tuple", obj, TypeFlags.BaseType | TypeFlags.TupleSubclass | TypeFlags.Sequence | TypeFlags.MatchSequence | TypeFlags.MatchSelf);
        ListType = Builtin("list", obj, TypeFlags.BaseType | TypeFlags.ListSubclass | TypeFlags.Sequence | TypeFlags.MatchSequence | TypeFlags.MatchSelf);
        SetType = Builtin("set", obj, TypeFlags.BaseType | TypeFlags.MatchSelf);
        FrozenSetType = Builtin("frozenset", obj, TypeFlags.BaseType | TypeFlags.MatchSelf);
        SliceType = Builtin("slice", obj, 0);
        RangeType = Builtin("range", obj, TypeFlags.Sequence | TypeFlags.MatchSequence);
        BuiltinFunctionType = Builtin("builtin_function_or_method", obj, 0);
        MethodDescriptorType = Builtin("method_descriptor", obj, TypeFlags.MethodDescriptor);
        WrapperDescriptorType = Builtin("wrapper_descriptor", obj, TypeFlags.MethodDescriptor);
        MethodWrapperType = Builtin("method-wrapper", obj, 0);
        GetSetDescriptorType = Builtin("getset_descriptor", obj, 0);
        ClassMethodDescriptorType = Builtin("classmethod_descriptor", obj, 0);
        MethodType = Builtin("method", obj, 0);
        StaticMethodType = Builtin("staticmethod", obj, TypeFlags.BaseType);
        ClassMethodType = Builtin("classmethod", obj, TypeFlags.BaseType);
        PropertyType = Builtin("property", obj, TypeFlags.BaseType);
        ListIteratorType = Builtin("list_iterator", obj, 0);
        TupleIteratorType = Builtin("tuple_iterator", obj, 0);
        StrIteratorType = Builtin("str_iterator", obj, 0);
        StrAsciiIteratorType = Builtin("str_ascii_iterator", obj, 0);
        RangeIteratorType = Builtin("range_iterator", obj, 0);
        DictKeyIteratorType = Builtin("dict_keyiterator", obj, 0);
        DictValueIteratorType = Builtin("dict_valueiterator", obj, 0);
        DictItemIteratorType = Builtin("dict_itemiterator", obj, 0);
        SetIteratorType = Builtin("set_iterator", obj, 0);
        SeqIteratorType = Builtin("iterator", obj, 0);
        DictKeysType = Builtin("dict_keys", obj, 0);
        DictValuesType = Builtin("dict_values", obj, 0);
        DictItemsType = Builtin("dict_items", obj, 0);
        SuperType = Builtin("super", obj, TypeFlags.BaseType);

        EmptyStr = new PyStr("");
        NoneValue = new PyNone();
        NotImplementedValue = new PyNotImplemented();
        EllipsisValue = new PyEllipsis();
        FalseValue = new PyBool(false);
        TrueValue = new PyBool(true);
        EmptyTuple = new PyTuple([]);
        SmallInts = new PyInt[SmallIntMax - SmallIntMin + 1];
        for (int i = 0; i < SmallInts.Length; i++) SmallInts[i] = new PyInt(IntType, i + SmallIntMin);

        // Slots and methods, base types first so that inheritance copies filled slots.
        PyBaseObject.InitType(obj);
        InitTypeType(type);
        PyNone.InitType(NoneType);
        PyNotImplemented.InitType(NotImplementedType);
        PyEllipsis.InitType(EllipsisType);
        PyInt.InitType(IntType);
        PyBool.InitType(BoolType);
        PyFloat.InitType(FloatType);
        PyStr.InitType(StrType);
        PyTuple.InitType(TupleType);
        PyList.InitType(ListType);
        PyDict.InitType(DictType);
        PySetBase.InitTypes(SetType, FrozenSetType);
        PySlice.InitType(SliceType);
        PyRange.InitType(RangeType);
        PyBuiltinFunction.InitType(BuiltinFunctionType);
        PyMethodDescriptor.InitType(MethodDescriptorType);
        PyWrapperDescriptor.InitTypes(WrapperDescriptorType, MethodWrapperType);
        PyGetSetDescriptor.InitType(GetSetDescriptorType);
        PyClassMethodDescriptor.InitType(ClassMethodDescriptorType);
        PyMethod.InitType(MethodType);
        PyStaticMethod.InitType(StaticMethodType);
        PyClassMethod.InitType(ClassMethodType);
        PyProperty.InitType(PropertyType);
        Iterators.InitTypes();
        PyDictView.InitTypes(DictKeysType, DictValuesType, DictItemsType);
        PySuper.InitType(SuperType);

        type.HasWeakref = SetType.HasWeakref = FrozenSetType.HasWeakref = true;
        foreach (var t in s_builtins) t.FinishBuiltin();
        PyGenericAlias.AddClassGetItem(ListType, DictType, TupleType, SetType, FrozenSetType);
    }

    private static readonly List<PyType> s_builtins = [];

    /// <summary>Creates a builtin (static) type with a single base. Its slots are filled by the caller;
    /// <see cref="FinishBuiltin"/> then inherits the rest and adds the slot wrappers to the dict.</summary>
    internal static PyType Builtin(string name, PyType b, TypeFlags flags)
    {
        var t = new PyType(TypeType, name, [b], b, flags | TypeFlags.Immutable);
        var mro = new PyType[b.Mro.Length + 1];
        mro[0] = t;
        Array.Copy(b.Mro, 0, mro, 1, b.Mro.Length);
        t.Mro = mro;
        b.AddSubclass(t);
        (s_builtins ?? []).Add(t);
        return t;
    }

    private bool _finished;

    internal void FinishBuiltin()
    {
        if (_finished) return;
        _finished = true;
        // A builtin directly under object without its own __new__ can't be instantiated (Py_TPFLAGS_DISALLOW_INSTANTIATION).
        bool disallow = New is null && ReferenceEquals(Base, ObjectType);
        if (Base is not null) { Base.FinishBuiltin(); InheritSlots(Base); }
        if (disallow) New = null;
        SlotDefs.AddWrappers(this);
        HasDict = Lookup(PyStr.Intern("__dict__")) is PyGetSetDescriptor;
        HasWeakref |= Base is not null && Base.HasWeakref;
        if (TypeDict.GetItemStr(PyStr.Intern("__doc__")) is null)
            TypeDict.SetItem(PyStr.Intern("__doc__"), BuiltinTypeDocs.Docs.TryGetValue(Name, out var doc) ? new PyStr(doc) : NoneValue);
        // A type CPython makes with PyType_FromSpec (a heap type: "_struct.Struct", "re.Pattern", "_thread.lock" …) has
        // the module of its dotted name in its dict; the modules whose types are still static in 3.11 don't.
        // A loop, not LastIndexOf: its vectorised code is compiled by the JIT on first use (at start-up, here).
        int dot = Name.Length - 1;
        while (dot >= 0 && Name[dot] != '.') dot--;
        if (dot > 0 && !s_staticTypeModules.Contains(Name[..dot]) && TypeDict.GetItemStr(PyStr.Intern("__module__")) is null)
            TypeDict.SetItem(PyStr.Intern("__module__"), new PyStr(Name[..dot]));
        // Look-ups made while the type was being filled may be cached: start from a fresh version tag.
        Modified();
    }

    /// <summary>Creates, fills and finishes a builtin type outside the core set (exceptions, module types).</summary>
    internal static PyType NewBuiltin(string name, PyType b, TypeFlags flags, Action<PyType>? init = null)
    {
        var t = Builtin(name, b, flags);
        init?.Invoke(t);
        t.FinishBuiltin();
        return t;
    }

    /// <summary>A builtin type with several bases (ExceptionGroup): C3 MRO, slots inherited along it.</summary>
    internal static PyType NewMultiBaseBuiltin(string name, PyType[] bases, PyType solidBase, TypeFlags flags)
    {
        var t = new PyType(TypeType, name, bases, solidBase, flags | TypeFlags.Immutable);
        t.Mro = Krait.Runtime.Mro.Compute(t, bases);
        foreach (var b in bases) b.AddSubclass(t);
        t.FinishBuiltin();
        return t;
    }
}
