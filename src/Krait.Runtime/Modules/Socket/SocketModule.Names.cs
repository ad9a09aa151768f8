using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace Krait.Runtime;

// Name resolution: getaddrinfo/getnameinfo, host, protocol, service and interface names.
public static partial class SocketModule
{
    private static byte[] Z(string s) => Encoding.Latin1.GetBytes(s + "\0");

    private static PyStr CStr(nint p) => PathArg.Decode(Libc.CBytes(p));

    private static PyObject GetAddrInfo(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = [null, null, null, null, null, null];
        ArgBinder.Bind("getaddrinfo", args, kw, ["host", "port", "family", "type", "proto", "flags"], 0, 6, 2, a);
        byte[]? host = a[0] switch
        {
            PyNone => null,
            PyStr or PyBytes or PyByteArray => Z(SockAddr.HostArg(a[0]!)),
            _ => throw PyErr.TypeError("getaddrinfo() argument 1 must be string or None"),
        };
        byte[]? port = a[1] switch
        {
            PyNone => null,
            PyInt i => Z(i.ToBigInteger().ToString()),
            PyStr s => Z(Encoding.Latin1.GetString(Utf8Codec.Encode(s, "strict"))),
            PyBytes b => Z(Encoding.Latin1.GetString(b.Value)),
            _ => throw PyErr.New(PyExc.OSError, "Int or String expected"),
        };
        int family = a[2] is null ? 0 : PosixModule.Int(a[2]!), type = a[3] is null ? 0 : PosixModule.Int(a[3]!);
        int proto = a[4] is null ? 0 : PosixModule.Int(a[4]!), flags = a[5] is null ? 0 : PosixModule.Int(a[5]!);
        var hints = new byte[48];
        BinaryPrimitives.WriteInt32LittleEndian(hints, flags);
        BinaryPrimitives.WriteInt32LittleEndian(hints.AsSpan(4), family);
        BinaryPrimitives.WriteInt32LittleEndian(hints.AsSpan(8), type);
        BinaryPrimitives.WriteInt32LittleEndian(hints.AsSpan(12), proto);
        nint res;
        int rc;
        using (Gil.Release()) rc = Libc.GetAddrInfo(host, port, hints, out res);
        if (rc != 0) throw GaiError(rc);
        try
        {
            var list = new PyList();
            for (nint p = res; p != 0; p = Marshal.ReadIntPtr(p, 40))
            {
                int fam = Marshal.ReadInt32(p, 4), st = Marshal.ReadInt32(p, 8), pr = Marshal.ReadInt32(p, 12);
                int alen = Marshal.ReadInt32(p, 16);
                nint sa = Marshal.ReadIntPtr(p, 24), canon = Marshal.ReadIntPtr(p, 32);
                var raw = new byte[Math.Max(alen, SockAddr.MaxLen)];
                if (sa != 0) Marshal.Copy(sa, raw, 0, alen);
                list.Append(PyTuple.Create([PyInt.FromLong(fam), PyInt.FromLong(st), PyInt.FromLong(pr),
                    canon == 0 ? PyStr.Empty : CStr(canon), SockAddr.Make(raw, alen)]));
            }
            return list;
        }
        finally { Libc.FreeAddrInfo(res); }
    }

    private static PyObject GetNameInfo(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        ArgBinder.Positional("getnameinfo", args, kw, 2, 2);
        if (args[0] is not PyTuple t) throw PyErr.TypeError("getnameinfo() argument 1 must be a tuple");
        int flags = PosixModule.Int(args[1]);
        if (t.Count < 2 || t.Count > 4 || t[0] is not PyStr host || t[1] is not PyInt)
            throw PyErr.TypeError("getnameinfo(): illegal sockaddr argument");
        int port = PosixModule.Int(t[1]);
        uint flow = t.Count > 2 ? SockAddr.UInt(t[2]) : 0, scope = t.Count > 3 ? SockAddr.UInt(t[3]) : 0;
        if (flow > 0xfffff) throw PyErr.OverflowError("getnameinfo(): flowinfo must be 0-1048575.");
        var hints = new byte[48];
        BinaryPrimitives.WriteInt32LittleEndian(hints, 4 /* AI_NUMERICHOST */);
        BinaryPrimitives.WriteInt32LittleEndian(hints.AsSpan(8), 2 /* SOCK_DGRAM */);
        nint res;
        int rc;
        using (Gil.Release()) rc = Libc.GetAddrInfo(Z(SockAddr.HostArg(host)), Z(port.ToString()), hints, out res);
        if (rc != 0) throw GaiError(rc);
        byte[] sa;
        try
        {
            if (Marshal.ReadIntPtr(res, 40) != 0) throw PyErr.New(PyExc.OSError, "sockaddr resolved to multiple addresses");
            int fam = Marshal.ReadInt32(res, 4), alen = Marshal.ReadInt32(res, 16);
            sa = new byte[alen];
            Marshal.Copy(Marshal.ReadIntPtr(res, 24), sa, 0, alen);
            if (fam == SockAddr.AF_INET)
            {
                if (t.Count != 2) throw PyErr.New(PyExc.OSError, "IPv4 sockaddr must be 2 tuple");
            }
            else if (fam == SockAddr.AF_INET6)
            {
                BinaryPrimitives.WriteUInt32BigEndian(sa.AsSpan(4), flow);
                BinaryPrimitives.WriteUInt32LittleEndian(sa.AsSpan(24), scope);
            }
        }
        finally { Libc.FreeAddrInfo(res); }
        var hbuf = new byte[1025];
        var sbuf = new byte[32];
        using (Gil.Release()) rc = Libc.GetNameInfo(sa, sa.Length, hbuf, hbuf.Length, sbuf, sbuf.Length, flags);
        if (rc != 0) throw GaiError(rc);
        return PyTuple.Pair(PathArg.Decode(hbuf.AsSpan(0, Array.IndexOf(hbuf, (byte)0))), PathArg.Decode(sbuf.AsSpan(0, Array.IndexOf(sbuf, (byte)0))));
    }

    /// <summary>gethost_common: (name, aliases, addresses) from a struct hostent.</summary>
    private static PyObject HostEnt(nint h)
    {
        var name = CStr(Marshal.ReadIntPtr(h, 0));
        var aliases = new PyList();
        nint al = Marshal.ReadIntPtr(h, 8);
        for (int i = 0; al != 0; i++)
        {
            nint p = Marshal.ReadIntPtr(al, i * 8);
            if (p == 0) break;
            aliases.Append(CStr(p));
        }
        int len = Marshal.ReadInt32(h, 20);
        var addrs = new PyList();
        nint ad = Marshal.ReadIntPtr(h, 24);
        for (int i = 0; ad != 0; i++)
        {
            nint p = Marshal.ReadIntPtr(ad, i * 8);
            if (p == 0) break;
            var raw = new byte[len];
            Marshal.Copy(p, raw, 0, len);
            addrs.Append(new PyStr(SockAddr.IpText(raw)));
        }
        return PyTuple.Create([name, aliases, addrs]);
    }

    private static string NameArg(string fname, PyObject o)
    {
        if (o is PyStr or PyBytes or PyByteArray) return SockAddr.HostArg(o);
        if (Ops.TryGetAttr(o.Type, PyStr.Intern("__fspath__")) is not null) return SockAddr.HostArg(Ops.Call(Ops.GetAttr(o, PyStr.Intern("__fspath__")), []));
        throw PyErr.TypeError($"{fname}() argument 1 must be str, bytes or bytearray, not {o.Type.Name}");
    }

    /// <summary>gethostbyname_r/gethostbyaddr_r into unmanaged buffers (the hostent points into them), growing the
    /// buffer on ERANGE; h_errno becomes herror.</summary>
    private delegate int HostCall(nint ret, nint buf, nint size, out nint result, out int herr);

    private static PyObject HostLookup(HostCall call)
    {
        for (int size = 16384; ; size *= 2)
        {
            nint ret = Marshal.AllocHGlobal(32), buf = Marshal.AllocHGlobal(size);
            try
            {
                int rc, herr;
                nint result;
                using (Gil.Release()) rc = call(ret, buf, size, out result, out herr);
                if (rc == 34 /* ERANGE */ && size < 1 << 22) continue;
                if (result == 0) throw HError(herr);
                return HostEnt(result);
            }
            finally { Marshal.FreeHGlobal(ret); Marshal.FreeHGlobal(buf); }
        }
    }

    private static PyObject GetHostByNameEx(string name)
    {
        SockAddr.ResolveHost(name, SockAddr.AF_INET, out _);
        var z = Z(name);
        return HostLookup((nint ret, nint buf, nint size, out nint result, out int herr) => Libc.GetHostByNameR(z, ret, buf, size, out result, out herr));
    }

    private static void AddNames(PyModule m)
    {
        m.AddFunction("getaddrinfo", GetAddrInfo);
        m.AddFunction("getnameinfo", GetNameInfo);
        m.AddFunction("gethostname", (self, args, kw) =>
        {
            ArgBinder.None("gethostname", args, kw);
            var buf = new byte[1024];
            if (Libc.GetHostName(buf, buf.Length) < 0) throw Posix.Error(Posix.Errno);
            return PathArg.Decode(buf.AsSpan(0, Array.IndexOf(buf, (byte)0)));
        });
        m.AddFunction("sethostname", (self, args, kw) =>
        {
            var a = ArgBinder.One("sethostname", args, kw);
            var b = a is PyStr s ? PathArg.Encode(s) : Buffers.Get(a).ToArray();
            if (Libc.SetHostName(b, b.Length) < 0) throw Posix.Error(Posix.Errno);
            return PyNone.Instance;
        });
        m.AddFunction("gethostbyname", (self, args, kw) =>
        {
            var a = ArgBinder.One("gethostbyname", args, kw);
            SockAddr.ResolveHost(NameArg("gethostbyname", a), SockAddr.AF_INET, out var ip);
            return new PyStr(SockAddr.IpText(ip));
        });
        m.AddFunction("gethostbyname_ex", (self, args, kw) =>
        {
            var a = ArgBinder.One("gethostbyname_ex", args, kw);
            return GetHostByNameEx(NameArg("gethostbyname_ex", a));
        });
        m.AddFunction("gethostbyaddr", (self, args, kw) =>
        {
            var a = ArgBinder.One("gethostbyaddr", args, kw);
            int fam = SockAddr.ResolveHost(NameArg("gethostbyaddr", a), SockAddr.AF_UNSPEC, out var ip);
            return HostLookup((nint ret, nint buf, nint size, out nint result, out int herr) =>
                Libc.GetHostByAddrR(ip, ip.Length, fam, ret, buf, size, out result, out herr));
        });
        m.AddFunction("getprotobyname", (self, args, kw) =>
        {
            var a = ArgBinder.One("getprotobyname", args, kw);
            if (a is not PyStr s) throw PyErr.TypeError($"getprotobyname() argument 1 must be str, not {a.Type.Name}");
            nint p = Libc.GetProtoByName(CString(s));
            if (p == 0) throw PyErr.New(PyExc.OSError, "protocol not found");
            return PyInt.FromLong(Marshal.ReadInt32(p, 16));
        });
        m.AddFunction("getservbyname", (self, args, kw) =>
        {
            ArgBinder.Positional("getservbyname", args, kw, 1, 2);
            if (args[0] is not PyStr s) throw PyErr.TypeError($"getservbyname() argument 1 must be str, not {args[0].Type.Name}");
            byte[]? proto = null;
            if (args.Length > 1)
                proto = args[1] is PyStr ps ? CString(ps) : throw PyErr.TypeError($"getservbyname() argument 2 must be str, not {args[1].Type.Name}");
            nint p = Libc.GetServByName(CString(s), proto);
            if (p == 0) throw PyErr.New(PyExc.OSError, "service/proto not found");
            return PyInt.FromLong(BinaryPrimitives.ReverseEndianness((ushort)Marshal.ReadInt32(p, 16)));
        });
        m.AddFunction("getservbyport", (self, args, kw) =>
        {
            ArgBinder.Positional("getservbyport", args, kw, 1, 2);
            int port = PosixModule.Int(args[0]);
            byte[]? proto = null;
            if (args.Length > 1)
                proto = args[1] is PyStr ps ? CString(ps) : throw PyErr.TypeError($"getservbyport() argument 2 must be str, not {args[1].Type.Name}");
            if (port < 0 || port > 0xffff) throw PyErr.OverflowError("getservbyport: port must be 0-65535.");
            nint p = Libc.GetServByPort(BinaryPrimitives.ReverseEndianness((ushort)port), proto);
            if (p == 0) throw PyErr.New(PyExc.OSError, "port/proto not found");
            return CStr(Marshal.ReadIntPtr(p, 0));
        });
        m.AddFunction("if_nameindex", (self, args, kw) =>
        {
            ArgBinder.None("if_nameindex", args, kw);
            nint ni = Libc.IfNameIndex();
            if (ni == 0) throw Posix.Error(Posix.Errno);
            try
            {
                var list = new PyList();
                for (int i = 0; ; i++)
                {
                    uint idx = (uint)Marshal.ReadInt32(ni, i * 16);
                    nint name = Marshal.ReadIntPtr(ni, i * 16 + 8);
                    if (idx == 0 && name == 0) break;
                    list.Append(PyTuple.Pair(PyInt.FromLong(idx), CStr(name)));
                }
                return list;
            }
            finally { Libc.IfFreeNameIndex(ni); }
        });
        m.AddFunction("if_nametoindex", (self, args, kw) =>
        {
            var a = ArgBinder.One("if_nametoindex", args, kw);
            var b = a is PyStr s ? PathArg.Encode(s) : a is PyBytes by ? by.Value
                : throw PyErr.TypeError($"expected str, bytes or os.PathLike object, not {a.Type.Name}");
            var z = new byte[b.Length + 1];
            b.CopyTo(z, 0);
            uint idx = Libc.IfNameToIndex(z);
            if (idx == 0) throw PyErr.New(PyExc.OSError, "no interface with this name");
            return PyInt.FromLong(idx);
        });
        m.AddFunction("if_indextoname", (self, args, kw) =>
        {
            var a = ArgBinder.One("if_indextoname", args, kw);
            if (a is not PyInt) throw PyErr.TypeError("an integer is required");
            var i = (PyInt)a;
            if (i.Sign < 0) throw PyErr.OverflowError("can't convert negative value to unsigned int");
            if (i.IsBig || i.Small > uint.MaxValue) throw PyErr.OverflowError("index is too large");
            var buf = new byte[16];
            if (Libc.IfIndexToName((uint)i.Small, buf) == 0) throw Posix.Error(Posix.Errno);
            return PathArg.Decode(buf.AsSpan(0, Array.IndexOf(buf, (byte)0)));
        });
    }
}
