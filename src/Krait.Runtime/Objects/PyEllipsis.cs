namespace Krait.Runtime;

/// <summary>Ellipsis (<c>...</c>).</summary>
public sealed class PyEllipsis : PyObject
{
    internal PyEllipsis() : base(PyType.EllipsisType) { }

    public static PyObject Instance => PyType.EllipsisValue;

    internal static void InitType(PyType t)
    {
        t.Repr = o => PyStr.Intern("Ellipsis");
        t.New = (type, args, kw) =>
        {
            if (args.Length > 0) throw PyErr.TypeError("EllipsisType takes no arguments");
            return Instance;
        };
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("ellipsis.__reduce__", args, kw, 0);
            return PyStr.Intern("Ellipsis");
        });
    }
}
