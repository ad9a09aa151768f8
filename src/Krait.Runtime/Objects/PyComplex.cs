namespace Krait.Runtime;

/// <summary>complex: a pair of doubles (Objects/complexobject.c).</summary>
public partial class PyComplex : PyObject
{
    public static readonly PyType ComplexType = PyType.NewBuiltin("complex", PyType.ObjectType, TypeFlags.BaseType, InitType);

    public readonly double Real, Imag;

    public PyComplex(double real, double imag) : base(ComplexType) { Real = real; Imag = imag; }

    private static void InitType(PyType t)
    {
        t.Repr = o => { var z = (PyComplex)o; return new PyStr(Krait.Syntax.Text.PyRepr.Complex(new System.Numerics.Complex(z.Real, z.Imag))); };
        BuiltinFormat.RegisterComplex(t);
    }
}
