namespace Krait.Runtime;

/// <summary>NotImplemented: what binary and comparison slots return for operand pairs they don't handle.</summary>
public sealed class PyNotImplemented : PyObject
{
    internal PyNotImplemented() : base(PyType.NotImplementedType) { }

    public static PyObject Instance => PyType.NotImplementedValue;

    internal static void InitType(PyType t)
    {
        t.Repr = o => PyStr.Intern("NotImplemented");
        t.Bool = o =>
        {
            PyWarnings.Warn(PyExc.DeprecationWarning, "NotImplemented should not be used in a boolean context");
            return true;
        };
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("NotImplementedType.__reduce__", args, kw, 0);
            return PyStr.Intern("NotImplemented");
        });
        t.New = (type, args, kw) =>
        {
            if (args.Length > 0) throw PyErr.TypeError("NotImplementedType takes no arguments");
            return Instance;
        };
    }
}
