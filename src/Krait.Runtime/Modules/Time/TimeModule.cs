namespace Krait.Runtime;

/// <summary>The time module (CPython's Modules/timemodule.c) on libc: clocks through clock_gettime, calendar
/// conversions through gmtime_r/localtime_r/mktime/wcsftime, so results and the time zone rules (TZ) are the
/// C library's, as in CPython. sleep releases the GIL.</summary>
public static partial class TimeModule
{
    internal const int CLOCK_REALTIME = 0, CLOCK_MONOTONIC = 1, CLOCK_PROCESS_CPUTIME_ID = 2, CLOCK_THREAD_CPUTIME_ID = 3,
        CLOCK_MONOTONIC_RAW = 4, CLOCK_BOOTTIME = 7, CLOCK_TAI = 11;

    public static PyModule Create()
    {
        var m = new PyModule("time", Doc);
        m.Add("CLOCK_BOOTTIME", PyInt.FromLong(CLOCK_BOOTTIME));
        m.Add("CLOCK_MONOTONIC", PyInt.FromLong(CLOCK_MONOTONIC));
        m.Add("CLOCK_MONOTONIC_RAW", PyInt.FromLong(CLOCK_MONOTONIC_RAW));
        m.Add("CLOCK_PROCESS_CPUTIME_ID", PyInt.FromLong(CLOCK_PROCESS_CPUTIME_ID));
        m.Add("CLOCK_REALTIME", PyInt.FromLong(CLOCK_REALTIME));
        m.Add("CLOCK_TAI", PyInt.FromLong(CLOCK_TAI));
        m.Add("CLOCK_THREAD_CPUTIME_ID", PyInt.FromLong(CLOCK_THREAD_CPUTIME_ID));
        m.Add("_STRUCT_TM_ITEMS", PyInt.FromLong(11));

        AddClock(m, "time", CLOCK_REALTIME);
        AddClock(m, "monotonic", CLOCK_MONOTONIC);
        AddClock(m, "perf_counter", CLOCK_MONOTONIC);
        AddClock(m, "process_time", CLOCK_PROCESS_CPUTIME_ID);
        AddClock(m, "thread_time", CLOCK_THREAD_CPUTIME_ID);
        m.AddFunction("sleep", (self, args, kw) =>
        {
            var secs = ArgBinder.One("time.sleep", args, kw);
            long ns = PyTimeArg.FromSeconds(secs, PyTimeArg.Round.Up);
            if (ns < 0) throw PyErr.ValueError("sleep length must be non-negative");
            Sleep(ns);
            return PyNone.Instance;
        });
        m.AddFunction("get_clock_info", GetClockInfo);
        m.AddFunction("clock_gettime", (self, args, kw) =>
            new PyFloat(ToSeconds(ClockNs(ClockId("clock_gettime", Exactly1("clock_gettime", args, kw))))));
        m.AddFunction("clock_gettime_ns", (self, args, kw) =>
            PyInt.FromLong(ClockNs(ClockId("clock_gettime_ns", Exactly1("clock_gettime_ns", args, kw)))));
        m.AddFunction("clock_getres", (self, args, kw) =>
        {
            int id = ClockId("clock_getres", Exactly1("clock_getres", args, kw));
            if (Libc.clock_getres(id, out var ts) != 0) throw Posix.Error(System.Runtime.InteropServices.Marshal.GetLastPInvokeError());
            return new PyFloat(ts.tv_sec + ts.tv_nsec * 1e-9);
        });
        m.AddFunction("clock_settime", (self, args, kw) =>
        {
            ExactlyN("clock_settime", args, kw, 2);
            int id = ClockId("clock_settime", args[0]);
            SetClock(id, PyTimeArg.FromSeconds(args[1], PyTimeArg.Round.Floor));
            return PyNone.Instance;
        });
        m.AddFunction("clock_settime_ns", (self, args, kw) =>
        {
            ExactlyN("clock_settime_ns", args, kw, 2);
            int id = ClockId("clock_settime_ns", args[0]);
            if (args[1] is not PyInt i) throw PyErr.TypeError($"expect int, got {args[1].Type.Name}");
            if (!i.TryGetLong(out long ns)) throw PyTimeArg.Overflow();
            SetClock(id, ns);
            return PyNone.Instance;
        });
        m.AddFunction("pthread_getcpuclockid", (self, args, kw) =>
        {
            var a = Exactly1("pthread_getcpuclockid", args, kw);
            if (a is not PyInt id) throw PyErr.TypeError($"pthread_getcpuclockid() argument 1 must be int, not {a.Type.Name}");
            // Only threads of this process have a pthread_t we know; any other id is ESRCH, not a crash in libc.
            var ts = ThreadState.FindLive(id.TryGetLong(out long v) ? v : -1);
            if (ts is null) throw Posix.Error(3);
            int err = Libc.pthread_getcpuclockid(ts.PThread, out int clk);
            if (err != 0) throw Posix.Error(err);
            return PyInt.FromLong(clk);
        });
        AddCalendar(m);
        return m;
    }

    private static void AddClock(PyModule m, string name, int clock)
    {
        m.AddFunction(name, (self, args, kw) =>
        {
            ArgBinder.None("time." + name, args, kw);
            return new PyFloat(ToSeconds(ClockNs(clock)));
        });
        m.AddFunction(name + "_ns", (self, args, kw) =>
        {
            ArgBinder.None("time." + name + "_ns", args, kw);
            return PyInt.FromLong(ClockNs(clock));
        });
    }

    /// <summary>_PyTime_AsSecondsDouble: whole seconds convert exactly, others as ns / 1e9.</summary>
    internal static double ToSeconds(long ns) => ns % 1_000_000_000 == 0 ? ns / 1_000_000_000 : ns / 1e9;

    /// <summary>clock_gettime in nanoseconds; OSError for a clock the kernel doesn't know.</summary>
    internal static long ClockNs(int clock)
    {
        if (Libc.clock_gettime(clock, out var ts) != 0) throw Posix.Error(System.Runtime.InteropServices.Marshal.GetLastPInvokeError());
        return ts.tv_sec * 1_000_000_000 + ts.tv_nsec;
    }

    private static void SetClock(int clock, long ns)
    {
        long sec = Math.DivRem(ns, 1_000_000_000, out long rem);
        if (rem < 0) { rem += 1_000_000_000; sec--; }
        var ts = new Libc.Timespec { tv_sec = sec, tv_nsec = rem };
        if (Libc.clock_settime(clock, ts) != 0) throw Posix.Error(System.Runtime.InteropServices.Marshal.GetLastPInvokeError());
    }

    /// <summary>PyArg_ParseTuple's count check: "f() takes exactly 1 argument (0 given)".</summary>
    private static void ExactlyN(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, int n)
    {
        if (kw is { Count: > 0 }) throw PyErr.TypeError($"{name}() takes no keyword arguments");
        if (args.Length != n) throw PyErr.TypeError($"{name}() takes exactly {n} argument{(n == 1 ? "" : "s")} ({args.Length} given)");
    }

    private static PyObject Exactly1(string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        ExactlyN(name, args, kw, 1);
        return args[0];
    }

    /// <summary>The "i" converter (a C int) of a clk_id argument.</summary>
    private static int ClockId(string fname, PyObject o) => CInt(o);

    /// <summary>The "i" format unit: an int from __index__, CPython's overflow messages.</summary>
    internal static int CInt(PyObject o)
    {
        var i = Ops.Index(o);
        if (!i.TryGetLong(out long v)) throw PyErr.OverflowError("Python int too large to convert to C long");
        if (v > int.MaxValue) throw PyErr.OverflowError("signed integer is greater than maximum");
        if (v < int.MinValue) throw PyErr.OverflowError("signed integer is less than minimum");
        return (int)v;
    }

    /// <summary>time.sleep: clock_nanosleep with the GIL released. The main thread sleeps in short slices so a
    /// real signal's handler (Ctrl-C) runs promptly; after a handler returns the sleep goes on (PEP 475).</summary>
    internal static void Sleep(long ns)
    {
        var ts = ThreadState.Current;
        if (ns == 0)
        {
            using (Gil.Release()) Thread.Yield();
            return;
        }
        long deadline = ClockNs(CLOCK_MONOTONIC) + ns;
        while (true)
        {
            long left = deadline - ClockNs(CLOCK_MONOTONIC);
            if (left <= 0) return;
            bool main = ts.IsMain;
            long chunk = main ? Math.Min(left, 20_000_000) : left;
            var req = new Libc.Timespec { tv_sec = chunk / 1_000_000_000, tv_nsec = chunk % 1_000_000_000 };
            using (Gil.Release()) Libc.clock_nanosleep(CLOCK_MONOTONIC, 0, req, out _);
            if (main && SignalModule.Pending) Interpreter.RunPendingSignals();
        }
    }

    private static PyObject GetClockInfo(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = Exactly1("get_clock_info", args, kw);
        if (a is not PyStr s) throw PyErr.TypeError($"get_clock_info() argument 1 must be str, not {a.Type.Name}");
        (string impl, int clock, bool mono, bool adjustable) = s.Value switch
        {
            "time" => ("clock_gettime(CLOCK_REALTIME)", CLOCK_REALTIME, false, true),
            "monotonic" or "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, true, false),
            "process_time" => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", CLOCK_PROCESS_CPUTIME_ID, true, false),
            "thread_time" => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", CLOCK_THREAD_CPUTIME_ID, true, false),
            _ => throw PyErr.ValueError("unknown clock"),
        };
        double res = 1e-9;
        if (Libc.clock_getres(clock, out var r) == 0) res = r.tv_sec + r.tv_nsec * 1e-9;
        var ns = new PySimpleNamespace();
        var d = ns.Dict!;
        d.SetItem(PyStr.Intern("implementation"), new PyStr(impl));
        d.SetItem(PyStr.Intern("monotonic"), PyBool.From(mono));
        d.SetItem(PyStr.Intern("adjustable"), PyBool.From(adjustable));
        d.SetItem(PyStr.Intern("resolution"), new PyFloat(res));
        return ns;
    }

    private const string Doc = "This module provides various functions to manipulate time values.\n\nThere are two standard representations of time.  One is the number\nof seconds since the Epoch, in UTC (a.k.a. GMT).  It may be an integer\nor a floating point number (to represent fractions of seconds).\nThe Epoch is system-defined; on Unix, it is generally January 1st, 1970.\nThe actual value can be retrieved by calling gmtime(0).\n\nThe other representation is a tuple of 9 integers giving local time.\nThe tuple items are:\n  year (including century, e.g. 1998)\n  month (1-12)\n  day (1-31)\n  hours (0-23)\n  minutes (0-59)\n  seconds (0-59)\n  weekday (0-6, Monday is 0)\n  Julian day (day in the year, 1-366)\n  DST (Daylight Savings Time) flag (-1, 0 or 1)\nIf the DST flag is 0, the time is given in the regular time zone;\nif it is 1, the time is given in the DST time zone;\nif it is -1, mktime() should guess based on the date and time.\n";
}
