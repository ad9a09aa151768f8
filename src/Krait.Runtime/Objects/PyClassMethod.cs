namespace Krait.Runtime;

/// <summary>classmethod: binds the wrapped callable to the class.</summary>
public sealed class PyClassMethod(PyType type, PyObject func) : PyObject(type)
{
    public PyObject Func = func;

    internal static void InitType(PyType t)
    {
        t.DescrGet = (o, inst, owner) =>
        {
            var cm = (PyClassMethod)o;
            PyObject cls = (PyObject?)owner ?? inst!.Type;
            // 3.11 chains through the wrapped object's __get__ when it has one.
            if (cm.Func.Type.DescrGet is { } get) return get(cm.Func, cls, cls.Type);
            return new PyMethod(cm.Func, cls);
        };
        t.New = (type, args, kw) =>
        {
            if (args.Length != 1 || kw is not null) throw PyErr.TypeError($"classmethod expected 1 argument, got {args.Length}");
            return new PyClassMethod(type, args[0]);
        };
        t.TypeDict.SetItem(PyStr.Intern("__func__"), new PyGetSetDescriptor(t, "__func__", o => ((PyClassMethod)o).Func, null));
    }
}
