using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace Krait.Runtime;

/// <summary>Python socket addresses to and from raw sockaddr bytes (socketmodule.c getsockaddrarg/makesockaddr):
/// AF_INET (host, port), AF_INET6 (host, port, flowinfo, scope_id), AF_UNIX paths (str, or bytes for Linux's
/// abstract namespace).</summary>
internal static class SockAddr
{
    internal const int AF_UNSPEC = 0, AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10, AF_VSOCK = 40;
    internal const int MaxLen = 128; // sizeof(struct sockaddr_storage)
    private const int SunPathLen = 108;

    /// <summary>The host argument (idna_converter): str (IDNA-encoded when not ASCII), bytes or bytearray.</summary>
    internal static string HostArg(PyObject o)
    {
        switch (o)
        {
            case PyStr s:
                foreach (char c in s.Value)
                    if (c >= 0x80) return Encoding.ASCII.GetString(Codecs.Encode(s, "idna", "strict"));
                return s.Value;
            case PyBytes b: return Encoding.Latin1.GetString(b.Value);
            case PyByteArray a: return Encoding.Latin1.GetString(a.AsSpan());
            default: throw PyErr.TypeError($"str, bytes or bytearray expected, not {o.Type.Name}");
        }
    }

    private static int Port(PyObject o, string caller)
    {
        int port = PosixModule.Int(o);
        if (port < 0 || port > 0xffff) throw PyErr.OverflowError($"{caller}(): port must be 0-65535.");
        return port;
    }

    /// <summary>setipaddr: a host name or numeric address to the raw address of <paramref name="family"/>
    /// (AF_UNSPEC: whichever the resolver gives first). Returns the family found.</summary>
    internal static int ResolveHost(string name, int family, out byte[] addr)
    {
        if (name.Length == 0)
        {
            if (family == AF_INET6) { addr = new byte[16]; return AF_INET6; }
            addr = new byte[4];
            return AF_INET;
        }
        if (name == "<broadcast>" || name == "255.255.255.255")
        {
            if (family != AF_INET && family != AF_UNSPEC) throw PyErr.New(PyExc.OSError, "address family mismatched");
            addr = [255, 255, 255, 255];
            return AF_INET;
        }
        var nb = Encoding.Latin1.GetBytes(name + "\0");
        if (family is AF_INET or AF_UNSPEC)
        {
            var a4 = new byte[4];
            if (Libc.InetPton(AF_INET, nb, a4) == 1) { addr = a4; return AF_INET; }
        }
        if (family is AF_INET6 or AF_UNSPEC)
        {
            var a6 = new byte[16];
            if (Libc.InetPton(AF_INET6, nb, a6) == 1) { addr = a6; return AF_INET6; }
        }
        var hints = new byte[48];
        BinaryPrimitives.WriteInt32LittleEndian(hints.AsSpan(4), family);
        nint res;
        int rc;
        using (Gil.Release()) rc = Libc.GetAddrInfo(nb, null, hints, out res);
        if (rc != 0) throw SocketModule.GaiError(rc);
        try
        {
            int fam = Marshal.ReadInt32(res, 4);
            nint sa = Marshal.ReadIntPtr(res, 24);
            if (fam == AF_INET)
            {
                addr = new byte[4];
                Marshal.Copy(sa + 4, addr, 0, 4);
            }
            else if (fam == AF_INET6)
            {
                addr = new byte[16];
                Marshal.Copy(sa + 8, addr, 0, 16);
            }
            else throw PyErr.New(PyExc.OSError, "unsupported address family");
            return fam;
        }
        finally { Libc.FreeAddrInfo(res); }
    }

    internal static byte[] Inet4(byte[] ip, int port)
    {
        var sa = new byte[16];
        BinaryPrimitives.WriteUInt16LittleEndian(sa, AF_INET);
        BinaryPrimitives.WriteUInt16BigEndian(sa.AsSpan(2), (ushort)port);
        ip.CopyTo(sa, 4);
        return sa;
    }

    internal static byte[] Inet6(byte[] ip, int port, uint flowinfo, uint scopeId)
    {
        var sa = new byte[28];
        BinaryPrimitives.WriteUInt16LittleEndian(sa, AF_INET6);
        BinaryPrimitives.WriteUInt16BigEndian(sa.AsSpan(2), (ushort)port);
        BinaryPrimitives.WriteUInt32BigEndian(sa.AsSpan(4), flowinfo);
        ip.CopyTo(sa, 8);
        BinaryPrimitives.WriteUInt32LittleEndian(sa.AsSpan(24), scopeId);
        return sa;
    }

    /// <summary>getsockaddrarg: the address argument of bind/connect/sendto for a socket of <paramref name="family"/>.</summary>
    internal static byte[] Parse(int family, PyObject addr, string caller)
    {
        switch (family)
        {
            case AF_UNIX:
                {
                    byte[] path;
                    if (addr is PyStr s) path = PathArg.Encode(s);
                    else if (addr is IPyBuffer) path = Buffers.Get(addr).ToArray();
                    else if (addr is not PyStr && Ops.TryGetAttr(addr.Type, PyStr.Intern("__fspath__")) is not null)
                    {
                        var p = Ops.Call(Ops.GetAttr(addr, PyStr.Intern("__fspath__")), []);
                        path = p is PyStr ps ? PathArg.Encode(ps) : Buffers.Get(p).ToArray();
                    }
                    else throw Buffers.Required(addr);
                    bool abstractNs = path.Length > 0 && path[0] == 0;
                    if (abstractNs ? path.Length > SunPathLen : path.Length >= SunPathLen)
                        throw PyErr.New(PyExc.OSError, "AF_UNIX path too long");
                    // The length covers the path without a terminating NUL (an empty path autobinds).
                    var sa = new byte[2 + path.Length];
                    BinaryPrimitives.WriteUInt16LittleEndian(sa, AF_UNIX);
                    path.CopyTo(sa, 2);
                    return sa;
                }
            case AF_INET:
                {
                    if (addr is not PyTuple t) throw PyErr.TypeError($"{caller}(): AF_INET address must be tuple, not {addr.Type.Name}");
                    if (t.Count != 2) throw PyErr.TypeError("AF_INET address must be a pair (host, port)");
                    string host = HostArg(t[0]);
                    int port = PosixModule.Int(t[1]);
                    ResolveHost(host, AF_INET, out var ip);
                    if (port < 0 || port > 0xffff) throw PyErr.OverflowError($"{caller}(): port must be 0-65535.");
                    return Inet4(ip, port);
                }
            case AF_INET6:
                {
                    if (addr is not PyTuple t) throw PyErr.TypeError($"{caller}(): AF_INET6 address must be tuple, not {addr.Type.Name}");
                    if (t.Count < 2 || t.Count > 4) throw PyErr.TypeError("AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
                    string host = HostArg(t[0]);
                    int port = PosixModule.Int(t[1]);
                    uint flow = t.Count > 2 ? UInt(t[2]) : 0, scope = t.Count > 3 ? UInt(t[3]) : 0;
                    ResolveHost(host, AF_INET6, out var ip);
                    if (port < 0 || port > 0xffff) throw PyErr.OverflowError($"{caller}(): port must be 0-65535.");
                    if (flow > 0xfffff) throw PyErr.OverflowError($"{caller}(): flowinfo must be 0-1048575.");
                    return Inet6(ip, port, flow, scope);
                }
            case AF_VSOCK:
                {
                    if (addr is not PyTuple { Count: 2 } t) throw PyErr.TypeError($"{caller}(): AF_VSOCK address must be tuple, not {addr.Type.Name}");
                    uint cid = UInt(t[0]), port = UInt(t[1]);
                    var sa = new byte[16];
                    BinaryPrimitives.WriteUInt16LittleEndian(sa, AF_VSOCK);
                    BinaryPrimitives.WriteUInt32LittleEndian(sa.AsSpan(4), port);
                    BinaryPrimitives.WriteUInt32LittleEndian(sa.AsSpan(8), cid);
                    return sa;
                }
            default:
                throw PyErr.New(PyExc.OSError, $"{caller}(): bad family");
        }
    }

    /// <summary>The "I" converter: an unsigned int, masked.</summary>
    internal static uint UInt(PyObject o)
    {
        var i = Ops.Index(o);
        return i.IsBig ? (uint)(i.ToBigInteger() & uint.MaxValue) : unchecked((uint)i.Small);
    }

    /// <summary>makeipaddr: the numeric text of an IPv4 (4 bytes) or IPv6 (16 bytes) address.</summary>
    internal static string IpText(ReadOnlySpan<byte> ip)
    {
        var dst = new byte[64];
        int af = ip.Length == 4 ? AF_INET : AF_INET6;
        if (Libc.InetNtop(af, ip.ToArray(), dst, dst.Length) == 0) throw Posix.Error(Posix.Errno);
        return Encoding.ASCII.GetString(dst, 0, Array.IndexOf(dst, (byte)0));
    }

    /// <summary>makesockaddr: raw sockaddr bytes (length <paramref name="len"/>) to the Python address.</summary>
    internal static PyObject Make(byte[] sa, int len)
    {
        if (len == 0) return PyNone.Instance;
        int family = BinaryPrimitives.ReadUInt16LittleEndian(sa);
        switch (family)
        {
            case AF_INET:
                return PyTuple.Pair(new PyStr(IpText(sa.AsSpan(4, 4))), PyInt.FromLong(BinaryPrimitives.ReadUInt16BigEndian(sa.AsSpan(2))));
            case AF_INET6:
                {
                    // inet_ntop as CPython 3.11's make_ipv6_addr: no %scope suffix (scope_id is the 4th item).
                    string text = IpText(sa.AsSpan(8, 16));
                    return PyTuple.Create([new PyStr(text), PyInt.FromLong(BinaryPrimitives.ReadUInt16BigEndian(sa.AsSpan(2))),
                        PyInt.FromLong(BinaryPrimitives.ReadUInt32BigEndian(sa.AsSpan(4))), PyInt.FromLong(BinaryPrimitives.ReadUInt32LittleEndian(sa.AsSpan(24)))]);
                }
            case AF_UNIX:
                {
                    int n = len - 2;
                    if (n > 0 && sa[2] == 0) return PyBytes.FromSpan(sa.AsSpan(2, n));
                    var path = sa.AsSpan(2, Math.Max(n, 0));
                    int nul = path.IndexOf((byte)0);
                    return PathArg.Decode(nul >= 0 ? path[..nul] : path);
                }
            case AF_VSOCK:
                return PyTuple.Pair(PyInt.FromLong(BinaryPrimitives.ReadUInt32LittleEndian(sa.AsSpan(8))), PyInt.FromLong(BinaryPrimitives.ReadUInt32LittleEndian(sa.AsSpan(4))));
            default:
                return PyTuple.Pair(PyInt.FromLong(family), PyBytes.FromSpan(sa.AsSpan(2, Math.Max(len - 2, 0))));
        }
    }
}
