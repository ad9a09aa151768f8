namespace Krait.Runtime;

// isinstance / issubclass (abstract.c PyObject_IsInstance / PyObject_IsSubclass): exact types take the MRO
// fast path; tuples are searched; other classes are asked through __instancecheck__ / __subclasscheck__;
// objects that only look like classes (a tuple __bases__) are walked by abstract_issubclass.
public static partial class Ops
{
    private const string IsInstanceArg2 = "isinstance() arg 2 must be a type, a tuple of types, or a union";
    private const string IsSubclassArg1 = "issubclass() arg 1 must be a class";
    private const string IsSubclassArg2 = "issubclass() arg 2 must be a class, a tuple of classes, or a union";

    /// <summary>isinstance(o, cls) for a type: the MRO check, or type(cls).__instancecheck__ for a metaclass.</summary>
    public static bool IsInstance(PyObject o, PyType cls)
    {
        if (ReferenceEquals(o.Type, cls)) return true;
        if (ReferenceEquals(cls.Type, PyType.TypeType)) return RealIsInstance(o, cls);
        return IsInstance(o, (PyObject)cls);
    }

    /// <summary>PyObject_IsInstance.</summary>
    public static bool IsInstance(PyObject o, PyObject cls)
    {
        if (ReferenceEquals(o.Type, cls)) return true;
        if (ReferenceEquals(cls.Type, PyType.TypeType)) return RealIsInstance(o, cls);
        if (cls is PyUnionType u) cls = u.Args;
        if (cls is PyTuple t) return AnyOf(o, t, IsInstance, " in __instancecheck__");
        if (LookupSpecial(cls, "__instancecheck__") is { } checker) return CallChecker(checker, o, " in __instancecheck__");
        return RealIsInstance(o, cls);
    }

    /// <summary>PyObject_IsSubclass.</summary>
    public static bool IsSubclass(PyObject derived, PyObject cls)
    {
        if (ReferenceEquals(cls.Type, PyType.TypeType))
        {
            if (ReferenceEquals(derived, cls)) return true;
            return RealIsSubclass(derived, cls);
        }
        if (cls is PyUnionType u) cls = u.Args;
        if (cls is PyTuple t) return AnyOf(derived, t, IsSubclass, " in __subclasscheck__");
        if (LookupSpecial(cls, "__subclasscheck__") is { } checker) return CallChecker(checker, derived, " in __subclasscheck__");
        return RealIsSubclass(derived, cls);
    }

    /// <summary>True when <paramref name="check"/> holds for any member of the tuple (nested tuples recurse).</summary>
    private static bool AnyOf(PyObject x, PyTuple classes, Func<PyObject, PyObject, bool> check, string where)
    {
        EnterRecursiveCall(where);
        try
        {
            for (int i = 0; i < classes.Count; i++)
                if (check(x, classes[i])) return true;
            return false;
        }
        finally { LeaveRecursiveCall(); }
    }

    private static bool CallChecker(PyObject checker, PyObject x, string where)
    {
        EnterRecursiveCall(where);
        try { return IsTrue(Call(checker, [x])); }
        finally { LeaveRecursiveCall(); }
    }

    /// <summary>object_isinstance (type.__instancecheck__): the type's MRO, else the object's <c>__class__</c>.</summary>
    public static bool RealIsInstance(PyObject o, PyObject cls)
    {
        if (cls is PyType t)
        {
            if (o.Type.IsSubtype(t)) return true;
            // The common case: __class__ is object's own descriptor, so it can only say type(o).
            if (ReferenceEquals(o.Type.GetAttr, PyBaseObject.GenericGetAttr)
                && ReferenceEquals(o.Type.Lookup(PyStr.Intern("__class__")), PyBaseObject.ClassDescriptor)) return false;
            var icls = TryGetAttr(o, PyStr.Intern("__class__"));
            return icls is PyType it && !ReferenceEquals(it, o.Type) && it.IsSubtype(t);
        }
        if (GetBases(cls) is null) throw PyErr.TypeError(IsInstanceArg2);
        var c = TryGetAttr(o, PyStr.Intern("__class__"));
        return c is not null && AbstractIsSubclass(c, cls);
    }

    /// <summary>recursive_issubclass (type.__subclasscheck__).</summary>
    public static bool RealIsSubclass(PyObject derived, PyObject cls)
    {
        if (cls is PyType ct && derived is PyType dt) return dt.IsSubtype(ct);
        if (GetBases(derived) is null) throw PyErr.TypeError(IsSubclassArg1);
        if (cls is not PyUnionType && GetBases(cls) is null) throw PyErr.TypeError(IsSubclassArg2);
        return AbstractIsSubclass(derived, cls);
    }

    /// <summary>abstract_get_bases: <c>cls.__bases__</c> when it is a tuple, else null.</summary>
    private static PyTuple? GetBases(PyObject cls)
    {
        if (cls is PyType t) return PyTuple.Create(t.Bases);
        // abstract_get_bases: an AttributeError, also one a __bases__ property raises, means "no bases".
        try { return TryGetAttr(cls, PyStr.Intern("__bases__")) as PyTuple; }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.AttributeError)) { return null; }
    }

    private static bool AbstractIsSubclass(PyObject derived, PyObject cls)
    {
        PyTuple? bases;
        while (true)
        {
            if (ReferenceEquals(derived, cls)) return true;
            bases = GetBases(derived);
            if (bases is null || bases.Count == 0) return false;
            if (bases.Count > 1) break;
            derived = bases[0];
        }
        EnterRecursiveCall(" in __subclasscheck__");
        try
        {
            for (int i = 0; i < bases.Count; i++)
                if (AbstractIsSubclass(bases[i], cls)) return true;
            return false;
        }
        finally { LeaveRecursiveCall(); }
    }

    /// <summary>_Py_EnterRecursiveCall: counts C-level nesting against the recursion limit.</summary>
    internal static void EnterRecursiveCall(string where)
    {
        var ts = ThreadState.Current;
        if (++ts.Depth > PythonRuntime.RecursionLimit || !StackGuard.Sufficient(ts))
        {
            ts.Depth--;
            throw PyErr.RecursionError("maximum recursion depth exceeded" + where);
        }
    }

    internal static void LeaveRecursiveCall() => ThreadState.Current.Depth--;
}
