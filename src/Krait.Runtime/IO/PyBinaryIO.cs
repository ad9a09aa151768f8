namespace Krait.Runtime;

/// <summary>What Krait's own binary streams (_io.FileIO, _io.Buffered*) offer to a text wrapper without going
/// through Python method calls.</summary>
public abstract class PyBinaryIO(PyType type) : PyObject(type)
{
    public abstract bool IsClosed { get; }
    public abstract bool CanRead { get; }
    public abstract bool CanWrite { get; }
    public abstract PyObject NameObject { get; }
    public abstract int FileNo { get; }
    public virtual bool Seekable => false;

    public abstract void WriteBytes(ReadOnlySpan<byte> data);
    /// <summary>Reads up to <c>dest.Length</c> bytes; 0 at end of file.</summary>
    public abstract int ReadBytes(Span<byte> dest);
    public abstract void FlushBytes();
    public abstract void CloseStream();

    public static PythonException ClosedError() => PyErr.ValueError("I/O operation on closed file.");

    internal void CheckOpen()
    {
        if (IsClosed) throw ClosedError();
    }

    internal void CheckWritable()
    {
        CheckOpen();
        if (!CanWrite) throw IOTypes.Unsupported("write");
    }

    internal void CheckReadable()
    {
        CheckOpen();
        if (!CanRead) throw IOTypes.Unsupported("read");
    }

    /// <summary>All the bytes up to end of file.</summary>
    public byte[] ReadAll()
    {
        var ms = new MemoryStream();
        var buf = new byte[8192];
        int n;
        while ((n = ReadBytes(buf)) > 0) ms.Write(buf, 0, n);
        return ms.ToArray();
    }

    /// <summary>The bytes of a bytes-like argument (bytes for now; bytearray/memoryview when they exist).</summary>
    internal static byte[] BytesLike(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        _ => throw PyErr.TypeError($"a bytes-like object is required, not '{o.Type.Name}'"),
    };

    /// <summary>The optional size argument of read()/readline(): None or an int, -1 meaning "all".</summary>
    internal static long SizeArg(ReadOnlySpan<PyObject> args, bool noneOnly = true)
    {
        if (args.Length == 0 || args[0] is PyNone) return -1;
        if (noneOnly && args[0].Type.Index is null)
            throw PyErr.TypeError($"argument should be integer or None, not '{args[0].Type.Name}'");
        return Ops.AsSsize(args[0], PyExc.OverflowError);
    }
}
