using System.Text;
using Krait.Runtime;
using Krait.Syntax;

namespace Krait.Cli;

/// <summary>Runs the program the command line names as <c>__main__</c> (Modules/main.c pymain_run_python) and
/// turns its end — return, SystemExit or an uncaught exception — into the process exit code.</summary>
internal static class ProgramRunner
{
    public static int Run(CommandLine cl, TextWriter stderr)
    {
        PythonRuntime.Optimize = cl.Optimize;
        var sys = Sys.Module;
        var argv = new PyList();
        foreach (var a in cl.Args.Count == 0 ? [""] : cl.Args) argv.Append(new PyStr(a));
        sys.Add("argv", argv);
        BootstrapFallbacks.Install();

        try
        {
            try
            {
                if (cl.Command is not null) RunSource(Encoding.UTF8.GetBytes(cl.Command), "<string>", null, scriptDir: "");
                else if (cl.Module is not null)
                {
                    stderr.WriteLine($"{Environment.ProcessPath}: running a module with -m is not available yet: {cl.Module}");
                    return 1;
                }
                else
                {
                    string script = cl.Script ?? "-";
                    if (!SourceFile.TryRead(script, stderr, out var data, out var fileName)) return 2;
                    if (script == "-") RunSource(data, "<stdin>", null, scriptDir: "");
                    else
                    {
                        string full = AbsolutePath(script);
                        RunSource(data, full, full, Path.GetDirectoryName(full) ?? "");
                    }
                }
                return 0;
            }
            catch (PythonException e)
            {
                return HandleUncaught(e.Value, stderr);
            }
        }
        finally
        {
            FlushStdout();
        }
    }

    /// <summary>CPython makes the script path absolute by joining it to the working directory (no normalisation).</summary>
    private static string AbsolutePath(string path)
    {
        if (path.StartsWith('/')) return path;
        string cwd = Directory.GetCurrentDirectory();
        return cwd + "/" + path;
    }

    private static void RunSource(byte[] source, string fileName, string? file, string scriptDir)
    {
        var path = new PyList();
        path.Append(new PyStr(scriptDir));
        path.Append(new PyStr(Environment.GetEnvironmentVariable("KRAIT_STDLIB") ?? "/usr/lib/python3.11"));
        Sys.Module.Add("path", path);

        var main = new PyModule("__main__");
        var d = main.ModuleDict;
        d.SetItem(PyStr.Intern("__builtins__"), PythonRuntime.Builtins);
        if (file is not null)
        {
            d.SetItem(PyStr.Intern("__file__"), new PyStr(file));
            d.SetItem(PyStr.Intern("__cached__"), PyNone.Instance);
        }
        PythonRuntime.Modules.SetItem(PyStr.Intern("__main__"), main);
        PyCode code;
        try
        {
            var warnings = new List<Krait.Syntax.Tokenizer.TokenizerWarning>();
            var mod = Krait.Syntax.Parser.PythonParser.ParseModule(source, fileName, Krait.Syntax.Parser.ParseMode.File, warnings);
            FlushStdout();
            var err = StdErrWriter();
            WarningPrinter.Print(warnings, fileName, source, err);
            err.Flush();
            code = new PyCode(Krait.Compiler.CodeGen.Compiler.Compile(mod, fileName, Encoding.UTF8.GetString(source), PythonRuntime.Optimize));
        }
        catch (PythonSyntaxError e)
        {
            throw new PythonException(CompileService.ToPython(e));
        }
        Interpreter.RunCode(code, d, d);
    }

    private static TextWriter StdErrWriter() => new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };

    /// <summary>SystemExit sets the exit code (printing a non-int code); anything else goes to sys.excepthook.</summary>
    private static int HandleUncaught(PyBaseException exc, TextWriter stderr)
    {
        if (exc is PySystemExit se)
        {
            var code = se.Code;
            if (code is PyNone) return 0;
            if (code is PyInt i) return i.TryGetLong(out long v) ? (int)(v & 0xFF) : 255;
            FlushStdout();
            WriteStderr(Ops.Str(code).Value + "\n", stderr);
            return 1;
        }
        FlushStdout();
        var hook = Sys.GetOrNull("excepthook");
        if (hook is null)
        {
            BootstrapFallbacks.PrintException(exc, stderr);
            return 1;
        }
        try
        {
            Ops.Call(hook, [exc.Type, exc, (PyObject?)exc.Traceback ?? PyNone.Instance]);
        }
        catch (PythonException e)
        {
            BootstrapFallbacks.PrintException(e.Value, stderr);
        }
        // CPython re-raises SIGINT to die of it; a shell sees status 130 either way.
        return exc.Type.IsSubtype(PyExc.KeyboardInterrupt) ? 130 : 1;
    }

    private static void WriteStderr(string text, TextWriter fallback)
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
        fallback.Write(text);
    }

    private static void FlushStdout()
    {
        foreach (var name in new[] { "stdout", "stderr" })
        {
            var s = Sys.GetOrNull(name);
            if (s is null or PyNone) continue;
            try { Ops.CallMethod(s, "flush", []); }
            catch (PythonException) { }
        }
        BootstrapFallbacks.Flush();
    }
}
