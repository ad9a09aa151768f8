namespace Krait.Runtime;

/// <summary>staticmethod: returns the wrapped callable unchanged on attribute access.</summary>
public sealed class PyStaticMethod(PyType type, PyObject func) : PyObject(type)
{
    public PyObject Func = func;

    internal static void InitType(PyType t)
    {
        t.DescrGet = (o, inst, owner) => ((PyStaticMethod)o).Func;
        t.Call = (o, args, kw) => Ops.Call(((PyStaticMethod)o).Func, args, kw);
        t.New = (type, args, kw) =>
        {
            if (args.Length != 1 || kw is not null) throw PyErr.TypeError($"staticmethod expected 1 argument, got {args.Length}");
            return new PyStaticMethod(type, args[0]);
        };
        t.TypeDict.SetItem(PyStr.Intern("__func__"), new PyGetSetDescriptor(t, "__func__", o => ((PyStaticMethod)o).Func, null));
    }
}
