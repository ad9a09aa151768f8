using System.Buffers.Binary;
using System.Text;

namespace Krait.Runtime;

// Processes: ids, kill/wait and the W* macros, exec, _exit, priorities and scheduling.
public static partial class PosixModule
{
    private static PyType? s_waitidResult, s_schedParam;
    private static readonly List<PyObject>[] s_atFork = [new(), new(), new()];

    internal static PyType WaitidResultType => s_waitidResult ??= PyStructSeqEx.NewType("posix.waitid_result",
        ["si_pid", "si_uid", "si_signo", "si_status", "si_code"], 5,
        "waitid_result: Result from waitid.\n\nThis object may be accessed either as a tuple of\n  (si_pid, si_uid, si_signo, si_status, si_code),\nor via the attributes si_pid, si_uid, and so on.\n\nSee os.waitid for more information.");

    internal static PyType SchedParamType => s_schedParam ??= MakeSchedParam();

    private static PyType MakeSchedParam()
    {
        var t = PyStructSeqEx.NewType("posix.sched_param", ["sched_priority"], 1,
            "Currently has only one field: sched_priority\n\nsched_priority\n  A scheduling parameter.");
        t.New = (type, args, kw) =>
        {
            var a = Bind("sched_param", args, kw, ["sched_priority"], 0, 1, 1);
            return PyStructSeqEx.Create(type, 1, [a[0]!]);
        };
        return t;
    }

    private static int Pid(PyObject o) => Int(o);

    private static PyObject Ids(uint a, uint b, uint c) => PyTuple.Create([PyInt.FromLong(a), PyInt.FromLong(b), PyInt.FromLong(c)]);

    private static PyObject NoArgs(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, long v)
    {
        ArgBinder.None(name, args, kw);
        return PyInt.FromLong(v);
    }

    private static PyObject Status(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, bool posOnly, Func<int, PyObject> f)
    {
        if (posOnly && kw is { Count: > 0 }) throw PyErr.TypeError($"posix.{name}() takes no keyword arguments");
        var a = Bind(name, args, kw, ["status"], posOnly ? 1 : 0, 1, 1);
        return f(Int(a[0]!));
    }

    private static PyObject WaitResult(int pid, int status) => PyTuple.Pair(PyInt.FromLong(pid), PyInt.FromLong(status));

    private static (int Pid, int Status) Wait4(int pid, int options, byte[]? rusage)
    {
        int status = 0;
        // WNOHANG never blocks; a blocking wait lets other threads run (Py_BEGIN_ALLOW_THREADS).
        long r = (options & 1) != 0 ? Retry(() => Libc.Wait4(pid, out status, options, rusage))
            : Retry(() => { using (Gil.Release()) return Libc.Wait4(pid, out status, options, rusage); });
        return ((int)r, status);
    }

    private static PyObject RUsage(byte[] ru)
    {
        // struct rusage: two timevals then 14 longs; resource.struct_rusage is in the resource module.
        var resource = Importer.ImportModuleLevel(new PyStr("resource"), null, null, 0);
        var items = new PyObject[16];
        for (int i = 0; i < 2; i++)
            items[i] = new PyFloat(BinaryPrimitives.ReadInt64LittleEndian(ru.AsSpan(16 * i)) + BinaryPrimitives.ReadInt64LittleEndian(ru.AsSpan(16 * i + 8)) * 1e-6);
        for (int i = 2; i < 16; i++) items[i] = PyInt.FromLong(BinaryPrimitives.ReadInt64LittleEndian(ru.AsSpan(32 + 8 * (i - 2))));
        return Ops.Call(Ops.GetAttr(resource, "struct_rusage"), [PyTuple.Wrap(items)]);
    }

    internal static nint[] CStringArray(List<byte[]> items, List<System.Runtime.InteropServices.GCHandle> pins)
    {
        var arr = new nint[items.Count + 1];
        for (int i = 0; i < items.Count; i++)
        {
            var h = System.Runtime.InteropServices.GCHandle.Alloc(items[i], System.Runtime.InteropServices.GCHandleType.Pinned);
            pins.Add(h);
            arr[i] = h.AddrOfPinnedObject();
        }
        return arr;
    }

    private static List<byte[]> ArgvBytes(string fname, PyObject argv, bool checkFirst)
    {
        if (argv is not PyList and not PyTuple) throw PyErr.TypeError($"{fname}() arg 2 must be a tuple or list");
        var items = PyTuple.FromIterable(argv).Items;
        if (items.Length == 0) throw PyErr.ValueError($"{fname}() arg 2 must not be empty");
        var r = new List<byte[]>(items.Length);
        foreach (var o in items) r.Add(PathArg.Convert(fname, "args", FsPath(o)).Narrow!);
        if (checkFirst && r[0].Length == 1) throw PyErr.ValueError($"{fname}() arg 2 first element cannot be empty");
        return r;
    }

    private static List<byte[]> EnvBlock(string fname, PyObject env)
    {
        var keys = Ops.Call(Ops.GetAttr(env, "keys"), []);
        var vals = Ops.Call(Ops.GetAttr(env, "values"), []);
        var ks = PyTuple.FromIterable(keys).Items;
        var vs = PyTuple.FromIterable(vals).Items;
        var r = new List<byte[]>(ks.Length);
        for (int i = 0; i < ks.Length; i++)
        {
            var k = PathArg.Convert(fname, "env", FsPath(ks[i])).Bytes;
            if (k.Length == 0 || k.IndexOf((byte)'=') >= 0) throw PyErr.ValueError("illegal environment variable name");
            var v = PathArg.Convert(fname, "env", FsPath(vs[i])).Bytes;
            var entry = new byte[k.Length + v.Length + 2];
            k.CopyTo(entry);
            entry[k.Length] = (byte)'=';
            v.CopyTo(entry.AsSpan(k.Length + 1));
            r.Add(entry);
        }
        return r;
    }

    private static void AddProcess(PyModule m)
    {
        m.Add("waitid_result", WaitidResultType);
        m.Add("sched_param", SchedParamType);
        m.AddFunction("getpid", (self, args, kw) => NoArgs("getpid", args, kw, Libc.GetPid()));
        m.AddFunction("getppid", (self, args, kw) => NoArgs("getppid", args, kw, Libc.GetPPid()));
        m.AddFunction("getuid", (self, args, kw) => NoArgs("getuid", args, kw, Libc.GetUid()));
        m.AddFunction("geteuid", (self, args, kw) => NoArgs("geteuid", args, kw, Libc.GetEUid()));
        m.AddFunction("getgid", (self, args, kw) => NoArgs("getgid", args, kw, Libc.GetGid()));
        m.AddFunction("getegid", (self, args, kw) => NoArgs("getegid", args, kw, Libc.GetEGid()));
        m.AddFunction("getpgrp", (self, args, kw) => NoArgs("getpgrp", args, kw, Libc.GetPGrp()));
        m.AddFunction("getgroups", (self, args, kw) =>
        {
            ArgBinder.None("getgroups", args, kw);
            int n = Libc.GetGroups(0, null);
            if (n < 0) throw Posix.Error(Posix.Errno);
            var g = new uint[n];
            n = Libc.GetGroups(n, g);
            if (n < 0) throw Posix.Error(Posix.Errno);
            var list = new PyList();
            for (int i = 0; i < n; i++) list.Append(PyInt.FromLong(g[i]));
            return list;
        });
        m.AddFunction("getresuid", (self, args, kw) =>
        {
            ArgBinder.None("getresuid", args, kw);
            if (Libc.GetResUid(out uint r, out uint e, out uint s) != 0) throw Posix.Error(Posix.Errno);
            return Ids(r, e, s);
        });
        m.AddFunction("getresgid", (self, args, kw) =>
        {
            ArgBinder.None("getresgid", args, kw);
            if (Libc.GetResGid(out uint r, out uint e, out uint s) != 0) throw Posix.Error(Posix.Errno);
            return Ids(r, e, s);
        });
        AddSetId(m, "setuid", "uid", Libc.SetUid);
        AddSetId(m, "seteuid", "euid", Libc.SetEUid);
        AddSetId(m, "setgid", "gid", Libc.SetGid);
        AddSetId(m, "setegid", "egid", Libc.SetEGid);
        m.AddFunction("setreuid", (self, args, kw) => { ArgBinder.Positional("setreuid", args, kw, 2, 2); CheckErr(Libc.SetREUid(Id(args[0], "uid"), Id(args[1], "uid"))); return PyNone.Instance; });
        m.AddFunction("setregid", (self, args, kw) => { ArgBinder.Positional("setregid", args, kw, 2, 2); CheckErr(Libc.SetREGid(Id(args[0], "gid"), Id(args[1], "gid"))); return PyNone.Instance; });
        m.AddFunction("setresuid", (self, args, kw) => { ArgBinder.Positional("setresuid", args, kw, 3, 3); CheckErr(Libc.SetResUid(Id(args[0], "uid"), Id(args[1], "uid"), Id(args[2], "uid"))); return PyNone.Instance; });
        m.AddFunction("setresgid", (self, args, kw) => { ArgBinder.Positional("setresgid", args, kw, 3, 3); CheckErr(Libc.SetResGid(Id(args[0], "gid"), Id(args[1], "gid"), Id(args[2], "gid"))); return PyNone.Instance; });
        m.AddFunction("getpgid", (self, args, kw) =>
        {
            int r = Libc.GetPGid(Pid(Bind("getpgid", args, kw, ["pid"], 0, 1, 1)[0]!));
            if (r < 0) throw Posix.Error(Posix.Errno);
            return PyInt.FromLong(r);
        });
        m.AddFunction("setpgid", (self, args, kw) => { ArgBinder.Positional("setpgid", args, kw, 2, 2); CheckErr(Libc.SetPGid(Pid(args[0]), Pid(args[1]))); return PyNone.Instance; });
        m.AddFunction("setpgrp", (self, args, kw) => { ArgBinder.None("setpgrp", args, kw); CheckErr(Libc.SetPGid(0, 0)); return PyNone.Instance; });
        m.AddFunction("getsid", (self, args, kw) =>
        {
            ArgBinder.Positional("getsid", args, kw, 1, 1);
            int r = Libc.GetSid(Pid(args[0]));
            if (r < 0) throw Posix.Error(Posix.Errno);
            return PyInt.FromLong(r);
        });
        m.AddFunction("setsid", (self, args, kw) => { ArgBinder.None("setsid", args, kw); if (Libc.SetSid() < 0) throw Posix.Error(Posix.Errno); return PyNone.Instance; });
        m.AddFunction("tcgetpgrp", (self, args, kw) =>
        {
            ArgBinder.Positional("tcgetpgrp", args, kw, 1, 1);
            int r = Libc.TcGetPGrp(Int(args[0]));
            if (r < 0) throw Posix.Error(Posix.Errno);
            return PyInt.FromLong(r);
        });
        m.AddFunction("tcsetpgrp", (self, args, kw) => { ArgBinder.Positional("tcsetpgrp", args, kw, 2, 2); CheckErr(Libc.TcSetPGrp(Int(args[0]), Pid(args[1]))); return PyNone.Instance; });
        m.AddFunction("kill", (self, args, kw) =>
        {
            if (kw is { Count: > 0 }) throw PyErr.TypeError("kill() takes no keyword arguments");
            if (args.Length != 2) throw PyErr.TypeError($"kill() takes exactly 2 arguments ({args.Length} given)");
            int pid = Pid(args[0]), sig = Int(args[1]);
            CheckErr(Libc.Kill(pid, sig));
            // A signal sent to ourselves runs its handler before kill() returns, as in CPython.
            if (pid == Libc.GetPid() || pid == 0) SignalModule.AwaitDelivery(sig);
            return PyNone.Instance;
        });
        m.AddFunction("killpg", (self, args, kw) =>
        {
            if (kw is { Count: > 0 }) throw PyErr.TypeError("killpg() takes no keyword arguments");
            if (args.Length != 2) throw PyErr.TypeError($"killpg() takes exactly 2 arguments ({args.Length} given)");
            CheckErr(Libc.KillPg(Pid(args[0]), Int(args[1])));
            return PyNone.Instance;
        });
        m.AddFunction("waitpid", (self, args, kw) =>
        {
            ArgBinder.Positional("waitpid", args, kw, 2, 2);
            var (pid, status) = Wait4(Pid(args[0]), Int(args[1]), null);
            return WaitResult(pid, status);
        });
        m.AddFunction("wait", (self, args, kw) =>
        {
            ArgBinder.None("wait", args, kw);
            var (pid, status) = Wait4(-1, 0, null);
            return WaitResult(pid, status);
        });
        m.AddFunction("wait3", (self, args, kw) =>
        {
            var a = Bind("wait3", args, kw, ["options"], 0, 1, 1);
            var ru = new byte[144];
            var (pid, status) = Wait4(-1, Int(a[0]!), ru);
            return PyTuple.Create([PyInt.FromLong(pid), PyInt.FromLong(status), RUsage(ru)]);
        });
        m.AddFunction("wait4", (self, args, kw) =>
        {
            var a = Bind("wait4", args, kw, ["pid", "options"], 0, 2, 2);
            var ru = new byte[144];
            var (pid, status) = Wait4(Pid(a[0]!), Int(a[1]!), ru);
            return PyTuple.Create([PyInt.FromLong(pid), PyInt.FromLong(status), RUsage(ru)]);
        });
        m.AddFunction("waitid", (self, args, kw) =>
        {
            ArgBinder.Positional("waitid", args, kw, 3, 3);
            int idtype = Int(args[0]), id = Pid(args[1]), options = Int(args[2]);
            var info = new byte[128];
            Retry(() => { using (Gil.Release()) return Libc.WaitId(idtype, id, info, options); });
            int sPid = BinaryPrimitives.ReadInt32LittleEndian(info.AsSpan(16));
            if (sPid == 0) return PyNone.Instance;
            return PyStructSeqEx.Create(WaitidResultType, 5,
            [
                PyInt.FromLong(sPid), PyInt.FromLong(BinaryPrimitives.ReadUInt32LittleEndian(info.AsSpan(20))),
                PyInt.FromLong(BinaryPrimitives.ReadInt32LittleEndian(info)), PyInt.FromLong(BinaryPrimitives.ReadInt32LittleEndian(info.AsSpan(24))),
                PyInt.FromLong(BinaryPrimitives.ReadInt32LittleEndian(info.AsSpan(8))),
            ]);
        });
        m.AddFunction("waitstatus_to_exitcode", (self, args, kw) =>
        {
            int st = Int(Bind("waitstatus_to_exitcode", args, kw, ["status"], 0, 1, 1)[0]!);
            if ((st & 0x7f) == 0) return PyInt.FromLong((st >> 8) & 0xff);
            if (((st & 0x7f) + 1) >> 1 > 0 && (st & 0x7f) != 0x7f) return PyInt.FromLong(-(st & 0x7f));
            if ((st & 0xff) == 0x7f) throw PyErr.ValueError($"process stopped by delivery of signal {(st >> 8) & 0xff}");
            throw PyErr.ValueError($"invalid wait status: {st}");
        });
        m.AddFunction("WCOREDUMP", (self, args, kw) => Status("WCOREDUMP", args, kw, true, s => PyBool.From((s & 0x80) != 0)));
        m.AddFunction("WIFCONTINUED", (self, args, kw) => Status("WIFCONTINUED", args, kw, false, s => PyBool.From(s == 0xffff)));
        m.AddFunction("WIFSTOPPED", (self, args, kw) => Status("WIFSTOPPED", args, kw, false, s => PyBool.From((s & 0xff) == 0x7f)));
        m.AddFunction("WIFSIGNALED", (self, args, kw) => Status("WIFSIGNALED", args, kw, false, s => PyBool.From((sbyte)((s & 0x7f) + 1) >> 1 > 0)));
        m.AddFunction("WIFEXITED", (self, args, kw) => Status("WIFEXITED", args, kw, false, s => PyBool.From((s & 0x7f) == 0)));
        m.AddFunction("WEXITSTATUS", (self, args, kw) => Status("WEXITSTATUS", args, kw, false, s => PyInt.FromLong((s >> 8) & 0xff)));
        m.AddFunction("WTERMSIG", (self, args, kw) => Status("WTERMSIG", args, kw, false, s => PyInt.FromLong(s & 0x7f)));
        m.AddFunction("WSTOPSIG", (self, args, kw) => Status("WSTOPSIG", args, kw, false, s => PyInt.FromLong((s >> 8) & 0xff)));
        m.AddFunction("_exit", (self, args, kw) =>
        {
            int code = Int(Bind("_exit", args, kw, ["status"], 0, 1, 1)[0]!);
            Libc.Exit(code);
            return PyNone.Instance;
        });
        m.AddFunction("abort", (self, args, kw) => { ArgBinder.None("abort", args, kw); Libc.Abort(); return PyNone.Instance; });
        m.AddFunction("system", (self, args, kw) =>
        {
            var a = Bind("system", args, kw, ["command"], 0, 1, 1);
            var p = PathArg.Convert("system", "command", a[0]);
            SysModule.FlushStdStreams();
            return PyInt.FromLong(Libc.RunShell(p.Narrow!));
        });
        m.AddFunction("execv", (self, args, kw) =>
        {
            ArgBinder.Positional("execv", args, kw, 2, 2);
            var p = PathArg.Convert("execv", "path", args[0]);
            var argv = ArgvBytes("execv", args[1], true);
            var pins = new List<System.Runtime.InteropServices.GCHandle>();
            try { Libc.ExecV(p.Narrow!, CStringArray(argv, pins)); }
            finally { foreach (var h in pins) h.Free(); }
            throw Posix.Error(Posix.Errno);
        });
        m.AddFunction("execve", (self, args, kw) =>
        {
            var a = Bind("execve", args, kw, ["path", "argv", "env"], 0, 3, 3);
            var p = PathArg.Convert("execve", "path", a[0]);
            var argv = ArgvBytes("execve", a[1]!, true);
            var env = EnvBlock("execve", a[2]!);
            var pins = new List<System.Runtime.InteropServices.GCHandle>();
            try { Libc.ExecVE(p.Narrow!, CStringArray(argv, pins), CStringArray(env, pins)); }
            finally { foreach (var h in pins) h.Free(); }
            throw Posix.Error(Posix.Errno, p.Object);
        });
        foreach (var name in new[] { "fork", "forkpty" })
        {
            string fname = name;
            m.AddFunction(fname, (self, args, kw) =>
            {
                ArgBinder.None(fname, args, kw);
                throw PyErr.New(PyExc.OSError, $"{fname}() is not supported by Krait: a .NET runtime cannot continue in a forked child (use subprocess or os.posix_spawn)");
            });
        }
        m.AddFunction("register_at_fork", (self, args, kw) =>
        {
            var a = Bind("register_at_fork", args, kw, ["before", "after_in_child", "after_in_parent"], 0, 0, 0);
            if (a[0] is null && a[1] is null && a[2] is null) throw PyErr.TypeError("At least one argument is required.");
            string[] names = ["before", "after_in_child", "after_in_parent"];
            for (int i = 0; i < 3; i++)
                if (a[i] is not null && a[i]!.Type.Call is null) throw PyErr.TypeError($"'{names[i]}' must be callable, not {a[i]!.Type.Name}");
            for (int i = 0; i < 3; i++) if (a[i] is not null) s_atFork[i].Add(a[i]!);
            return PyNone.Instance;
        });
        m.AddFunction("umask", (self, args, kw) =>
        {
            ArgBinder.Positional("umask", args, kw, 1, 1);
            return PyInt.FromLong(Libc.UMask(Int(args[0])));
        });
        m.AddFunction("nice", (self, args, kw) =>
        {
            ArgBinder.Positional("nice", args, kw, 1, 1);
            System.Runtime.InteropServices.Marshal.SetLastPInvokeError(0);
            int r = Libc.Nice(Int(args[0]));
            if (r == -1 && Posix.Errno != 0) throw Posix.Error(Posix.Errno);
            return PyInt.FromLong(r);
        });
        m.AddFunction("getpriority", (self, args, kw) =>
        {
            var a = Bind("getpriority", args, kw, ["which", "who"], 0, 2, 2);
            System.Runtime.InteropServices.Marshal.SetLastPInvokeError(0);
            int r = Libc.GetPriority(Int(a[0]!), Int(a[1]!));
            if (r == -1 && Posix.Errno != 0) throw Posix.Error(Posix.Errno);
            return PyInt.FromLong(r);
        });
        m.AddFunction("setpriority", (self, args, kw) =>
        {
            var a = Bind("setpriority", args, kw, ["which", "who", "priority"], 0, 3, 3);
            CheckErr(Libc.SetPriority(Int(a[0]!), Int(a[1]!), Int(a[2]!)));
            return PyNone.Instance;
        });
        m.AddFunction("sched_yield", (self, args, kw) => { ArgBinder.None("sched_yield", args, kw); Libc.SchedYield(); return PyNone.Instance; });
        m.AddFunction("sched_get_priority_max", (self, args, kw) =>
        {
            int r = Libc.SchedGetPriorityMax(Int(Bind("sched_get_priority_max", args, kw, ["policy"], 0, 1, 1)[0]!));
            if (r < 0) throw Posix.Error(Posix.Errno);
            return PyInt.FromLong(r);
        });
        m.AddFunction("sched_get_priority_min", (self, args, kw) =>
        {
            int r = Libc.SchedGetPriorityMin(Int(Bind("sched_get_priority_min", args, kw, ["policy"], 0, 1, 1)[0]!));
            if (r < 0) throw Posix.Error(Posix.Errno);
            return PyInt.FromLong(r);
        });
        m.AddFunction("sched_getscheduler", (self, args, kw) =>
        {
            ArgBinder.Positional("sched_getscheduler", args, kw, 1, 1);
            int r = Libc.SchedGetScheduler(Pid(args[0]));
            if (r < 0) throw Posix.Error(Posix.Errno);
            return PyInt.FromLong(r);
        });
        m.AddFunction("sched_getaffinity", (self, args, kw) =>
        {
            ArgBinder.Positional("sched_getaffinity", args, kw, 1, 1);
            var mask = new byte[128];
            if (Libc.SchedGetAffinity(Pid(args[0]), mask.Length, mask) != 0) throw Posix.Error(Posix.Errno);
            var set = new PySet();
            for (int i = 0; i < mask.Length * 8; i++)
                if ((mask[i >> 3] & (1 << (i & 7))) != 0) set.Add(PyInt.FromLong(i));
            return set;
        });
    }

    private static void CheckErr(int r)
    {
        if (r != 0) throw Posix.Error(Posix.Errno);
    }

    private static void AddSetId(PyModule m, string name, string what, Func<uint, int> f)
    {
        m.AddFunction(name, (self, args, kw) =>
        {
            ArgBinder.Positional(name, args, kw, 1, 1);
            CheckErr(f(Id(args[0], what.TrimStart('e'))));
            return PyNone.Instance;
        });
    }

    /// <summary>Runs the os.register_at_fork callables of one phase (0 before, 1 child, 2 parent) — used by
    /// _posixsubprocess, which spawns rather than forks, so only "before" and "after_in_parent" apply.</summary>
    internal static void RunAtFork(int phase)
    {
        var list = s_atFork[phase];
        if (phase == 0) for (int i = list.Count - 1; i >= 0; i--) Call(list[i]);
        else foreach (var f in list) Call(f);

        static void Call(PyObject f)
        {
            try { Ops.Call(f, []); }
            catch (Exception e) when (PyErr.Reportable(e)) { SysModule.WriteUnraisable(PyErr.ToPython(e), "Exception ignored in", f); }
        }
    }

    internal static string Utf8(ReadOnlySpan<byte> b) => Encoding.UTF8.GetString(b);
}
