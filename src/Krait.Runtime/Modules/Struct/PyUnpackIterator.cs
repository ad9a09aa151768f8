namespace Krait.Runtime;

/// <summary>_struct.unpack_iterator: what iter_unpack returns, one tuple per Size bytes.</summary>
public sealed class PyUnpackIterator : PyObject
{
    public static readonly PyType UnpackIteratorType = PyType.NewBuiltin("_struct.unpack_iterator", PyType.ObjectType, TypeFlags.None, InitType);

    private readonly PyStruct _struct;
    private readonly byte[] _data;
    private long _index;

    internal PyUnpackIterator(PyStruct s, byte[] data) : base(UnpackIteratorType)
    {
        _struct = s;
        _data = data;
    }

    private static void InitType(PyType t)
    {
        t.New = (type, args, kw) => throw PyErr.TypeError("cannot create '_struct.unpack_iterator' instances");
        t.Iter = o => o;
        t.IterNext = o =>
        {
            var it = (PyUnpackIterator)o;
            if (it._index >= it._data.Length) return null;
            var r = it._struct.Unpack(it._data.AsSpan((int)it._index));
            it._index += it._struct.Size;
            return r;
        };
        TypeBuilder.Method(t, "__length_hint__", (self, args, kw) =>
        {
            ArgBinder.None("unpack_iterator.__length_hint__", args, kw);
            var it = (PyUnpackIterator)self!;
            return PyInt.FromLong((it._data.Length - it._index) / it._struct.Size);
        });
    }
}
