namespace Krait.Runtime;

/// <summary>_frozen_importlib_external._NamespacePath: a namespace package's __path__ (a list of folders with
/// list-like access). Krait keeps the portions found at import time; CPython recomputes them when the
/// parent's path changes.</summary>
public sealed class PyNamespacePath : PyObject
{
    public static readonly PyType NamespacePathType = PyType.NewBuiltin("_frozen_importlib_external._NamespacePath", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private PyDict _dict = new();

    public PyNamespacePath(PyStr name, PyList path) : base(NamespacePathType)
    {
        _dict.SetItem(PyStr.Intern("_name"), name);
        _dict.SetItem(PyStr.Intern("_path"), path);
    }

    private PyNamespacePath(PyType type) : base(type) { }

    public override PyDict? Dict { get => _dict; set => _dict = value ?? throw PyErr.TypeError("__dict__ must be set to a dictionary"); }

    private static PyObject PathOf(PyObject o) => Ops.GetAttr(o, "_path");

    private static void InitType(PyType t)
    {
        t.New = (type, args, kw) => new PyNamespacePath(type);
        t.Init = (self, args, kw) =>
        {
            var a = ImportArgs.Bind("_NamespacePath.__init__", args, kw, ["name", "path", "path_finder"], 2);
            var d = self.Dict!;
            d.SetItem(PyStr.Intern("_name"), a[0]!);
            d.SetItem(PyStr.Intern("_path"), a[1]!);
        };
        t.Repr = o => new PyStr($"_NamespacePath({Ops.Repr(PathOf(o)).Value})");
        t.Iter = o => Ops.GetIter(PathOf(o));
        t.GetItem = (o, i) => Ops.GetItem(PathOf(o), i);
        t.SetItem = (o, i, v) => Ops.SetItem(PathOf(o), i, v);
        t.Len = o => Ops.Len(PathOf(o));
        t.Contains = (o, item) => Ops.Contains(PathOf(o), item);
        TypeBuilder.GetSet(t, "__dict__", o => ((PyNamespacePath)o)._dict, null);
        TypeBuilder.Method(t, "append", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("append", args, kw, 1);
            Ops.CallMethod(PathOf(self!), "append", [args[0]]);
            return PyNone.Instance;
        });
    }
}
