namespace Krait.Runtime;

/// <summary>_io.FileIO: raw, unbuffered bytes over a .NET stream (a file descriptor in CPython).</summary>
public sealed class PyFileIO : PyBinaryIO
{
    public static readonly PyType FileIOType = PyType.NewBuiltin("_io.FileIO", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private Stream? _stream;
    private readonly int _fd;
    private readonly bool _closefd;
    private readonly bool _readable, _writable;
    private readonly string _mode;
    private PyObject _name;

    public PyFileIO(Stream stream, int fd, PyObject name, string mode, bool closefd) : base(FileIOType)
    {
        _stream = stream; _fd = fd; _name = name; _mode = mode; _closefd = closefd;
        _readable = mode.Contains('r') || mode.Contains('+');
        _writable = mode.Contains('w') || mode.Contains('a') || mode.Contains('x') || mode.Contains('+');
    }

    public override bool IsClosed => _stream is null;
    public override bool CanRead => _readable;
    public override bool CanWrite => _writable;
    public override PyObject NameObject => _name;
    public override int FileNo => _fd;
    public string Mode => _mode;
    public override bool Seekable => _stream is { CanSeek: true } || (_fd >= 0 && IOTypes.IsSeekable(_fd));
    public Stream? Stream => _stream;

    public override void WriteBytes(ReadOnlySpan<byte> data)
    {
        CheckWritable();
        try { _stream!.Write(data); }
        catch (IOException e) { throw IOTypes.OSErrorFrom(e); }
    }

    public override int ReadBytes(Span<byte> dest)
    {
        CheckReadable();
        try { return _stream!.Read(dest); }
        catch (IOException e) { throw IOTypes.OSErrorFrom(e); }
    }

    public override void FlushBytes()
    {
        if (_stream is null) return;
        try { _stream.Flush(); }
        catch (IOException e) { throw IOTypes.OSErrorFrom(e); }
    }

    public override void CloseStream()
    {
        var s = _stream;
        if (s is null) return;
        _stream = null;
        if (_closefd) s.Dispose();
        else try { s.Flush(); } catch (IOException) { }
    }

    private static void InitType(PyType t)
    {
        t.Repr = o =>
        {
            var f = (PyFileIO)o;
            if (f.IsClosed) return new PyStr("<_io.FileIO [closed]>");
            return new PyStr($"<_io.FileIO name={Ops.Repr(f._name).Value} mode='{f._mode}' closefd={(f._closefd ? "True" : "False")}>");
        };
        IOTypes.AddBinaryMethods(t);
        TypeBuilder.GetSet(t, "mode", o => new PyStr(((PyFileIO)o)._mode), null);
        TypeBuilder.GetSet(t, "closefd", o => PyBool.From(((PyFileIO)o)._closefd), null);
        TypeBuilder.GetSet(t, "name", o => ((PyFileIO)o)._name, (o, v) => ((PyFileIO)o)._name = v ?? throw PyErr.AttributeError("can't delete attribute"));
        TypeBuilder.Method(t, "readall", (self, args, kw) =>
        {
            ArgBinder.None("readall", args, kw);
            return new PyBytes(((PyFileIO)self!).ReadAll());
        });
    }
}
