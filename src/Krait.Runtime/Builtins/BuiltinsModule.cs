namespace Krait.Runtime;

/// <summary>The <c>builtins</c> module (Python/bltinmodule.c). Each group of functions lives in its own
/// partial file; <see cref="Create"/> assembles the namespace.</summary>
public static partial class BuiltinsModule
{
    public static PyModule Create()
    {
        var m = new PyModule("builtins", "Built-in functions, exceptions, and other objects.");
        AddConstantsAndTypes(m);
        AddIOFunctions(m);
        AddNumberFunctions(m);
        AddObjectFunctions(m);
        AddIterationFunctions(m);
        AddVmFunctions(m);
        AddAsyncFunctions(m);
        return m;
    }

    private static void AddConstantsAndTypes(PyModule m)
    {
        m.Add("None", PyNone.Instance);
        m.Add("Ellipsis", PyEllipsis.Instance);
        m.Add("NotImplemented", PyNotImplemented.Instance);
        m.Add("True", PyBool.True);
        m.Add("False", PyBool.False);
        m.Add("__debug__", PyBool.From(PythonRuntime.Optimize == 0));
        foreach (var t in new[]
        {
            PyType.ObjectType, PyType.TypeType, PyType.IntType, PyType.BoolType, PyType.FloatType, PyType.StrType,
            PyType.TupleType, PyType.ListType, PyType.DictType, PyType.SetType, PyType.FrozenSetType, PyType.SliceType,
            PyType.RangeType, PyType.StaticMethodType, PyType.ClassMethodType, PyType.PropertyType, PyType.SuperType,
            PyBytes.BytesType, PyComplex.ComplexType,
        })
            m.Add(t.Name, t);
        foreach (var e in PyExc.All) m.Add(e.Name, e);
        m.Add("EnvironmentError", PyExc.OSError);
        m.Add("IOError", PyExc.OSError);
    }
}
