namespace Krait.Runtime;

/// <summary>sys.getsizeof's numbers for Krait's objects: the managed size of the object and the arrays it owns
/// on 64-bit .NET (16-byte object header, 8-byte references, 24-byte array header). These differ from CPython's
/// (docs/differences.md); what stays true is that bigger containers and longer strings report more. As in
/// CPython, objects referred to (an instance's __dict__, a list's items) are not included.</summary>
internal static class KraitSizes
{
    private const long Header = 16, Ref = 8, ArrayHeader = 24;
    /// <summary>Every PyObject has its Type field.</summary>
    private const long Base = Header + Ref;

    public static long SizeOf(PyObject o) => o switch
    {
        PyBool => Base + 16,
        // The word; a big value adds its BigInteger (sign and digits array) and the array.
        PyInt i => Base + 8 + (i.IsBig ? 16 + ArrayHeader + i.ToBigInteger().GetByteCount() : 0) + SubclassDict(o),
        PyFloat => Base + 8 + SubclassDict(o),
        PyComplex => Base + 16 + SubclassDict(o),
        PyStr s => Base + 8 + 4 + 22 + 2L * s.Value.Length + SubclassDict(o),
        PyBytes b => Base + Ref + ArrayHeader + b.Value.Length + SubclassDict(o),
        PyTuple t => Base + Ref + ArrayHeader + Ref * t.Count + SubclassDict(o),
        PyList l => Base + Ref + 4 + ArrayHeader + Ref * l.Capacity + SubclassDict(o),
        PyDict d => Base + 64 + ArrayHeader * 2 + d.Count * (Ref * 3) + SubclassDict(o),
        PySetBase s => Base + 48 + ArrayHeader + s.Count * (Ref * 2) + SubclassDict(o),
        // dict and members references, and the members array when the class has __slots__.
        PyInstance inst => Base + 2 * Ref + (inst.Members is { } m ? ArrayHeader + Ref * m.Length : 0),
        PyRange or PySlice => Base + 3 * Ref,
        PyCell => Base + Ref,
        PyMethod => Base + 2 * Ref,
        PyWeakref => Base + 3 * Ref + 8,
        PyWeakrefBase => Base + 2 * Ref,
        PyModule => Base + Ref,
        // code, globals, builtins, name, qualname, defaults, kwdefaults, closure, doc, module, annotations, dict.
        PyFunction => Base + 12 * Ref,
        // The slot table (about 60 delegates and arrays), names, bases, MRO, dict and flags.
        PyType => Base + 80 * Ref,
        _ => Base + Ref,
    };

    /// <summary>An instance of a Python subclass of a builtin carries a reference to its dict.</summary>
    private static long SubclassDict(PyObject o) => o.Type.IsHeapType ? Ref : 0;
}
