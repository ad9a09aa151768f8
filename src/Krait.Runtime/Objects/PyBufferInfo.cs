namespace Krait.Runtime;

/// <summary>What an exporter hands out (CPython's Py_buffer): the memory as an array segment, and how to read it
/// as items (struct-module format, item size, shape and strides in bytes).</summary>
public sealed class PyBufferInfo
{
    public required byte[] Array;
    /// <summary>Where item (0, 0, …) starts in <see cref="Array"/>.</summary>
    public required int Offset;
    /// <summary>The number of bytes the view covers (product(shape) * itemsize).</summary>
    public required int Length;
    public required bool ReadOnly;
    /// <summary>The object that owns the memory (memoryview.obj).</summary>
    public required PyObject Obj;
    public string Format = "B";
    public int ItemSize = 1;
    public int[] Shape = [];
    public int[] Strides = [];

    /// <summary>A one-dimensional unsigned-byte layout over <paramref name="length"/> bytes.</summary>
    public static PyBufferInfo Bytes(PyObject obj, byte[] array, int offset, int length, bool readOnly) => new()
    {
        Array = array, Offset = offset, Length = length, ReadOnly = readOnly, Obj = obj,
        Shape = [length], Strides = [1],
    };
}
