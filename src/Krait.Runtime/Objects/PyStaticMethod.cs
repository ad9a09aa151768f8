namespace Krait.Runtime;

/// <summary>staticmethod(callable): returns the wrapped callable unchanged on attribute access, and is itself
/// callable (3.10+) (funcobject.c sm_*).</summary>
public sealed class PyStaticMethod : PyObject
{
    public PyObject Func;
    private PyDict? _dict = new();

    public PyStaticMethod(PyType type, PyObject func) : base(type)
    {
        Func = func;
        CopyWrapperAttrs(this, func);
    }

    public override PyDict? Dict { get => _dict; set => _dict = value; }

    private static readonly string[] s_wrapped = ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"];

    /// <summary>functools_wraps: copies the wrapped callable's name, doc and annotations into the wrapper's dict.</summary>
    internal static void CopyWrapperAttrs(PyObject wrapper, PyObject wrapped)
    {
        if (wrapped is PyNone) return;
        foreach (var n in s_wrapped)
        {
            var key = PyStr.Intern(n);
            if (PyBaseObject.TryGetAttrQuiet(wrapped, key) is { } v) Ops.SetAttr(wrapper, key, v);
        }
    }

    /// <summary>classmethod/staticmethod.__init__(callable): checks the argument and copies its attributes.</summary>
    internal static PyObject InitWrapper(string name, PyObject wrapper, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is not null && kw.Count > 0) throw PyErr.TypeError($"{name}() takes no keyword arguments");
        if (args.Length != 1) throw PyErr.TypeError($"{name} expected 1 argument, got {args.Length}");
        CopyWrapperAttrs(wrapper, args[0]);
        return args[0];
    }

    internal static void AddWrapperAttrs(PyType t, Func<PyObject, PyObject> func)
    {
        TypeBuilder.GetSet(t, "__func__", func, null);
        TypeBuilder.GetSet(t, "__wrapped__", func, null);
        TypeBuilder.GetSet(t, "__isabstractmethod__", o =>
            Ops.TryGetAttr(func(o), PyStr.Intern("__isabstractmethod__")) is { } v && Ops.IsTrue(v) ? PyBool.True : PyBool.False, null);
        TypeBuilder.GetSet(t, "__dict__", o => o.Dict!, (o, v) =>
        {
            if (v is not PyDict d) throw PyErr.TypeError($"__dict__ must be set to a dictionary, not a '{v?.Type.Name ?? "NoneType"}'");
            o.Dict = d;
        });
    }

    internal static void InitType(PyType t)
    {
        t.DescrGet = (o, inst, owner) => ((PyStaticMethod)o).Func;
        t.Call = (o, args, kw) => Ops.Call(((PyStaticMethod)o).Func, args, kw);
        t.New = (type, args, kw) => new PyStaticMethod(type, PyNone.Instance);
        t.Init = (o, args, kw) => ((PyStaticMethod)o).Func = InitWrapper("staticmethod", o, args, kw);
        t.Repr = o => new PyStr($"<staticmethod({Ops.Repr(((PyStaticMethod)o).Func).Value})>");
        AddWrapperAttrs(t, o => ((PyStaticMethod)o).Func);
    }
}
