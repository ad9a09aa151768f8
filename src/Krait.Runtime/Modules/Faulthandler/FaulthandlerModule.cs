using System.Text;

namespace Krait.Runtime;

/// <summary>The faulthandler module (Modules/faulthandler.c): dumps Python tracebacks straight to a file descriptor,
/// on demand (dump_traceback) or after a timeout (dump_traceback_later). Fatal signals are the .NET runtime's:
/// enable() records the file and reports is_enabled(), but a crash is reported by .NET, not by this module.
/// register()/unregister() (dump on a user signal) are not provided, as on Windows.</summary>
public static class FaulthandlerModule
{
    private const int MaxFrameDepth = 100, MaxThreads = 100, MaxStringLength = 500;

    private static bool s_enabled;
    private static int s_fd = 2;
    private static bool s_allThreads = true;
    private static PyObject? s_file;   // kept alive while enabled, as CPython keeps a reference

    private static readonly object s_laterLock = new();
    private static Timer? s_later;
    private static PyObject? s_laterFile;

    public static PyModule Create()
    {
        var m = new PyModule("faulthandler", "faulthandler module.");
        // -X faulthandler / PYTHONFAULTHANDLER enable it at start-up.
        foreach (var (key, _) in SysConfig.XOptions)
            if (key == "faulthandler") s_enabled = true;
        if (!SysConfig.IgnoreEnvironment && !SysConfig.Isolated && !string.IsNullOrEmpty(Libc.GetEnv("PYTHONFAULTHANDLER")))
            s_enabled = true;
        m.AddFunction("enable", (self, args, kw) =>
        {
            Span<PyObject?> a = new PyObject?[2];
            ArgBinder.Bind("enable", args, kw, ["file", "all_threads"], 0, 2, 0, a);
            var file = a[0];
            int fd = GetFileno(ref file);
            s_fd = fd;
            s_file = file;
            s_allThreads = a[1] is null || Ops.IsTrue(a[1]!);
            s_enabled = true;
            return PyNone.Instance;
        });
        m.AddFunction("disable", (self, args, kw) =>
        {
            ArgBinder.None("disable", args, kw);
            bool was = s_enabled;
            s_enabled = false;
            s_file = null;
            return PyBool.From(was);
        });
        m.AddFunction("is_enabled", (self, args, kw) =>
        {
            ArgBinder.None("is_enabled", args, kw);
            return PyBool.From(s_enabled);
        });
        m.AddFunction("dump_traceback", (self, args, kw) =>
        {
            Span<PyObject?> a = new PyObject?[2];
            ArgBinder.Bind("dump_traceback", args, kw, ["file", "all_threads"], 0, 2, 0, a);
            var file = a[0];
            int fd = GetFileno(ref file);
            bool all = a[1] is null || Ops.IsTrue(a[1]!);
            var text = new StringBuilder();
            if (all) DumpThreads(text, ThreadState.Current);
            else DumpTraceback(text, ThreadState.Current.Frame, writeHeader: true);
            Write(fd, text);
            GC.KeepAlive(file);
            return PyNone.Instance;
        });
        m.AddFunction("dump_traceback_later", (self, args, kw) =>
        {
            Span<PyObject?> a = new PyObject?[4];
            ArgBinder.Bind("dump_traceback_later", args, kw, ["timeout", "repeat", "file", "exit"], 0, 4, 1, a);
            double timeout = Ops.ToDouble(a[0]!);
            if (timeout <= 0) throw PyErr.ValueError("timeout must be greater than 0");
            if (timeout * 1e6 > long.MaxValue) throw PyErr.OverflowError("timeout value is too large");
            bool repeat = a[1] is not null && Ops.IsTrue(a[1]!);
            var file = a[2];
            int fd = GetFileno(ref file);
            bool exit = a[3] is not null && Ops.IsTrue(a[3]!);
            string header = $"Timeout ({FormatTimeout(timeout)})!\n";
            lock (s_laterLock)
            {
                CancelLater();
                s_laterFile = file;
                var period = TimeSpan.FromSeconds(timeout);
                s_later = new Timer(_ =>
                {
                    // As the watchdog thread of CPython: the other threads' frames are read without the GIL.
                    var text = new StringBuilder(header);
                    DumpThreads(text, null);
                    Write(fd, text);
                    if (exit) Libc.Exit(1);   // _exit(1): no atexit, no flushing, as CPython
                }, null, period, repeat ? period : Timeout.InfiniteTimeSpan);
            }
            return PyNone.Instance;
        });
        m.AddFunction("cancel_dump_traceback_later", (self, args, kw) =>
        {
            ArgBinder.None("cancel_dump_traceback_later", args, kw);
            lock (s_laterLock) CancelLater();
            return PyNone.Instance;
        });
        return m;
    }

    private static void CancelLater()
    {
        s_later?.Dispose();
        s_later = null;
        s_laterFile = null;
    }

    /// <summary>format_timeout: H:MM:SS, with microseconds when there are any.</summary>
    private static string FormatTimeout(double timeout)
    {
        long us = (long)(timeout * 1e6);
        long sec = us / 1_000_000;
        us %= 1_000_000;
        long min = sec / 60, hour = min / 60;
        sec %= 60;
        min %= 60;
        return us != 0 ? $"{hour}:{min:D2}:{sec:D2}.{us:D6}" : $"{hour}:{min:D2}:{sec:D2}";
    }

    /// <summary>faulthandler_get_fileno: None means sys.stderr; an int is the descriptor itself; otherwise
    /// file.fileno(), after file.flush() (whose errors are ignored).</summary>
    private static int GetFileno(ref PyObject? file)
    {
        if (file is null or PyNone)
        {
            file = Sys.GetOrNull("stderr") ?? throw PyErr.RuntimeError("unable to get sys.stderr");
            if (file is PyNone) throw PyErr.RuntimeError("sys.stderr is None");
        }
        else if (file is PyInt i)
        {
            long v = i.IsBig ? -1 : i.Small;
            if (i.IsBig || v > int.MaxValue || v < int.MinValue) throw PyErr.OverflowError("Python int too large to convert to C int");
            if (v < 0) throw PyErr.ValueError("file is not a valid file descripter");
            file = null;
            return (int)v;
        }
        var result = Ops.CallMethod(file, "fileno", []);
        int fd = -1;
        if (result is PyInt r && !r.IsBig && r.Small >= 0 && r.Small < int.MaxValue) fd = (int)r.Small;
        if (fd == -1) throw PyErr.RuntimeError("file.fileno() is not a valid file descriptor");
        try { Ops.CallMethod(file, "flush", []); }
        catch (PythonException) { }
        return fd;
    }

    private static void Write(int fd, StringBuilder text)
    {
        var bytes = Encoding.ASCII.GetBytes(text.ToString());
        int off = 0;
        while (off < bytes.Length)
        {
            nint n = Libc.Write(fd, bytes.AsSpan(off));
            if (n <= 0) break;
            off += (int)n;
        }
    }

    /// <summary>_Py_DumpTracebackThreads: every thread, the current one marked, newest thread first.</summary>
    private static void DumpThreads(StringBuilder text, ThreadState? current)
    {
        var live = ThreadState.Live();
        int n = 0;
        for (int k = live.Length - 1; k >= 0; k--)
        {
            var ts = live[k];
            if (n != 0) text.Append('\n');
            if (n >= MaxThreads)
            {
                text.Append("...\n");
                break;
            }
            text.Append(ReferenceEquals(ts, current) ? "Current thread 0x" : "Thread 0x")
                .Append(((ulong)ts.PThread).ToString("x16")).Append(" (most recent call first):\n");
            DumpTraceback(text, ts.Frame, writeHeader: false);
            n++;
        }
    }

    private static void DumpTraceback(StringBuilder text, PyFrame? frame, bool writeHeader)
    {
        if (writeHeader) text.Append("Stack (most recent call first):\n");
        if (frame is null)
        {
            text.Append("  <no Python frame>\n");
            return;
        }
        int depth = 0;
        for (var f = frame; f is not null; f = f.Back)
        {
            if (depth >= MaxFrameDepth)
            {
                text.Append("  ...\n");
                break;
            }
            text.Append("  File \"");
            DumpAscii(text, f.Code.Filename.Value);
            text.Append("\", line ");
            int line = f.LineNo;
            if (line >= 0) text.Append(line);
            else text.Append("???");
            text.Append(" in ");
            DumpAscii(text, f.Code.Name.Value);
            text.Append('\n');
            depth++;
        }
    }

    /// <summary>_Py_DumpASCII: non-ASCII code points escaped (\xHH, \uHHHH, \UHHHHHHHH), long strings cut.</summary>
    private static void DumpAscii(StringBuilder text, string s)
    {
        int count = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (count++ >= MaxStringLength)
            {
                text.Append("...");
                return;
            }
            int ch = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) ch = char.ConvertToUtf32(s[i], s[++i]);
            if (ch >= ' ' && ch <= 126) text.Append((char)ch);
            else if (ch <= 0xff) text.Append("\\x").Append(ch.ToString("x2"));
            else if (ch <= 0xffff) text.Append("\\u").Append(ch.ToString("x4"));
            else text.Append("\\U").Append(ch.ToString("x8"));
        }
    }
}
