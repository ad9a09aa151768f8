namespace Krait.Runtime;

/// <summary>select.epoll: an epoll(7) instance owned by this object (closed by close(), on exit of a with block,
/// or when the object is collected).</summary>
public sealed class PyEpoll : PyObject
{
    public static readonly PyType EpollType = PyType.NewBuiltin("select.epoll", PyType.ObjectType, TypeFlags.None, InitType);

    private const int EPOLL_CTL_ADD = 1, EPOLL_CTL_DEL = 2, EPOLL_CTL_MOD = 3, EPOLL_CLOEXEC = 0x80000;
    private const int FD_SETSIZE = 1024;

    private int _epfd;

    private PyEpoll(PyType type, int epfd) : base(type) => _epfd = epfd;

    ~PyEpoll()
    {
        int fd = Interlocked.Exchange(ref _epfd, -1);
        if (fd >= 0) Libc.Close(fd);
    }

    private int Fd => _epfd >= 0 ? _epfd : throw PyErr.ValueError("I/O operation on closed epoll object");

    private static PyEpoll Self(PyObject? o) => (PyEpoll)o!;

    private void Close()
    {
        int fd = Interlocked.Exchange(ref _epfd, -1);
        if (fd >= 0 && Libc.Close(fd) != 0) throw Posix.Error(Posix.Errno);
    }

    private static PyObject NewEpoll(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = [null, null];
        ArgBinder.Bind("epoll", args, kw, ["sizehint", "flags"], 0, 2, 0, a);
        int sizehint = a[0] is null ? -1 : PosixModule.Int(a[0]!);
        int flags = a[1] is null ? 0 : PosixModule.Int(a[1]!);
        if (sizehint != -1 && sizehint <= 0) throw PyErr.ValueError("negative sizehint");
        if (flags != 0 && flags != EPOLL_CLOEXEC) throw PyErr.New(PyExc.OSError, "invalid flags");
        int fd = Libc.EpollCreate1(EPOLL_CLOEXEC);
        if (fd < 0) throw Posix.Error(Posix.Errno);
        return new PyEpoll(type, fd);
    }

    private void Ctl(int op, int fd, uint events)
    {
        var ev = new Libc.EpollEvent { Events = events, Data = (uint)fd };
        if (Libc.EpollCtl(Fd, op, fd, ref ev) != 0) throw Posix.Error(Posix.Errno);
    }

    /// <summary>The "I" converter: any index, truncated to 32 bits.</summary>
    private static uint Mask(PyObject o)
    {
        var i = Ops.Index(o);
        return i.IsBig ? (uint)(i.ToBigInteger() & uint.MaxValue) : unchecked((uint)i.Small);
    }

    private PyObject Poll(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = [null, null];
        ArgBinder.Bind("poll", args, kw, ["timeout", "maxevents"], 0, 2, 0, a);
        long timeout = -1;
        if (a[0] is { } t and not PyNone)
        {
            try { timeout = PyTimeArg.FromSeconds(t, PyTimeArg.Round.Up); }
            catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.TypeError))
            {
                throw PyErr.TypeError("timeout must be an integer or None");
            }
            long ms = timeout >= 0 ? (timeout + 999_999) / 1_000_000 : timeout / 1_000_000;
            if (ms > int.MaxValue || ms < int.MinValue) throw PyErr.OverflowError("timeout is too large");
            if (timeout < 0) timeout = -1;
        }
        int maxevents = a[1] is null ? -1 : PosixModule.Int(a[1]!);
        if (maxevents == -1) maxevents = FD_SETSIZE - 1;
        else if (maxevents < 1) throw PyErr.ValueError($"maxevents must be greater than 0, got {maxevents}");
        int epfd = Fd;
        var evs = new Libc.EpollEvent[maxevents];
        long deadline = timeout < 0 ? -1 : SelectModule.MonotonicNs() + timeout;
        int n;
        while (true)
        {
            int slice = SelectModule.SliceMs(deadline, out bool last);
            int errno = 0;
            using (Gil.Release())
            {
                n = Libc.EpollWait(epfd, ref evs[0], maxevents, slice);
                if (n < 0) errno = Posix.Errno;
            }
            if (n < 0)
            {
                if (errno != Libc.EINTR) throw Posix.Error(errno);
                SignalModule.CheckSignals();
                continue;
            }
            if (n > 0 || last) break;
            if (SignalModule.Pending) SignalModule.CheckSignals();
        }
        var list = new PyList();
        for (int i = 0; i < n; i++)
            list.Append(PyTuple.Pair(PyInt.FromLong((int)evs[i].Data), PyInt.FromLong(evs[i].Events)));
        return list;
    }

    private static void InitType(PyType t)
    {
        t.New = NewEpoll;
        TypeBuilder.Method(t, "close", (self, args, kw) =>
        {
            ArgBinder.None("close", args, kw);
            Self(self).Close();
            return PyNone.Instance;
        });
        TypeBuilder.GetSet(t, "closed", o => PyBool.From(Self(o)._epfd < 0), null);
        TypeBuilder.Method(t, "fileno", (self, args, kw) =>
        {
            ArgBinder.None("fileno", args, kw);
            return PyInt.FromLong(Self(self).Fd);
        });
        TypeBuilder.ClassMethod(t, "fromfd", (cls, args, kw) =>
        {
            var o = ArgBinder.One("fromfd", args, kw);
            int fd = PosixModule.Int(o);
            return new PyEpoll((PyType)cls!, fd);
        });
        TypeBuilder.Method(t, "register", (self, args, kw) =>
        {
            Span<PyObject?> a = [null, null];
            ArgBinder.Bind("register", args, kw, ["fd", "eventmask"], 0, 2, 1, a);
            int fd = SelectModule.AsFileDescriptor(a[0]!);
            uint mask = a[1] is null ? 0x1 | 0x2 | 0x4 : Mask(a[1]!);
            Self(self).Ctl(EPOLL_CTL_ADD, fd, mask);
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "modify", (self, args, kw) =>
        {
            Span<PyObject?> a = [null, null];
            ArgBinder.Bind("modify", args, kw, ["fd", "eventmask"], 0, 2, 2, a);
            int fd = SelectModule.AsFileDescriptor(a[0]!);
            Self(self).Ctl(EPOLL_CTL_MOD, fd, Mask(a[1]!));
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "unregister", (self, args, kw) =>
        {
            Span<PyObject?> a = [null];
            ArgBinder.Bind("unregister", args, kw, ["fd"], 0, 1, 1, a);
            int fd = SelectModule.AsFileDescriptor(a[0]!);
            Self(self).Ctl(EPOLL_CTL_DEL, fd, 0);
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "poll", (self, args, kw) => Self(self).Poll(args, kw));
        TypeBuilder.Method(t, "__enter__", (self, args, kw) =>
        {
            ArgBinder.None("__enter__", args, kw);
            _ = Self(self).Fd;
            return self!;
        });
        TypeBuilder.Method(t, "__exit__", (self, args, kw) =>
        {
            ArgBinder.Positional("__exit__", args, kw, 0, 3);
            Self(self).Close();
            return PyNone.Instance;
        });
        t.TypeDict.SetItem(PyStr.Intern("__doc__"), new PyStr("select.epoll(sizehint=-1, flags=0)\n\nReturns an epolling object\n\n" +
            "sizehint must be a positive integer or -1 for the default size. The\nsizehint is used to optimize internal data structures. It doesn't limit\n" +
            "the maximum number of monitored events."));
    }
}
