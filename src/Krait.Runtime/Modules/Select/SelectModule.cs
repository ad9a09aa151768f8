using System.Diagnostics;

namespace Krait.Runtime;

/// <summary>The select module (Modules/selectmodule.c): select(), poll objects and epoll objects. select() is
/// built on poll(2) (same results, and no FD_SETSIZE bitmaps to marshal), keeping select's own limits and errors.</summary>
public static class SelectModule
{
    internal const short POLLIN = 0x1, POLLPRI = 0x2, POLLOUT = 0x4, POLLERR = 0x8, POLLHUP = 0x10, POLLNVAL = 0x20;
    private const int FD_SETSIZE = 1024;

    internal static readonly (string Name, long Value)[] Constants =
    [
        ("EPOLLERR", 0x8), ("EPOLLET", 0x80000000), ("EPOLLEXCLUSIVE", 0x10000000), ("EPOLLHUP", 0x10), ("EPOLLIN", 0x1),
        ("EPOLLMSG", 0x400), ("EPOLLONESHOT", 0x40000000), ("EPOLLOUT", 0x4), ("EPOLLPRI", 0x2), ("EPOLLRDBAND", 0x80),
        ("EPOLLRDHUP", 0x2000), ("EPOLLRDNORM", 0x40), ("EPOLLWRBAND", 0x200), ("EPOLLWRNORM", 0x100), ("EPOLL_CLOEXEC", 0x80000),
        ("PIPE_BUF", 4096), ("POLLERR", 0x8), ("POLLHUP", 0x10), ("POLLIN", 0x1), ("POLLMSG", 0x400), ("POLLNVAL", 0x20),
        ("POLLOUT", 0x4), ("POLLPRI", 0x2), ("POLLRDBAND", 0x80), ("POLLRDHUP", 0x2000), ("POLLRDNORM", 0x40),
        ("POLLWRBAND", 0x200), ("POLLWRNORM", 0x100),
    ];

    private const string Doc = "This module supports asynchronous I/O on multiple file descriptors.\n\n*** IMPORTANT NOTICE ***\n" +
        "On Windows, only sockets are supported; on Unix, all file descriptors.";

    public static PyModule Create()
    {
        var m = new PyModule("select", Doc);
        foreach (var (name, value) in Constants) m.Add(name, PyInt.FromLong(value));
        m.Add("error", PyExc.OSError);
        m.Add("epoll", PyEpoll.EpollType);
        m.AddFunction("select", Select);
        m.AddFunction("poll", (self, args, kw) =>
        {
            ArgBinder.None("select.poll", args, kw);
            return new PyPoll();
        });
        return m;
    }

    /// <summary>PyObject_AsFileDescriptor: an int, or an object whose fileno() returns one.</summary>
    internal static int AsFileDescriptor(PyObject o)
    {
        int fd;
        if (o is PyInt) fd = PosixModule.Int(o);
        else
        {
            var f = Ops.TryGetAttr(o, PyStr.Intern("fileno"))
                ?? throw PyErr.TypeError("argument must be an int, or have a fileno() method.");
            var r = Ops.Call(f, []);
            if (r is not PyInt) throw PyErr.TypeError("fileno() returned a non-integer");
            fd = PosixModule.Int(r);
        }
        if (fd < 0) throw PyErr.ValueError($"file descriptor cannot be a negative integer ({fd})");
        return fd;
    }

    internal static long MonotonicNs() => (long)(Stopwatch.GetTimestamp() * (1_000_000_000.0 / Stopwatch.Frequency));

    /// <summary>Milliseconds to wait in one slice: the main thread wakes every 20 ms so that a signal's Python
    /// handler runs promptly (signals reach .NET on its own thread, never as EINTR here).</summary>
    internal static int SliceMs(long deadline, out bool last)
    {
        last = false;
        bool main = ThreadState.Current.IsMain;
        if (deadline < 0)
        {
            if (main) return 20;
            last = true;
            return -1;
        }
        long left = deadline - MonotonicNs();
        if (left <= 0) { last = true; return 0; }
        long ms = (left + 999_999) / 1_000_000;
        if (main && ms > 20) return 20;
        if (ms > int.MaxValue) return int.MaxValue;
        last = true;
        return (int)ms;
    }

    /// <summary>poll(2) until an fd is ready or the deadline (monotonic ns, -1 for none) passes, with the GIL
    /// released; retries after signals once their handlers have run (PEP 475). Returns poll's count.</summary>
    internal static int PollWait(Libc.PollFd[] fds, int n, long deadline)
    {
        while (true)
        {
            int ms = SliceMs(deadline, out bool last);
            int r;
            int errno = 0;
            using (Gil.Release())
            {
                r = Libc.Poll(fds, (ulong)n, ms);
                if (r < 0) errno = Posix.Errno;
            }
            if (r < 0)
            {
                if (errno != Libc.EINTR) throw Posix.Error(errno);
                SignalModule.CheckSignals();
                continue;
            }
            if (r > 0 || last) return r;
            if (SignalModule.Pending) SignalModule.CheckSignals();
        }
    }

    /// <summary>select's timeout: None → -1 (forever), else a non-negative number of seconds as nanoseconds.</summary>
    private static long SelectTimeout(PyObject? o)
    {
        if (o is null or PyNone) return -1;
        long ns;
        try { ns = PyTimeArg.FromSeconds(o, PyTimeArg.Round.Up); }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.TypeError))
        {
            throw PyErr.TypeError("timeout must be a float or None");
        }
        if (ns < 0) throw PyErr.ValueError("timeout must be non-negative");
        return ns;
    }

    private static (PyObject Obj, int Fd)[] FdList(PyObject seq)
    {
        // A list is read live, as PySequence_Fast does: fileno() may shrink it meanwhile (bpo-16230).
        if (seq is PyList list)
        {
            var got = new List<(PyObject, int)>();
            for (int i = 0; i < list.Count; i++)
            {
                var o = list[i];
                int fd = AsFileDescriptor(o);
                if (fd >= FD_SETSIZE) throw PyErr.ValueError("filedescriptor out of range in select()");
                got.Add((o, fd));
            }
            return got.ToArray();
        }
        PyTuple items;
        try { items = PyTuple.FromIterable(seq); }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.TypeError))
        {
            throw PyErr.TypeError("arguments 1-3 must be sequences");
        }
        var r = new (PyObject, int)[items.Count];
        for (int i = 0; i < r.Length; i++)
        {
            var o = items[i];
            int fd = AsFileDescriptor(o);
            if (fd >= FD_SETSIZE) throw PyErr.ValueError("filedescriptor out of range in select()");
            r[i] = (o, fd);
        }
        return r;
    }

    private static PyObject Select(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is not null && kw.Count > 0) throw PyErr.TypeError("select.select() takes no keyword arguments");
        ArgBinder.Positional("select", args, kw, 3, 4);
        long timeout = SelectTimeout(args.Length > 3 ? args[3] : null);
        var lists = new[] { FdList(args[0]), FdList(args[1]), FdList(args[2]) };
        short[] want = [POLLIN, POLLOUT, POLLPRI];
        var index = new Dictionary<int, int>();
        var fds = new List<Libc.PollFd>();
        for (int k = 0; k < 3; k++)
            foreach (var (_, fd) in lists[k])
            {
                if (!index.TryGetValue(fd, out int at))
                {
                    at = fds.Count;
                    index[fd] = at;
                    fds.Add(new Libc.PollFd { Fd = fd });
                }
                var p = fds[at];
                p.Events |= want[k];
                fds[at] = p;
            }
        var arr = fds.ToArray();
        long deadline = timeout < 0 ? -1 : MonotonicNs() + timeout;
        PollWait(arr, arr.Length, deadline);
        foreach (var p in arr)
            if ((p.Revents & POLLNVAL) != 0) throw Posix.Error(Libc.EBADF);
        short[] ready = [POLLIN | POLLHUP | POLLERR, POLLOUT | POLLERR, POLLPRI];
        var result = new PyObject[3];
        for (int k = 0; k < 3; k++)
        {
            var list = new PyList();
            foreach (var (obj, fd) in lists[k])
                if ((arr[index[fd]].Revents & ready[k]) != 0) list.Append(obj);
            result[k] = list;
        }
        return PyTuple.Create(result);
    }
}
