using System.Runtime.InteropServices;

namespace Krait.Runtime;

// Directories and names: listdir, scandir, mkdir, rename, unlink, links, chmod/chown, access, utime, cwd.
public static partial class PosixModule
{
    private static void Check(int r, PathArg p, PathArg? p2 = null)
    {
        if (r != 0) throw Posix.LastError(p, p2);
    }

    private static nint OpenDirOf(PathArg p)
    {
        nint dir;
        if (p.HasFd)
        {
            // Read a duplicate so the caller's descriptor stays open and positioned (CPython rewinds it).
            int fd = Libc.Dup(p.Fd);
            if (fd < 0) throw Posix.Error(Posix.Errno);
            dir = Libc.FdOpenDir(fd);
            if (dir == 0) { int e = Posix.Errno; Libc.Close(fd); throw Posix.Error(e); }
            Libc.RewindDir(dir);
            return dir;
        }
        dir = Libc.OpenDir(p.Narrow ?? Libc.Z("."u8));
        if (dir == 0) throw Posix.Error(Posix.Errno, p.IsNone ? new PyStr(".") : p.Object);
        return dir;
    }

    private static PyObject ListDir(PathArg p)
    {
        nint dir = OpenDirOf(p);
        var list = new PyList();
        try
        {
            while (true)
            {
                Marshal.SetLastPInvokeError(0);
                nint ent = Libc.ReadDir(dir);
                if (ent == 0)
                {
                    int e = Marshal.GetLastPInvokeError();
                    if (e != 0) throw Posix.Error(e, p.HasFd || p.IsNone ? null : p.Object);
                    break;
                }
                var name = PyScandirIterator.DirEntryName(ent, out _, out _);
                if (name is [(byte)'.'] or [(byte)'.', (byte)'.']) continue;
                list.Append(p.IsBytes ? new PyBytes(name) : PathArg.Decode(name));
            }
        }
        finally
        {
            if (p.HasFd) Libc.RewindDir(dir);
            Libc.CloseDir(dir);
        }
        return list;
    }

    private static long[]? UtimeTimes(PyObject? times, PyObject? ns)
    {
        bool haveTimes = times is not null && times is not PyNone;
        if (haveTimes && ns is not null) throw PyErr.ValueError("utime: you may specify either 'times' or 'ns' but not both");
        if (haveTimes)
        {
            if (times is not PyTuple { Count: 2 } t) throw PyErr.TypeError("utime: 'times' must be either a tuple of two ints or None");
            var r = new long[4];
            for (int i = 0; i < 2; i++)
            {
                var o = t.Items[i];
                if (o is PyFloat f)
                {
                    double d = f.Value, sec = Math.Floor(d);
                    long nsec = (long)Math.Floor((d - sec) * 1e9);
                    if (nsec >= 1_000_000_000) { sec += 1; nsec -= 1_000_000_000; }
                    r[2 * i] = (long)sec;
                    r[2 * i + 1] = nsec;
                }
                else r[2 * i] = Long(o);
            }
            return r;
        }
        if (ns is not null)
        {
            if (ns is not PyTuple { Count: 2 } t) throw PyErr.TypeError("utime: 'ns' must be a tuple of two ints");
            var r = new long[4];
            for (int i = 0; i < 2; i++)
            {
                var v = Ops.Index(t.Items[i]).ToBigInteger();
                var sec = System.Numerics.BigInteger.DivRem(v, 1_000_000_000, out var rem);
                if (rem < 0) { rem += 1_000_000_000; sec -= 1; }
                r[2 * i] = (long)sec;
                r[2 * i + 1] = (long)rem;
            }
            return r;
        }
        return null;
    }

    private static void AddDirs(PyModule m)
    {
        m.Add("DirEntry", PyDirEntry.DirEntryType);
        m.AddFunction("listdir", (self, args, kw) =>
        {
            var a = Bind("listdir", args, kw, ["path"], 0, 1, 0);
            return ListDir(PathArg.Convert("listdir", "path", a[0], allowFd: true, nullable: true));
        });
        m.AddFunction("scandir", (self, args, kw) =>
        {
            var a = Bind("scandir", args, kw, ["path"], 0, 1, 0);
            var p = PathArg.Convert("scandir", "path", a[0], allowFd: true, nullable: true);
            return new PyScandirIterator(OpenDirOf(p), p);
        });
        m.AddFunction("mkdir", (self, args, kw) =>
        {
            var a = Bind("mkdir", args, kw, ["path", "mode", "dir_fd"], 0, 2, 1);
            var p = PathArg.Convert("mkdir", "path", a[0]);
            Check(Libc.MkDirAt(PathArg.DirFd(a[2]), p.Narrow!, a[1] is null ? 0x1ff : Int(a[1]!)), p);
            return PyNone.Instance;
        });
        m.AddFunction("rmdir", (self, args, kw) =>
        {
            var a = Bind("rmdir", args, kw, ["path", "dir_fd"], 0, 1, 1);
            var p = PathArg.Convert("rmdir", "path", a[0]);
            Check(Libc.UnlinkAt(PathArg.DirFd(a[1]), p.Narrow!, Posix.AtRemoveDir), p);
            return PyNone.Instance;
        });
        foreach (var name in new[] { "unlink", "remove" })
        {
            string fname = name;
            m.AddFunction(fname, (self, args, kw) =>
            {
                var a = Bind(fname, args, kw, ["path", "dir_fd"], 0, 1, 1);
                var p = PathArg.Convert(fname, "path", a[0]);
                Check(Libc.UnlinkAt(PathArg.DirFd(a[1]), p.Narrow!, 0), p);
                return PyNone.Instance;
            });
        }
        foreach (var name in new[] { "rename", "replace" })
        {
            string fname = name;
            m.AddFunction(fname, (self, args, kw) =>
            {
                var a = Bind(fname, args, kw, ["src", "dst", "src_dir_fd", "dst_dir_fd"], 0, 2, 2);
                var src = PathArg.Convert(fname, "src", a[0]);
                var dst = PathArg.Convert(fname, "dst", a[1]);
                Check(Libc.RenameAt(PathArg.DirFd(a[2]), src.Narrow!, PathArg.DirFd(a[3]), dst.Narrow!), src, dst);
                return PyNone.Instance;
            });
        }
        m.AddFunction("link", (self, args, kw) =>
        {
            var a = Bind("link", args, kw, ["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"], 0, 2, 2);
            var src = PathArg.Convert("link", "src", a[0]);
            var dst = PathArg.Convert("link", "dst", a[1]);
            int flags = Bool(a[4], true) ? Posix.AtSymlinkFollow : 0;
            Check(Libc.LinkAt(PathArg.DirFd(a[2]), src.Narrow!, PathArg.DirFd(a[3]), dst.Narrow!, flags), src, dst);
            return PyNone.Instance;
        });
        m.AddFunction("symlink", (self, args, kw) =>
        {
            var a = Bind("symlink", args, kw, ["src", "dst", "target_is_directory", "dir_fd"], 0, 3, 2);
            var src = PathArg.Convert("symlink", "src", a[0]);
            var dst = PathArg.Convert("symlink", "dst", a[1]);
            Check(Libc.SymLinkAt(src.Narrow!, PathArg.DirFd(a[3]), dst.Narrow!), src, dst);
            return PyNone.Instance;
        });
        m.AddFunction("readlink", (self, args, kw) =>
        {
            var a = Bind("readlink", args, kw, ["path", "dir_fd"], 0, 1, 1);
            var p = PathArg.Convert("readlink", "path", a[0]);
            var buf = new byte[4096];
            long n = Libc.ReadLinkAt(PathArg.DirFd(a[1]), p.Narrow!, buf, buf.Length);
            if (n < 0) throw Posix.LastError(p);
            return p.Result(buf.AsSpan(0, (int)n));
        });
        m.AddFunction("chmod", (self, args, kw) =>
        {
            var a = Bind("chmod", args, kw, ["path", "mode", "dir_fd", "follow_symlinks"], 0, 2, 2);
            var p = PathArg.Convert("chmod", "path", a[0], allowFd: true);
            int mode = Int(a[1]!);
            bool follow = Bool(a[3], true);
            int r = p.HasFd ? Libc.FChMod(p.Fd, mode) : Libc.FChModAt(PathArg.DirFd(a[2]), p.Narrow!, mode, follow ? 0 : Posix.AtSymlinkNoFollow);
            if (r != 0 && !follow && Posix.Errno == 95)
                throw PyErr.New(PyExc.NotImplementedError, "chmod: follow_symlinks unavailable on this platform");
            Check(r, p);
            return PyNone.Instance;
        });
        m.AddFunction("fchmod", (self, args, kw) =>
        {
            var a = Bind("fchmod", args, kw, ["fd", "mode"], 0, 2, 2);
            if (Libc.FChMod(Fd(a[0]!), Int(a[1]!)) != 0) throw Posix.Error(Posix.Errno);
            return PyNone.Instance;
        });
        m.AddFunction("chown", (self, args, kw) =>
        {
            var a = Bind("chown", args, kw, ["path", "uid", "gid", "dir_fd", "follow_symlinks"], 0, 3, 3);
            var p = PathArg.Convert("chown", "path", a[0], allowFd: true);
            uint uid = Id(a[1]!, "uid"), gid = Id(a[2]!, "gid");
            int r = p.HasFd ? Libc.FChOwn(p.Fd, (int)uid, (int)gid)
                : Libc.FChOwnAt(PathArg.DirFd(a[3]), p.Narrow!, (int)uid, (int)gid, Bool(a[4], true) ? 0 : Posix.AtSymlinkNoFollow);
            Check(r, p);
            return PyNone.Instance;
        });
        m.AddFunction("fchown", (self, args, kw) =>
        {
            var a = Bind("fchown", args, kw, ["fd", "uid", "gid"], 0, 3, 3);
            if (Libc.FChOwn(Fd(a[0]!), (int)Id(a[1]!, "uid"), (int)Id(a[2]!, "gid")) != 0) throw Posix.Error(Posix.Errno);
            return PyNone.Instance;
        });
        m.AddFunction("lchown", (self, args, kw) =>
        {
            var a = Bind("lchown", args, kw, ["path", "uid", "gid"], 0, 3, 3);
            var p = PathArg.Convert("lchown", "path", a[0]);
            Check(Libc.LChOwn(p.Narrow!, (int)Id(a[1]!, "uid"), (int)Id(a[2]!, "gid")), p);
            return PyNone.Instance;
        });
        m.AddFunction("access", (self, args, kw) =>
        {
            var a = Bind("access", args, kw, ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], 0, 2, 2);
            var p = PathArg.Convert("access", "path", a[0]);
            int mode = Int(a[1]!);
            int flags = (Bool(a[3], false) ? Posix.AtEaccess : 0) | (Bool(a[4], true) ? 0 : Posix.AtSymlinkNoFollow);
            return PyBool.From(Libc.FAccessAt(PathArg.DirFd(a[2]), p.Narrow!, mode, flags) == 0);
        });
        m.AddFunction("utime", (self, args, kw) =>
        {
            var a = Bind("utime", args, kw, ["path", "times", "ns", "dir_fd", "follow_symlinks"], 0, 2, 1);
            var p = PathArg.Convert("utime", "path", a[0], allowFd: true);
            var ts = UtimeTimes(a[1], a[2]);
            bool follow = Bool(a[4], true);
            int r = p.HasFd ? Libc.FUTimens(p.Fd, ts)
                : Libc.UTimensAt(PathArg.DirFd(a[3]), p.Narrow!, ts, follow ? 0 : Posix.AtSymlinkNoFollow);
            Check(r, p);
            return PyNone.Instance;
        });
        m.AddFunction("mkfifo", (self, args, kw) =>
        {
            var a = Bind("mkfifo", args, kw, ["path", "mode", "dir_fd"], 0, 2, 1);
            var p = PathArg.Convert("mkfifo", "path", a[0]);
            Check(Libc.MkFifoAt(PathArg.DirFd(a[2]), p.Narrow!, a[1] is null ? 0x1b6 : Int(a[1]!)), p);
            return PyNone.Instance;
        });
        m.AddFunction("mknod", (self, args, kw) =>
        {
            var a = Bind("mknod", args, kw, ["path", "mode", "device", "dir_fd"], 0, 3, 1);
            var p = PathArg.Convert("mknod", "path", a[0]);
            ulong dev = a[2] is null ? 0 : (ulong)Long(a[2]!);
            Check(Libc.MkNodAt(PathArg.DirFd(a[3]), p.Narrow!, a[1] is null ? 0x180 : Int(a[1]!), dev), p);
            return PyNone.Instance;
        });
        m.AddFunction("major", (self, args, kw) =>
        {
            ArgBinder.Positional("major", args, kw, 1, 1);
            ulong d = (ulong)Long(args[0]);
            return PyInt.FromLong((long)(((d >> 32) & 0xfffff000) | ((d >> 8) & 0xfff)));
        });
        m.AddFunction("minor", (self, args, kw) =>
        {
            ArgBinder.Positional("minor", args, kw, 1, 1);
            ulong d = (ulong)Long(args[0]);
            return PyInt.FromLong((long)(((d >> 12) & 0xffffff00) | (d & 0xff)));
        });
        m.AddFunction("makedev", (self, args, kw) =>
        {
            ArgBinder.Positional("makedev", args, kw, 2, 2);
            ulong ma = (uint)Int(args[0]), mi = (uint)Int(args[1]);
            ulong d = ((ma & 0xfffff000) << 32) | ((ma & 0xfff) << 8) | ((mi & 0xffffff00) << 12) | (mi & 0xff);
            return PyInt.FromBig(d);
        });
        m.AddFunction("chroot", (self, args, kw) =>
        {
            var p = PathArg.Convert("chroot", "path", Bind("chroot", args, kw, ["path"], 0, 1, 1)[0]);
            Check(Libc.ChRoot(p.Narrow!), p);
            return PyNone.Instance;
        });
        m.AddFunction("sync", (self, args, kw) => { ArgBinder.None("sync", args, kw); Libc.Sync(); return PyNone.Instance; });
        m.AddFunction("getcwd", (self, args, kw) => { ArgBinder.None("getcwd", args, kw); return PathArg.Decode(GetCwd()); });
        m.AddFunction("getcwdb", (self, args, kw) => { ArgBinder.None("getcwdb", args, kw); return new PyBytes(GetCwd()); });
        m.AddFunction("chdir", (self, args, kw) =>
        {
            var p = PathArg.Convert("chdir", "path", Bind("chdir", args, kw, ["path"], 0, 1, 1)[0], allowFd: true);
            Check(p.HasFd ? Libc.FChDir(p.Fd) : Libc.ChDir(p.Narrow!), p);
            return PyNone.Instance;
        });
        m.AddFunction("fchdir", (self, args, kw) =>
        {
            var o = Bind("fchdir", args, kw, ["fd"], 0, 1, 1)[0]!;
            int fd = o.Type.Index is not null ? Fd(o) : FileNo(o);
            if (Libc.FChDir(fd) != 0) throw Posix.Error(Posix.Errno);
            return PyNone.Instance;
        });
    }

    internal static byte[] GetCwd()
    {
        var buf = new byte[4096];
        while (Libc.GetCwd(buf, buf.Length) == 0)
        {
            int e = Posix.Errno;
            if (e != 34 /* ERANGE */) throw Posix.Error(e);
            buf = new byte[buf.Length * 2];
        }
        return Libc.CSpan(buf).ToArray();
    }
}
