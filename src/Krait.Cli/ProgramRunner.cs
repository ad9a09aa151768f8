using System.Text;
using Krait.Runtime;
using Krait.Syntax;

namespace Krait.Cli;

/// <summary>Runs the program the command line names as <c>__main__</c> (Modules/main.c pymain_run_python) and
/// turns its end — return, SystemExit or an uncaught exception — into the process exit code.</summary>
internal static class ProgramRunner
{
    private static bool s_uncaughtInterrupt;

    public static int Run(CommandLine cl, string[] origArgv)
    {
        StartupTrace.Mark("command line");
        Configure(cl, origArgv);
        StartupTrace.Mark("configure (sys, builtin types)");
        int code;
        try
        {
            code = RunMain(cl);
        }
        catch (PythonException e)
        {
            code = HandleUncaught(e.Value);
        }
        catch (SiteImportFailed e)
        {
            SysModule.FlushStdStreams();
            WriteStderr("Fatal Python error: init_import_site: Failed to import the site module\nPython runtime state: initialized\n");
            ExceptionPrinter.Print(e.Exc);
            return 1;
        }
        // Py_FinalizeEx: wait for the non-daemon threads, run the atexit callbacks, then flush_std_files (a failing
        // flush of stdout makes the exit status 120).
        ThreadModule.WaitForThreadShutdown();
        StartupTrace.Mark("wait for threads");
        AtexitModule.RunExitFuncs();
        StartupTrace.Mark("atexit");
        if (!SysModule.FlushStdStreams() && code == 0) code = 120;
        StartupTrace.Mark("flush");
        Finalization.RunAtExit();
        StartupTrace.Mark("finalization");
        EngineChoice.Finish();
        if (s_uncaughtInterrupt) SignalModule.ExitWithSigint();
        return code;
    }

    private static void Configure(CommandLine cl, string[] origArgv)
    {
        PythonRuntime.Optimize = cl.Optimize;
        SysConfig.Unbuffered = cl.Unbuffered;
        SysConfig.DontWriteBytecode = cl.DontWriteBytecode;
        SysConfig.IgnoreEnvironment = cl.IgnoreEnvironment;
        SysConfig.Isolated = cl.Isolated;
        SysConfig.NoUserSite = cl.NoUserSite;
        SysConfig.NoSite = cl.NoSite;
        SysConfig.Quiet = cl.Quiet;
        SysConfig.Inspect = cl.Inspect;
        SysConfig.Verbose = cl.Verbose ? 1 : 0;
        SysConfig.BytesWarning = cl.BytesWarning;
        SysConfig.WarnOptions.AddRange(cl.WarnOptions);
        foreach (var x in cl.XOptions)
        {
            int eq = x.IndexOf('=');
            SysConfig.XOptions.Add(eq < 0 ? new(x, null) : new(x[..eq], x[(eq + 1)..]));
        }
        string exe = Krait.Runtime.ProcessPath.Get() ?? "krait";
        SysModule.Configure(cl.Module is not null ? ["-m", .. cl.Args] : cl.Args, [exe, .. origArgv], exe);
    }

    /// <summary>sys.path, then — as init_interp_main does when there are -W options or PYTHONWARNINGS — the
    /// warnings module, which applies them, so that they govern the main program's compile-time warnings too.</summary>
    private static void InitializePath(string? first, bool isolated, bool ignoreEnvironment)
    {
        Importer.InitializePath(null, isolated, ignoreEnvironment);
        StartupTrace.Mark("sys.path, meta_path, builtin module names");
        if (Sys.GetOrNull("warnoptions") is PyList { Count: > 0 })
            Importer.ImportModuleLevel(new PyStr("warnings"), null, null, 0);
        ImportSite();
        StartupTrace.Mark("site");
        // As pymain_run_python: the script's directory (or '') goes first on sys.path after site has run, so
        // that site neither sees nor rewrites it.
        if (first is not null && !isolated && Sys.GetOrNull("path") is PyList path) path.Insert(0, new PyStr(first));
    }

    /// <summary>init_import_site: <c>import site</c> unless -S. (site imports io: skipped while Krait has no _io.)</summary>
    private static void ImportSite()
    {
        if (SysConfig.NoSite || !Importer.IsBuiltin("_io")) return;
        CompileCache.SiteImporting = true;
        try
        {
            Importer.ImportModuleLevel(new PyStr("site"), null, null, 0);
        }
        catch (PythonException e)
        {
            throw new SiteImportFailed(e.Value);
        }
        finally
        {
            CompileCache.SiteImporting = false;
        }
    }

    /// <summary>A failed site import is fatal, as in CPython.</summary>
    private sealed class SiteImportFailed(PyBaseException exc) : Exception("init_import_site")
    {
        public PyBaseException Exc => exc;
    }

    /// <summary>Runs __main__; returns 2 when the script can't be opened (after CPython's message).</summary>
    private static int RunMain(CommandLine cl)
    {
        if (cl.Command is not null)
        {
            InitializePath("", cl.Isolated, cl.IgnoreEnvironment);
            RunSource(Encoding.UTF8.GetBytes(cl.Command), "<string>", Importer.GetOrCreateMainModule().ModuleDict);
            return 0;
        }
        if (cl.Module is not null)
        {
            InitializePath(cl.Isolated ? null : WorkingDirectory(), cl.Isolated, cl.IgnoreEnvironment);
            Importer.RunModuleAsMain(cl.Module);
            return 0;
        }
        string script = cl.Script ?? "-";
        if (script == "-")
        {
            InitializePath("", cl.Isolated, cl.IgnoreEnvironment);
            RunSource(ReadStdin(), "<stdin>", Importer.GetOrCreateMainModule().ModuleDict);
            return 0;
        }
        string full = AbsolutePath(script);
        byte[] data;
        try
        {
            data = File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            int errno = e is FileNotFoundException or DirectoryNotFoundException ? 2 : e is UnauthorizedAccessException ? 13 : 5;
            string reason = errno switch { 2 => "No such file or directory", 13 => "Permission denied", _ => e.Message };
            WriteStderr($"{Krait.Runtime.ProcessPath.Get()}: can't open file {PyStr.ReprOf(full).Value}: [Errno {errno}] {reason}\n");
            return 2;
        }
        InitializePath(cl.Isolated ? null : Importer.ScriptDirectory(full), cl.Isolated, cl.IgnoreEnvironment);
        RunSource(data, full, Importer.PrepareMainScript(full));
        return 0;
    }

    private static byte[] ReadStdin()
    {
        using var stdin = Console.OpenStandardInput();
        using var ms = new MemoryStream();
        stdin.CopyTo(ms);
        return ms.ToArray();
    }

    /// <summary>CPython makes the script path absolute by joining it to the working directory (no normalisation), and
    /// leaves it as it is when there is no working directory (removed while the shell was in it).</summary>
    private static string AbsolutePath(string path) =>
        path.StartsWith('/') || WorkingDirectory() is not { } cwd ? path : cwd + "/" + path;

    /// <summary>getcwd decoded as os.getcwd does (Directory.GetCurrentDirectory's UTF-8 unmarshalling was the first use
    /// of .NET's UTF-8 decoder in every script run, ~16 M instructions; docs/architecture.md, Start-up), or null when
    /// the working directory is gone: -m then puts no folder first on sys.path, as CPython.</summary>
    private static string? WorkingDirectory()
    {
        try
        {
            return PathArg.DecodeString(PosixModule.GetCwd());
        }
        catch (PythonException)
        {
            return null;
        }
    }

    private static void RunSource(byte[] source, string fileName, PyDict globals)
    {
        var code = CompileCache.Compile(source, fileName, "exec");
        StartupTrace.Mark("compile __main__");
        Interpreter.RunCode(code, globals, globals);
        StartupTrace.Mark("run __main__");
    }

    /// <summary>SystemExit sets the exit code (printing a non-int code); anything else goes to sys.excepthook.</summary>
    private static int HandleUncaught(PyBaseException exc)
    {
        if (exc is PySystemExit se)
        {
            var code = se.Code;
            if (code is PyNone) return 0;
            if (code is PyInt i) return i.TryGetLong(out long v) ? (int)(v & 0xFF) : 255;
            SysModule.FlushStdStreams();
            // handle_system_exit: the code is written raw; when its str() fails the error is dropped and only the
            // newline is written.
            string text;
            try { text = Ops.Str(code).Value; }
            catch (PythonException) { text = ""; }
            WriteStderr(text + "\n");
            return 1;
        }
        SysModule.FlushStdStreams();
        var hook = Sys.GetOrNull("excepthook");
        try
        {
            if (hook is null) throw PyErr.RuntimeError("lost sys.excepthook");
            Ops.Call(hook, [exc.Type, exc, (PyObject?)exc.Traceback ?? PyNone.Instance]);
        }
        catch (PythonException e)
        {
            // Error in sys.excepthook: CPython prints both exceptions with the default printer.
            WriteStderr("Error in sys.excepthook:\n");
            ExceptionPrinter.Print(e.Value);
            WriteStderr("\nOriginal exception was:\n");
            ExceptionPrinter.Print(exc);
        }
        // CPython re-raises SIGINT to die of it (Run does, after the clean-up); 130 is what a shell would see.
        s_uncaughtInterrupt = exc.Type.IsSubtype(PyExc.KeyboardInterrupt);
        return s_uncaughtInterrupt ? 130 : 1;
    }

    private static void WriteStderr(string text)
    {
        var err = Sys.GetOrNull("stderr");
        if (err is not null and not PyNone)
        {
            try
            {
                Ops.CallMethod(err, "write", [new PyStr(text)]);
                Ops.CallMethod(err, "flush", []);
                return;
            }
            catch (PythonException) { }
        }
        using var fallback = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false));
        fallback.Write(text);
    }
}
