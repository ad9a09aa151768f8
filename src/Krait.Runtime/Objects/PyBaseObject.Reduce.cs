namespace Krait.Runtime;

// object.__reduce__ / __reduce_ex__ (typeobject.c reduce_newobj, _common_reduce): protocols 0 and 1 go through
// copyreg._reduce_ex, 2 and up build (copyreg.__newobj__[_ex], args, state, listitems, dictitems).
public static partial class PyBaseObject
{
    private static PyObject? s_objectReduce;

    private static PyObject Copyreg() => Importer.ImportModuleLevel(PyStr.Intern("copyreg"), null, null, 0);

    private static void AddReduceMethods(PyType t)
    {
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("object.__reduce__() takes no keyword arguments");
            if (args.Length != 0) throw PyErr.TypeError($"object.__reduce__() takes no arguments ({args.Length} given)");
            return CommonReduce(self!, 0);
        });
        s_objectReduce = t.TypeDict.GetItemStr(PyStr.Intern("__reduce__"));
        TypeBuilder.Method(t, "__reduce_ex__", (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("object.__reduce_ex__() takes no keyword arguments");
            if (args.Length != 1) throw PyErr.TypeError($"object.__reduce_ex__() takes exactly one argument ({args.Length} given)");
            long protocol = Ops.AsSsize(args[0], PyExc.OverflowError);
            if (Ops.TryGetAttr(self!, PyStr.Intern("__reduce__")) is { } reduce)
            {
                var clsReduce = Ops.TryGetAttr(self!.Type, PyStr.Intern("__reduce__"));
                if (!ReferenceEquals(clsReduce, s_objectReduce)) return Ops.Call(reduce, []);
            }
            return CommonReduce(self!, protocol);
        });
    }

    private static PyObject CommonReduce(PyObject self, long protocol)
    {
        if (protocol >= 2) return ReduceNewObj(self);
        return Ops.Call(Ops.GetAttr(Copyreg(), "_reduce_ex"), [self, PyInt.FromLong(protocol)]);
    }

    private static PyObject ReduceNewObj(PyObject obj)
    {
        var cls = obj.Type;
        if (cls.New is null) throw PyErr.TypeError($"cannot pickle '{cls.Name}' object");
        var (args, kwargs) = GetNewArgs(obj);
        bool hasArgs = args is not null;
        var copyreg = Copyreg();
        PyObject newobj;
        PyTuple newargs;
        if (kwargs is null || kwargs.Count == 0)
        {
            newobj = Ops.GetAttr(copyreg, "__newobj__");
            int n = args?.Count ?? 0;
            var items = new PyObject[n + 1];
            items[0] = cls;
            for (int i = 0; i < n; i++) items[i + 1] = args![i];
            newargs = PyTuple.Wrap(items);
        }
        else
        {
            newobj = Ops.GetAttr(copyreg, "__newobj_ex__");
            newargs = PyTuple.Create([cls, args!, kwargs]);
        }
        bool required = !hasArgs && obj is not PyList && obj is not PyDict;
        var state = ObjectGetState(obj, required, copyreg);
        PyObject listItems = obj is PyList ? Ops.GetIter(obj) : PyNone.Instance;
        PyObject dictItems = obj is PyDict ? Ops.GetIter(Ops.CallMethod(obj, "items", [])) : PyNone.Instance;
        return PyTuple.Create([newobj, newargs, state, listItems, dictItems]);
    }

    /// <summary>_PyObject_GetNewArguments: __getnewargs_ex__() or __getnewargs__(), with their result checks.</summary>
    private static (PyTuple? Args, PyDict? Kwargs) GetNewArgs(PyObject obj)
    {
        if (Ops.TryGetAttr(obj, PyStr.Intern("__getnewargs_ex__")) is { } ex)
        {
            var r = Ops.Call(ex, []);
            if (r is not PyTuple t)
                throw PyErr.TypeError($"__getnewargs_ex__ should return a tuple, not '{r.Type.Name}'");
            if (t.Count != 2)
                throw PyErr.ValueError($"__getnewargs_ex__ should return a tuple of length 2, not {t.Count}");
            if (t[0] is not PyTuple a)
                throw PyErr.TypeError($"first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{t[0].Type.Name}'");
            if (t[1] is not PyDict k)
                throw PyErr.TypeError($"second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{t[1].Type.Name}'");
            return (a, k);
        }
        if (Ops.TryGetAttr(obj, PyStr.Intern("__getnewargs__")) is { } na)
        {
            var r = Ops.Call(na, []);
            if (r is not PyTuple a) throw PyErr.TypeError($"__getnewargs__ should return a tuple, not '{r.Type.Name}'");
            return (a, null);
        }
        return (null, null);
    }

    private static PyObject? s_objectGetState;

    /// <summary>object_getstate: an overriding __getstate__ is called; object's own checks that the
    /// object can be rebuilt from its dict and slots when <paramref name="required"/>.</summary>
    private static PyObject ObjectGetState(PyObject obj, bool required, PyObject copyreg)
    {
        if (!ReferenceEquals(obj.Type.Lookup(PyStr.Intern("__getstate__")), s_objectGetState))
            return Ops.Call(Ops.GetAttr(obj, PyStr.Intern("__getstate__")), []);
        return DefaultGetState(obj, required, copyreg);
    }

    /// <summary>_PyObject_GetState: the state builtin types' __reduce__ add (the dict and the slots).</summary>
    internal static PyObject GetStateOf(PyObject obj) => ObjectGetState(obj, false, Copyreg());

    private static PyObject DefaultGetState(PyObject obj, bool required, PyObject? copyreg)
    {
        var cls = obj.Type;
        // A builtin base that keeps state outside the dict and slots can't be rebuilt by __newobj__.
        if (required && !ReferenceEquals(SolidBaseIgnoringSlots(cls), PyType.ObjectType))
            throw PyErr.TypeError($"cannot pickle '{cls.Name}' object");
        PyObject state = obj.Dict is { Count: > 0 } d ? d : PyNone.Instance;
        copyreg ??= Copyreg();
        var slotNames = Ops.Call(Ops.GetAttr(copyreg, "_slotnames"), [cls]);
        if (slotNames is not PyNone and not PyList)
            throw PyErr.TypeError($"copyreg._slotnames didn't return a list or None");
        if (slotNames is PyList names && names.Count > 0)
        {
            var slots = new PyDict();
            for (int i = 0; i < names.Count; i++)
            {
                var name = names[i] as PyStr ?? throw PyErr.TypeError("__slotnames__ should be a list of str");
                if (TryGetAttrQuiet(obj, name) is { } v) slots.SetItem(name, v);
            }
            if (slots.Count > 0) state = PyTuple.Pair(state, slots);
        }
        return state;
    }

    private static PyType SolidBaseIgnoringSlots(PyType t)
    {
        while (t.Base is not null && (t.IsHeapType || ReferenceEquals(t.New, t.Base.New) && t.Base.Base is not null))
            t = t.Base;
        return t;
    }
}
