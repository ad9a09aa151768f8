namespace Krait.Runtime;

/// <summary>The <c>sys</c> module (Python/sysmodule.c). Each group of attributes lives in its own partial file.</summary>
public static partial class SysModule
{
    public static PyModule Create()
    {
        SysConfig.ApplyEnvironment();
        if (SysConfig.IntMaxStrDigits >= 0) PyInt.MaxStrDigits = SysConfig.IntMaxStrDigits;
        var m = new PyModule("sys", "This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter.");
        m.Add("modules", PythonRuntime.Modules);
        StartupTrace.Mark("sys: module");
        AddStreams(m);
        StartupTrace.Mark("sys: streams");
        AddHooks(m);
        AddInfo(m);
        StartupTrace.Mark("sys: hooks, info");
        AddFunctions(m);
        AddVmFunctions(m);
        AddExtras(m);
        StartupTrace.Mark("sys: functions, extras");
        return m;
    }

    /// <summary>Sets sys.argv and sys.orig_argv (the command line calls this once it has parsed its options;
    /// argv[0] is the script path, '-c' or '-m' as CPython sets it) and sys.executable.</summary>
    public static void Configure(IReadOnlyList<string> argv, IReadOnlyList<string> origArgv, string? executable = null)
    {
        var m = Sys.Module;
        m.Add("argv", StrList(argv.Count == 0 ? [""] : argv));
        m.Add("orig_argv", StrList(origArgv));
        if (executable is not null) m.Add("executable", new PyStr(executable));
    }

    private static PyList StrList(IReadOnlyList<string> items)
    {
        var l = new PyList();
        foreach (var s in items) l.Append(new PyStr(s));
        return l;
    }

    /// <summary>Flushes sys.stdout and sys.stderr at exit (flush_std_files). An error flushing stdout is reported
    /// through sys.unraisablehook-like output on stderr and makes the result false (CPython then exits with 120).</summary>
    public static bool FlushStdStreams()
    {
        bool ok = true;
        BuiltinsModule.FlushOpenFiles();
        foreach (var name in new[] { "stdout", "stderr" })
        {
            var s = Sys.GetOrNull(name);
            if (s is null or PyNone) continue;
            try
            {
                if (s is PyTextIOWrapper w)
                {
                    if (w.Detached || w.IsClosed) continue;
                    w.Flush();
                }
                else if (!Ops.IsTrue(Ops.TryGetAttr(s, PyStr.Intern("closed")) ?? PyBool.False))
                    Ops.CallMethod(s, "flush", []);
            }
            catch (PythonException e)
            {
                if (name == "stdout")
                {
                    ok = false;
                    // flush_std_files: PyErr_WriteUnraisable(fout), "Exception ignored in: <repr>" without a colon after.
                    WriteUnraisable(e.Value, null, s);
                }
            }
        }
        return ok;
    }
}
