using System.Buffers.Binary;
using System.Text;

namespace Krait.Runtime;

/// <summary>The _socket module (Modules/socketmodule.c) on libc: the socket type, socketpair, byte-order and
/// address-text helpers, name resolution, the default timeout, and the constants.</summary>
public static partial class SocketModule
{
    private static PyType? s_gaierror, s_herror;

    internal static PyType GaiErrorType => s_gaierror ??= MakeError("gaierror");
    internal static PyType HErrorType => s_herror ??= MakeError("herror");

    /// <summary>PyErr_NewException("socket.<name>", OSError).</summary>
    private static PyType MakeError(string name)
    {
        var dict = new PyDict();
        dict.SetItem(PyStr.Intern("__module__"), new PyStr("socket"));
        return (PyType)Ops.Call(PyType.TypeType, [new PyStr(name), PyTuple.Create([PyExc.OSError]), dict]);
    }

    /// <summary>set_gaierror: EAI_SYSTEM means errno; anything else is gaierror(code, gai_strerror(code)).</summary>
    internal static PythonException GaiError(int code)
    {
        if (code == -11) return Posix.Error(Posix.Errno);
        var msg = Encoding.UTF8.GetString(Libc.CBytes(Libc.GaiStrError(code)));
        return new PythonException((PyBaseException)Ops.Call(GaiErrorType, [PyInt.FromLong(code), new PyStr(msg)]));
    }

    internal static PythonException HError(int code)
    {
        var msg = Encoding.UTF8.GetString(Libc.CBytes(Libc.HStrError(code)));
        return new PythonException((PyBaseException)Ops.Call(HErrorType, [PyInt.FromLong(code), new PyStr(msg)]));
    }

    private const string Doc = "Implementation module for socket operations.\n\nSee the socket module for documentation.";

    public static PyModule Create()
    {
        var m = new PyModule("_socket", Doc);
        foreach (var (name, value) in SocketConstants.All) m.Add(name, PyInt.FromLong(value));
        m.Add("socket", PySocket.SocketType);
        m.Add("SocketType", PySocket.SocketType);
        m.Add("error", PyExc.OSError);
        m.Add("timeout", PyExc.TimeoutError);
        m.Add("gaierror", GaiErrorType);
        m.Add("herror", HErrorType);
        m.Add("has_ipv6", PyBool.True);
        // An opaque capsule, as unicodedata's: Krait has no C API, but dir() and probes for it agree.
        m.Add("CAPI", new PyCapsule("_socket.CAPI"));
        m.Add("BDADDR_ANY", new PyStr("00:00:00:00:00:00"));
        m.Add("BDADDR_LOCAL", new PyStr("00:00:00:FF:FF:FF"));
        AddBasics(m);
        AddNames(m);
        return m;
    }

    private static void AddBasics(PyModule m)
    {
        m.AddFunction("getdefaulttimeout", (self, args, kw) =>
        {
            ArgBinder.None("getdefaulttimeout", args, kw);
            return PySocket.TimeoutObject(PySocket.DefaultTimeoutNs);
        });
        m.AddFunction("setdefaulttimeout", (self, args, kw) =>
        {
            var a = ArgBinder.One("setdefaulttimeout", args, kw);
            PySocket.DefaultTimeoutNs = PySocket.ParseTimeout(a);
            return PyNone.Instance;
        });
        m.AddFunction("socketpair", (self, args, kw) =>
        {
            PySocket.Count("socketpair", args, kw, 0, 3);
            int family = args.Length > 0 ? PosixModule.Int(args[0]) : SockAddr.AF_UNIX;
            int type = args.Length > 1 ? PosixModule.Int(args[1]) : PySocket.SOCK_STREAM;
            int proto = args.Length > 2 ? PosixModule.Int(args[2]) : 0;
            var sv = new int[2];
            if (Libc.SocketPair(family, type | PySocket.SOCK_CLOEXEC, proto, sv) < 0) throw Posix.Error(Posix.Errno);
            var a = new PySocket(PySocket.SocketType);
            var b = new PySocket(PySocket.SocketType);
            a.Setup(sv[0], family, type, proto);
            b.Setup(sv[1], family, type, proto);
            return PyTuple.Pair(a, b);
        });
        m.AddFunction("dup", (self, args, kw) =>
        {
            var a = ArgBinder.One("dup", args, kw);
            int fd = Libc.Fcntl(PosixModule.Int(a), 1030 /* F_DUPFD_CLOEXEC */, 0);
            if (fd < 0) throw Posix.Error(Posix.Errno);
            return PyInt.FromLong(fd);
        });
        m.AddFunction("close", (self, args, kw) =>
        {
            var a = ArgBinder.One("close", args, kw);
            if (Libc.Close(PosixModule.Int(a)) < 0)
            {
                int e = Posix.Errno;
                if (e != 104) throw Posix.Error(e);
            }
            return PyNone.Instance;
        });
        m.AddFunction("htons", (self, args, kw) => PyInt.FromLong(BinaryPrimitives.ReverseEndianness(Short("htons", ArgBinder.One("htons", args, kw)))));
        m.AddFunction("ntohs", (self, args, kw) => PyInt.FromLong(BinaryPrimitives.ReverseEndianness(Short("ntohs", ArgBinder.One("ntohs", args, kw)))));
        m.AddFunction("htonl", (self, args, kw) => PyInt.FromLong(BinaryPrimitives.ReverseEndianness(Long32(ArgBinder.One("htonl", args, kw)))));
        m.AddFunction("ntohl", (self, args, kw) => PyInt.FromLong(BinaryPrimitives.ReverseEndianness(Long32(ArgBinder.One("ntohl", args, kw)))));
        m.AddFunction("inet_aton", (self, args, kw) =>
        {
            var a = ArgBinder.One("inet_aton", args, kw);
            if (a is not PyStr s) throw PyErr.TypeError($"inet_aton() argument 1 must be str, not {a.Type.Name}");
            var dst = new byte[4];
            if (Libc.InetAton(CString(s), dst) == 0) throw PyErr.New(PyExc.OSError, "illegal IP address string passed to inet_aton");
            return new PyBytes(dst);
        });
        m.AddFunction("inet_ntoa", (self, args, kw) =>
        {
            var a = ArgBinder.One("inet_ntoa", args, kw);
            var b = Buffers.Get(a);
            if (b.Length != 4) throw PyErr.New(PyExc.OSError, "packed IP wrong length for inet_ntoa");
            return new PyStr($"{b[0]}.{b[1]}.{b[2]}.{b[3]}");
        });
        m.AddFunction("inet_pton", (self, args, kw) =>
        {
            ArgBinder.Positional("inet_pton", args, kw, 2, 2);
            int af = PosixModule.Int(args[0]);
            if (args[1] is not PyStr s) throw PyErr.TypeError($"inet_pton() argument 2 must be str, not {args[1].Type.Name}");
            var dst = new byte[16];
            int r = Libc.InetPton(af, CString(s), dst);
            if (r < 0) throw Posix.Error(Posix.Errno);
            if (r == 0) throw PyErr.New(PyExc.OSError, "illegal IP address string passed to inet_pton");
            return PyBytes.FromSpan(dst.AsSpan(0, af == SockAddr.AF_INET ? 4 : 16));
        });
        m.AddFunction("inet_ntop", (self, args, kw) =>
        {
            ArgBinder.Positional("inet_ntop", args, kw, 2, 2);
            int af = PosixModule.Int(args[0]);
            var b = Buffers.Get(args[1]);
            if (af == SockAddr.AF_INET) { if (b.Length != 4) throw PyErr.ValueError("invalid length of packed IP address string"); }
            else if (af == SockAddr.AF_INET6) { if (b.Length != 16) throw PyErr.ValueError("invalid length of packed IP address string"); }
            else throw PyErr.ValueError($"unknown address family {af}");
            return new PyStr(SockAddr.IpText(b));
        });
        m.AddFunction("CMSG_LEN", (self, args, kw) =>
        {
            ArgBinder.Positional("CMSG_LEN", args, kw, 1, 1);
            long n = ArgBinder.Ssize(args[0]);
            if (n < 0 || n > int.MaxValue - 16) throw PyErr.OverflowError("CMSG_LEN() argument out of range");
            return PyInt.FromLong(16 + n);
        });
        m.AddFunction("CMSG_SPACE", (self, args, kw) =>
        {
            ArgBinder.Positional("CMSG_SPACE", args, kw, 1, 1);
            long n = ArgBinder.Ssize(args[0]);
            if (n < 0 || n > int.MaxValue - 24) throw PyErr.OverflowError("CMSG_SPACE() argument out of range");
            return PyInt.FromLong(16 + ((n + 7) & ~7L));
        });
    }

    internal static byte[] CString(PyStr s)
    {
        var b = Utf8Codec.Encode(s, "strict");
        if (Array.IndexOf(b, (byte)0) >= 0) throw PyErr.ValueError("embedded null character");
        var r = new byte[b.Length + 1];
        b.CopyTo(r, 0);
        return r;
    }

    /// <summary>htons/ntohs' argument: an index that fits 16 unsigned bits.</summary>
    private static ushort Short(string name, PyObject o)
    {
        if (o is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
        var i = Ops.Index(o);
        if (i.Sign < 0) throw PyErr.OverflowError($"{name}: can't convert negative Python int to C 16-bit unsigned integer");
        if (i.IsBig || i.Small > 0xffff) throw PyErr.OverflowError($"{name}: Python int too large to convert to C 16-bit unsigned integer");
        return (ushort)i.Small;
    }

    /// <summary>htonl/ntohl's argument: an int of at most 32 bits.</summary>
    private static uint Long32(PyObject o)
    {
        if (o is not PyInt i) throw PyErr.TypeError($"expected int, {o.Type.Name} found");
        if (i.Sign < 0) throw PyErr.OverflowError("can't convert negative value to unsigned int");
        if (i.IsBig || i.Small > uint.MaxValue) throw PyErr.OverflowError("int larger than 32 bits");
        return (uint)i.Small;
    }
}
