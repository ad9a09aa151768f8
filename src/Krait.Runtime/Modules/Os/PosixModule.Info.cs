using System.Buffers.Binary;

namespace Krait.Runtime;

// System information: uname, times, cpu_count, urandom, sysconf/confstr/pathconf, load average, login name.
public static partial class PosixModule
{
    private static PyType? s_unameResult, s_timesResult;

    internal static PyType UnameResultType => s_unameResult ??= PyStructSeqEx.NewType("posix.uname_result",
        ["sysname", "nodename", "release", "version", "machine"], 5,
        "uname_result: Result from os.uname().\n\nThis object may be accessed either as a tuple of\n  (sysname, nodename, release, version, machine),\nor via the attributes sysname, nodename, release, version, and machine.\n\nSee os.uname for more information.");

    internal static PyType TimesResultType => s_timesResult ??= PyStructSeqEx.NewType("posix.times_result",
        ["user", "system", "children_user", "children_system", "elapsed"], 5,
        "times_result: Result from os.times().\n\nThis object may be accessed either as a tuple of\n  (user, system, children_user, children_system, elapsed),\nor via the attributes user, system, children_user, children_system,\nand elapsed.\n\nSee os.times for more information.");

    private static PyDict NameTable((string Name, long Value)[] names)
    {
        var d = new PyDict();
        foreach (var (n, v) in names) d.SetItem(new PyStr(n), PyInt.FromLong(v));
        return d;
    }

    /// <summary>conv_confname: an int, or a name looked up in the table.</summary>
    private static int ConfName(PyObject o, (string Name, long Value)[] table)
    {
        if (o is PyStr s)
        {
            foreach (var (n, v) in table) if (n == s.Value) return (int)v;
            throw PyErr.ValueError("unrecognized configuration name");
        }
        if (o.Type.Index is null) throw PyErr.TypeError("configuration names must be strings or integers");
        return Int(o);
    }

    private static void AddInfo(PyModule m)
    {
        m.Add("uname_result", UnameResultType);
        m.Add("times_result", TimesResultType);
        m.Add("sysconf_names", NameTable(PosixConstants.SysconfNames));
        m.Add("confstr_names", NameTable(PosixConstants.ConfstrNames));
        m.Add("pathconf_names", NameTable(PosixConstants.PathconfNames));
        m.AddFunction("uname", (self, args, kw) =>
        {
            ArgBinder.None("uname", args, kw);
            var buf = new byte[65 * 6];
            if (Libc.UName(buf) != 0) throw Posix.Error(Posix.Errno);
            var items = new PyObject[5];
            for (int i = 0; i < 5; i++) items[i] = PathArg.Decode(Libc.CSpan(buf, 65 * i));
            return PyStructSeqEx.Create(UnameResultType, 5, items);
        });
        m.AddFunction("times", (self, args, kw) =>
        {
            ArgBinder.None("times", args, kw);
            var tms = new long[4];
            long elapsed = Libc.Times(tms);
            if (elapsed == -1) throw Posix.Error(Posix.Errno);
            double tick = Libc.SysConf(2 /* _SC_CLK_TCK */);
            return PyStructSeqEx.Create(TimesResultType, 5,
            [
                new PyFloat(tms[0] / tick), new PyFloat(tms[1] / tick), new PyFloat(tms[2] / tick), new PyFloat(tms[3] / tick),
                new PyFloat(elapsed / tick),
            ]);
        });
        m.AddFunction("cpu_count", (self, args, kw) =>
        {
            ArgBinder.None("cpu_count", args, kw);
            long n = Libc.SysConf(84 /* _SC_NPROCESSORS_ONLN */);
            return n < 1 ? PyNone.Instance : PyInt.FromLong(n);
        });
        m.AddFunction("urandom", (self, args, kw) =>
        {
            ArgBinder.Positional("urandom", args, kw, 1, 1);
            long n = Ops.AsSsize(args[0], PyExc.OverflowError);
            if (n < 0) throw PyErr.ValueError("negative argument not allowed");
            var b = new byte[n];
            System.Security.Cryptography.RandomNumberGenerator.Fill(b);
            return new PyBytes(b);
        });
        m.AddFunction("getrandom", (self, args, kw) =>
        {
            var a = Bind("getrandom", args, kw, ["size", "flags"], 0, 2, 1);
            long n = Ops.AsSsize(a[0]!, PyExc.OverflowError);
            int flags = a[1] is null ? 0 : Int(a[1]!);
            if (n < 0) throw Posix.Error(22);
            var b = new byte[n];
            long got = Retry(() => Libc.GetRandom(b, (nint)n, flags));
            return got == n ? new PyBytes(b) : PyBytes.FromSpan(b.AsSpan(0, (int)got));
        });
        m.AddFunction("getloadavg", (self, args, kw) =>
        {
            ArgBinder.None("getloadavg", args, kw);
            var avg = new double[3];
            if (Libc.GetLoadAvg(avg, 3) != 3) throw PyErr.New(PyExc.OSError, "Load averages are unobtainable");
            return PyTuple.Create([new PyFloat(avg[0]), new PyFloat(avg[1]), new PyFloat(avg[2])]);
        });
        m.AddFunction("getlogin", (self, args, kw) =>
        {
            ArgBinder.None("getlogin", args, kw);
            System.Runtime.InteropServices.Marshal.SetLastPInvokeError(0);
            nint p = Libc.GetLogin();
            if (p == 0)
            {
                int e = Posix.Errno;
                if (e != 0) throw Posix.Error(e);
                throw PyErr.New(PyExc.OSError, "unable to determine login name");
            }
            return PathArg.Decode(Libc.CBytes(p));
        });
        m.AddFunction("ctermid", (self, args, kw) =>
        {
            ArgBinder.None("ctermid", args, kw);
            var buf = new byte[256];
            Libc.CtermId(buf);
            return PathArg.Decode(Libc.CSpan(buf));
        });
        m.AddFunction("sysconf", (self, args, kw) =>
        {
            ArgBinder.Positional("sysconf", args, kw, 1, 1);
            int name = ConfName(args[0], PosixConstants.SysconfNames);
            System.Runtime.InteropServices.Marshal.SetLastPInvokeError(0);
            long r = Libc.SysConf(name);
            if (r == -1 && Posix.Errno != 0) throw Posix.Error(Posix.Errno);
            return PyInt.FromLong(r);
        });
        m.AddFunction("confstr", (self, args, kw) =>
        {
            ArgBinder.Positional("confstr", args, kw, 1, 1);
            int name = ConfName(args[0], PosixConstants.ConfstrNames);
            System.Runtime.InteropServices.Marshal.SetLastPInvokeError(0);
            long n = Libc.ConfStr(name, null, 0);
            if (n == 0)
            {
                if (Posix.Errno != 0) throw Posix.Error(Posix.Errno);
                return PyNone.Instance;
            }
            var buf = new byte[n];
            Libc.ConfStr(name, buf, (nint)n);
            return PathArg.Decode(Libc.CSpan(buf));
        });
        m.AddFunction("fpathconf", (self, args, kw) =>
        {
            ArgBinder.Positional("fpathconf", args, kw, 2, 2);
            var p = PathArg.Convert("fpathconf", "fd", args[0], allowFd: true);
            int name = ConfName(args[1], PosixConstants.PathconfNames);
            System.Runtime.InteropServices.Marshal.SetLastPInvokeError(0);
            long r = p.HasFd ? Libc.FPathConf(p.Fd, name) : Libc.PathConf(p.Narrow!, name);
            if (r == -1 && Posix.Errno != 0) throw Posix.LastError(p);
            return PyInt.FromLong(r);
        });
        m.AddFunction("pathconf", (self, args, kw) =>
        {
            var a = Bind("pathconf", args, kw, ["path", "name"], 0, 2, 2);
            var p = PathArg.Convert("pathconf", "path", a[0], allowFd: true);
            int name = ConfName(a[1]!, PosixConstants.PathconfNames);
            System.Runtime.InteropServices.Marshal.SetLastPInvokeError(0);
            long r = p.HasFd ? Libc.FPathConf(p.Fd, name) : Libc.PathConf(p.Narrow!, name);
            if (r == -1 && Posix.Errno != 0) throw Posix.LastError(p);
            return PyInt.FromLong(r);
        });
        m.AddFunction("getgrouplist", (self, args, kw) =>
        {
            ArgBinder.Positional("getgrouplist", args, kw, 2, 2);
            if (args[0] is not PyStr user) throw PyErr.TypeError($"getgrouplist() argument 1 must be str, not {args[0].Type.Name}");
            uint basegid = Id(args[1], "gid");
            int n = 64;
            while (true)
            {
                var groups = new uint[n];
                int cnt = n;
                if (Libc.GetGroupList(Libc.Z(PathArg.Encode(user)), basegid, groups, ref cnt) >= 0)
                {
                    var list = new PyList();
                    for (int i = 0; i < cnt; i++) list.Append(PyInt.FromLong(groups[i]));
                    return list;
                }
                n = Math.Max(cnt, n * 2);
            }
        });
    }

    internal static int ReadInt(byte[] b, int off) => BinaryPrimitives.ReadInt32LittleEndian(b.AsSpan(off));
}
