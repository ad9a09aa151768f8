namespace Krait.Runtime;

/// <summary>classmethod(callable): binds the wrapped callable to the class (funcobject.c cm_*). 3.11 chains
/// through the wrapped object's own __get__, so <c>classmethod(property(...))</c> works.</summary>
public sealed class PyClassMethod : PyObject
{
    public PyObject Func;
    private PyDict? _dict = new();

    public PyClassMethod(PyType type, PyObject func) : base(type)
    {
        Func = func;
        PyStaticMethod.CopyWrapperAttrs(this, func);
    }

    public override PyDict? Dict { get => _dict; set => _dict = value; }

    internal static void InitType(PyType t)
    {
        t.DescrGet = (o, inst, owner) =>
        {
            var cm = (PyClassMethod)o;
            var cls = owner ?? inst!.Type;
            if (cm.Func.Type.DescrGet is { } get) return get(cm.Func, cls, cls);
            return new PyMethod(cm.Func, cls);
        };
        t.New = (type, args, kw) => new PyClassMethod(type, PyNone.Instance);
        t.Init = (o, args, kw) => ((PyClassMethod)o).Func = PyStaticMethod.InitWrapper("classmethod", o, args, kw);
        t.Repr = o => new PyStr($"<classmethod({Ops.Repr(((PyClassMethod)o).Func).Value})>");
        PyStaticMethod.AddWrapperAttrs(t, o => ((PyClassMethod)o).Func);
    }
}
