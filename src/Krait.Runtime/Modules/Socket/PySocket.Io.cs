using System.Runtime.InteropServices;

namespace Krait.Runtime;

// Data transfer: recv/send and their *_into, *from, *to and *msg forms.
public sealed partial class PySocket
{
    private static void AddIoMethods(PyType t)
    {
        TypeBuilder.Method(t, "recv", (self, args, kw) =>
        {
            Count("recv", args, kw, 1, 2);
            long n = ArgBinder.Ssize(args[0]);
            int flags = args.Length > 1 ? Int(args[1]) : 0;
            if (n < 0) throw PyErr.ValueError("negative buffersize in recv");
            var buf = new byte[n];
            long got = Self(self).RecvInto(buf, 0, (int)n, flags);
            return got == n ? new PyBytes(buf) : PyBytes.FromSpan(buf.AsSpan(0, (int)got));
        });
        TypeBuilder.Method(t, "recv_into", (self, args, kw) =>
        {
            Span<PyObject?> a = [null, null, null];
            ArgBinder.Bind("recv_into", args, kw, ["buffer", "nbytes", "flags"], 0, 3, 1, a);
            var info = WritableBuffer("recv_into", a[0]!);
            try
            {
                long n = a[1] is null ? 0 : ArgBinder.Ssize(a[1]!);
                int flags = a[2] is null ? 0 : Int(a[2]!);
                if (n < 0) throw PyErr.ValueError("negative buffersize in recv_into");
                if (n == 0) n = info.Length;
                if (info.Length < n) throw PyErr.ValueError("buffer too small for requested bytes");
                return PyInt.FromLong(Self(self).RecvInto(info.Array, info.Offset, (int)n, flags));
            }
            finally { ((IPyBuffer)a[0]!).ReleaseBuffer(); }
        });
        TypeBuilder.Method(t, "recvfrom", (self, args, kw) =>
        {
            Count("recvfrom", args, kw, 1, 2);
            long n = ArgBinder.Ssize(args[0]);
            int flags = args.Length > 1 ? Int(args[1]) : 0;
            if (n < 0) throw PyErr.ValueError("negative buffersize in recvfrom");
            var buf = new byte[n];
            long got = Self(self).RecvFromInto(buf, 0, (int)n, flags, out var addr);
            return PyTuple.Pair(got == n ? new PyBytes(buf) : PyBytes.FromSpan(buf.AsSpan(0, (int)got)), addr);
        });
        TypeBuilder.Method(t, "recvfrom_into", (self, args, kw) =>
        {
            Span<PyObject?> a = [null, null, null];
            ArgBinder.Bind("recvfrom_into", args, kw, ["buffer", "nbytes", "flags"], 0, 3, 1, a);
            var info = WritableBuffer("recvfrom_into", a[0]!);
            try
            {
                long n = a[1] is null ? 0 : ArgBinder.Ssize(a[1]!);
                int flags = a[2] is null ? 0 : Int(a[2]!);
                if (n < 0) throw PyErr.ValueError("negative buffersize in recvfrom_into");
                if (n == 0) n = info.Length;
                else if (n > info.Length) throw PyErr.ValueError("nbytes is greater than the length of the buffer");
                long got = Self(self).RecvFromInto(info.Array, info.Offset, (int)n, flags, out var addr);
                return PyTuple.Pair(PyInt.FromLong(got), addr);
            }
            finally { ((IPyBuffer)a[0]!).ReleaseBuffer(); }
        });
        TypeBuilder.Method(t, "send", (self, args, kw) =>
        {
            Count("send", args, kw, 1, 2);
            var data = Buffers.Get(args[0]).ToArray();
            int flags = args.Length > 1 ? Int(args[1]) : 0;
            var s = Self(self);
            long sent = s.SendSpan(data, 0, data.Length, flags);
            // A blocking send returns once everything is queued, as the kernel's would.
            while (s.TimeoutNs < 0 && sent < data.Length)
            {
                SignalModule.CheckSignals();
                sent += s.SendSpan(data, (int)sent, data.Length - (int)sent, flags);
            }
            return PyInt.FromLong(sent);
        });
        TypeBuilder.Method(t, "sendall", (self, args, kw) =>
        {
            Count("sendall", args, kw, 1, 2);
            var data = Buffers.Get(args[0]).ToArray();
            int flags = args.Length > 1 ? Int(args[1]) : 0;
            var s = Self(self);
            long deadline = s.TimeoutNs > 0 ? SelectModule.MonotonicNs() + s.TimeoutNs : -1;
            int off = 0;
            do
            {
                off += (int)s.SendSpan(data, off, data.Length - off, flags, deadline);
                SignalModule.CheckSignals();
            } while (off < data.Length);
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "sendto", (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("sendto() takes no keyword arguments");
            if (args.Length is not (2 or 3)) throw PyErr.TypeError($"sendto() takes 2 or 3 arguments ({args.Length} given)");
            var data = Buffers.Get(args[0]).ToArray();
            int flags = args.Length == 3 ? Int(args[1]) : 0;
            var s = Self(self);
            var sa = SockAddr.Parse(s.Family, args[^1], "sendto");
            int fd = s.CheckedFd();
            int userFlags = flags;
            flags |= s.DontWait;
            return PyInt.FromLong(s.Call(true, (out int errno) =>
            {
                nint r = data.Length == 0 ? Libc.SendTo(fd, ref MemoryMarshal.GetReference(stackalloc byte[1]), 0, flags, sa, sa.Length)
                    : Libc.SendTo(fd, ref data[0], data.Length, flags, sa, sa.Length);
                errno = r < 0 ? Marshal.GetLastPInvokeError() : 0;
                return r;
            }, userFlags: userFlags));
        });
        TypeBuilder.Method(t, "sendmsg", (self, args, kw) =>
        {
            Count("sendmsg", args, kw, 1, 4);
            return Self(self).SendMsg(args);
        });
        TypeBuilder.Method(t, "recvmsg", (self, args, kw) =>
        {
            Count("recvmsg", args, kw, 1, 3);
            long n = ArgBinder.Ssize(args[0]);
            if (n < 0) throw PyErr.ValueError("negative buffer size in recvmsg()");
            long anc = args.Length > 1 ? ArgBinder.Ssize(args[1]) : 0;
            if (anc < 0) throw PyErr.ValueError("negative buffer size in recvmsg()");
            int flags = args.Length > 2 ? Int(args[2]) : 0;
            var buf = new byte[n];
            var r = Self(self).RecvMsg([(buf, 0, (int)n)], (int)anc, flags, out long got);
            r[0] = PyBytes.FromSpan(buf.AsSpan(0, (int)got));
            return PyTuple.Create(r);
        });
        TypeBuilder.Method(t, "recvmsg_into", (self, args, kw) =>
        {
            Count("recvmsg_into", args, kw, 1, 3);
            long anc = args.Length > 1 ? ArgBinder.Ssize(args[1]) : 0;
            if (anc < 0) throw PyErr.ValueError("negative buffer size in recvmsg_into()");
            int flags = args.Length > 2 ? Int(args[2]) : 0;
            PyTuple bufObjs;
            try { bufObjs = PyTuple.FromIterable(args[0]); }
            catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.TypeError))
            {
                throw PyErr.TypeError("recvmsg_into() argument 1 must be an iterable");
            }
            var exported = new List<IPyBuffer>();
            try
            {
                var segs = new (byte[], int, int)[bufObjs.Count];
                for (int i = 0; i < segs.Length; i++)
                {
                    var info = WritableBuffer("recvmsg_into", bufObjs[i]);
                    exported.Add((IPyBuffer)bufObjs[i]);
                    segs[i] = (info.Array, info.Offset, info.Length);
                }
                var r = Self(self).RecvMsg(segs, (int)anc, flags, out long got);
                r[0] = PyInt.FromLong(got);
                return PyTuple.Create(r);
            }
            finally { foreach (var b in exported) b.ReleaseBuffer(); }
        });
        TypeBuilder.Method(t, "sendmsg_afalg", (self, args, kw) =>
            throw PyErr.New(PyExc.OSError, "sendmsg_afalg() is not supported by Krait"));
    }

    private const int CmsgHdr = 16;
    private static long CmsgAlign(long n) => (n + 7) & ~7L;

    /// <summary>sendmsg(buffers[, ancdata[, flags[, address]]]) through a msghdr built in unmanaged memory.</summary>
    private PyObject SendMsg(ReadOnlySpan<PyObject> args)
    {
        var bufs = new List<byte[]>();
        PyTuple items;
        try { items = PyTuple.FromIterable(args[0]); }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.TypeError))
        {
            throw PyErr.TypeError("sendmsg() argument 1 must be an iterable");
        }
        foreach (var b in items.Items) bufs.Add(Buffers.Get(b).ToArray());
        var anc = new List<(int Level, int Type, byte[] Data)>();
        if (args.Length > 1)
            foreach (var item in PyTuple.FromIterable(args[1]).Items)
            {
                if (item is not PyTuple { Count: 3 } c) throw PyErr.TypeError("[sendmsg() ancillary data items]() argument must be sequence of length 3");
                anc.Add((Int(c[0]), Int(c[1]), Buffers.Get(c[2]).ToArray()));
            }
        int flags = args.Length > 2 ? Int(args[2]) : 0;
        byte[]? sa = args.Length > 3 && args[3] is not PyNone ? SockAddr.Parse(Family, args[3], "sendmsg") : null;
        int fd = CheckedFd();
        long ctlLen = 0;
        foreach (var a in anc) ctlLen += CmsgAlign(CmsgHdr + a.Data.Length);
        nint mem = 0;
        try
        {
            long dataLen = 0;
            foreach (var b in bufs) dataLen += b.Length;
            long size = 56 + 16L * bufs.Count + ctlLen + dataLen + (sa?.Length ?? 0);
            mem = Marshal.AllocHGlobal((nint)Math.Max(size, 1));
            Marshal.Copy(new byte[size], 0, mem, (int)size);
            nint iov = mem + 56, ctl = iov + 16 * bufs.Count, data = ctl + (nint)ctlLen, name = data + (nint)dataLen;
            nint p = data;
            for (int i = 0; i < bufs.Count; i++)
            {
                Marshal.Copy(bufs[i], 0, p, bufs[i].Length);
                Marshal.WriteIntPtr(iov + 16 * i, p);
                Marshal.WriteInt64(iov + 16 * i + 8, bufs[i].Length);
                p += bufs[i].Length;
            }
            nint c = ctl;
            foreach (var a in anc)
            {
                Marshal.WriteInt64(c, CmsgHdr + a.Data.Length);
                Marshal.WriteInt32(c + 8, a.Level);
                Marshal.WriteInt32(c + 12, a.Type);
                Marshal.Copy(a.Data, 0, c + CmsgHdr, a.Data.Length);
                c += (nint)CmsgAlign(CmsgHdr + a.Data.Length);
            }
            if (sa is not null) Marshal.Copy(sa, 0, name, sa.Length);
            WriteMsgHdr(mem, sa is null ? 0 : name, sa?.Length ?? 0, iov, bufs.Count, ctl, ctlLen);
            nint msg = mem;
            int userFlags = flags;
            flags |= DontWait;
            return PyInt.FromLong(Call(true, (out int errno) =>
            {
                nint r = Libc.SendMsg(fd, msg, flags);
                errno = r < 0 ? Marshal.GetLastPInvokeError() : 0;
                return r;
            }, userFlags: userFlags));
        }
        finally { if (mem != 0) Marshal.FreeHGlobal(mem); }
    }

    /// <summary>Fills a zeroed struct msghdr (x86-64/aarch64 glibc layout: msg_name 0, msg_namelen 8, msg_iov 16,
    /// msg_iovlen 24, msg_control 32, msg_controllen 40; msg_flags stays 0); no name or control part when 0.</summary>
    private static void WriteMsgHdr(nint mem, nint name, int nameLen, nint iov, long iovLen, nint ctl, long ctlLen)
    {
        if (name != 0)
        {
            Marshal.WriteIntPtr(mem, name);
            Marshal.WriteInt32(mem + 8, nameLen);
        }
        Marshal.WriteIntPtr(mem + 16, iov);
        Marshal.WriteInt64(mem + 24, iovLen);
        if (ctlLen > 0)
        {
            Marshal.WriteIntPtr(mem + 32, ctl);
            Marshal.WriteInt64(mem + 40, ctlLen);
        }
    }

    /// <summary>recvmsg into the given segments; returns [_, ancdata, msg_flags, address] (slot 0 is the caller's).</summary>
    private PyObject[] RecvMsg((byte[] Array, int Offset, int Length)[] segs, int ancSize, int flags, out long got)
    {
        int fd = CheckedFd();
        long dataLen = 0;
        foreach (var s in segs) dataLen += s.Length;
        long size = 56 + 16L * segs.Length + ancSize + dataLen + SockAddr.MaxLen;
        nint mem = Marshal.AllocHGlobal((nint)size);
        try
        {
            Marshal.Copy(new byte[size], 0, mem, (int)size);
            nint iov = mem + 56, ctl = iov + 16 * segs.Length, data = ctl + ancSize, name = data + (nint)dataLen;
            nint p = data;
            for (int i = 0; i < segs.Length; i++)
            {
                Marshal.WriteIntPtr(iov + 16 * i, p);
                Marshal.WriteInt64(iov + 16 * i + 8, segs[i].Length);
                p += segs[i].Length;
            }
            WriteMsgHdr(mem, name, SockAddr.MaxLen, iov, segs.Length, ctl, ancSize);
            nint msg = mem;
            int userFlags = flags;
            flags |= DontWait;
            got = Call(false, (out int errno) =>
            {
                nint r = Libc.RecvMsg(fd, msg, flags);
                errno = r < 0 ? Marshal.GetLastPInvokeError() : 0;
                return r;
            }, userFlags: userFlags);
            // Copy what arrived back into the caller's segments.
            long left = got;
            p = data;
            foreach (var s in segs)
            {
                int n = (int)Math.Min(left, s.Length);
                if (n <= 0) break;
                Marshal.Copy(p, s.Array, s.Offset, n);
                p += s.Length;
                left -= n;
            }
            var ancList = new PyList();
            long ctlLen = Marshal.ReadInt64(mem + 40);
            if (ancSize > 0)
            {
                long off = 0;
                while (off + CmsgHdr <= ctlLen)
                {
                    long clen = Marshal.ReadInt64(ctl + (nint)off);
                    if (clen < CmsgHdr) break;
                    int level = Marshal.ReadInt32(ctl + (nint)off + 8), type = Marshal.ReadInt32(ctl + (nint)off + 12);
                    long dlen = Math.Min(clen, ctlLen - off) - CmsgHdr;
                    var d = new byte[dlen];
                    Marshal.Copy(ctl + (nint)off + CmsgHdr, d, 0, (int)dlen);
                    ancList.Append(PyTuple.Create([PyInt.FromLong(level), PyInt.FromLong(type), new PyBytes(d)]));
                    off += CmsgAlign(clen);
                }
            }
            int msgFlags = Marshal.ReadInt32(mem + 48);
            int nameLen = Marshal.ReadInt32(mem + 8);
            var sa = new byte[SockAddr.MaxLen];
            Marshal.Copy(name, sa, 0, sa.Length);
            return [PyNone.Instance, ancList, PyInt.FromLong(msgFlags), SockAddr.Make(sa, Math.Min(nameLen, sa.Length))];
        }
        finally { Marshal.FreeHGlobal(mem); }
    }
}
