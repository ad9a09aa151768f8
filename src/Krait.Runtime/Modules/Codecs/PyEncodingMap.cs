namespace Krait.Runtime;

/// <summary>EncodingMap: charmap_build's code point → byte table for a 256-character decoding table.</summary>
public sealed class PyEncodingMap : PyObject
{
    public static readonly PyType EncodingMapType = PyType.NewBuiltin("EncodingMap", PyType.ObjectType, 0, InitType);

    internal readonly Dictionary<int, byte> Table;

    internal PyEncodingMap(Dictionary<int, byte> table) : base(EncodingMapType) => Table = table;

    private static void InitType(PyType t)
    {
        TypeBuilder.Method(t, "size", (self, args, kw) =>
        {
            ArgBinder.None("size", args, kw);
            return PyInt.FromLong(16 * 1 + 8 * ((PyEncodingMap)self!).Table.Count);
        });
    }
}
