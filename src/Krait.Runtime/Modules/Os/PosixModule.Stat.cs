using System.Buffers.Binary;

namespace Krait.Runtime;

// stat, lstat, fstat, statvfs and their result types.
public static partial class PosixModule
{
    private static readonly string?[] s_statFields =
    [
        "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", null, null, null,
        "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev",
    ];

    private static PyType? s_statResult, s_statvfsResult;

    internal static PyType StatResultType => s_statResult ??= PyStructSeqEx.NewType("os.stat_result", s_statFields, 10,
        "stat_result: Result from stat, fstat, or lstat.\n\nThis object may be accessed either as a tuple of\n" +
        "  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\nor via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\n" +
        "Posix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\nor st_flags, they are available as attributes only.\n\nSee os.stat for more information.",
        StatFixup);

    /// <summary>statresult_new: a float time left None is taken from the integer one.</summary>
    private static void StatFixup(PyStructSeqEx s)
    {
        for (int i = 7; i <= 9; i++)
            if (s.Field(i + 3) is PyNone) s.Set(i + 3, s.Field(i));
    }

    internal static PyType StatvfsResultType => s_statvfsResult ??= PyStructSeqEx.NewType("os.statvfs_result",
        ["f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail", "f_flag", "f_namemax", "f_fsid"], 10,
        "statvfs_result: Result from statvfs or fstatvfs.\n\nThis object may be accessed either as a tuple of\n" +
        "  (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax),\nor via the attributes f_bsize, f_frsize, f_blocks, f_bfree, and so on.\n\nSee os.statvfs for more information.");

    internal const int StatSize = 144;

    /// <summary>A stat_result from a filled struct stat (x86-64 layout).</summary>
    internal static PyStructSeqEx StatResult(byte[] st)
    {
        var b = st;
        ulong U(int off) => BinaryPrimitives.ReadUInt64LittleEndian(b.AsSpan(off));
        long L(int off) => BinaryPrimitives.ReadInt64LittleEndian(b.AsSpan(off));
        var all = new PyObject[19];
        all[0] = PyInt.FromLong(BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(24)));
        all[1] = PyInt.FromBig(U(8));
        all[2] = PyInt.FromBig(U(0));
        all[3] = PyInt.FromBig(U(16));
        all[4] = PyInt.FromLong(BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(28)));
        all[5] = PyInt.FromLong(BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(32)));
        all[6] = PyInt.FromLong(L(48));
        for (int k = 0; k < 3; k++)
        {
            long sec = L(72 + 16 * k), nsec = L(80 + 16 * k);
            all[7 + k] = PyInt.FromLong(sec);
            all[10 + k] = new PyFloat(sec + nsec * 1e-9);
            all[13 + k] = PyInt.FromBig((System.Numerics.BigInteger)sec * 1_000_000_000 + nsec);
        }
        all[16] = PyInt.FromLong(L(56));
        all[17] = PyInt.FromLong(L(64));
        all[18] = PyInt.FromBig(U(40));
        return PyStructSeqEx.Create(StatResultType, 10, all);
    }

    internal static int StatMode(byte[] st) => (int)BinaryPrimitives.ReadUInt32LittleEndian(st.AsSpan(24));
    internal static ulong StatIno(byte[] st) => BinaryPrimitives.ReadUInt64LittleEndian(st.AsSpan(8));

    /// <summary>stat(path, *, dir_fd=None, follow_symlinks=True) and lstat: one implementation (posix_do_stat).</summary>
    private static PyObject DoStat(string fname, ReadOnlySpan<PyObject> args, PyTuple? kw, bool lstat)
    {
        var a = Bind(fname, args, kw, lstat ? ["path", "dir_fd"] : ["path", "dir_fd", "follow_symlinks"], 0, 1, 1);
        var p = PathArg.Convert(fname, "path", a[0], allowFd: !lstat);
        int dirFd = PathArg.DirFd(a[1]);
        bool follow = !lstat && (a.Length < 3 || a[2] is null || Ops.IsTrue(a[2]!));
        var buf = new byte[StatSize];
        int r;
        if (p.HasFd)
        {
            if (dirFd != Posix.AtFdCwd || !follow)
                throw PyErr.ValueError($"{fname}: cannot use fd and {(dirFd != Posix.AtFdCwd ? "dir_fd" : "follow_symlinks")} together");
            r = Libc.FStat(p.Fd, buf);
        }
        else if (dirFd == Posix.AtFdCwd) r = follow ? Libc.Stat(p.Narrow!, buf) : Libc.LStat(p.Narrow!, buf);
        else r = Libc.FStatAt(dirFd, p.Narrow!, buf, follow ? 0 : Posix.AtSymlinkNoFollow);
        if (r != 0) throw Posix.LastError(p);
        return StatResult(buf);
    }

    private static PyObject FStat(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = Bind("fstat", args, kw, ["fd"], 0, 1, 1);
        int fd = PathArg.FdArg(a[0]!);
        var buf = new byte[StatSize];
        if (Libc.FStat(fd, buf) != 0) throw Posix.LastError(Posix.Errno);
        return StatResult(buf);
    }

    private static PyObject StatvfsResult(byte[] b)
    {
        var all = new PyObject[11];
        int[] order = [0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 8];
        for (int i = 0; i < 11; i++) all[i] = PyInt.FromBig(BinaryPrimitives.ReadUInt64LittleEndian(b.AsSpan(order[i] * 8)));
        return PyStructSeqEx.Create(StatvfsResultType, 10, all);
    }

    private static PyObject Statvfs(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = Bind("statvfs", args, kw, ["path"], 0, 1, 1);
        var p = PathArg.Convert("statvfs", "path", a[0], allowFd: true);
        var buf = new byte[112];
        int r = p.Narrow is null ? Libc.FStatVfs(p.Fd, buf) : Libc.StatVfs(p.Narrow, buf);
        if (r != 0) throw Posix.LastError(p);
        return StatvfsResult(buf);
    }

    private static PyObject FStatvfs(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = Bind("fstatvfs", args, kw, ["fd"], 1, 1, 1);
        var buf = new byte[112];
        if (Libc.FStatVfs(PathArg.FdArg(a[0]!), buf) != 0) throw Posix.LastError(Posix.Errno);
        return StatvfsResult(buf);
    }

    private static void AddStat(PyModule m)
    {
        m.Add("stat_result", StatResultType);
        m.Add("statvfs_result", StatvfsResultType);
        m.AddFunction("stat", (self, args, kw) => DoStat("stat", args, kw, false));
        m.AddFunction("lstat", (self, args, kw) => DoStat("lstat", args, kw, true));
        m.AddFunction("fstat", (self, args, kw) => FStat(args, kw));
        m.AddFunction("statvfs", (self, args, kw) => Statvfs(args, kw));
        m.AddFunction("fstatvfs", (self, args, kw) => FStatvfs(args, kw));
    }
}
