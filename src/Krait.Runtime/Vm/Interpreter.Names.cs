namespace Krait.Runtime;

// Name resolution for LOAD_NAME/STORE_NAME/LOAD_GLOBAL and the unbound-variable errors.
internal static partial class Interpreter
{
    private static PyObject? LoadBuiltin(PyFrame f, PyStr name) =>
        ReferenceEquals(f.Builtins.Type, PyType.DictType) ? f.Builtins.GetItemStr(name) : MappingGetOrNull(f.Builtins, name);

    /// <summary>LOAD_NAME: locals mapping, then globals, then builtins.</summary>
    private static PyObject? LoadName(PyFrame f, PyStr name)
    {
        var locals = f.Locals ?? throw PyErr.SystemError($"no locals when loading {Ops.Repr(name).Value}");
        PyObject? v = locals is PyDict d && ReferenceEquals(d.Type, PyType.DictType) ? d.GetItemStr(name) : MappingGetOrNull(locals, name);
        return v ?? f.Globals.GetItemStr(name) ?? LoadBuiltin(f, name);
    }

    private static void StoreName(PyFrame f, PyStr name, PyObject v)
    {
        var locals = f.Locals ?? throw PyErr.SystemError($"no locals found when storing {Ops.Repr(name).Value}");
        if (locals is PyDict d && ReferenceEquals(d.Type, PyType.DictType)) d.SetItem(name, v);
        else Ops.SetItem(locals, name, v);
    }

    private static bool DeleteName(PyFrame f, PyStr name)
    {
        var locals = f.Locals ?? throw PyErr.SystemError($"no locals when deleting {Ops.Repr(name).Value}");
        if (locals is PyDict d && ReferenceEquals(d.Type, PyType.DictType)) return d.DelItemStr(name);
        try
        {
            Ops.DelItem(locals, name);
            return true;
        }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.KeyError))
        {
            return false;
        }
    }

    /// <summary>mapping[key], or null on KeyError (for locals mappings that are not dicts).</summary>
    internal static PyObject? MappingGetOrNull(PyObject mapping, PyObject key)
    {
        if (mapping is PyDict d && d.Type.Lookup("__missing__") is null && ReferenceEquals(d.Type.GetItem, PyType.DictType.GetItem))
            return d.GetItem(key);
        try
        {
            return Ops.GetItem(mapping, key);
        }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.KeyError))
        {
            return null;
        }
    }

    internal static PyBaseException NameNotDefined(PyStr name)
    {
        var e = (PyAttributeError)PyErr.Make(PyExc.NameError, $"name '{name.Value}' is not defined");
        e.Name = name;
        return e;
    }

    private static PyBaseException UnboundLocal(PyCode co, int index) =>
        PyErr.Make(PyExc.UnboundLocalError,
            $"cannot access local variable '{co.LocalsPlusNames[index].Value}' where it is not associated with a value");

    private static PyBaseException UnboundDeref(PyCode co, int index)
    {
        if ((co.LocalsPlusKinds[index] & Krait.Compiler.Bytecode.CodeObject.FastFree) == 0) return UnboundLocal(co, index);
        var e = (PyAttributeError)PyErr.Make(PyExc.NameError,
            $"cannot access free variable '{co.LocalsPlusNames[index].Value}' where it is not associated with a value in enclosing scope");
        e.Name = co.LocalsPlusNames[index];
        return e;
    }

    private static void SetupAnnotations(PyFrame f)
    {
        var locals = f.Locals ?? throw PyErr.SystemError("no locals found when setting up annotations");
        var key = PyStr.Intern("__annotations__");
        if (locals is PyDict d && ReferenceEquals(d.Type, PyType.DictType))
        {
            if (d.GetItemStr(key) is null) d.SetItem(key, new PyDict());
            return;
        }
        if (MappingGetOrNull(locals, key) is null) Ops.SetItem(locals, key, new PyDict());
    }

    /// <summary>MAKE_FUNCTION's annotations: a flat tuple (name, value, name, value …) becomes a dict.</summary>
    private static PyObject AnnotationsDict(PyObject o)
    {
        if (o is not PyTuple t) return o;
        var d = new PyDict();
        for (int i = 0; i + 1 < t.Count; i += 2) d.SetItem(t[i], t[i + 1]);
        return d;
    }
}
