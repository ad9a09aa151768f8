namespace Krait.Runtime;

/// <summary>The _io module (Modules/_io/_iomodule.c): the stream classes, open(), open_code(), text_encoding().
/// builtins.open is this module's open.</summary>
public static class IOModule
{
    private static PyModule? s_module;
    private static PyBuiltinFunction? s_open;

    public static PyModule Module => s_module ??= Create();

    /// <summary>_io.open (also builtins.open and io.open).</summary>
    public static PyBuiltinFunction OpenFunction => s_open ??= new PyBuiltinFunction("open", Open, null) { Module = "io" };

    private static PyModule Create()
    {
        var m = new PyModule("_io", "The io module provides the Python interfaces to stream handling. The\nbuiltin open function is defined in this module.\n\nAt the top of the I/O hierarchy is the abstract base class IOBase. It\ndefines the basic interface to a stream. Note, however, that there is no\nseparation between reading and writing to streams; implementations are\nallowed to raise an OSError if they do not support a given operation.\n\nExtending IOBase is RawIOBase which deals simply with the reading and\nwriting of raw bytes to a stream. FileIO subclasses RawIOBase to provide\nan interface to OS files.\n\nBufferedIOBase deals with buffering on a raw byte stream (RawIOBase). Its\nsubclasses, BufferedWriter, BufferedReader, and BufferedRWPair buffer\nstreams that are readable, writable, and both respectively.\nBufferedRandom provides a buffered interface to random access\nstreams. BytesIO is a simple stream of in-memory bytes.\n\nAnother IOBase subclass, TextIOBase, deals with the encoding and decoding\nof streams into text. TextIOWrapper, which extends it, is a buffered text\ninterface to a buffered raw stream (`BufferedIOBase`). Finally, StringIO\nis an in-memory stream for text.\n\nArgument names are not part of the specification, and only the arguments\nof open() are intended to be used as keyword arguments.\n\ndata:\n\nDEFAULT_BUFFER_SIZE\n\n   An int containing the default buffer size used by the module's buffered\n   I/O classes. open() uses the file's blksize (as obtained by os.stat) if\n   possible.\n");
        m.Add("DEFAULT_BUFFER_SIZE", PyInt.FromLong(IOTypes.DefaultBufferSize));
        m.Add("UnsupportedOperation", IOTypes.UnsupportedOperation);
        m.Add("BlockingIOError", PyExc.BlockingIOError);
        m.Add("_IOBase", PyIOBase.IOBaseType);
        m.Add("_RawIOBase", PyIOBase.RawIOBaseType);
        m.Add("_BufferedIOBase", PyIOBase.BufferedIOBaseType);
        m.Add("_TextIOBase", PyIOBase.TextIOBaseType);
        m.Add("FileIO", PyFileIO.FileIOType);
        m.Add("BytesIO", PyBytesIO.BytesIOType);
        m.Add("StringIO", PyStringIO.StringIOType);
        m.Add("BufferedReader", PyBuffered.BufferedReaderType);
        m.Add("BufferedWriter", PyBuffered.BufferedWriterType);
        m.Add("BufferedRandom", PyBuffered.BufferedRandomType);
        m.Add("BufferedRWPair", PyBufferedRWPair.BufferedRWPairType);
        m.Add("TextIOWrapper", PyTextIOWrapper.TextIOWrapperType);
        m.Add("IncrementalNewlineDecoder", PyIncrementalNewlineDecoder.Type_);
        m.Add("open", OpenFunction);
        m.Add("open_code", new PyBuiltinFunction("open_code", OpenCode, m) { Module = "io" });
        m.Add("text_encoding", new PyBuiltinFunction("text_encoding", TextEncoding, m) { Module = "io" });
        return m;
    }

    private static readonly string[] s_openNames = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"];

    private static string? OptStr(PyObject? o, string name) => o switch
    {
        null or PyNone => null,
        PyStr s => s.Value,
        _ => throw PyErr.TypeError($"open() argument '{name}' must be str or None, not {o.Type.Name}"),
    };

    /// <summary>PyNumber_Check.</summary>
    private static bool IsNumber(PyObject o) =>
        o.Type.Index is not null || o.Type.Int is not null || o.Type.Float is not null || o is PyComplex;

    /// <summary>open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None).</summary>
    private static PyObject Open(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> v = new PyObject?[8];
        ArgBinder.Bind("open", args, kw, s_openNames, 0, 8, 1, v);
        var file = v[0]!;
        string mode = v[1] is null ? "r" : v[1] is PyStr ms ? ms.Value : throw PyErr.TypeError($"open() argument 'mode' must be str, not {v[1]!.Type.Name}");
        long buffering = -1;
        if (v[2] is not null)
        {
            if (v[2] is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
            buffering = Ops.AsSsize(v[2]!, PyExc.OverflowError);
        }
        string? encoding = OptStr(v[3], "encoding"), errors = OptStr(v[4], "errors"), newline = OptStr(v[5], "newline");
        bool closefd = true;
        if (v[6] is not null)
        {
            if (v[6] is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
            closefd = Ops.AsSsize(v[6]!, PyExc.OverflowError) != 0;
        }
        return OpenImpl(file, mode, buffering, encoding, errors, newline, closefd, v[7]);
    }

    internal static PyObject OpenImpl(PyObject file, string mode, long buffering, string? encoding, string? errors, string? newline,
        bool closefd, PyObject? opener)
    {
        bool isNumber = IsNumber(file);
        var pathOrFd = file;
        if (!isNumber)
        {
            if (file is not PyStr and not PyBytes)
            {
                var fs = Ops.LookupSpecial(file, "__fspath__");
                if (fs is null) throw PyErr.TypeError($"expected str, bytes or os.PathLike object, not {file.Type.Name}");
                pathOrFd = Ops.Call(fs, []);
                if (pathOrFd is not PyStr and not PyBytes)
                    throw PyErr.TypeError($"expected {file.Type.Name}.__fspath__() to return str or bytes, not {pathOrFd.Type.Name}");
            }
        }

        bool creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
        for (int i = 0; i < mode.Length; i++)
        {
            char c = mode[i];
            switch (c)
            {
                case 'x': creating = true; break;
                case 'r': reading = true; break;
                case 'w': writing = true; break;
                case 'a': appending = true; break;
                case '+': updating = true; break;
                case 't': text = true; break;
                case 'b': binary = true; break;
                default: throw PyErr.ValueError($"invalid mode: '{mode}'");
            }
            if (mode.IndexOf(c, i + 1) >= 0) throw PyErr.ValueError($"invalid mode: '{mode}'");
        }
        string rawMode = (creating ? "x" : "") + (reading ? "r" : "") + (writing ? "w" : "") + (appending ? "a" : "") + (updating ? "+" : "");
        if (text && binary) throw PyErr.ValueError("can't have text and binary mode at once");
        if ((creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0) > 1)
            throw PyErr.ValueError("must have exactly one of create/read/write/append mode");
        if (binary && encoding is not null) throw PyErr.ValueError("binary mode doesn't take an encoding argument");
        if (binary && errors is not null) throw PyErr.ValueError("binary mode doesn't take an errors argument");
        if (binary && newline is not null) throw PyErr.ValueError("binary mode doesn't take a newline argument");
        if (binary && buffering == 1)
            WarningsModule.Warn(PyExc.RuntimeWarning, "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used", 1);

        var raw = new PyFileIO(PyFileIO.FileIOType);
        raw.InitFromOpen(pathOrFd, rawMode, closefd, opener);
        PyObject result = raw;
        try
        {
            bool lineBuffering = false;
            bool isatty = false;
            if (buffering < 0) isatty = IOTypes.IsATty(raw.Fd);
            if (buffering == 1 || isatty) { buffering = -1; lineBuffering = true; }
            if (buffering < 0) buffering = raw.BlkSize;
            if (buffering < 0) throw PyErr.ValueError("invalid buffering size");
            if (buffering == 0)
            {
                if (!binary) throw PyErr.ValueError("can't have unbuffered text I/O");
                return result;
            }
            PyType btype = updating ? PyBuffered.BufferedRandomType
                : creating || writing || appending ? PyBuffered.BufferedWriterType
                : reading ? PyBuffered.BufferedReaderType
                : throw PyErr.ValueError($"unknown mode: '{mode}'");
            if (buffering > int.MaxValue / 2) throw PyErr.New(PyExc.MemoryError);
            var buffer = new PyBuffered(btype, raw, (int)buffering);
            result = buffer;
            if (binary)
            {
                OpenFiles.Track(buffer, raw.CanWrite);
                OpenFiles.Finalizable(buffer);
                return buffer;
            }
            var wrapper = new PyTextIOWrapper(PyTextIOWrapper.TextIOWrapperType);
            wrapper.Initialize(buffer, encoding, errors, newline, lineBuffering, false);
            result = wrapper;
            wrapper.Dict!.SetItem(PyStr.Intern("mode"), new PyStr(mode));
            OpenFiles.Track(buffer, raw.CanWrite);
            OpenFiles.Track(wrapper, raw.CanWrite);
            OpenFiles.Finalizable(wrapper);
            return wrapper;
        }
        catch (PythonException)
        {
            try { Ops.CallMethod(result, "close", []); } catch (PythonException) { }
            throw;
        }
    }

    /// <summary>open_code(path): open(path, 'rb') for code the interpreter is asked to run.</summary>
    private static PyObject OpenCode(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> v = new PyObject?[1];
        ArgBinder.Bind("open_code", args, kw, ["path"], 0, 1, 1, v);
        if (v[0] is not PyStr) throw PyErr.TypeError($"open_code() argument 'path' must be str, not {v[0]!.Type.Name}");
        return OpenImpl(v[0]!, "rb", -1, null, null, null, true, null);
    }

    /// <summary>text_encoding(encoding, stacklevel=2): "locale" (or "utf-8" in UTF-8 mode) for None.</summary>
    private static PyObject TextEncoding(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        ArgBinder.Positional("text_encoding", args, kw, 1, 2);
        if (args.Length > 1) Ops.AsSsize(args[1], PyExc.OverflowError);
        if (args[0] is not PyNone) return args[0];
        return new PyStr(StdStreams.Utf8Mode ? "utf-8" : "locale");
    }
}
