namespace Krait.Runtime;

/// <summary>_io.TextIOWrapper: str over a buffered binary stream (Modules/_io/textio.c): an encoding with an error
/// handler, newline translation, line buffering, write-through, and tell()/seek() cookies. UTF-8, Latin-1 and ASCII
/// are coded natively; other encodings go through the codecs module's incremental coders.</summary>
public sealed partial class PyTextIOWrapper : PyIOBase
{
    public static readonly PyType TextIOWrapperType = PyType.NewBuiltin("_io.TextIOWrapper", TextIOBaseType, TypeFlags.BaseType, InitType);

    private const int DefaultChunkSize = 8192;

    public PyObject Buffer = PyNone.Instance;
    /// <summary>The buffer when it is an exact builtin BufferedReader/Writer/Random: no Python calls needed.</summary>
    private PyBuffered? _bin;
    private bool _ok, _detached;
    public string Encoding = "utf-8";
    public string Errors = "strict";
    private PyObject _encodingObj = PyNone.Instance;
    private Codec? _native;
    private TextEncoder? _encoder;
    private TextDecoder? _decoder;
    private PyIncrementalNewlineDecoder? _nl; // universal newlines on read
    public bool LineBuffering;
    public bool WriteThrough;
    private string? _readnl;
    private string? _writenl; // null: no translation on write
    private bool _readuniversal, _readtranslate;
    private bool _seekable, _telling, _hasRead1;
    private bool _utf8Fast; // native UTF-8 encoder with an error handler that never sees surrogates from valid text
    internal int ChunkSize = DefaultChunkSize;

    // Decoded text not yet returned, and what tell() needs to rebuild the position.
    private string _decoded = "";
    private int _decodedUsed; // chars (UTF-16) of _decoded already returned
    private (long Flags, byte[] Input)? _snapshot;
    private double _b2cratio;

    // Encoded text not yet passed to the buffer (pending_bytes).
    private byte[] _pend = new byte[DefaultChunkSize];
    private int _pendLen;

    public PyTextIOWrapper(PyType type) : base(type) { }

    internal override bool HasNativeClosed => _bin is not null && _bin.HasNativeClosed && !Type.IsHeapType && _ok;
    internal override bool NativeClosed => _bin!.NativeClosed;

    internal bool Detached => _detached;

    internal void CheckAttached()
    {
        if (_ok) return;
        if (_detached) throw PyErr.ValueError("underlying buffer has been detached");
        throw PyErr.ValueError("I/O operation on uninitialized object");
    }

    public bool IsClosed
    {
        get
        {
            if (_bin is not null && _bin.HasNativeClosed) return _bin.NativeClosed;
            return Ops.IsTrue(Ops.GetAttr(Buffer, "closed"));
        }
    }

    /// <summary>CHECK_CLOSED: the stream's own `closed` for subclasses, the buffer's otherwise.</summary>
    private void CheckOpen()
    {
        bool closed = ReferenceEquals(Type, TextIOWrapperType) ? IsClosed : Ops.IsTrue(Ops.GetAttr(this, "closed"));
        if (closed) throw IOTypes.ClosedFile();
    }

    /// <summary>TextIOWrapper.__init__.</summary>
    internal void Initialize(PyObject buffer, string? encoding, string? errors, string? newline, bool lineBuffering, bool writeThrough)
    {
        _ok = false;
        _detached = false;
        if (newline is not null and not ("" or "\n" or "\r" or "\r\n")) throw PyErr.ValueError($"illegal newline value: {newline}");
        if (encoding is null || encoding == "locale") encoding = LocaleEncoding();
        Encoding = encoding;
        _encodingObj = new PyStr(encoding);
        errors ??= "strict";
        Errors = errors;
        _native = CodecNames.TryLookup(encoding, out var c) && c is Codec.Utf8 or Codec.Latin1 or Codec.Ascii ? c : null;
        if (_native is null) CheckTextEncoding(encoding);
        Buffer = buffer;
        _bin = buffer is PyBuffered b && !b.Type.IsHeapType ? b : null;
        SetNewline(newline);
        LineBuffering = lineBuffering;
        WriteThrough = writeThrough;
        ChunkSize = DefaultChunkSize;
        _decoded = ""; _decodedUsed = 0; _snapshot = null; _pendLen = 0;
        _encoder = null; _decoder = null; _nl = null;

        bool readable = _bin is not null ? _bin.IsReadable : Ops.IsTrue(Ops.CallMethod(buffer, "readable", []));
        if (readable) SetupDecoder();
        bool writable = _bin is not null ? _bin.IsWritable : Ops.IsTrue(Ops.CallMethod(buffer, "writable", []));
        if (writable) _encoder = TextEncoder.Create(encoding, errors, _native);
        _utf8Fast = _native == Codec.Utf8 && _encoder is not null;
        _seekable = _telling = Ops.IsTrue(Ops.CallMethod(buffer, "seekable", []));
        _hasRead1 = _bin is not null || Ops.TryGetAttr(buffer, PyStr.Intern("read1")) is not null;
        _ok = true;
        // A stream opened in the middle: don't write a BOM again (for the codecs that have one).
        if (_seekable && _encoder is not null && _native is null)
        {
            var pos = Ops.CallMethod(buffer, "tell", []);
            if (!(pos is PyInt pi && pi.TryGetLong(out long p) && p == 0)) _encoder.SetStateZero();
        }
    }

    private void SetupDecoder()
    {
        _decoder = TextDecoder.Create(Encoding, Errors, _native);
        _nl = _readuniversal ? new PyIncrementalNewlineDecoder(null, _readtranslate) : null;
    }

    private void SetNewline(string? newline)
    {
        _readnl = newline;
        _readuniversal = newline is null or "";
        _readtranslate = newline is null;
        _writenl = newline is null ? null : newline is "" or "\n" ? null : newline;
    }

    /// <summary>The encoding used when none is given: UTF-8 mode under the C/POSIX locale, else the locale's.</summary>
    internal static string LocaleEncoding() => StdStreams.Utf8Mode ? "utf-8" : "UTF-8";

    private static void CheckTextEncoding(string encoding)
    {
        string norm = CodecNames.Normalize(encoding);
        var codecs = IOTypes.Import("codecs");
        var info = Ops.CallMethod(codecs, "lookup", [new PyStr(encoding)]);
        if (Ops.TryGetAttr(info, PyStr.Intern("_is_text_encoding")) is { } t && !Ops.IsTrue(t))
            throw PyErr.New(PyExc.LookupError, $"'{encoding}' is not a text encoding; use codecs.open() to handle arbitrary codecs");
        _ = norm;
    }

    // ---- writing ----

    /// <summary>TextIOWrapper.write(s): the number of code points written.</summary>
    public long Write(PyObject arg)
    {
        CheckAttached();
        if (arg is not PyStr s) throw PyErr.TypeError($"write() argument must be str, not {arg.Type.Name}");
        CheckOpen();
        if (_encoder is null) throw IOTypes.Unsupported("not writable");
        string text = s.Value;
        bool hasLf = text.Contains('\n');
        PyStr str = s;
        if (hasLf && _writenl is not null)
        {
            text = text.Replace("\n", _writenl);
            str = new PyStr(text);
        }
        bool needFlush = LineBuffering && (hasLf || text.Contains('\r'));
        if (_utf8Fast && text.Length * 3 <= _pend.Length - _pendLen && !Utf8Codec.HasSurrogates(text))
            _pendLen += System.Text.Encoding.UTF8.GetBytes(text, _pend.AsSpan(_pendLen));
        else
        {
            byte[] bytes = _encoder.Encode(str);
            if (_pendLen + bytes.Length > _pend.Length) WriteFlush();
            if (bytes.Length >= _pend.Length) WriteToBuffer(bytes);
            else
            {
                bytes.CopyTo(_pend, _pendLen);
                _pendLen += bytes.Length;
            }
        }
        if (_pendLen >= ChunkSize || needFlush || WriteThrough) WriteFlush();
        if (needFlush) FlushBuffer();
        if (_decoder is not null)
        {
            // Written text invalidates what was read ahead.
            _decoded = ""; _decodedUsed = 0; _snapshot = null;
            ResetDecoder();
        }
        return s.Length;
    }

    private void WriteToBuffer(ReadOnlySpan<byte> bytes)
    {
        if (_bin is not null) _bin.Write(bytes);
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
        if (_bin is not null) _bin.Flush();
        else Ops.CallMethod(Buffer, "flush", []);
    }

    public void Flush()
    {
        CheckAttached();
        CheckOpen();
        _telling = _seekable;
        WriteFlush();
        FlushBuffer();
    }

    public void Close()
    {
        CheckAttached();
        if (IsClosed) return;
        PythonException? flushErr = null;
        try
        {
            if (ReferenceEquals(Type, TextIOWrapperType)) Flush();
            else Ops.CallMethod(this, "flush", []);
        }
        catch (PythonException e) { flushErr = e; }
        try
        {
            if (_bin is not null) _bin.Close();
            else Ops.CallMethod(Buffer, "close", []);
        }
        catch (PythonException e)
        {
            if (flushErr is not null) e.Value.Context = flushErr.Value;
            throw;
        }
        if (flushErr is not null) throw flushErr;
    }

    /// <summary>detach(): flushes and hands back the buffer; the wrapper is unusable afterwards.</summary>
    internal PyObject Detach()
    {
        CheckAttached();
        Ops.CallMethod(this, "flush", []);
        var b = Buffer;
        Buffer = PyNone.Instance;
        _bin = null;
        _ok = false;
        _detached = true;
        return b;
    }

    internal string? NewlineArg => _readnl;
    internal PyBuffered? BinaryBuffer => _bin;

    /// <summary>reconfigure(): encoding/errors/newline only before the first read; then line_buffering, write_through.</summary>
    internal void Reconfigure(PyObject? encoding, PyObject? errors, PyObject? newline, PyObject? lineBuffering, PyObject? writeThrough)
    {
        CheckAttached();
        if (_decoder is not null && (encoding is not null && encoding is not PyNone || errors is not null && errors is not PyNone || newline is not null)
            && (_decodedUsed > 0 || _decoded.Length > 0 || _snapshot is not null))
            throw IOTypes.Unsupported("It is not possible to set the encoding or newline of stream after the first read");
        string? enc = encoding switch
        {
            null or PyNone => null,
            PyStr es => es.Value,
            _ => throw PyErr.TypeError($"reconfigure() argument 'encoding' must be str or None, not {encoding.Type.Name}"),
        };
        string? err = errors switch
        {
            null or PyNone => null,
            PyStr es => es.Value,
            _ => throw PyErr.TypeError($"reconfigure() argument 'errors' must be str or None, not {errors.Type.Name}"),
        };
        string? nl = _readnl;
        if (newline is not null)
        {
            if (newline is PyNone) nl = null;
            else if (newline is PyStr ns)
            {
                if (ns.Value is not ("" or "\n" or "\r" or "\r\n")) throw PyErr.ValueError($"illegal newline value: {ns.Value}");
                nl = ns.Value;
            }
            else throw PyErr.TypeError($"reconfigure() argument 'newline' must be str or None, not {newline.Type.Name}");
        }
        Ops.CallMethod(this, "flush", []);
        if (enc is not null || err is not null)
        {
            if (enc is not null)
            {
                if (enc == "locale") enc = LocaleEncoding();
                var native = CodecNames.TryLookup(enc, out var c) && c is Codec.Utf8 or Codec.Latin1 or Codec.Ascii ? c : (Codec?)null;
                if (native is null) CheckTextEncoding(enc);
                Encoding = enc;
                _native = native;
                err ??= "strict";
            }
            Errors = err ?? Errors;
            if (_encoder is not null) _encoder = TextEncoder.Create(Encoding, Errors, _native);
            _utf8Fast = _native == Codec.Utf8 && _encoder is not null;
        }
        if (newline is not null) SetNewline(nl);
        if (_decoder is not null && (enc is not null || err is not null || newline is not null)) SetupDecoder();
        if (lineBuffering is not null and not PyNone) LineBuffering = Ops.IsTrue(lineBuffering);
        if (writeThrough is not null and not PyNone) WriteThrough = Ops.IsTrue(writeThrough);
    }
}
