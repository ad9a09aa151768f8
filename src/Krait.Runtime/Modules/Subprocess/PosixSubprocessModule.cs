using System.Runtime.InteropServices;

namespace Krait.Runtime;

/// <summary>_posixsubprocess (CPython's Modules/_posixsubprocess.c): fork_exec for subprocess.Popen. A .NET process
/// cannot run managed code in a forked child, so the child is made with posix_spawn: the dup2/close/chdir steps of
/// CPython's child_exec become file actions, setsid/setpgid/default signals become spawn attributes, and an exec
/// failure (which posix_spawn returns as an error number) is written to errpipe_write in the format subprocess
/// reads from CPython's child ("OSError:&lt;hex errno&gt;:" or "...:noexec" for a failure before exec).</summary>
public static class PosixSubprocessModule
{
    private const int ENOENT = 2, ENOTDIR = 20, EBADF = 9, F_GETFD = 1, F_DUPFD_CLOEXEC = 1030, X_OK = 1;
    private const int SIGPIPE = 13, SIGXFSZ = 25;

    public static PyModule Create()
    {
        var m = new PyModule("_posixsubprocess", "A POSIX helper for the subprocess module.");
        m.AddFunction("fork_exec", (self, args, kw) => ForkExec(args, kw));
        return m;
    }

    /// <summary>The parsed arguments of one fork_exec call.</summary>
    private sealed class Request
    {
        public List<byte[]> Executables = [];
        public List<byte[]>? Argv, Env;
        public byte[]? Cwd;
        public int[] Keep = [];
        public bool CloseFds, RestoreSignals, CallSetsid;
        public int P2cRead, P2cWrite, C2pRead, C2pWrite, ErrRead, ErrWrite, ErrpipeRead, ErrpipeWrite, Pgid, Umask;
    }

    private static PyObject ForkExec(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is { Count: > 0 }) throw PyErr.TypeError("fork_exec() takes no keyword arguments");
        if (args.Length != 23) throw PyErr.TypeError($"fork_exec() takes exactly 23 arguments ({args.Length} given)");
        var r = new Request();
        PyObject processArgs = args[0], executableList = args[1];
        r.CloseFds = Ops.IsTrue(args[2]);
        if (args[3] is not PyTuple keep) throw PyErr.TypeError($"fork_exec() argument 4 must be tuple, not {args[3].Type.Name}");
        PyObject cwdObj = args[4], envList = args[5];
        r.P2cRead = IntArg(args[6]); r.P2cWrite = IntArg(args[7]); r.C2pRead = IntArg(args[8]); r.C2pWrite = IntArg(args[9]);
        r.ErrRead = IntArg(args[10]); r.ErrWrite = IntArg(args[11]); r.ErrpipeRead = IntArg(args[12]); r.ErrpipeWrite = IntArg(args[13]);
        r.RestoreSignals = IntArg(args[14]) != 0;
        r.CallSetsid = IntArg(args[15]) != 0;
        r.Pgid = IntArg(args[16]);
        PyObject gidObj = args[17], groups = args[18], uidObj = args[19];
        r.Umask = IntArg(args[20]);
        PyObject preexec = args[21];
        Ops.IsTrue(args[22]); // allow_vfork: posix_spawn always uses CLONE_VFORK

        if (r.CloseFds && r.ErrpipeWrite < 3) throw PyErr.ValueError("errpipe_write must be >= 3");
        r.Keep = FdsToKeep(keep);

        r.Executables = BytesList(executableList);
        if (processArgs is not PyNone)
        {
            if (processArgs is not PyList and not PyTuple && processArgs.Type.Iter is null) throw PyErr.TypeError("argv must be a tuple");
            var items = PyTuple.FromIterable(processArgs).Items;
            r.Argv = new List<byte[]>(items.Length);
            foreach (var a in items) r.Argv.Add(FsConvert(a));
        }
        if (envList is not PyNone) r.Env = BytesList(envList);
        if (cwdObj is not PyNone) r.Cwd = FsConvert(cwdObj);

        if (groups is not PyNone)
        {
            if (groups is not PyList gl) throw PyErr.TypeError("setgroups argument must be a list");
            foreach (var g in PyTuple.FromIterable(gl).Items)
                if (g is not PyInt) throw PyErr.TypeError("groups must be integers");
            throw Unsupported("extra_groups");
        }
        if (gidObj is not PyNone)
        {
            uint gid = PosixModule.Id(gidObj, "gid");
            if (gid != Libc.GetGid() || gid != Libc.GetEGid()) throw Unsupported("group");
        }
        if (uidObj is not PyNone)
        {
            uint uid = PosixModule.Id(uidObj, "uid");
            if (uid != Libc.GetUid() || uid != Libc.GetEUid()) throw Unsupported("user");
        }
        if (preexec is not PyNone)
            throw PyErr.New(PyExc.RuntimeError, "preexec_fn is not supported by Krait: child processes are started with posix_spawn, which cannot run Python code between fork and exec");

        return PyInt.FromLong(Spawn(r));
    }

    private static PythonException Unsupported(string what) =>
        PyErr.New(PyExc.RuntimeError, $"changing the {what} of a child process is not supported by Krait: child processes are started with posix_spawn");

    private static int IntArg(PyObject o) => PosixModule.Int(o);

    private static int[] FdsToKeep(PyTuple keep)
    {
        var r = new int[keep.Count];
        long prev = -1;
        for (int i = 0; i < r.Length; i++)
        {
            if (keep[i] is not PyInt pi || pi.IsBig || pi.Small < 0 || pi.Small <= prev || pi.Small > int.MaxValue)
                throw PyErr.ValueError("bad value(s) in fds_to_keep");
            r[i] = (int)pi.Small;
            prev = pi.Small;
        }
        return r;
    }

    /// <summary>_PySequence_BytesToCharpArray: every item must be bytes without NUL.</summary>
    private static List<byte[]> BytesList(PyObject seq)
    {
        long n = Ops.Len(seq);
        var r = new List<byte[]>((int)n);
        for (long i = 0; i < n; i++)
        {
            var item = Ops.GetItem(seq, PyInt.FromLong(i));
            if (item is not PyBytes b) throw PyErr.TypeError($"expected bytes, {item.Type.Name} found");
            if (b.Value.AsSpan().IndexOf((byte)0) >= 0) throw PyErr.ValueError("embedded null byte");
            r.Add(b.Value);
        }
        return r;
    }

    /// <summary>PyUnicode_FSConverter: str (UTF-8, surrogateescape), bytes or an os.PathLike.</summary>
    private static byte[] FsConvert(PyObject o)
    {
        PyObject v = o;
        if (o is not PyStr and not PyBytes)
        {
            var fspath = o.Type.Lookup(PyStr.Intern("__fspath__"))
                ?? throw PyErr.TypeError($"expected str, bytes or os.PathLike object, not {o.Type.Name}");
            v = Ops.Call(fspath, [o]);
            if (v is not PyStr and not PyBytes)
                throw PyErr.TypeError($"expected {o.Type.Name}.__fspath__() to return str or bytes, not {v.Type.Name}");
        }
        byte[] b = v is PyStr s ? PathArg.Encode(s) : ((PyBytes)v).Value;
        if (b.AsSpan().IndexOf((byte)0) >= 0) throw PyErr.ValueError("embedded null byte");
        return b;
    }

    private static bool FdOpen(int fd) => fd >= 0 && Libc.Fcntl(fd, F_GETFD, 0) >= 0;

    /// <summary>The parent-side checks standing in for the child steps before exec whose failure CPython reports
    /// as "noexec": closing the parent's pipe ends, dup2, making pass_fds inheritable, chdir. 0 when all is well.</summary>
    private static int PreExecErrno(Request r)
    {
        foreach (int fd in (ReadOnlySpan<int>)[r.P2cWrite, r.C2pRead, r.ErrRead])
            if (fd != -1 && !FdOpen(fd)) return EBADF;
        if (!FdOpen(r.ErrpipeRead)) return EBADF;
        foreach (int fd in r.Keep)
            if (fd != r.ErrpipeWrite && !FdOpen(fd)) return EBADF;
        foreach (int fd in (ReadOnlySpan<int>)[r.P2cRead, r.C2pWrite, r.ErrWrite])
            if (fd != -1 && !FdOpen(fd)) return EBADF;
        if (r.Cwd is not null)
        {
            var z = Libc.Z(r.Cwd);
            var st = new byte[256];
            if (Libc.Stat(z, st) != 0) return Posix.Errno;
            int mode = BitConverter.ToInt32(st, RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? 16 : 24);
            if ((mode & Libc.S_IFMT) != Libc.S_IFDIR) return ENOTDIR;
            if (Libc.Access(z, X_OK) != 0) return Posix.Errno;
        }
        return 0;
    }

    private static int Spawn(Request r)
    {
        var temps = new List<int>();
        nint fa = 0, attr = 0;
        var blocks = new List<nint>();
        try
        {
            int pre = PreExecErrno(r);
            if (pre != 0) return Failed(r, pre, noexec: true);

            // A child-side dup2 onto 0/1/2 could clobber a source fd that is itself 0/1/2 (#12607): move such
            // sources out of the way in the parent (close-on-exec copies, closed again after the spawn).
            int c2pwrite = r.C2pWrite, errwrite = r.ErrWrite;
            if (c2pwrite == 0) c2pwrite = DupHigh(c2pwrite, temps);
            if (errwrite is 0 or 1) errwrite = DupHigh(errwrite, temps);

            fa = Marshal.AllocHGlobal(Libc.SpawnFileActionsSize);
            attr = Marshal.AllocHGlobal(Libc.SpawnAttrSize);
            Check(Libc.SpawnFileActionsInit(fa));
            Check(Libc.SpawnAttrInit(attr));

            foreach (int fd in r.Keep)
                if (fd != r.ErrpipeWrite) Check(Libc.SpawnAddDup2(fa, fd, fd)); // clears FD_CLOEXEC in the child
            foreach (int fd in (ReadOnlySpan<int>)[r.P2cWrite, r.C2pRead, r.ErrRead, r.ErrpipeRead])
                if (fd != -1) Check(Libc.SpawnAddClose(fa, fd));
            if (r.P2cRead != -1) Check(Libc.SpawnAddDup2(fa, r.P2cRead, 0));
            if (c2pwrite != -1) Check(Libc.SpawnAddDup2(fa, c2pwrite, 1));
            if (errwrite != -1) Check(Libc.SpawnAddDup2(fa, errwrite, 2));
            if (r.Cwd is not null) Check(Libc.SpawnAddChdir(fa, Libc.Z(r.Cwd)));
            if (r.CloseFds) AddCloseFds(fa, r.Keep);

            short flags = 0;
            if (r.RestoreSignals)
            {
                var set = new ulong[16];
                set[(SIGPIPE - 1) / 64] |= 1UL << ((SIGPIPE - 1) % 64);
                set[(SIGXFSZ - 1) / 64] |= 1UL << ((SIGXFSZ - 1) % 64);
                Check(Libc.SpawnAttrSetSigDefault(attr, set));
                flags |= Libc.POSIX_SPAWN_SETSIGDEF;
            }
            if (r.CallSetsid) flags |= Libc.POSIX_SPAWN_SETSID;
            if (r.Pgid >= 0)
            {
                Check(Libc.SpawnAttrSetPGroup(attr, r.Pgid));
                flags |= Libc.POSIX_SPAWN_SETPGROUP;
            }
            Check(Libc.SpawnAttrSetFlags(attr, flags));

            var argv = CArray(r.Argv ?? [], blocks);
            nint envp = r.Env is null ? Marshal.ReadIntPtr(Libc.EnvironAddress) : CArrayPtr(r.Env, blocks);

            int pid = -1, saved = 0, last = ENOENT;
            // umask is per process, not a spawn attribute: set it around the spawn with the GIL held, so no other
            // Python thread creates files under the child's mask.
            int oldMask = r.Umask >= 0 ? Libc.UMask(r.Umask) : -1;
            try
            {
                using (Gil.Release())
                {
                    foreach (var exe in r.Executables)
                    {
                        int ec = Libc.PosixSpawn(out int p, Libc.Z(exe), fa, attr, argv, envp);
                        if (ec == 0) { pid = p; break; }
                        last = ec;
                        if (ec != ENOENT && ec != ENOTDIR && saved == 0) saved = ec;
                    }
                }
            }
            finally
            {
                if (oldMask >= 0) Libc.UMask(oldMask);
            }
            if (pid > 0) return pid;
            return Failed(r, saved != 0 ? saved : last, noexec: false);
        }
        finally
        {
            if (fa != 0) { Libc.SpawnFileActionsDestroy(fa); Marshal.FreeHGlobal(fa); }
            if (attr != 0) { Libc.SpawnAttrDestroy(attr); Marshal.FreeHGlobal(attr); }
            foreach (var b in blocks) Marshal.FreeHGlobal(b);
            foreach (int fd in temps) Libc.Close(fd);
        }
    }

    /// <summary>Reports a child failure the way CPython's child does, on errpipe_write, and returns the pid of a
    /// child that exits with status 255 as CPython's failed child does (subprocess reaps it and sets returncode);
    /// our own pid (never a child of ours, so waitpid fails with ChildProcessError) if even that can't be started.</summary>
    private static int Failed(Request r, int errno, bool noexec)
    {
        var msg = System.Text.Encoding.ASCII.GetBytes($"OSError:{errno:x}:{(noexec ? "noexec" : "")}");
        Libc.Write(r.ErrpipeWrite, msg.AsSpan());
        var blocks = new List<nint>();
        try
        {
            var argv = CArray([[(byte)'s', (byte)'h'], [(byte)'-', (byte)'c'], "exit 255"u8.ToArray()], blocks);
            var envp = CArrayPtr([], blocks);
            int ec;
            int pid;
            using (Gil.Release()) ec = Libc.PosixSpawn(out pid, Libc.Z("/bin/sh"u8), 0, 0, argv, envp);
            return ec == 0 ? pid : Libc.GetPid();
        }
        finally
        {
            foreach (var b in blocks) Marshal.FreeHGlobal(b);
        }
    }

    private static void Check(int rc)
    {
        if (rc != 0) throw Posix.Error(rc);
    }

    private static int DupHigh(int fd, List<int> temps)
    {
        int n = Libc.Fcntl(fd, F_DUPFD_CLOEXEC, 3);
        if (n < 0) throw Posix.Error(Posix.Errno);
        temps.Add(n);
        return n;
    }

    /// <summary>close_fds: closes every descriptor ≥ 3 in the child except <paramref name="keep"/> — the open ones
    /// below the highest kept fd one by one (listed from /proc/self/fd), everything above with closefrom.</summary>
    private static void AddCloseFds(nint fa, int[] keep)
    {
        int top = keep.Length > 0 ? keep[^1] : 2;
        if (top > 2)
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
            {
                if (!int.TryParse(Path.GetFileName(entry), out int fd) || fd < 3 || fd >= top) continue;
                if (Array.BinarySearch(keep, fd) >= 0) continue;
                Check(Libc.SpawnAddClose(fa, fd));
            }
        }
        Check(Libc.SpawnAddCloseFrom(fa, top + 1));
    }

    private static nint[] CArray(List<byte[]> items, List<nint> blocks)
    {
        var arr = new nint[items.Count + 1];
        for (int i = 0; i < items.Count; i++) arr[i] = CString(items[i], blocks);
        return arr;
    }

    private static nint CArrayPtr(List<byte[]> items, List<nint> blocks)
    {
        var arr = CArray(items, blocks);
        nint p = Marshal.AllocHGlobal(IntPtr.Size * arr.Length);
        blocks.Add(p);
        Marshal.Copy(arr, 0, p, arr.Length);
        return p;
    }

    private static nint CString(byte[] s, List<nint> blocks)
    {
        nint p = Marshal.AllocHGlobal(s.Length + 1);
        blocks.Add(p);
        Marshal.Copy(s, 0, p, s.Length);
        Marshal.WriteByte(p, s.Length, 0);
        return p;
    }
}
