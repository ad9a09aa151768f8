namespace Krait.Runtime;

/// <summary>_frozen_importlib_external.NamespaceLoader: the loader of a namespace package (nothing to run).</summary>
public sealed class PyNamespaceLoader : PyObject
{
    public static readonly PyType NamespaceLoaderType = PyType.NewBuiltin("_frozen_importlib_external.NamespaceLoader", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private PyDict _dict = new();

    public PyNamespaceLoader(PyObject path) : base(NamespaceLoaderType) => _dict.SetItem(PyStr.Intern("_path"), path);

    private PyNamespaceLoader(PyType type) : base(type) { }

    public override PyDict? Dict { get => _dict; set => _dict = value ?? throw PyErr.TypeError("__dict__ must be set to a dictionary"); }

    private static void InitType(PyType t)
    {
        t.New = (type, args, kw) => new PyNamespaceLoader(type);
        t.Init = (self, args, kw) =>
        {
            var a = ImportArgs.Bind("NamespaceLoader.__init__", args, kw, ["name", "path", "path_finder"], 3);
            self.Dict!.SetItem(PyStr.Intern("_path"), new PyNamespacePath((PyStr)Ops.Str(a[0]!), new PyList(PyTuple.FromIterable(a[1]!).Items)));
        };
        t.Repr = o => new PyStr($"<_frozen_importlib_external.NamespaceLoader object at 0x{Ops.Id(o):x}>");
        TypeBuilder.GetSet(t, "__dict__", o => ((PyNamespaceLoader)o)._dict, null);
        TypeBuilder.Method(t, "is_package", (self, args, kw) => { ImportArgs.Bind("is_package", args, kw, ["fullname"], 1); return PyBool.True; });
        TypeBuilder.Method(t, "get_source", (self, args, kw) => { ImportArgs.Bind("get_source", args, kw, ["fullname"], 1); return PyStr.Empty; });
        TypeBuilder.Method(t, "get_code", (self, args, kw) =>
        {
            ImportArgs.Bind("get_code", args, kw, ["fullname"], 1);
            return CompileService.Compile([], "<string>", "exec");
        });
        TypeBuilder.Method(t, "create_module", (self, args, kw) => { ImportArgs.Bind("create_module", args, kw, ["spec"], 1); return PyNone.Instance; });
        TypeBuilder.Method(t, "exec_module", (self, args, kw) => { ImportArgs.Bind("exec_module", args, kw, ["module"], 1); return PyNone.Instance; });
    }
}
