using System.Buffers.Binary;

namespace Krait.Runtime;

/// <summary>_socket.socket: a socket file descriptor with CPython's timeout model (socketmodule.c). A timeout of
/// -1 is blocking mode, 0 non-blocking, anything else a per-operation deadline; with a timeout the fd is in
/// O_NONBLOCK mode and every operation first waits for readiness with poll(2) (sock_call_ex).</summary>
public sealed partial class PySocket : PyObject
{
    public static readonly PyType SocketType = PyType.NewBuiltin("_socket.socket", PyType.ObjectType, TypeFlags.BaseType, InitType);

    internal const int SOL_SOCKET = 1, SO_ERROR = 4, SO_TYPE = 3, SO_PROTOCOL = 38, SO_DOMAIN = 39;
    internal const int SOCK_STREAM = 1, SOCK_NONBLOCK = 0x800, SOCK_CLOEXEC = 0x80000;
    private const int EAGAIN = 11, EINPROGRESS = 115, EISCONN = 106, ECONNRESET = 104;

    internal int Fd = -1;
    internal int Family = SockAddr.AF_INET, SockType = SOCK_STREAM, Proto;
    /// <summary>Nanoseconds; -1 = blocking (no timeout).</summary>
    internal long TimeoutNs = -1;
    private PyDict? _dict;

    public PySocket(PyType type) : base(type) { }

    ~PySocket()
    {
        // A Python subclass (socket.socket) runs __del__ instead: it warns and closes.
        if (Type.HasFinalizer) return;
        int fd = Interlocked.Exchange(ref Fd, -1);
        if (fd >= 0) Libc.Close(fd);
    }

    public override PyDict? Dict
    {
        get => Type.IsHeapType && Type.HasDict ? _dict ??= new PyDict() : null;
        set
        {
            if (!(Type.IsHeapType && Type.HasDict)) base.Dict = value;
            _dict = value;
        }
    }

    /// <summary>Blocking-mode sockets wait for readiness in poll (where signal handlers can run) and then transfer
    /// with MSG_DONTWAIT, so that no thread sits in a send/recv that a signal could not interrupt.</summary>
    internal int DontWait => TimeoutNs < 0 ? 0x40 : 0;

    /// <summary>The default timeout of new sockets (setdefaulttimeout), -1 for none.</summary>
    internal static long DefaultTimeoutNs = -1;

    /// <summary>init_sockobject: record what the socket is and apply the default timeout.</summary>
    internal void Setup(int fd, int family, int type, int proto)
    {
        Fd = fd;
        Family = family;
        SockType = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
        Proto = proto;
        if ((type & SOCK_NONBLOCK) != 0) TimeoutNs = 0;
        else
        {
            TimeoutNs = DefaultTimeoutNs;
            if (TimeoutNs >= 0) SetBlocking(false);
        }
    }

    /// <summary>internal_setblocking: O_NONBLOCK off in blocking mode, on otherwise.</summary>
    internal void SetBlocking(bool block)
    {
        int flags = Libc.Fcntl(Fd, 3 /* F_GETFL */, 0);
        if (flags < 0) throw Posix.Error(Posix.Errno);
        int nf = block ? flags & ~0x800 : flags | 0x800;
        if (nf != flags && Libc.Fcntl(Fd, 4 /* F_SETFL */, nf) < 0) throw Posix.Error(Posix.Errno);
    }

    /// <summary>socket_parse_timeout: None → -1; otherwise seconds, non-negative.</summary>
    internal static long ParseTimeout(PyObject o)
    {
        if (o is PyNone) return -1;
        long ns = PyTimeArg.FromSeconds(o, PyTimeArg.Round.Up);
        if (ns < 0) throw PyErr.ValueError("Timeout value out of range");
        return ns;
    }

    internal static PyObject TimeoutObject(long ns) => ns < 0 ? PyNone.Instance : new PyFloat(ns / 1e9);

    internal static PythonException TimedOut() => PyErr.New(PyExc.TimeoutError, "timed out");

    /// <summary>An operation on the fd, run with the GIL released: its result, or -1 with errno set.</summary>
    internal delegate long SockOp(out int errno);

    /// <summary>sock_call_ex: waits (unless non-blocking) until the fd is ready for reading or writing, runs
    /// <paramref name="op"/>, retries on EINTR after signal handlers ran and, with a timeout, on EAGAIN until the
    /// deadline. Blocking sockets wait in poll too, so that a signal's handler can run meanwhile.</summary>
    internal long Call(bool writing, SockOp op, long deadline = long.MinValue, int userFlags = 0)
    {
        long timeout = TimeoutNs;
        // MSG_DONTWAIT asked of a blocking socket: one attempt, EAGAIN is the caller's.
        if (timeout < 0 && (userFlags & 0x40) != 0) timeout = 0;
        if (deadline == long.MinValue) deadline = timeout > 0 ? SelectModule.MonotonicNs() + timeout : -1;
        while (true)
        {
            if (timeout != 0) WaitReady(writing, deadline);
            long r;
            int errno;
            using (Gil.Release()) r = op(out errno);
            if (r >= 0) return r;
            if (errno == Libc.EINTR) { SignalModule.CheckSignals(); continue; }
            if (timeout != 0 && errno == EAGAIN) continue;
            throw Posix.Error(errno);
        }
    }

    /// <summary>Waits for readiness; TimeoutError("timed out") when the deadline passes first.</summary>
    internal void WaitReady(bool writing, long deadline)
    {
        var pf = new[] { new Libc.PollFd { Fd = CheckedFd(), Events = writing ? SelectModule.POLLOUT : SelectModule.POLLIN } };
        if (SelectModule.PollWait(pf, 1, deadline) == 0) throw TimedOut();
    }

    /// <summary>The fd; operations on a closed socket fail with EBADF as the syscall would.</summary>
    internal int CheckedFd() => Fd >= 0 ? Fd : throw Posix.Error(Libc.EBADF);

    /// <summary>internal_connect: 0 on success, else the errno (raised by the caller or returned by connect_ex).
    /// A timed-out wait raises TimeoutError in both.</summary>
    internal int Connect(byte[] sa)
    {
        int fd = Fd;
        int rc, errno;
        using (Gil.Release())
        {
            rc = Libc.Connect(fd, sa, sa.Length);
            errno = rc < 0 ? Posix.Errno : 0;
        }
        if (rc == 0) return 0;
        bool wait;
        if (errno == Libc.EINTR)
        {
            SignalModule.CheckSignals();
            wait = TimeoutNs != 0;
        }
        else wait = TimeoutNs > 0 && errno == EINPROGRESS;
        if (!wait) return errno;
        // The connection goes on in the background: wait until writable, then read its outcome.
        long deadline = TimeoutNs > 0 ? SelectModule.MonotonicNs() + TimeoutNs : -1;
        WaitReady(true, deadline);
        var val = new byte[4];
        int len = 4;
        if (Libc.GetSockOpt(fd, SOL_SOCKET, SO_ERROR, val, ref len) < 0) return Posix.Errno;
        int err = BinaryPrimitives.ReadInt32LittleEndian(val);
        return err == EISCONN ? 0 : err;
    }

    internal void Close()
    {
        int fd = Interlocked.Exchange(ref Fd, -1);
        if (fd < 0) return;
        // As CPython: ECONNRESET from close() is not an error (the peer reset the connection).
        if (Libc.Close(fd) < 0)
        {
            int e = Posix.Errno;
            if (e != ECONNRESET) throw Posix.Error(e);
        }
    }

    private static PySocket Self(PyObject? o) => (PySocket)o!;
}
