namespace Krait.Runtime;

/// <summary>select.poll: a set of registered fds and event masks, waited on with poll(2).</summary>
public sealed class PyPoll : PyObject
{
    public static readonly PyType PollType = PyType.NewBuiltin("select.poll", PyType.ObjectType, TypeFlags.None, InitType);

    // Registration order is kept, as CPython's dict keeps it.
    private readonly Dictionary<int, short> _fds = new();
    private readonly List<int> _order = new();
    private bool _running;

    public PyPoll() : base(PollType) { }

    /// <summary>_PyLong_UnsignedShort_Converter: ints only (no __index__), 0..65535.</summary>
    private static short EventMask(PyObject o)
    {
        if (o is not PyInt i) throw PyErr.TypeError("an integer is required");
        if (i.Sign < 0) throw PyErr.ValueError("value must be positive");
        if (i.IsBig || i.Small > ushort.MaxValue) throw PyErr.OverflowError("Python int too large for C unsigned short");
        return unchecked((short)(ushort)i.Small);
    }

    private void Set(int fd, short mask)
    {
        if (!_fds.ContainsKey(fd)) _order.Add(fd);
        _fds[fd] = mask;
    }

    private static PyPoll Self(PyObject? o) => (PyPoll)o!;

    private static void InitType(PyType t)
    {
        t.New = (type, args, kw) => throw PyErr.TypeError("cannot create 'select.poll' instances");
        TypeBuilder.Method(t, "register", (self, args, kw) =>
        {
            ArgBinder.Positional("register", args, kw, 1, 2);
            int fd = SelectModule.AsFileDescriptor(args[0]);
            short mask = args.Length > 1 ? EventMask(args[1]) : (short)(SelectModule.POLLIN | SelectModule.POLLPRI | SelectModule.POLLOUT);
            Self(self).Set(fd, mask);
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "modify", (self, args, kw) =>
        {
            ArgBinder.Positional("modify", args, kw, 2, 2);
            int fd = SelectModule.AsFileDescriptor(args[0]);
            short mask = EventMask(args[1]);
            var p = Self(self);
            if (!p._fds.ContainsKey(fd)) throw Posix.Error(2);
            p._fds[fd] = mask;
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "unregister", (self, args, kw) =>
        {
            var o = ArgBinder.One("poll.unregister", args, kw);
            int fd = SelectModule.AsFileDescriptor(o);
            var p = Self(self);
            if (!p._fds.Remove(fd)) throw PyErr.KeyError(PyInt.FromLong(fd));
            p._order.Remove(fd);
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "poll", (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("poll.poll() takes no keyword arguments");
            ArgBinder.Positional("poll", args, kw, 0, 1);
            long timeout = -1;
            if (args.Length > 0 && args[0] is not PyNone)
            {
                try { timeout = PyTimeArg.FromMillis(args[0], PyTimeArg.Round.Up); }
                catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.TypeError))
                {
                    throw PyErr.TypeError("timeout must be an integer or None");
                }
                if (timeout / 1_000_000 > int.MaxValue) throw PyErr.OverflowError("timeout is too large");
                if (timeout < 0) timeout = -1;
            }
            var p = Self(self);
            if (p._running) throw PyErr.RuntimeError("concurrent poll() invocation");
            var arr = new Libc.PollFd[p._order.Count];
            for (int i = 0; i < arr.Length; i++) arr[i] = new Libc.PollFd { Fd = p._order[i], Events = p._fds[p._order[i]] };
            p._running = true;
            try { SelectModule.PollWait(arr, arr.Length, timeout < 0 ? -1 : SelectModule.MonotonicNs() + timeout); }
            finally { p._running = false; }
            var list = new PyList();
            foreach (var pf in arr)
                if (pf.Revents != 0)
                    list.Append(PyTuple.Pair(PyInt.FromLong(pf.Fd), PyInt.FromLong((ushort)pf.Revents)));
            return list;
        });
    }
}
