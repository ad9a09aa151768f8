using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Krait.Runtime;

// The socket object's methods: creation, addresses, options, timeouts, send/recv.
public sealed partial class PySocket
{
    /// <summary>PyArg_ParseTuple's argument-count errors ("recv() takes at least 1 argument (0 given)").</summary>
    internal static void Count(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, int min, int max)
    {
        if (kw is not null && kw.Count > 0) throw PyErr.TypeError($"{name}() takes no keyword arguments");
        int n = args.Length;
        if (n >= min && n <= max) return;
        string word = min == max ? "exactly" : n < min ? "at least" : "at most";
        int k = min == max ? min : n < min ? min : max;
        throw PyErr.TypeError($"{name}() takes {word} {k} argument{(k == 1 ? "" : "s")} ({n} given)");
    }

    private static int Int(PyObject o) => PosixModule.Int(o);

    /// <summary>A writable buffer argument ("w*"): the exported memory, released by the caller.</summary>
    private static PyBufferInfo WritableBuffer(string fname, PyObject o)
    {
        if (o is IPyBuffer b)
        {
            try { return b.GetBuffer(true); }
            catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.BufferError)) { }
        }
        throw PyErr.TypeError($"{fname}() argument 1 must be read-write bytes-like object, not {o.Type.Name}");
    }

    private long RecvInto(byte[] buf, int offset, int n, int flags)
    {
        int fd = CheckedFd();
        int userFlags = flags;
        flags |= DontWait;
        return Call(false, (out int errno) =>
        {
            nint r = n == 0 ? Libc.Recv(fd, ref MemoryMarshal.GetReference(stackalloc byte[1]), 0, flags) : Libc.Recv(fd, ref buf[offset], n, flags);
            errno = r < 0 ? Marshal.GetLastPInvokeError() : 0;
            return r;
        }, userFlags: userFlags);
    }

    private long RecvFromInto(byte[] buf, int offset, int n, int flags, out PyObject addr)
    {
        int fd = CheckedFd();
        int userFlags = flags;
        flags |= DontWait;
        var sa = new byte[SockAddr.MaxLen];
        int salen = 0;
        long got = Call(false, (out int errno) =>
        {
            int len = sa.Length;
            nint r = n == 0 ? Libc.RecvFrom(fd, ref MemoryMarshal.GetReference(stackalloc byte[1]), 0, flags, sa, ref len)
                : Libc.RecvFrom(fd, ref buf[offset], n, flags, sa, ref len);
            errno = r < 0 ? Marshal.GetLastPInvokeError() : 0;
            salen = len;
            return r;
        }, userFlags: userFlags);
        addr = SockAddr.Make(sa, salen);
        return got;
    }

    private long SendSpan(byte[] data, int offset, int n, int flags, long deadline = long.MinValue)
    {
        int fd = CheckedFd();
        int userFlags = flags;
        flags |= DontWait;
        return Call(true, (out int errno) =>
        {
            nint r = n == 0 ? Libc.Send(fd, ref MemoryMarshal.GetReference(stackalloc byte[1]), 0, flags) : Libc.Send(fd, ref data[offset], n, flags);
            errno = r < 0 ? Marshal.GetLastPInvokeError() : 0;
            return r;
        }, deadline, userFlags);
    }

    private PyObject GetName(bool peer)
    {
        int fd = CheckedFd();
        var sa = new byte[SockAddr.MaxLen];
        int len = sa.Length;
        int r = peer ? Libc.GetPeerName(fd, sa, ref len) : Libc.GetSockName(fd, sa, ref len);
        if (r < 0) throw Posix.Error(Posix.Errno);
        return SockAddr.Make(sa, len);
    }

    private static void InitType(PyType t)
    {
        t.New = (type, args, kw) => new PySocket(type);
        t.Init = InitSocket;
        t.Repr = o =>
        {
            var s = Self(o);
            return new PyStr($"<socket object, fd={s.Fd}, family={s.Family}, type={s.SockType}, proto={s.Proto}>");
        };
        TypeBuilder.GetSet(t, "family", o => PyInt.FromLong(Self(o).Family), null);
        TypeBuilder.GetSet(t, "type", o => PyInt.FromLong(Self(o).SockType), null);
        TypeBuilder.GetSet(t, "proto", o => PyInt.FromLong(Self(o).Proto), null);
        TypeBuilder.GetSet(t, "timeout", o => TimeoutObject(Self(o).TimeoutNs), null);

        TypeBuilder.Method(t, "__del__", (self, args, kw) =>
        {
            var s = Self(self);
            if (s.Fd >= 0)
            {
                try { WarningsModule.Warn(PyExc.ResourceWarning, $"unclosed {Ops.Repr(self!).Value}"); }
                catch (PythonException) { }
                try { s.Close(); } catch (PythonException) { }
            }
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "_accept", (self, args, kw) =>
        {
            ArgBinder.None("socket._accept", args, kw);
            var s = Self(self);
            int fd = s.CheckedFd();
            var sa = new byte[SockAddr.MaxLen];
            int salen = 0;
            long nfd = s.Call(false, (out int errno) =>
            {
                int len = sa.Length;
                int r = Libc.Accept4(fd, sa, ref len, SOCK_CLOEXEC);
                errno = r < 0 ? Marshal.GetLastPInvokeError() : 0;
                salen = len;
                return r;
            });
            return PyTuple.Pair(PyInt.FromLong(nfd), SockAddr.Make(sa, salen));
        });
        TypeBuilder.Method(t, "bind", (self, args, kw) =>
        {
            var a = ArgBinder.One("socket.bind", args, kw);
            var s = Self(self);
            var sa = SockAddr.Parse(s.Family, a, "bind");
            if (Libc.Bind(s.CheckedFd(), sa, sa.Length) < 0) throw Posix.Error(Posix.Errno);
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "close", (self, args, kw) =>
        {
            ArgBinder.None("socket.close", args, kw);
            Self(self).Close();
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "connect", (self, args, kw) =>
        {
            var a = ArgBinder.One("socket.connect", args, kw);
            var s = Self(self);
            var sa = SockAddr.Parse(s.Family, a, "connect");
            s.CheckedFd();
            int err = s.Connect(sa);
            if (err != 0) throw Posix.Error(err);
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "connect_ex", (self, args, kw) =>
        {
            var a = ArgBinder.One("socket.connect_ex", args, kw);
            var s = Self(self);
            var sa = SockAddr.Parse(s.Family, a, "connect_ex");
            if (s.Fd < 0) return PyInt.FromLong(Libc.EBADF);
            return PyInt.FromLong(s.Connect(sa));
        });
        TypeBuilder.Method(t, "detach", (self, args, kw) =>
        {
            ArgBinder.None("socket.detach", args, kw);
            return PyInt.FromLong(Interlocked.Exchange(ref Self(self).Fd, -1));
        });
        TypeBuilder.Method(t, "fileno", (self, args, kw) =>
        {
            ArgBinder.None("socket.fileno", args, kw);
            return PyInt.FromLong(Self(self).Fd);
        });
        TypeBuilder.Method(t, "getblocking", (self, args, kw) =>
        {
            ArgBinder.None("socket.getblocking", args, kw);
            return PyBool.From(Self(self).TimeoutNs != 0);
        });
        TypeBuilder.Method(t, "gettimeout", (self, args, kw) =>
        {
            ArgBinder.None("socket.gettimeout", args, kw);
            return TimeoutObject(Self(self).TimeoutNs);
        });
        TypeBuilder.Method(t, "setblocking", (self, args, kw) =>
        {
            var a = ArgBinder.One("socket.setblocking", args, kw);
            bool block = Ops.IsTrue(a);
            var s = Self(self);
            s.TimeoutNs = block ? -1 : 0;
            s.SetBlocking(block);
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "settimeout", (self, args, kw) =>
        {
            var a = ArgBinder.One("socket.settimeout", args, kw);
            var s = Self(self);
            s.TimeoutNs = ParseTimeout(a);
            if (s.Fd >= 0) s.SetBlocking(s.TimeoutNs < 0);
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "getpeername", (self, args, kw) =>
        {
            ArgBinder.None("socket.getpeername", args, kw);
            return Self(self).GetName(true);
        });
        TypeBuilder.Method(t, "getsockname", (self, args, kw) =>
        {
            ArgBinder.None("socket.getsockname", args, kw);
            return Self(self).GetName(false);
        });
        TypeBuilder.Method(t, "listen", (self, args, kw) =>
        {
            Count("listen", args, kw, 0, 1);
            int backlog = args.Length > 0 ? Int(args[0]) : 128;
            if (backlog < 0) backlog = 0;
            if (Libc.Listen(Self(self).CheckedFd(), backlog) < 0) throw Posix.Error(Posix.Errno);
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "shutdown", (self, args, kw) =>
        {
            var a = ArgBinder.One("socket.shutdown", args, kw);
            int how = Int(a);
            if (Libc.Shutdown(Self(self).CheckedFd(), how) < 0) throw Posix.Error(Posix.Errno);
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "getsockopt", (self, args, kw) =>
        {
            Count("getsockopt", args, kw, 2, 3);
            int level = Int(args[0]), opt = Int(args[1]);
            var s = Self(self);
            if (args.Length == 2 && s.Family == SockAddr.AF_VSOCK)
            {
                // AF_VSOCK options are 64-bit.
                var v8 = new byte[8];
                int len8 = 8;
                if (Libc.GetSockOpt(s.CheckedFd(), level, opt, v8, ref len8) < 0) throw Posix.Error(Posix.Errno);
                return PyInt.FromBig(BinaryPrimitives.ReadUInt64LittleEndian(v8));
            }
            if (args.Length == 2)
            {
                var v = new byte[4];
                int len = 4;
                if (Libc.GetSockOpt(s.CheckedFd(), level, opt, v, ref len) < 0) throw Posix.Error(Posix.Errno);
                return PyInt.FromLong(BinaryPrimitives.ReadInt32LittleEndian(v));
            }
            int buflen = Int(args[2]);
            if (buflen <= 0 || buflen > 1024) throw PyErr.New(PyExc.OSError, "getsockopt buflen out of range");
            var buf = new byte[buflen];
            int n = buflen;
            if (Libc.GetSockOpt(s.CheckedFd(), level, opt, buf, ref n) < 0) throw Posix.Error(Posix.Errno);
            return PyBytes.FromSpan(buf.AsSpan(0, n));
        });
        TypeBuilder.Method(t, "setsockopt", (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("setsockopt() takes no keyword arguments");
            if (args.Length != 3 && args.Length != 4) throw PyErr.TypeError($"setsockopt() takes exactly 3 arguments ({args.Length} given)");
            int level = Int(args[0]), opt = Int(args[1]);
            var s = Self(self);
            int r;
            if (args.Length == 4)
            {
                if (args[2] is not PyNone) throw PyErr.TypeError($"setsockopt() argument 3 must be NoneType, not {args[2].Type.Name}");
                r = Libc.SetSockOpt(s.CheckedFd(), level, opt, null, (int)SockAddr.UInt(args[3]));
            }
            else if (args[2] is PyInt && s.Family == SockAddr.AF_VSOCK)
            {
                var v = new byte[8];
                BinaryPrimitives.WriteUInt64LittleEndian(v, (ulong)Ops.Index(args[2]).ToBigInteger());
                r = Libc.SetSockOpt(s.CheckedFd(), level, opt, v, 8);
            }
            else if (args[2] is PyInt)
            {
                var v = new byte[4];
                BinaryPrimitives.WriteInt32LittleEndian(v, Int(args[2]));
                r = Libc.SetSockOpt(s.CheckedFd(), level, opt, v, 4);
            }
            else
            {
                var v = Buffers.Get(args[2]).ToArray();
                r = Libc.SetSockOpt(s.CheckedFd(), level, opt, v, v.Length);
            }
            if (r < 0) throw Posix.Error(Posix.Errno);
            return PyNone.Instance;
        });
        AddIoMethods(t);
        t.TypeDict.SetItem(PyStr.Intern("__doc__"), new PyStr(SocketDoc));
    }

    /// <summary>sock_initobj: socket(family=-1, type=-1, proto=-1, fileno=None).</summary>
    private static void InitSocket(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = [null, null, null, null];
        ArgBinder.Bind("socket", args, kw, ["family", "type", "proto", "fileno"], 0, 4, 0, a);
        int family = a[0] is null ? -1 : Int(a[0]!), type = a[1] is null ? -1 : Int(a[1]!), proto = a[2] is null ? -1 : Int(a[2]!);
        var s = Self(self);
        int fd;
        if (a[3] is { } f and not PyNone)
        {
            var fi = Ops.Index(f is PyFloat ? throw PyErr.TypeError("'float' object cannot be interpreted as an integer") : f);
            if (fi.Sign < 0) throw PyErr.ValueError("negative file descriptor");
            if (fi.IsBig || fi.Small > int.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C int");
            fd = (int)fi.Small;
            int Opt(int name)
            {
                var v = new byte[4];
                int len = 4;
                if (Libc.GetSockOpt(fd, SOL_SOCKET, name, v, ref len) < 0) throw Posix.Error(Posix.Errno);
                return BinaryPrimitives.ReadInt32LittleEndian(v);
            }
            if (family == -1) family = Opt(SO_DOMAIN);
            if (type == -1) type = Opt(SO_TYPE);
            if (proto == -1) proto = Opt(SO_PROTOCOL);
        }
        else
        {
            if (family == -1) family = SockAddr.AF_INET;
            if (type == -1) type = SOCK_STREAM;
            if (proto == -1) proto = 0;
            fd = Libc.Socket(family, type | SOCK_CLOEXEC, proto);
            if (fd < 0) throw Posix.Error(Posix.Errno);
        }
        s.Setup(fd, family, type, proto);
    }

    private const string SocketDoc = "socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object\n" +
        "socket(family=-1, type=-1, proto=-1, fileno=None) -> socket object\n\n" +
        "Open a socket of the given type.  The family argument specifies the\n" +
        "address family; it defaults to AF_INET.  The type argument specifies\n" +
        "whether this is a stream (SOCK_STREAM, this is the default)\n" +
        "or datagram (SOCK_DGRAM) socket.  The protocol argument defaults to 0,\n" +
        "specifying the default protocol.  Keyword arguments are accepted.\n" +
        "The socket is created as non-inheritable.\n\n" +
        "When a fileno is passed in, family, type and proto are auto-detected,\n" +
        "unless they are explicitly set.\n\n" +
        "A socket object represents one endpoint of a network connection.\n\n" +
        "Methods of socket objects (keyword arguments not allowed):\n\n" +
        "_accept() -- accept connection, returning new socket fd and client address\n" +
        "bind(addr) -- bind the socket to a local address\n" +
        "close() -- close the socket\n" +
        "connect(addr) -- connect the socket to a remote address\n" +
        "connect_ex(addr) -- connect, return an error code instead of an exception\n" +
        "dup() -- return a new socket fd duplicated from fileno()\n" +
        "fileno() -- return underlying file descriptor\n" +
        "getpeername() -- return remote address [*]\n" +
        "getsockname() -- return local address\n" +
        "getsockopt(level, optname[, buflen]) -- get socket options\n" +
        "gettimeout() -- return timeout or None\n" +
        "listen([n]) -- start listening for incoming connections\n" +
        "recv(buflen[, flags]) -- receive data\n" +
        "recv_into(buffer[, nbytes[, flags]]) -- receive data (into a buffer)\n" +
        "recvfrom(buflen[, flags]) -- receive data and sender's address\n" +
        "recvfrom_into(buffer[, nbytes, [, flags])\n" +
        "  -- receive data and sender's address (into a buffer)\n" +
        "sendall(data[, flags]) -- send all data\n" +
        "send(data[, flags]) -- send data, may not send all of it\n" +
        "sendto(data[, flags], addr) -- send data to a given address\n" +
        "setblocking(bool) -- set or clear the blocking I/O flag\n" +
        "getblocking() -- return True if socket is blocking, False if non-blocking\n" +
        "setsockopt(level, optname, value[, optlen]) -- set socket options\n" +
        "settimeout(None | float) -- set or clear the timeout\n" +
        "shutdown(how) -- shut down traffic in one or both directions\n\n" +
        " [*] not available on all platforms!";
}
