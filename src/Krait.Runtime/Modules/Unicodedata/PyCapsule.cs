namespace Krait.Runtime;

/// <summary>PyCapsule: an opaque C pointer in CPython. Krait has no C API, so a capsule only carries its name
/// (unicodedata._ucnhash_CAPI exists so that dir() and code probing for it agree).</summary>
public sealed class PyCapsule : PyObject
{
    public static readonly PyType CapsuleType = PyType.NewBuiltin("PyCapsule", PyType.ObjectType, TypeFlags.None, InitType);

    private readonly string _name;

    internal PyCapsule(string name) : base(CapsuleType) => _name = name;

    private static void InitType(PyType t)
    {
        t.Repr = o => new PyStr($"<capsule object \"{((PyCapsule)o)._name}\" at 0x{Ops.Id(o):x}>");
        ItertoolsModule.Doc(t, "Capsule objects let you wrap a C \"void *\" pointer in a Python\nobject.  They're a way of passing data through the Python interpreter\nwithout creating your own custom type.\n\nCapsules are used for communication between extension modules.\nThey provide a way for an extension module to export a C interface\nto other extension modules, so that extension modules can use the\nPython import mechanism to link to one another.\n");
    }
}
