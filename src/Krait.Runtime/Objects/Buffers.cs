namespace Krait.Runtime;

/// <summary>Helpers for arguments that must be bytes-like objects (PyObject_GetBuffer with PyBUF_SIMPLE).</summary>
internal static class Buffers
{
    public static bool Is(PyObject o) => o is IPyBuffer;

    /// <summary>The bytes of a bytes-like object, or false when <paramref name="o"/> has no buffer.</summary>
    public static bool TryGet(PyObject o, out ReadOnlySpan<byte> span)
    {
        switch (o)
        {
            case PyBytes b: span = b.Value; return true;
            case PyByteArray a: span = a.AsSpan(); return true;
            case IPyBuffer p: span = p.AsReadOnlySpan(); return true;
            default: span = default; return false;
        }
    }

    /// <summary>The bytes of a bytes-like object; "a bytes-like object is required, not 'str'" otherwise.</summary>
    public static ReadOnlySpan<byte> Get(PyObject o) => TryGet(o, out var s) ? s : throw Required(o);

    public static byte[] ToArray(PyObject o) => Get(o).ToArray();

    /// <summary>Any buffer's bytes in C order, copying a non-contiguous memoryview (PyBUF_FULL_RO requests, as
    /// bytes(x) and bytearray(x) make).</summary>
    public static bool TryGetAny(PyObject o, out ReadOnlySpan<byte> span)
    {
        if (o is PyMemoryView m) { span = m.ContiguousBytes(); return true; }
        return TryGet(o, out span);
    }

    /// <summary>TryGet for operators that turn any failure to get the buffer into their own TypeError
    /// (bytes_concat: "can't concat memoryview to bytes" for a released view).</summary>
    public static bool TryGetQuiet(PyObject o, out ReadOnlySpan<byte> span)
    {
        try { return TryGet(o, out span); }
        catch (PythonException) { span = default; return false; }
    }

    public static PythonException Required(PyObject o) =>
        PyErr.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");
}
