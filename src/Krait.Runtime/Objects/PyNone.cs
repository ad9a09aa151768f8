namespace Krait.Runtime;

/// <summary>None.</summary>
public sealed class PyNone : PyObject
{
    internal PyNone() : base(PyType.NoneType) { }

    public static PyObject Instance => PyType.NoneValue;

    internal static void InitType(PyType t)
    {
        t.Repr = o => PyStr.Intern("None");
        t.Bool = o => false;
        t.New = (type, args, kw) =>
        {
            if (args.Length > 0) throw PyErr.TypeError("NoneType takes no arguments");
            return Instance;
        };
    }
}
