using System.Text;

namespace Krait.Cli;

/// <summary>The <c>krait</c> command line, modelled on <c>python3.11</c>'s.</summary>
internal static class Program
{
    internal const string Version = "Python 3.11.2 (Krait 0.1)";

    private static int Main(string[] args)
    {
        Krait.Runtime.StartupTrace.Mark("Main");
        EngineChoice.Start(args);
        // Only then is GcTrace touched: its base type (EventListener) would load an assembly at every start-up.
        using IDisposable? gcTrace = Environment.GetEnvironmentVariable("KRAIT_GC_TRACE") is { Length: > 0 } ? GcTrace.Start() : null;
        // Deep nesting is legal Python: run on a thread with a large stack, as DESIGN.md asks.
        int exitCode = 0;
        var thread = new Thread(() =>
        {
            // Ctrl-C raises KeyboardInterrupt in the running Python code (the signal module's default SIGINT
            // handler, run on this thread, the main Python thread) instead of killing the process.
            Krait.Runtime.StartupTrace.Mark("main thread");
            Krait.Runtime.SignalModule.InstallDefaultHandlers();
            Krait.Runtime.StartupTrace.Mark("signal handlers");
            exitCode = Run(args);
            Krait.Runtime.StartupTrace.Print();
        }, 512 * 1024 * 1024);
        thread.Start();
        thread.Join();
        // KRAIT_ALLOC_TRACE=1: how much the run allocated, a load-independent measure of allocation-bound code.
        if (Environment.GetEnvironmentVariable("KRAIT_ALLOC_TRACE") is { Length: > 0 })
            Console.Error.WriteLine($"allocated {GC.GetTotalAllocatedBytes(precise: true)} bytes; collections " +
                $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}; " +
                $"paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms");
        return exitCode;
    }

    private static int RunProgram(string[] args)
    {
        var cl = CommandLine.Parse(args);
        if (cl.Error is not null)
        {
            Err.WriteLine(cl.Error);
            Err.WriteLine($"usage: {Krait.Runtime.ProcessPath.Get()} [option] ... [-c cmd | -m mod | file | -] [arg] ...");
            Err.WriteLine("Try `python -h' for more information.");
            return 2;
        }
        if (cl.Version)
        {
            Out.WriteLine("Python 3.11.2");
            return 0;
        }
        if (cl.Help)
        {
            Out.WriteLine($"usage: {Krait.Runtime.ProcessPath.Get()} [option] ... [-c cmd | -m mod | file | -] [arg] ...");
            return 0;
        }
        if (cl.Command is null && cl.Module is null && cl.Script is null && !Console.IsInputRedirected)
        {
            Err.WriteLine("krait: the interactive prompt is not available yet; give a program, -c or -m");
            return 2;
        }
        s_stdout?.Flush();
        return ProgramRunner.Run(cl, args);
    }

    // The CLI's own writers (dump modes, usage errors): created on first use, since a Python program writes through
    // sys.stdout and opening System.Console's streams costs ~4 ms of start-up.
    private static StreamWriter? s_stdout, s_stderr;
    private static StreamWriter Out => s_stdout ??= new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
    private static StreamWriter Err => s_stderr ??= new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };

    private static int Run(string[] args)
    {
        try
        {
            switch (args.Length == 0 ? "" : args[0])
            {
                case "--dump-ast":
                    if (args.Length != 2)
                    {
                        Err.WriteLine("usage: krait --dump-ast FILE   (- reads standard input)");
                        return 2;
                    }
                    return DumpAst.Run(args[1], Out, Err);
                case "--dump-symtable":
                    // Developer flag: the symbol table as tools/dump_symtable.py prints CPython's.
                    if (args.Length != 2) { Err.WriteLine("usage: krait --dump-symtable FILE"); return 2; }
                    return DumpSymtable.Run(args[1], Out, Err);
                case "--dump-code":
                    // Developer flag: the code objects as tools/dump_code.py prints CPython's.
                    if (args.Length != 2) { Err.WriteLine("usage: krait --dump-code FILE"); return 2; }
                    return DumpCode.Run(args[1], Out, Err);
                default:
                    return RunProgram(args);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug in Krait must not surface as a .NET stack trace (DESIGN.md: bad input gets a
            // Python exception; an internal failure is reported as SystemError).
            s_stdout?.Flush();
            Err.WriteLine($"SystemError: internal error in Krait: {e.GetType().Name}: {e.Message}");
            return 1;
        }
        finally
        {
            s_stdout?.Flush();
        }
    }
}
