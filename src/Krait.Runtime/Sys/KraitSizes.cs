namespace Krait.Runtime;

/// <summary>sys.getsizeof's numbers for Krait's objects: the managed size of the object and the arrays it owns
/// on 64-bit .NET (16-byte object header, 8-byte references, 24-byte array header). These differ from CPython's
/// (docs/differences.md); what stays true is that bigger containers and longer strings report more.</summary>
internal static class KraitSizes
{
    private const long Header = 16, Ref = 8, ArrayHeader = 24;
    /// <summary>Every PyObject has its Type field.</summary>
    private const long Base = Header + Ref;

    public static long SizeOf(PyObject o) => o switch
    {
        PyBool => Base + 16,
        PyInt i => Base + 16 + (i.IsBig ? ArrayHeader + i.ToBigInteger().GetByteCount() : 0),
        PyFloat => Base + 8,
        PyStr s => Base + 8 + 4 + 22 + 2L * s.Value.Length,
        PyBytes b => Base + Ref + ArrayHeader + b.Value.Length,
        PyTuple t => Base + Ref + ArrayHeader + Ref * t.Count,
        PyList l => Base + Ref + 4 + ArrayHeader + Ref * l.Count,
        PyDict d => Base + 64 + ArrayHeader * 2 + d.Count * (Ref * 3),
        PySetBase s => Base + 48 + ArrayHeader + s.Count * (Ref * 2),
        _ => Base + Ref,
    };
}
