using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Krait.Runtime;

namespace Krait.Cli;

/// <summary>Which of Krait's two builds runs a program (docs/architecture.md, "Two engines").
///
/// <c>.build/krait/krait</c>, what <c>./krait</c> runs, is a NativeAOT build. It starts about as fast as CPython, since
/// nothing is left to load, resolve or compile at run time, but it can't make code at run time: Python code only
/// runs in the eval loop. The ReadyToRun build in the <c>jit/</c> folder next to it runs on CoreCLR: its start-up
/// costs ~5× CPython's (the runtime's own, then type loading and method preparation for everything start-up runs),
/// but it compiles hot Python code to machine code (<see cref="JitCompiler"/>), ~1.4× faster on the benchmarks.
///
/// The AOT build is the launcher. Before it initializes anything it decides, and hands a program to the JIT engine
/// with execve, so that both are the same process (pid, file descriptors, environment, arguments); sys.executable
/// stays the launcher's path. The JIT engine runs the program when
/// <list type="bullet">
/// <item>KRAIT_JIT is set and not 0, or any KRAIT_JIT_* knob is (the threshold, sync, trace …: they only mean
/// something to the JIT); KRAIT_JIT=0 keeps the program in the eval loop;</item>
/// <item>otherwise, when the program has an engine hint: a file in <c>$XDG_CACHE_HOME/krait/engine</c> named by a
/// hash of the program (a script's absolute path; -m's module and the working directory; -c's command). A run in
/// the AOT engine that had hot code (a code object reached the JIT's threshold) and lasted 0.3 s or more leaves
/// the hint; a run the hint sent to the JIT engine that lasted less than 0.15 s removes it.</item>
/// </list>
/// So a long program's first run (and every run of a program started from standard input) is in the eval loop
/// only, like a first import compiling its source before a .pyc exists. Without the jit/ folder (a build whose
/// AOT publish failed is the ReadyToRun build alone, in .build/krait) there is nothing to choose.</summary>
internal static class EngineChoice
{
    private static readonly byte[] LauncherVariable = "KRAIT_LAUNCHER\0"u8.ToArray(), HintVariable = "KRAIT_ENGINE_HINT\0"u8.ToArray();
    private const double HintAfterMs = 300, UnhintBelowMs = 150;
    private static long s_start;
    /// <summary>AOT: the program's hint file, when a run may leave one.</summary>
    private static string? s_hint;
    /// <summary>JIT engine: the hint file that sent the program here.</summary>
    private static string? s_hintOfLaunch;

    /// <summary>First thing in Main. In the launcher, may not return (execve); in the JIT engine, takes over the
    /// launcher's path and removes the hand-over variables from the environment the program sees.</summary>
    internal static void Start(string[] args)
    {
        s_start = Stopwatch.GetTimestamp();
        if (RuntimeFeature.IsDynamicCodeSupported)
        {
            AdoptLauncher();
            return;
        }
        string? jit = Environment.GetEnvironmentVariable("KRAIT_JIT");
        if (jit == "0" || ExecutablePath() is not { } self) return;
        byte[] engine = [.. self.AsSpan(0, self.AsSpan().LastIndexOf((byte)'/') + 1), .. "jit/krait\0"u8];
        if (Libc.Access(engine, 1 /* X_OK */) != 0) return;
        if (jit is not null || HasJitKnob())
        {
            Exec(engine, self, null);
            return;
        }
        var cl = CommandLine.Parse(args);
        s_hint = HintPath(cl);
        if (s_hint is not null && File.Exists(s_hint)) Exec(engine, self, s_hint);
    }

    /// <summary>Last thing of a program's run: leaves or removes its engine hint.</summary>
    internal static void Finish()
    {
        double ms = Stopwatch.GetElapsedTime(s_start).TotalMilliseconds;
        try
        {
            if (s_hint is not null && JitWarmth.SawHotCode && ms >= HintAfterMs)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(s_hint)!);
                File.WriteAllBytes(s_hint, []);
            }
            else if (s_hintOfLaunch is not null && ms < UnhintBelowMs)
                File.Delete(s_hintOfLaunch);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A hint only saves time: an unwritable cache changes nothing else.
        }
    }

    private static bool HasJitKnob()
    {
        foreach (System.Collections.DictionaryEntry kv in Environment.GetEnvironmentVariables())
            if (kv.Key is string k && k.StartsWith("KRAIT_JIT_", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The hint file of the program <paramref name="cl"/> names, or null (standard input, no cache folder).</summary>
    private static string? HintPath(CommandLine cl)
    {
        string key;
        if (cl.Error is not null || cl.Version || cl.Help) return null;
        if (cl.Command is not null) key = "c\0" + cl.Command;
        else if (cl.Module is not null) key = "m\0" + Directory.GetCurrentDirectory() + "\0" + cl.Module;
        else if (cl.Script is { } s && s != "-") key = "f\0" + Path.GetFullPath(s);
        else return null;
        if (UserCache.Folder("engine") is not { } dir) return null;
        ulong h = 0xcbf29ce484222325;
        foreach (char c in key) h = (h ^ c) * 0x100000001b3;
        return $"{dir}/{h:x16}";
    }

    /// <summary>The target of /proc/self/exe, undecoded.</summary>
    private static byte[]? ExecutablePath()
    {
        var buf = new byte[4096];
        long n = Libc.ReadLinkAt(Posix.AtFdCwd, "/proc/self/exe\0"u8.ToArray(), buf, buf.Length);
        return n > 0 && n < buf.Length ? buf[..(int)n] : null;
    }

    /// <summary>execve of the JIT engine with this process's own arguments (/proc/self/cmdline, so that bytes that
    /// aren't UTF-8 pass unchanged) and environment, plus the launcher's path and the hint that decided. Returns
    /// only when execve fails: the program then runs here.</summary>
    private static void Exec(byte[] engine, byte[] self, string? hint)
    {
        byte[] cmdline;
        try { cmdline = File.ReadAllBytes("/proc/self/cmdline"); }
        catch (IOException) { return; }
        var argv = new List<byte[]> { engine };
        int start = cmdline.AsSpan().IndexOf((byte)0) + 1;
        while (start > 0 && start < cmdline.Length)
        {
            int end = cmdline.AsSpan(start).IndexOf((byte)0);
            end = end < 0 ? cmdline.Length : start + end;
            argv.Add([.. cmdline.AsSpan(start, end - start), 0]);
            start = end + 1;
        }
        Libc.SetEnv(LauncherVariable, [.. self, 0], 1);
        if (hint is not null) Libc.SetEnv(HintVariable, [.. System.Text.Encoding.UTF8.GetBytes(hint), 0], 1);
        var pins = new List<GCHandle>();
        try { Libc.ExecV(engine, PosixModule.CStringArray(argv, pins)); }
        finally { foreach (var p in pins) p.Free(); }
        Libc.UnsetEnv(LauncherVariable);
        Libc.UnsetEnv(HintVariable);
    }

    /// <summary>The JIT engine started by the launcher: sys.executable is the launcher, and the hand-over variables
    /// leave the environment before anything (os.environ, a child process) can see them.</summary>
    private static void AdoptLauncher()
    {
        if (Libc.GetEnvBytes(LauncherVariable) is not { } launcher) return;
        ProcessPath.Set(launcher);
        if (Libc.GetEnvBytes(HintVariable) is { } hint) s_hintOfLaunch = PathArg.DecodeString(hint);
        // libc's environment only: os.environ and child processes are made from it, and .NET's own copy (which
        // Krait reads only for its KRAIT_* settings) would cost its first use of .NET's UTF-8 decoder to change.
        Libc.UnsetEnv(LauncherVariable);
        Libc.UnsetEnv(HintVariable);
    }
}
