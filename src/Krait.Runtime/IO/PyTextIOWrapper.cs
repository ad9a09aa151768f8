using System.Text;

namespace Krait.Runtime;

/// <summary>_io.TextIOWrapper: str over a binary stream, UTF-8 with an error handler, newline translation,
/// line buffering and write-through (Modules/_io/textio.c).</summary>
public sealed partial class PyTextIOWrapper : PyObject
{
    public static readonly PyType TextIOWrapperType = PyType.NewBuiltin("_io.TextIOWrapper", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private const int ChunkSize = 8192;

    public PyObject Buffer;
    /// <summary>The buffer when it is one of Krait's own binary streams (no Python calls needed).</summary>
    private PyBinaryIO? _bin;
    public string Encoding = "utf-8";
    public string Errors;
    public bool LineBuffering;
    public bool WriteThrough;
    /// <summary>The newline argument: null (universal, translate), "" (universal, untranslated), "\n", "\r", "\r\n".</summary>
    private string? _newline;
    private PyDict? _dict;
    private bool _detached;

    // Decoded text not yet returned by read()/readline(), and bytes that end in an incomplete sequence.
    private string _pending = "";
    private int _pendingPos;
    private byte[] _undecoded = [];
    private bool _eof;
    private bool _pendingCr; // universal-newline translation saw '\r' at the end of a chunk

    public PyTextIOWrapper(PyObject buffer, string errors, string? newline, bool lineBuffering, bool writeThrough)
        : base(TextIOWrapperType)
    {
        Buffer = buffer;
        _bin = buffer as PyBinaryIO;
        Errors = errors;
        _newline = newline;
        LineBuffering = lineBuffering;
        WriteThrough = writeThrough;
    }

    public override PyDict? Dict { get => _dict ??= new PyDict(); set => _dict = value; }

    public bool IsClosed => _bin is not null ? _bin.IsClosed : Ops.IsTrue(Ops.GetAttr(Buffer, "closed"));

    private void CheckAttached()
    {
        if (_detached) throw PyErr.ValueError("underlying buffer has been detached");
    }

    private void CheckOpen()
    {
        CheckAttached();
        if (IsClosed) throw PyBinaryIO.ClosedError();
    }

    // Encoded text not yet passed to the buffer (CPython's pending_bytes): flushed when a chunk fills up, on
    // flush(), with line buffering at a newline, and at once with write_through.
    private readonly byte[] _pend = new byte[ChunkSize];
    private int _pendLen;

    /// <summary>TextIOWrapper.write(s): returns the number of code points written.</summary>
    public long Write(PyObject arg)
    {
        CheckOpen();
        if (arg is not PyStr s) throw PyErr.TypeError($"write() argument must be str, not {arg.Type.Name}");
        if (_bin is not null && !_bin.CanWrite) throw IOTypes.Unsupported("write");
        string text = s.Value;
        bool hasLf = text.Contains('\n');
        if (hasLf && _newline is "\r" or "\r\n") text = text.Replace("\n", _newline);
        bool needFlush = LineBuffering && (hasLf || text.Contains('\r'));
        if (text.Length * 3 <= ChunkSize - _pendLen && !Utf8Codec.HasSurrogates(text))
            _pendLen += System.Text.Encoding.UTF8.GetBytes(text, _pend.AsSpan(_pendLen));
        else
        {
            byte[] bytes = Utf8Codec.Encode(text, Errors);
            if (_pendLen + bytes.Length > ChunkSize) WriteFlush();
            if (bytes.Length >= ChunkSize) WriteToBuffer(bytes);
            else
            {
                bytes.CopyTo(_pend, _pendLen);
                _pendLen += bytes.Length;
            }
        }
        if (_pendLen >= ChunkSize || needFlush || WriteThrough) WriteFlush();
        if (needFlush) FlushBuffer();
        return s.Length;
    }

    private void WriteToBuffer(ReadOnlySpan<byte> bytes)
    {
        if (_bin is not null) _bin.WriteBytes(bytes);
        else Ops.CallMethod(Buffer, "write", [new PyBytes(bytes.ToArray())]);
    }

    /// <summary>Passes the pending encoded text to the buffer (_textiowrapper_writeflush).</summary>
    private void WriteFlush()
    {
        if (_pendLen == 0) return;
        int n = _pendLen;
        _pendLen = 0;
        WriteToBuffer(_pend.AsSpan(0, n));
    }

    private void FlushBuffer()
    {
        if (_bin is not null) _bin.FlushBytes();
        else Ops.CallMethod(Buffer, "flush", []);
    }

    public void Flush()
    {
        CheckOpen();
        WriteFlush();
        FlushBuffer();
    }

    public void Close()
    {
        CheckAttached();
        if (IsClosed) return;
        try { Flush(); }
        finally
        {
            if (_bin is not null) _bin.CloseStream();
            else Ops.CallMethod(Buffer, "close", []);
        }
    }

    // ---- reading ----

    private int ReadRaw(Span<byte> dest)
    {
        if (_bin is not null) return _bin.ReadBytes(dest);
        var r = Ops.CallMethod(Buffer, "read1", [PyInt.FromLong(dest.Length)]);
        var b = PyBinaryIO.BytesLike(r);
        b.CopyTo(dest);
        return b.Length;
    }

    /// <summary>Decodes one more chunk into the pending text; false at end of file.</summary>
    private bool ReadChunk()
    {
        if (_eof) return false;
        var buf = new byte[_undecoded.Length + ChunkSize];
        _undecoded.CopyTo(buf, 0);
        int n = ReadRaw(buf.AsSpan(_undecoded.Length));
        int total = _undecoded.Length + n;
        bool final = n == 0;
        string text = Utf8Codec.Decode(buf.AsSpan(0, total), Errors, final, out int consumed);
        _undecoded = buf[consumed..total];
        if (final) _eof = true;
        if (_newline is null) text = TranslateNewlines(text, final);
        string rest = _pendingPos < _pending.Length ? _pending[_pendingPos..] : "";
        _pending = rest + text;
        _pendingPos = 0;
        return !final || text.Length > 0;
    }

    private string TranslateNewlines(string text, bool final)
    {
        if (_pendingCr) { text = "\r" + text; _pendingCr = false; }
        if (!final && text.EndsWith('\r')) { _pendingCr = true; text = text[..^1]; }
        if (text.IndexOf('\r') < 0) return text;
        return text.Replace("\r\n", "\n").Replace('\r', '\n');
    }

    private void CheckReadable()
    {
        CheckOpen();
        WriteFlush();
        if (_bin is not null && !_bin.CanRead) throw IOTypes.Unsupported("read");
    }

    public string Read(long size)
    {
        CheckReadable();
        if (size < 0)
        {
            while (ReadChunk()) { }
            string all = _pending[_pendingPos..];
            _pending = ""; _pendingPos = 0;
            return all;
        }
        while (CodePointsAvailable(size) < size && ReadChunk()) { }
        int end = AdvanceCodePoints(_pendingPos, size);
        string r = _pending[_pendingPos..end];
        _pendingPos = end;
        return r;
    }

    private long CodePointsAvailable(long want)
    {
        long n = 0;
        for (int i = _pendingPos; i < _pending.Length && n < want; i++)
        {
            if (char.IsHighSurrogate(_pending[i]) && i + 1 < _pending.Length && char.IsLowSurrogate(_pending[i + 1])) i++;
            n++;
        }
        return n;
    }

    private int AdvanceCodePoints(int i, long count)
    {
        for (; i < _pending.Length && count > 0; count--)
        {
            if (char.IsHighSurrogate(_pending[i]) && i + 1 < _pending.Length && char.IsLowSurrogate(_pending[i + 1])) i += 2;
            else i++;
        }
        return i;
    }

    /// <summary>readline(size): up to and including the line terminator; "" at end of file.</summary>
    public string ReadLine(long limit)
    {
        CheckReadable();
        int searchFrom = _pendingPos;
        while (true)
        {
            int end = FindLineEnd(searchFrom, out bool needMore);
            if (end >= 0 && !needMore) return TakeLine(end, limit);
            if (limit >= 0 && CodePointsAvailable(limit) >= limit) return TakeLine(end >= 0 ? end : _pending.Length, limit);
            int scanned = _pending.Length - _pendingPos;
            if (!ReadChunk()) return TakeLine(end >= 0 ? end : _pending.Length, limit);
            searchFrom = _pendingPos + Math.Max(0, scanned - 1);
        }
    }

    private string TakeLine(int end, long limit)
    {
        if (limit >= 0) end = Math.Min(end, AdvanceCodePoints(_pendingPos, limit));
        string r = _pending[_pendingPos..end];
        _pendingPos = end;
        if (_pendingPos == _pending.Length) { _pending = ""; _pendingPos = 0; }
        return r;
    }

    /// <summary>The index just past the first line terminator at or after <paramref name="from"/>, or -1.
    /// <paramref name="needMore"/>: a '\r' at the very end whose '\n' may follow in the next chunk.</summary>
    private int FindLineEnd(int from, out bool needMore)
    {
        needMore = false;
        switch (_newline)
        {
            case null:
            case "\n":
            {
                int i = _pending.IndexOf('\n', from);
                return i < 0 ? -1 : i + 1;
            }
            case "\r\n":
            {
                int i = _pending.IndexOf("\r\n", from, StringComparison.Ordinal);
                return i < 0 ? -1 : i + 2;
            }
            case "\r":
            {
                int i = _pending.IndexOf('\r', from);
                return i < 0 ? -1 : i + 1;
            }
            default: // "": universal newlines, untranslated
            {
                int i = _pending.IndexOfAny(['\r', '\n'], from);
                if (i < 0) return -1;
                if (_pending[i] == '\n') return i + 1;
                if (i + 1 < _pending.Length) return _pending[i + 1] == '\n' ? i + 2 : i + 1;
                needMore = !_eof;
                return i + 1;
            }
        }
    }

    public override string ToString() => "TextIOWrapper";

    internal static string Tn => "TextIOWrapper";

    internal static StringBuilder ReprBuilder(PyTextIOWrapper w)
    {
        var sb = new StringBuilder("<_io.TextIOWrapper");
        try
        {
            if (Ops.TryGetAttr(w, PyStr.Intern("name")) is { } name) sb.Append(" name=").Append(Ops.Repr(name).Value);
        }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.Exception)) { }
        if (w._dict?.GetItemStr(PyStr.Intern("mode")) is { } mode) sb.Append(" mode=").Append(Ops.Repr(mode).Value);
        sb.Append(" encoding='").Append(w.Encoding).Append("'>");
        return sb;
    }

    /// <summary>Detaches the buffer (TextIOWrapper.detach()).</summary>
    internal PyObject Detach()
    {
        CheckAttached();
        Flush();
        _detached = true;
        var b = Buffer;
        return b;
    }

    internal void SetNewline(string? nl) => _newline = nl;
    internal string? NewlineArg => _newline;
    internal PyBinaryIO? BinaryBuffer => _bin;
    internal bool Detached => _detached;
}
