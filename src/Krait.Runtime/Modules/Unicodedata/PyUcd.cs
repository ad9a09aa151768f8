namespace Krait.Runtime;

/// <summary>unicodedata.UCD: a database version object; the only one is <c>ucd_3_2_0</c> (Unicode 3.2.0, for
/// IDNA). Not instantiable from Python.</summary>
public sealed class PyUcd : PyObject
{
    public static readonly PyType UcdType = PyType.NewBuiltin("unicodedata.UCD", PyType.ObjectType, TypeFlags.None, InitType);

    private static PyUcd? s_v320;
    internal static PyUcd V320 => s_v320 ??= new PyUcd();

    private PyUcd() : base(UcdType) { }

    private static void InitType(PyType t)
    {
        t.New = null;
        foreach (var (name, fn) in UnicodedataModule.Functions(true, "UCD."))
            TypeBuilder.Method(t, name, (self, args, kw) => fn(self, args, kw));
        TypeBuilder.GetSet(t, "unidata_version", o => new PyStr("3.2.0"), null);
    }
}
