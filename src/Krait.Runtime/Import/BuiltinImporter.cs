namespace Krait.Runtime;

/// <summary>_frozen_importlib.BuiltinImporter: the meta-path finder and loader of the modules built into Krait
/// (sys, builtins and every native module registered with <see cref="Importer.RegisterBuiltin"/>).
/// Used as a class, never instantiated, as in CPython.</summary>
public static class BuiltinImporter
{
    public static readonly PyType Type = PyType.NewBuiltin("_frozen_importlib.BuiltinImporter", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private static readonly PyStr s_origin = PyStr.Intern("built-in");

    /// <summary>BuiltinImporter.find_spec(fullname, path=None): only top-level look-ups (path None).</summary>
    public static PyObject? FindSpec(PyStr fullname, PyObject? path)
    {
        if (path is not null && path is not PyNone) return null;
        if (!Importer.IsBuiltin(fullname.Value)) return null;
        return new PyModuleSpec(fullname.Value, Type, s_origin);
    }

    /// <summary>create_module: the module the registered factory makes.</summary>
    public static PyObject CreateModule(PyObject spec)
    {
        var name = Ops.Str(Ops.GetAttr(spec, "name")).Value;
        var factory = Importer.BuiltinFactory(name);
        if (factory is null)
        {
            var e = (PyImportError)PyErr.Make(PyExc.ImportError, $"no built-in module named {name}");
            e.Name = new PyStr(name);
            throw new PythonException(e);
        }
        return factory();
    }

    private static void InitType(PyType t)
    {
        t.TypeDict.SetItem(PyStr.Intern("_ORIGIN"), s_origin);
        TypeBuilder.ClassMethod(t, "find_spec", (cls, args, kw) =>
        {
            var a = ImportArgs.Bind("find_spec", args, kw, ["fullname", "path", "target"], 1);
            if (a[0] is not PyStr name) throw PyErr.TypeError($"expected str, not {a[0]!.Type.Name}");
            return FindSpec(name, a[1]) ?? PyNone.Instance;
        });
        TypeBuilder.ClassMethod(t, "create_module", (cls, args, kw) =>
        {
            var a = ImportArgs.Bind("create_module", args, kw, ["spec"], 1);
            return CreateModule(a[0]!);
        });
        // Built-in modules have nothing to execute, are never packages and have no Python code or source.
        ConstantMethod(t, "exec_module", "module", PyNone.Instance);
        ConstantMethod(t, "is_package", "fullname", PyBool.False);
        ConstantMethod(t, "get_code", "fullname", PyNone.Instance);
        ConstantMethod(t, "get_source", "fullname", PyNone.Instance);
    }

    private static void ConstantMethod(PyType t, string name, string parameter, PyObject result) =>
        TypeBuilder.ClassMethod(t, name, (cls, args, kw) =>
        {
            ImportArgs.Bind(name, args, kw, [parameter], 1);
            return result;
        });
}
