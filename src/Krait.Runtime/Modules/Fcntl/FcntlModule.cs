namespace Krait.Runtime;

/// <summary>The fcntl module (Modules/fcntlmodule.c): fcntl, ioctl, flock and lockf on file descriptors.</summary>
public static class FcntlModule
{
    private static readonly (string Name, long Value)[] s_constants =
    [
        ("DN_ACCESS", 1), ("DN_ATTRIB", 32), ("DN_CREATE", 4), ("DN_DELETE", 8), ("DN_MODIFY", 2), ("DN_MULTISHOT", 2147483648),
        ("DN_RENAME", 16), ("FASYNC", 8192), ("FD_CLOEXEC", 1), ("F_ADD_SEALS", 1033), ("F_DUPFD", 0), ("F_DUPFD_CLOEXEC", 1030),
        ("F_EXLCK", 4), ("F_GETFD", 1), ("F_GETFL", 3), ("F_GETLEASE", 1025), ("F_GETLK", 5), ("F_GETLK64", 5),
        ("F_GETOWN", 9), ("F_GETPIPE_SZ", 1032), ("F_GETSIG", 11), ("F_GET_SEALS", 1034), ("F_NOTIFY", 1026), ("F_OFD_GETLK", 36),
        ("F_OFD_SETLK", 37), ("F_OFD_SETLKW", 38), ("F_RDLCK", 0), ("F_SEAL_GROW", 4), ("F_SEAL_SEAL", 1), ("F_SEAL_SHRINK", 2),
        ("F_SEAL_WRITE", 8), ("F_SETFD", 2), ("F_SETFL", 4), ("F_SETLEASE", 1024), ("F_SETLK", 6), ("F_SETLK64", 6),
        ("F_SETLKW", 7), ("F_SETLKW64", 7), ("F_SETOWN", 8), ("F_SETPIPE_SZ", 1031), ("F_SETSIG", 10), ("F_SHLCK", 8),
        ("F_UNLCK", 2), ("F_WRLCK", 1), ("LOCK_EX", 2), ("LOCK_MAND", 32), ("LOCK_NB", 4), ("LOCK_READ", 64),
        ("LOCK_RW", 192), ("LOCK_SH", 1), ("LOCK_UN", 8), ("LOCK_WRITE", 128),
    ];

    private const int LOCK_SH = 1, LOCK_EX = 2, LOCK_NB = 4, LOCK_UN = 8, F_RDLCK = 0, F_WRLCK = 1, F_UNLCK = 2, F_SETLK = 6, F_SETLKW = 7;
    private const int BufMax = 1024;

    private const string Doc = "This module performs file control and I/O control on file\n" +
        "descriptors.  It is an interface to the fcntl() and ioctl() Unix\n" +
        "routines.  File descriptors can be obtained with the fileno() method of\n" +
        "a file or socket object.";

    public static PyModule Create()
    {
        var m = new PyModule("fcntl", Doc);
        foreach (var (name, value) in s_constants) m.Add(name, PyInt.FromLong(value));
        m.AddFunction("fcntl", Fcntl);
        m.AddFunction("ioctl", Ioctl);
        m.AddFunction("flock", Flock);
        m.AddFunction("lockf", Lockf);
        return m;
    }

    private static PyObject Fcntl(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is not null && kw.Count > 0) throw PyErr.TypeError("fcntl.fcntl() takes no keyword arguments");
        ArgBinder.Positional("fcntl", args, kw, 2, 3);
        int fd = SelectModule.AsFileDescriptor(args[0]);
        int cmd = PosixModule.Int(args[1]);
        if (args.Length > 2 && args[2] is PyStr or IPyBuffer)
        {
            var data = args[2] is PyStr s ? Utf8Codec.Encode(s, "strict") : Buffers.Get(args[2]).ToArray();
            if (data.Length > BufMax) throw PyErr.ValueError("fcntl string arg too long");
            var buf = new byte[BufMax];
            data.CopyTo(buf, 0);
            PosixModule.Retry(() => Libc.FcntlPtr(fd, cmd, buf));
            return PyBytes.FromSpan(buf.AsSpan(0, data.Length));
        }
        // The "I" converter: any index, truncated to an unsigned int.
        long arg = args.Length > 2 ? SockAddr.UInt(args[2]) : 0;
        return PyInt.FromLong(PosixModule.Retry(() => Libc.FcntlLong(fd, cmd, arg)));
    }

    private static PyObject Ioctl(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is not null && kw.Count > 0) throw PyErr.TypeError("fcntl.ioctl() takes no keyword arguments");
        ArgBinder.Positional("ioctl", args, kw, 2, 4);
        int fd = SelectModule.AsFileDescriptor(args[0]);
        ulong code = SockAddr.UInt(args[1]);
        bool mutate = args.Length <= 3 || Ops.IsTrue(args[3]);
        if (args.Length > 2 && args[2] is IPyBuffer ib and not PyStr)
        {
            PyBufferInfo? info = null;
            try { info = ib.GetBuffer(true); }
            catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.BufferError)) { }
            if (info is not null)
            {
                try
                {
                    var buf = new byte[Math.Max(info.Length, BufMax)];
                    info.Array.AsSpan(info.Offset, info.Length).CopyTo(buf);
                    int r = Libc.Ioctl(fd, code, buf);
                    if (r < 0) throw Posix.Error(Posix.Errno);
                    if (!mutate) return PyBytes.FromSpan(buf.AsSpan(0, info.Length));
                    buf.AsSpan(0, info.Length).CopyTo(info.Array.AsSpan(info.Offset));
                    return PyInt.FromLong(r);
                }
                finally { ib.ReleaseBuffer(); }
            }
        }
        if (args.Length > 2 && args[2] is PyStr or IPyBuffer)
        {
            var data = args[2] is PyStr s ? Utf8Codec.Encode(s, "strict") : Buffers.Get(args[2]).ToArray();
            if (data.Length > BufMax) throw PyErr.ValueError("ioctl string arg too long");
            var buf = new byte[BufMax];
            data.CopyTo(buf, 0);
            if (Libc.Ioctl(fd, code, buf) < 0) throw Posix.Error(Posix.Errno);
            return PyBytes.FromSpan(buf.AsSpan(0, data.Length));
        }
        int arg = args.Length > 2 ? PosixModule.Int(args[2]) : 0;
        int res = Libc.IoctlInt(fd, code, arg);
        if (res < 0) throw Posix.Error(Posix.Errno);
        return PyInt.FromLong(res);
    }

    private static PyObject Flock(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is not null && kw.Count > 0) throw PyErr.TypeError("fcntl.flock() takes no keyword arguments");
        ArgBinder.Positional("flock", args, kw, 2, 2);
        int fd = SelectModule.AsFileDescriptor(args[0]);
        int op = PosixModule.Int(args[1]);
        PosixModule.Retry(() => Libc.Flock(fd, op));
        return PyNone.Instance;
    }

    private static PyObject Lockf(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is not null && kw.Count > 0) throw PyErr.TypeError("fcntl.lockf() takes no keyword arguments");
        ArgBinder.Positional("lockf", args, kw, 2, 5);
        int fd = SelectModule.AsFileDescriptor(args[0]);
        int code = PosixModule.Int(args[1]);
        long len = args.Length > 2 ? PosixModule.Long(args[2]) : 0, start = args.Length > 3 ? PosixModule.Long(args[3]) : 0;
        int whence = args.Length > 4 ? PosixModule.Int(args[4]) : 0;
        short type;
        if (code == LOCK_UN) type = F_UNLCK;
        else if ((code & LOCK_SH) != 0) type = F_RDLCK;
        else if ((code & LOCK_EX) != 0) type = F_WRLCK;
        else throw PyErr.ValueError("unrecognized lockf argument");
        // struct flock on x86-64: l_type, l_whence (shorts), l_start at 8, l_len at 16, l_pid at 24.
        var fl = new byte[32];
        BitConverter.TryWriteBytes(fl.AsSpan(0), type);
        BitConverter.TryWriteBytes(fl.AsSpan(2), (short)whence);
        BitConverter.TryWriteBytes(fl.AsSpan(8), start);
        BitConverter.TryWriteBytes(fl.AsSpan(16), len);
        int cmd = (code & LOCK_NB) != 0 ? F_SETLK : F_SETLKW;
        PosixModule.Retry(() => Libc.FcntlPtr(fd, cmd, fl));
        return PyNone.Instance;
    }
}
