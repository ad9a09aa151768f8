namespace Krait.Runtime;

/// <summary>_io.FileIO: raw, unbuffered bytes on a file descriptor through libc (Modules/_io/fileio.c).</summary>
public sealed partial class PyFileIO : PyIOBase
{
    public static readonly PyType FileIOType = PyType.NewBuiltin("_io.FileIO", RawIOBaseType, TypeFlags.BaseType, InitType);

    internal int Fd = -1;
    private bool _created, _readable, _writable, _appending;
    private int _seekable = -1; // -1 unknown
    internal bool CloseFd = true;
    private long _blksize;

    public PyFileIO(PyType type) : base(type) { }

    /// <summary>A FileIO over an inherited descriptor (sys streams): mode "rb"/"wb", closefd as given.</summary>
    internal PyFileIO(int fd, bool readable, bool writable, bool closefd, PyObject name) : base(FileIOType)
    {
        Fd = fd; _readable = readable; _writable = writable; CloseFd = closefd;
        Dict!.SetItem(PyStr.Intern("name"), name);
    }

    internal override bool HasNativeClosed => ReferenceEquals(Type, FileIOType);
    internal override bool NativeClosed => Fd < 0;
    internal bool CanRead => _readable;
    internal bool CanWrite => _writable;

    internal string ModeString =>
        _created ? (_readable ? "xb+" : "xb")
        : _appending ? (_readable ? "ab+" : "ab")
        : _readable ? (_writable ? "rb+" : "rb") : "wb";

    private static PythonException ErrClosed() => PyErr.ValueError("I/O operation on closed file");
    private static PythonException ErrMode(string action) => IOTypes.Unsupported($"File not open for {action}");

    internal void CheckOpen()
    {
        if (Fd < 0) throw ErrClosed();
    }

    /// <summary>FileIO.__init__(file, mode='r', closefd=True, opener=None).</summary>
    private void Initialize(PyObject file, string mode, bool closefd, PyObject? opener)
    {
        if (Fd >= 0)
        {
            if (CloseFd) InternalClose();
            else Fd = -1;
        }
        int fd = -1;
        byte[]? path = null;
        if (file.Type.Index is not null && file is not PyStr)
        {
            long l = Ops.AsSsize(file, PyExc.OverflowError);
            if (l < 0) throw PyErr.ValueError("negative file descriptor");
            fd = (int)l;
        }
        else path = FsPath(file);

        bool rwa = false, plus = false;
        int flags = 0;
        _created = _readable = _writable = _appending = false;
        foreach (char c in mode)
        {
            switch (c)
            {
                case 'x':
                    if (rwa) throw BadMode();
                    rwa = true; _created = true; _writable = true; flags |= Libc.O_EXCL | Libc.O_CREAT;
                    break;
                case 'r':
                    if (rwa) throw BadMode();
                    rwa = true; _readable = true;
                    break;
                case 'w':
                    if (rwa) throw BadMode();
                    rwa = true; _writable = true; flags |= Libc.O_CREAT | Libc.O_TRUNC;
                    break;
                case 'a':
                    if (rwa) throw BadMode();
                    rwa = true; _writable = true; _appending = true; flags |= Libc.O_APPEND | Libc.O_CREAT;
                    break;
                case 'b':
                    break;
                case '+':
                    if (plus) throw BadMode();
                    _readable = _writable = true; plus = true;
                    break;
                default:
                    throw PyErr.ValueError($"invalid mode: {mode}");
            }
        }
        if (!rwa) throw BadMode();
        flags |= _readable && _writable ? Libc.O_RDWR : _readable ? Libc.O_RDONLY : Libc.O_WRONLY;
        flags |= Libc.O_CLOEXEC;

        if (fd >= 0)
        {
            Fd = fd;
            CloseFd = closefd;
        }
        else
        {
            CloseFd = true;
            if (!closefd) throw PyErr.ValueError("Cannot use closefd=False with file name");
            if (SysModule.HasAuditHooks) SysModule.Audit("open", PyTuple.Create([file, new PyStr(mode), PyInt.FromLong(flags)]));
            if (opener is null || opener is PyNone)
            {
                while (true)
                {
                    fd = Libc.Open(path!, flags, 438 /* 0o666 */);
                    if (fd >= 0) break;
                    int errno = System.Runtime.InteropServices.Marshal.GetLastPInvokeError();
                    if (errno == Libc.EINTR) continue;
                    throw IOTypes.OSErrorFromErrno(errno, file);
                }
            }
            else
            {
                var r = Ops.Call(opener, [file, PyInt.FromLong(flags)]);
                long l = Ops.AsSsize(r, PyExc.OverflowError);
                if (l < 0) throw PyErr.ValueError($"opener returned {l}");
                fd = (int)l;
            }
            Fd = fd;
        }
        _blksize = IOTypes.DefaultBufferSize;
        if (Libc.FStatModeBlksize(Fd, out int st_mode, out long blksize, out int serr))
        {
            if ((st_mode & Libc.S_IFMT) == Libc.S_IFDIR)
            {
                var e = IOTypes.OSErrorFromErrno(Libc.EISDIR, file);
                if (path is not null) InternalClose();
                throw e;
            }
            if (blksize > 1) _blksize = blksize;
        }
        else if (serr == Libc.EBADF)
        {
            var e = IOTypes.OSErrorFromErrno(serr);
            Fd = -1;
            throw e;
        }
        Dict!.SetItem(PyStr.Intern("name"), file);
        if (_appending)
        {
            // Seek to the end now, so that tell() is right before the first write.
            if (Libc.LSeek(Fd, 0, 2) < 0)
            {
                var e = IOTypes.LastErrno();
                if (path is not null) InternalClose();
                throw e;
            }
        }
    }

    /// <summary>FileIO.__init__ as open() calls it.</summary>
    internal void InitFromOpen(PyObject file, string mode, bool closefd, PyObject? opener) => Initialize(file, mode, closefd, opener);

    internal long BlkSize => _blksize;

    /// <summary>st_blksize of the descriptor (DEFAULT_BUFFER_SIZE when unknown), for streams made without __init__.</summary>
    internal long BlkSizeOrDefault => _blksize > 1 ? _blksize
        : Libc.FStatModeBlksize(Fd, out _, out long b, out _) && b > 1 ? (_blksize = b) : (_blksize = IOTypes.DefaultBufferSize);

    private static PythonException BadMode() =>
        PyErr.ValueError("Must have exactly one of create/read/write/append mode and at most one plus");

    /// <summary>PyUnicode_FSConverter: str (UTF-8, surrogateescape), bytes, or os.PathLike.</summary>
    internal static byte[] FsPath(PyObject file)
    {
        var o = file;
        if (o is not PyStr and not PyBytes)
        {
            var fs = Ops.LookupSpecial(o, "__fspath__");
            if (fs is null) throw PyErr.TypeError($"expected str, bytes or os.PathLike object, not {o.Type.Name}");
            o = Ops.Call(fs, []);
            if (o is not PyStr and not PyBytes)
                throw PyErr.TypeError($"expected {file.Type.Name}.__fspath__() to return str or bytes, not {o.Type.Name}");
        }
        byte[] bytes = o is PyStr s ? Utf8Codec.Encode(s, "surrogateescape") : ((PyBytes)o).Value;
        // The span's IndexOf (precompiled), not Array.IndexOf<byte> (a JIT compilation at start-up).
        if (bytes.AsSpan().IndexOf((byte)0) >= 0) throw PyErr.ValueError("embedded null byte");
        var z = new byte[bytes.Length + 1];
        bytes.CopyTo(z, 0);
        return z;
    }

    private void InternalClose()
    {
        int fd = Fd;
        Fd = -1;
        if (fd >= 0 && Libc.Close(fd) < 0) throw IOTypes.LastErrno();
    }

    // ---- the operations, used directly by the buffered layer when the raw stream is an exact FileIO ----

    /// <summary>One read(2) into <paramref name="dest"/>; -1 for EAGAIN (None in Python).</summary>
    internal int ReadInto(Span<byte> dest)
    {
        CheckOpen();
        if (!_readable) throw ErrMode("reading");
        while (true)
        {
            nint n;
            using (Gil.Release()) n = Libc.Read(Fd, dest);
            if (n >= 0) return (int)n;
            int errno = System.Runtime.InteropServices.Marshal.GetLastPInvokeError();
            if (errno == Libc.EINTR) continue;
            if (errno == Libc.EAGAIN) return -1;
            throw IOTypes.OSErrorFromErrno(errno);
        }
    }

    /// <summary>One write(2); -1 for EAGAIN.</summary>
    internal int WriteFrom(ReadOnlySpan<byte> data)
    {
        CheckOpen();
        if (!_writable) throw ErrMode("writing");
        while (true)
        {
            nint n;
            using (Gil.Release()) n = Libc.Write(Fd, data);
            if (n >= 0) return (int)n;
            int errno = System.Runtime.InteropServices.Marshal.GetLastPInvokeError();
            if (errno == Libc.EINTR) continue;
            if (errno == Libc.EAGAIN) return -1;
            throw IOTypes.OSErrorFromErrno(errno);
        }
    }

    /// <summary>readall(): every byte to end of file; null when the first read would block.</summary>
    internal byte[]? ReadAll()
    {
        CheckOpen();
        if (!_readable) throw ErrMode("reading");
        var ms = new MemoryStream();
        var buf = new byte[Math.Max(_blksize, IOTypes.DefaultBufferSize)];
        while (true)
        {
            int n = ReadInto(buf);
            if (n < 0)
            {
                if (ms.Length == 0) return null;
                break;
            }
            if (n == 0) break;
            ms.Write(buf, 0, n);
        }
        return ms.ToArray();
    }

    internal long Seek(long pos, int whence)
    {
        CheckOpen();
        long r = Libc.LSeek(Fd, pos, whence);
        if (r < 0) throw IOTypes.LastErrno();
        if (_seekable < 0) _seekable = 1;
        return r;
    }

    internal bool Seekable()
    {
        CheckOpen();
        if (_seekable < 0) _seekable = Libc.LSeek(Fd, 0, 1) >= 0 ? 1 : 0;
        return _seekable == 1;
    }

    internal void Close()
    {
        // _RawIOBase.close (flush + __IOBase_closed), then the descriptor.
        PythonException? err = null;
        try { GenericClose(this); }
        catch (PythonException e) { err = e; }
        if (Fd >= 0)
        {
            if (CloseFd)
            {
                try { InternalClose(); }
                catch (PythonException e) { err ??= e; }
            }
            else Fd = -1;
        }
        if (err is not null) throw err;
    }

    /// <summary>A finalizable stream over this FileIO (what open() returns) closes it from its __del__; the .NET
    /// finalizer, which runs in the same collection, must then leave the descriptor to it.</summary>
    internal bool ClosedByOwner;

    ~PyFileIO()
    {
        // A FileIO dropped without close(): don't leak the descriptor.
        if (Fd >= 0 && CloseFd && !ClosedByOwner) Libc.Close(Fd);
    }
}
