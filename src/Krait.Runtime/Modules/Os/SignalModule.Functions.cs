namespace Krait.Runtime;

// The _signal module's functions.
public static partial class SignalModule
{
    private static PyType? s_itimerError, s_siginfo;

    public static PyModule Create()
    {
        var m = new PyModule("_signal", "This module provides mechanisms to use signal handlers in Python.\n\n" +
            "Functions:\n\nalarm() -- cause SIGALRM after a specified time [Unix only]\nsetitimer() -- cause a signal (described below) after a specified\n" +
            "               float time and the timer may restart then [Unix only]\ngetitimer() -- get current value of timer [Unix only]\n" +
            "signal() -- set the action for a given signal\ngetsignal() -- get the signal action for a given signal\n" +
            "pause() -- wait until a signal arrives [Unix only]\ndefault_int_handler() -- default SIGINT handler\n\n" +
            "signal constants:\nSIG_DFL -- used to refer to the system default handler\nSIG_IGN -- used to ignore the signal\n" +
            "NSIG -- number of defined signals\nSIGINT, SIGTERM, etc. -- signal numbers\n\nitimer constants:\n" +
            "ITIMER_REAL -- decrements in real time, and delivers SIGALRM upon\n               expiration\n" +
            "ITIMER_VIRTUAL -- decrements only when the process is executing,\n               and delivers SIGVTALRM upon expiration\n" +
            "ITIMER_PROF -- decrements both when the process is executing and\n               when the system is executing on behalf of the process.\n" +
            "               Coupled with ITIMER_VIRTUAL, this timer is usually\n               used to profile Python programs.\n\n" +
            "*** IMPORTANT NOTICE ***\nA signal handler function is called with two arguments:\n" +
            "the first is the signal number, the second is the interrupted stack frame.");
        foreach (var (name, value) in PosixConstants.Signal) m.Add(name, PyInt.FromLong(value));
        m.Add("default_int_handler", DefaultIntHandler);
        if (s_itimerError is null)
        {
            var d = new PyDict();
            d.SetItem(PyStr.Intern("__module__"), new PyStr("signal"));
            s_itimerError = (PyType)Ops.Call(PyType.TypeType, [new PyStr("itimer_error"), PyTuple.Create([PyExc.OSError]), d]);
        }
        m.Add("ItimerError", s_itimerError);
        s_siginfo ??= PyStructSeqEx.NewType("signal.struct_siginfo",
            ["si_signo", "si_code", "si_errno", "si_pid", "si_uid", "si_status", "si_band"], 7,
            "struct_siginfo: Result from sigwaitinfo or sigtimedwait.\n\nThis object may be accessed either as a tuple of\n" +
            "(si_signo, si_code, si_errno, si_pid, si_uid, si_status, si_band),\nor via the attributes si_signo, si_code, and so on.");
        m.Add("struct_siginfo", s_siginfo);

        m.AddFunction("signal", (self, args, kw) =>
        {
            ArgBinder.Positional("signal", args, kw, 2, 2);
            return SetHandler(SigNum(args[0]), args[1]);
        });
        m.AddFunction("getsignal", (self, args, kw) =>
        {
            ArgBinder.Positional("getsignal", args, kw, 1, 1);
            return GetHandler(SigNum(args[0]));
        });
        m.AddFunction("strsignal", (self, args, kw) =>
        {
            ArgBinder.Positional("strsignal", args, kw, 1, 1);
            int sig = SigNum(args[0]);
            string s = StrSignal(sig);
            return s.Length == 0 || s.StartsWith("Unknown signal") ? PyNone.Instance : new PyStr(s);
        });
        m.AddFunction("valid_signals", (self, args, kw) =>
        {
            ArgBinder.None("valid_signals", args, kw);
            var r = new PySet();
            for (int sig = 1; sig < NSIG; sig++) if (sig is not 32 and not 33) r.Add(PyInt.FromLong(sig));
            return r;
        });
        m.AddFunction("raise_signal", (self, args, kw) =>
        {
            ArgBinder.Positional("raise_signal", args, kw, 1, 1);
            int sig = PosixModule.Int(args[0]);
            if (sig < 1 || sig >= NSIG || Libc.Kill(Libc.GetPid(), sig) != 0) throw Posix.Error(22);
            AwaitDelivery(sig);
            CheckSignals();
            return PyNone.Instance;
        });
        m.AddFunction("alarm", (self, args, kw) =>
        {
            ArgBinder.Positional("alarm", args, kw, 1, 1);
            return PyInt.FromLong(Libc.Alarm((uint)PosixModule.Int(args[0])));
        });
        m.AddFunction("pause", (self, args, kw) =>
        {
            ArgBinder.None("pause", args, kw);
            while (!WaitForSignal(100)) { }
            CheckSignals();
            return PyNone.Instance;
        });
        m.AddFunction("set_wakeup_fd", (self, args, kw) =>
        {
            var a = PosixModule.Bind("set_wakeup_fd", args, kw, ["fd", "warn_on_full_buffer"], 1, 1, 1);
            int fd = PosixModule.Int(a[0]!);
            if (!IsMainThread) throw PyErr.ValueError("set_wakeup_fd only works in main thread of the main interpreter");
            if (fd != -1)
            {
                var st = new byte[PosixModule.StatSize];
                if (Libc.FStat(fd, st) != 0) throw Posix.Error(Posix.Errno);
                if (Libc.Fcntl(fd, 3, 0) is int fl && (fl & 0x800) == 0) throw PyErr.ValueError($"the fd {fd} must be in non-blocking mode");
            }
            int old = s_wakeupFd;
            s_wakeupFd = fd;
            return PyInt.FromLong(old);
        });
        m.AddFunction("siginterrupt", (self, args, kw) =>
        {
            ArgBinder.Positional("siginterrupt", args, kw, 2, 2);
            SigNum(args[0]);
            PosixModule.Int(args[1]);
            return PyNone.Instance;
        });
        m.AddFunction("pthread_sigmask", (self, args, kw) =>
        {
            ArgBinder.Positional("pthread_sigmask", args, kw, 2, 2);
            int how = PosixModule.Int(args[0]);
            var set = SigSet(args[1], "pthread_sigmask");
            var old = new ulong[16];
            int r = Libc.PthreadSigmask(how, set, old);
            if (r != 0) throw Posix.Error(r);
            CheckSignals();
            return SetToPython(old);
        });
        m.AddFunction("sigpending", (self, args, kw) =>
        {
            ArgBinder.None("sigpending", args, kw);
            var set = new ulong[16];
            if (Libc.SigPending(set) != 0) throw Posix.Error(Posix.Errno);
            return SetToPython(set);
        });
        m.AddFunction("setitimer", (self, args, kw) =>
        {
            ArgBinder.Positional("setitimer", args, kw, 2, 3);
            int which = PosixModule.Int(args[0]);
            double secs = Ops.ToDouble(args[1]), interval = args.Length > 2 ? Ops.ToDouble(args[2]) : 0;
            var nv = new long[4];
            Timeval(interval, nv, 0);
            Timeval(secs, nv, 2);
            var old = new long[4];
            if (Libc.SetITimer(which, nv, old) != 0) throw PyErr.New(s_itimerError!, PyTuple.Create([PyInt.FromLong(Posix.Errno), new PyStr(Posix.StrError(Posix.Errno))]));
            return ItimerTuple(old);
        });
        m.AddFunction("getitimer", (self, args, kw) =>
        {
            ArgBinder.Positional("getitimer", args, kw, 1, 1);
            var v = new long[4];
            if (Libc.GetITimer(PosixModule.Int(args[0]), v) != 0) throw PyErr.New(s_itimerError!, PyTuple.Create([PyInt.FromLong(Posix.Errno), new PyStr(Posix.StrError(Posix.Errno))]));
            return ItimerTuple(v);
        });
        foreach (var name in new[] { "sigwait", "sigwaitinfo", "sigtimedwait", "pidfd_send_signal", "pthread_kill" })
        {
            string fname = name;
            m.AddFunction(fname, (self, args, kw) =>
            {
                if (fname == "pthread_kill")
                {
                    ArgBinder.Positional("pthread_kill", args, kw, 2, 2);
                    int sig = PosixModule.Int(args[1]);
                    // Python thread ids are not pthread_t values in Krait: only the calling process can be targeted.
                    if (Libc.Kill(Libc.GetPid(), sig) != 0) throw Posix.Error(Posix.Errno);
                    AwaitDelivery(sig);
                    return PyNone.Instance;
                }
                throw PyErr.New(PyExc.NotImplementedError, $"signal.{fname}() is not supported by Krait: .NET receives signals on its own thread, so they cannot be waited for synchronously");
            });
        }
        return m;
    }

    private static void Timeval(double secs, long[] tv, int at)
    {
        if (secs < 0) secs = 0;
        long s = (long)Math.Floor(secs);
        long us = (long)Math.Ceiling((secs - s) * 1e6);
        if (us >= 1_000_000) { s++; us -= 1_000_000; }
        if (s == 0 && us == 0 && secs > 0) us = 1;
        tv[at] = s;
        tv[at + 1] = us;
    }

    private static PyObject ItimerTuple(long[] v) =>
        PyTuple.Pair(new PyFloat(v[2] + v[3] * 1e-6), new PyFloat(v[0] + v[1] * 1e-6));
}
