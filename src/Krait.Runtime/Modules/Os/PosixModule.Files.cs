using System.Buffers.Binary;

namespace Krait.Runtime;

// File descriptors: open/read/write/close/lseek/pipe/dup … and terminal queries.
public static partial class PosixModule
{
    private const int O_CLOEXEC = 0x80000, O_NONBLOCK = 0x800, F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4, FD_CLOEXEC = 1;

    private static PyType? s_terminalSize;

    internal static PyType TerminalSizeType => s_terminalSize ??= PyStructSeqEx.NewType("os.terminal_size", ["columns", "lines"], 2,
        "A tuple of (columns, lines) for holding terminal window size");

    private static int Fd(PyObject o) => PathArg.FdArg(o);

    /// <summary>Runs a libc call with the GIL released (it may block: a pipe, a socket, a child), retrying after
    /// EINTR once pending signal handlers have run (PEP 475).</summary>
    internal static long Retry(Func<long> call)
    {
        while (true)
        {
            long r;
            int e = 0;
            using (Gil.Release())
            {
                r = call();
                if (r < 0) e = Posix.Errno;
            }
            if (r >= 0) return r;
            if (e != Libc.EINTR) throw Posix.Error(e);
            SignalModule.CheckSignals();
        }
    }

    private static ReadOnlySpan<byte> BufferArg(PyObject o)
    {
        if (o is IPyBuffer b and not PyStr) return b.AsReadOnlySpan();
        throw PyErr.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");
    }

    private static PyObject ReadFd(int fd, long n)
    {
        if (n < 0) throw Posix.Error(22);
        var buf = new byte[n];
        long got = Retry(() => { using (Gil.Release()) return Libc.Read(fd, buf, (nint)n); });
        return got == n ? new PyBytes(buf) : PyBytes.FromSpan(buf.AsSpan(0, (int)got));
    }

    private static PyObject WriteFd(int fd, ReadOnlySpan<byte> data)
    {
        var arr = data.ToArray();
        return PyInt.FromLong(Retry(() => { using (Gil.Release()) return Libc.Write(fd, arr, arr.Length); }));
    }

    internal static bool GetInheritable(int fd)
    {
        int flags = Libc.Fcntl(fd, F_GETFD, 0);
        if (flags < 0) throw Posix.LastError(Posix.Errno);
        return (flags & FD_CLOEXEC) == 0;
    }

    internal static void SetInheritable(int fd, bool inheritable)
    {
        int flags = Libc.Fcntl(fd, F_GETFD, 0);
        if (flags < 0) throw Posix.LastError(Posix.Errno);
        int nf = inheritable ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC;
        if (nf != flags && Libc.Fcntl(fd, F_SETFD, nf) < 0) throw Posix.LastError(Posix.Errno);
    }

    private static void AddFiles(PyModule m)
    {
        m.Add("terminal_size", TerminalSizeType);
        m.AddFunction("open", (self, args, kw) =>
        {
            var a = Bind("open", args, kw, ["path", "flags", "mode", "dir_fd"], 0, 3, 2);
            var p = PathArg.Convert("open", "path", a[0]);
            int flags = Int(a[1]!) | O_CLOEXEC, mode = a[2] is null ? 0x1ff : Int(a[2]!);
            int dirFd = PathArg.DirFd(a[3]);
            while (true)
            {
                int fd = Libc.OpenAt(dirFd, p.Narrow!, flags, mode);
                if (fd >= 0) return PyInt.FromLong(fd);
                int e = Posix.Errno;
                if (e != 4) throw Posix.Error(e, p.Object);
                SignalModule.CheckSignals();
            }
        });
        m.AddFunction("close", (self, args, kw) =>
        {
            int fd = Fd(Bind("close", args, kw, ["fd"], 0, 1, 1)[0]!);
            if (Libc.Close(fd) != 0) throw Posix.Error(Posix.Errno);
            return PyNone.Instance;
        });
        m.AddFunction("closerange", (self, args, kw) =>
        {
            ArgBinder.Positional("closerange", args, kw, 2, 2);
            int lo = Int(args[0]), hi = Int(args[1]);
            for (int fd = Math.Max(lo, 0); fd < hi; fd++) Libc.Close(fd);
            return PyNone.Instance;
        });
        m.AddFunction("read", (self, args, kw) =>
        {
            ArgBinder.Positional("read", args, kw, 2, 2);
            return ReadFd(Fd(args[0]), Ops.AsSsize(args[1], PyExc.OverflowError));
        });
        m.AddFunction("write", (self, args, kw) =>
        {
            ArgBinder.Positional("write", args, kw, 2, 2);
            int fd = Fd(args[0]);
            return WriteFd(fd, BufferArg(args[1]));
        });
        m.AddFunction("pread", (self, args, kw) =>
        {
            ArgBinder.Positional("pread", args, kw, 3, 3);
            int fd = Fd(args[0]);
            long n = Ops.AsSsize(args[1], PyExc.OverflowError), off = Long(args[2]);
            if (n < 0) throw Posix.Error(22);
            var buf = new byte[n];
            long got = Retry(() => Libc.PRead(fd, buf, (nint)n, off));
            return PyBytes.FromSpan(buf.AsSpan(0, (int)got));
        });
        m.AddFunction("pwrite", (self, args, kw) =>
        {
            ArgBinder.Positional("pwrite", args, kw, 3, 3);
            int fd = Fd(args[0]);
            var data = BufferArg(args[1]).ToArray();
            long off = Long(args[2]);
            return PyInt.FromLong(Retry(() => Libc.PWrite(fd, data, data.Length, off)));
        });
        m.AddFunction("readv", (self, args, kw) =>
        {
            ArgBinder.Positional("readv", args, kw, 2, 2);
            int fd = Fd(args[0]);
            var bufs = PyTuple.FromIterable(args[1]);
            long total = 0;
            foreach (var b in bufs.Items)
            {
                if (b is not IPyBuffer ib) throw PyErr.TypeError("readv() arg 2 must be a sequence");
                var info = ib.GetBuffer(true);
                try
                {
                    var tmp = new byte[info.Length];
                    long got = Retry(() => Libc.Read(fd, tmp, tmp.Length));
                    tmp.AsSpan(0, (int)got).CopyTo(info.Array.AsSpan(info.Offset));
                    total += got;
                    if (got < tmp.Length) break;
                }
                finally { ib.ReleaseBuffer(); }
            }
            return PyInt.FromLong(total);
        });
        m.AddFunction("writev", (self, args, kw) =>
        {
            ArgBinder.Positional("writev", args, kw, 2, 2);
            int fd = Fd(args[0]);
            var all = new List<byte>();
            foreach (var b in PyTuple.FromIterable(args[1]).Items) all.AddRange(BufferArg(b).ToArray());
            return WriteFd(fd, all.ToArray());
        });
        m.AddFunction("lseek", (self, args, kw) =>
        {
            ArgBinder.Positional("lseek", args, kw, 3, 3);
            int fd = Fd(args[0]);
            long pos = Long(args[1]);
            int how = Int(args[2]);
            long r = Libc.LSeek(fd, pos, how);
            if (r < 0) throw Posix.Error(Posix.Errno);
            return PyInt.FromLong(r);
        });
        m.AddFunction("pipe", (self, args, kw) =>
        {
            ArgBinder.None("pipe", args, kw);
            var fds = new int[2];
            if (Libc.Pipe2(fds, O_CLOEXEC) != 0) throw Posix.Error(Posix.Errno);
            return PyTuple.Pair(PyInt.FromLong(fds[0]), PyInt.FromLong(fds[1]));
        });
        m.AddFunction("pipe2", (self, args, kw) =>
        {
            ArgBinder.Positional("pipe2", args, kw, 1, 1);
            var fds = new int[2];
            if (Libc.Pipe2(fds, Int(args[0])) != 0) throw Posix.Error(Posix.Errno);
            return PyTuple.Pair(PyInt.FromLong(fds[0]), PyInt.FromLong(fds[1]));
        });
        m.AddFunction("dup", (self, args, kw) =>
        {
            ArgBinder.Positional("dup", args, kw, 1, 1);
            int fd = Libc.Fcntl(Fd(args[0]), 1030 /* F_DUPFD_CLOEXEC */, 0);
            if (fd < 0) throw Posix.Error(Posix.Errno);
            return PyInt.FromLong(fd);
        });
        m.AddFunction("dup2", (self, args, kw) =>
        {
            var a = Bind("dup2", args, kw, ["fd", "fd2", "inheritable"], 0, 3, 2);
            int fd = Fd(a[0]!), fd2 = Fd(a[1]!);
            bool inh = Bool(a[2], true);
            int r = inh ? Libc.Dup2(fd, fd2) : (fd == fd2 ? -1 : Libc.Dup3(fd, fd2, O_CLOEXEC));
            if (r < 0) throw Posix.Error(fd == fd2 && !inh ? 22 : Posix.Errno);
            return PyInt.FromLong(r);
        });
        m.AddFunction("fsync", (self, args, kw) =>
        {
            var o = Bind("fsync", args, kw, ["fd"], 0, 1, 1)[0]!;
            int fd = o is PyInt || o.Type.Index is not null ? Fd(o) : FileNo(o);
            if (Libc.FSync(fd) != 0) throw Posix.Error(Posix.Errno);
            return PyNone.Instance;
        });
        m.AddFunction("fdatasync", (self, args, kw) =>
        {
            var o = Bind("fdatasync", args, kw, ["fd"], 0, 1, 1)[0]!;
            int fd = o is PyInt || o.Type.Index is not null ? Fd(o) : FileNo(o);
            if (Libc.FDataSync(fd) != 0) throw Posix.Error(Posix.Errno);
            return PyNone.Instance;
        });
        m.AddFunction("ftruncate", (self, args, kw) =>
        {
            ArgBinder.Positional("ftruncate", args, kw, 2, 2);
            int fd = Fd(args[0]);
            long len = Long(args[1]);
            Retry(() => Libc.FTruncate(fd, len));
            return PyNone.Instance;
        });
        m.AddFunction("truncate", (self, args, kw) =>
        {
            var a = Bind("truncate", args, kw, ["path", "length"], 0, 2, 2);
            var p = PathArg.Convert("truncate", "path", a[0], allowFd: true);
            long len = Long(a[1]!);
            int r = p.HasFd ? Libc.FTruncate(p.Fd, len) : Libc.Truncate(p.Narrow!, len);
            if (r != 0) throw Posix.LastError(p);
            return PyNone.Instance;
        });
        m.AddFunction("get_inheritable", (self, args, kw) =>
        {
            ArgBinder.Positional("get_inheritable", args, kw, 1, 1);
            return PyBool.From(GetInheritable(Fd(args[0])));
        });
        m.AddFunction("set_inheritable", (self, args, kw) =>
        {
            ArgBinder.Positional("set_inheritable", args, kw, 2, 2);
            SetInheritable(Fd(args[0]), Int(args[1]) != 0);
            return PyNone.Instance;
        });
        m.AddFunction("get_blocking", (self, args, kw) =>
        {
            ArgBinder.Positional("get_blocking", args, kw, 1, 1);
            int flags = Libc.Fcntl(Fd(args[0]), F_GETFL, 0);
            if (flags < 0) throw Posix.Error(Posix.Errno);
            return PyBool.From((flags & O_NONBLOCK) == 0);
        });
        m.AddFunction("set_blocking", (self, args, kw) =>
        {
            ArgBinder.Positional("set_blocking", args, kw, 2, 2);
            int fd = Fd(args[0]);
            bool blocking = Int(args[1]) != 0;
            int flags = Libc.Fcntl(fd, F_GETFL, 0);
            if (flags < 0) throw Posix.Error(Posix.Errno);
            int nf = blocking ? flags & ~O_NONBLOCK : flags | O_NONBLOCK;
            if (nf != flags && Libc.Fcntl(fd, F_SETFL, nf) < 0) throw Posix.Error(Posix.Errno);
            return PyNone.Instance;
        });
        m.AddFunction("isatty", (self, args, kw) =>
        {
            ArgBinder.Positional("isatty", args, kw, 1, 1);
            return PyBool.From(Libc.IsATty(Int(args[0])) == 1);
        });
        m.AddFunction("ttyname", (self, args, kw) =>
        {
            ArgBinder.Positional("ttyname", args, kw, 1, 1);
            var buf = new byte[1024];
            int r = Libc.TtyNameR(Int(args[0]), buf, buf.Length);
            if (r != 0) throw Posix.Error(r);
            return PathArg.Decode(Libc.CSpan(buf));
        });
        m.AddFunction("device_encoding", (self, args, kw) =>
        {
            int fd = Fd(Bind("device_encoding", args, kw, ["fd"], 0, 1, 1)[0]!);
            return Libc.IsATty(fd) == 1 ? new PyStr("UTF-8") : PyNone.Instance;
        });
        m.AddFunction("get_terminal_size", (self, args, kw) =>
        {
            ArgBinder.Positional("get_terminal_size", args, kw, 0, 1);
            int fd = args.Length > 0 ? Int(args[0]) : 1;
            var ws = new byte[8];
            if (Libc.Ioctl(fd, 0x5413 /* TIOCGWINSZ */, ws) != 0) throw Posix.Error(Posix.Errno);
            int rows = BinaryPrimitives.ReadUInt16LittleEndian(ws), cols = BinaryPrimitives.ReadUInt16LittleEndian(ws.AsSpan(2));
            return PyStructSeqEx.Create(TerminalSizeType, 2, [PyInt.FromLong(cols), PyInt.FromLong(rows)]);
        });
        m.AddFunction("lockf", (self, args, kw) =>
        {
            ArgBinder.Positional("lockf", args, kw, 3, 3);
            int fd = Fd(args[0]), cmd = Int(args[1]);
            long len = Long(args[2]);
            Retry(() => Libc.Lockf(fd, cmd, len));
            return PyNone.Instance;
        });
        m.AddFunction("posix_fallocate", (self, args, kw) =>
        {
            ArgBinder.Positional("posix_fallocate", args, kw, 3, 3);
            int r = Libc.PosixFallocate(Fd(args[0]), Long(args[1]), Long(args[2]));
            if (r != 0) throw Posix.Error(r);
            return PyNone.Instance;
        });
        m.AddFunction("posix_fadvise", (self, args, kw) =>
        {
            ArgBinder.Positional("posix_fadvise", args, kw, 4, 4);
            int r = Libc.PosixFadvise(Fd(args[0]), Long(args[1]), Long(args[2]), Int(args[3]));
            if (r != 0) throw Posix.Error(r);
            return PyNone.Instance;
        });
        m.AddFunction("sendfile", (self, args, kw) =>
        {
            var a = Bind("sendfile", args, kw, ["out_fd", "in_fd", "offset", "count"], 0, 4, 4);
            int outFd = Fd(a[0]!), inFd = Fd(a[1]!);
            long count = Ops.AsSsize(a[3]!, PyExc.OverflowError);
            if (a[2] is PyNone) return PyInt.FromLong(Retry(() => Libc.SendFile(outFd, inFd, 0, (nint)count)));
            long off = Long(a[2]!);
            return PyInt.FromLong(Retry(() => Libc.SendFile(outFd, inFd, ref off, (nint)count)));
        });
        m.AddFunction("openpty", (self, args, kw) =>
        {
            ArgBinder.None("openpty", args, kw);
            int[] master = new int[1], slave = new int[1];
            if (Libc.OpenPty(master, slave, 0, 0, 0) != 0) throw Posix.Error(Posix.Errno);
            SetInheritable(master[0], false);
            SetInheritable(slave[0], false);
            return PyTuple.Pair(PyInt.FromLong(master[0]), PyInt.FromLong(slave[0]));
        });
    }

    /// <summary>PyObject_AsFileDescriptor for an object with fileno().</summary>
    private static int FileNo(PyObject o)
    {
        var f = Ops.TryGetAttr(o, PyStr.Intern("fileno"))
            ?? throw PyErr.TypeError("argument must be an int, or have a fileno() method.");
        var r = Ops.Call(f, []);
        if (r is not PyInt) throw PyErr.TypeError("fileno() returned a non-integer");
        int fd = Fd(r);
        if (fd < 0) throw PyErr.ValueError($"file descriptor cannot be a negative integer ({fd})");
        return fd;
    }
}
