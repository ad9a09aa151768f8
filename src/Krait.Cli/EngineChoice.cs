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
/// <item>otherwise, by the program's engine hint (<see cref="Timing"/>): a file in
/// <c>$XDG_CACHE_HOME/krait/engine</c> named by a hash of the program (a script's absolute path; -m's module and the
/// working directory; -c's command) that holds the milliseconds of its last run in each engine. A launcher run that
/// had hot code (a code object reached the JIT's threshold) and lasted 0.3 s or more makes the hint; the next run
/// tries the JIT engine, and from then on the program runs where it ran faster, trying the other engine now and
/// then. Each run records its own time (the JIT engine's counted from the launcher's start).</item>
/// </list>
/// So a long program's first run (and every run of a program started from standard input) is in the eval loop
/// only, like a first import compiling its source before a .pyc exists. Without the jit/ folder (a build whose
/// AOT publish failed is the ReadyToRun build alone, in .build/krait) there is nothing to choose.</summary>
internal static class EngineChoice
{
    private static readonly byte[] LauncherVariable = "KRAIT_LAUNCHER\0"u8.ToArray(), HintVariable = "KRAIT_ENGINE_HINT\0"u8.ToArray();
    /// <summary>A launcher run with hot code that lasted this long (ms) leaves a hint.</summary>
    private const long LongRunMs = 300;
    /// <summary>When the program started (Stopwatch ticks, CLOCK_MONOTONIC on Linux, so comparable between
    /// processes): the launcher's Main, also for the JIT engine it started.</summary>
    private static long s_start;
    /// <summary>The program's hint file: in the launcher, when there is a cache folder; in the JIT engine, when the
    /// hint sent the program there.</summary>
    private static string? s_hint;
    /// <summary>The launcher: what the hint file said when the program started.</summary>
    private static Timing s_timing;

    /// <summary>An engine hint's content: the last run's milliseconds in each engine (0: not known), and how often
    /// the engine the times don't prefer is tried again: after <see cref="Every"/> runs on the preferred one
    /// (<see cref="Since"/> counts them), so that a time measured at a bad moment (a loaded machine) doesn't decide
    /// for good. A try that confirms the preference doubles the interval (up to 64); one that reverses it starts
    /// again at 2.</summary>
    private readonly record struct Timing(long Aot, long Jit, int Since, int Every)
    {
        /// <summary>A long launcher run happened, and the JIT engine has not been tried since or was the faster.</summary>
        private bool PrefersJit => Aot > 0 && (Jit == 0 || Jit < Aot);

        private bool BothKnown => Aot > 0 && Jit > 0;

        /// <summary>Whether the next run goes to the JIT engine.</summary>
        public bool NextOnJit => BothKnown && Since >= Every ? !PrefersJit : PrefersJit;

        /// <summary>This hint after a run of <paramref name="ms"/> on the JIT engine or in the launcher.</summary>
        public Timing After(bool onJit, long ms)
        {
            bool tryingOther = BothKnown && onJit != PrefersJit;
            var t = onJit ? this with { Jit = ms } : this with { Aot = ms };
            // The launcher, preferred, took twice as long as the JIT engine's last run (the program changed, or its
            // input): measure that again at once.
            if (!onJit && !tryingOther && t.Jit > 0 && ms > 2 * t.Jit) t = t with { Jit = 0 };
            int every = Every < 2 ? 2 : Every;
            return tryingOther
                ? t with { Since = 0, Every = t.PrefersJit == PrefersJit ? Math.Min(every * 2, 64) : 2 }
                : t with { Since = Since + 1, Every = every };
        }
    }

    /// <summary>First thing in Main. In the launcher, may not return (execve); in the JIT engine, takes over the
    /// launcher's path and start time and removes the hand-over variables from the environment the program sees.
    /// A choice that fails (no working directory, an unreadable cache …) leaves the program where it is: the
    /// choice only ever saves time.</summary>
    internal static void Start(string[] args)
    {
        s_start = Stopwatch.GetTimestamp();
        try
        {
            Choose(args);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            s_hint = null;
        }
    }

    private static void Choose(string[] args)
    {
        if (RuntimeFeature.IsDynamicCodeSupported)
        {
            AdoptLauncher();
            return;
        }
        string? jit = Environment.GetEnvironmentVariable("KRAIT_JIT");
        if (jit == "0" || ProcessPath.Target() is not { } self) return;
        byte[] engine = [.. self.AsSpan(0, self.AsSpan().LastIndexOf((byte)'/') + 1), .. "jit/krait\0"u8];
        if (Libc.Access(engine, 1 /* X_OK */) != 0) return;
        if (jit is not null || HasJitKnob())
        {
            Exec(engine, self, null);
            return;
        }
        s_hint = HintPath(CommandLine.Parse(args));
        if (s_hint is null) return;
        s_timing = Read(s_hint);
        if (s_timing.NextOnJit) Exec(engine, self, s_hint);
    }

    /// <summary>Last thing of a program's run: records its time in the program's hint. Failing to (an unwritable
    /// cache …) changes nothing else.</summary>
    internal static void Finish()
    {
        if (s_hint is null) return;
        long ms = Math.Max(1, (long)Stopwatch.GetElapsedTime(s_start).TotalMilliseconds);
        try
        {
            if (RuntimeFeature.IsDynamicCodeSupported)
                Write(s_hint, Read(s_hint).After(onJit: true, ms));
            else if (s_timing.Aot > 0 || JitWarmth.SawHotCode && ms >= LongRunMs)
                Write(s_hint, s_timing.After(onJit: false, ms));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
        }
    }

    /// <summary>The hint at <paramref name="path"/>; nothing known when there is none (or it is unreadable).</summary>
    private static Timing Read(string path)
    {
        if (!File.Exists(path)) return default;
        var f = File.ReadAllText(path).Split(' ');
        return f.Length == 4 && Number(f[0]) is long aot && Number(f[1]) is long jit && Number(f[2]) is long since
            && Number(f[3]) is long every && since <= int.MaxValue && every <= 64
            ? new(aot, jit, (int)since, (int)every)
            : default;
    }

    /// <summary>Writes a hint through a temporary file and a rename, so that a concurrent run reads the old or the
    /// new one, never a half-written one.</summary>
    private static void Write(string path, Timing t)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string tmp = $"{path}.{Environment.ProcessId}.tmp";
        File.WriteAllText(tmp, $"{Decimal(t.Aot)} {Decimal(t.Jit)} {Decimal(t.Since)} {Decimal(t.Every)}");
        File.Move(tmp, path, overwrite: true);
    }

    /// <summary>A non-negative decimal number, or null. Not long.TryParse: culture-aware parsing would load ICU in
    /// the JIT engine, milliseconds of start-up.</summary>
    private static long? Number(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty || digits.Length > 18) return null;
        long n = 0;
        foreach (char c in digits)
        {
            if (c is < '0' or > '9') return null;
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /// <summary>A non-negative number's decimal digits (culture-free, as <see cref="Number"/>).</summary>
    private static string Decimal(long n)
    {
        Span<char> buf = stackalloc char[20];
        int i = buf.Length;
        do buf[--i] = (char)('0' + n % 10); while ((n /= 10) > 0);
        return new string(buf[i..]);
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

    /// <summary>execve of the JIT engine with this process's own arguments (/proc/self/cmdline, so that bytes that
    /// aren't UTF-8 pass unchanged) and environment, plus the launcher's path and, when the hint decided, the
    /// start time and the hint's path. Returns only when execve fails: the program then runs here.</summary>
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
        if (hint is not null) Libc.SetEnv(HintVariable, [.. System.Text.Encoding.UTF8.GetBytes(Decimal(s_start) + " " + hint), 0], 1);
        var pins = new List<GCHandle>();
        try { Libc.ExecV(engine, PosixModule.CStringArray(argv, pins)); }
        finally { foreach (var p in pins) p.Free(); }
        Libc.UnsetEnv(LauncherVariable);
        Libc.UnsetEnv(HintVariable);
    }

    /// <summary>The JIT engine started by the launcher: sys.executable is the launcher, the program's time counts
    /// from the launcher's start, and the hand-over variables leave the environment before anything (os.environ, a
    /// child process) can see them.</summary>
    private static void AdoptLauncher()
    {
        if (Libc.GetEnvBytes(LauncherVariable) is not { } launcher) return;
        ProcessPath.Set(launcher);
        if (Libc.GetEnvBytes(HintVariable) is { } hint && PathArg.DecodeString(hint) is var h
            && h.IndexOf(' ') is > 0 and var space && Number(h.AsSpan(0, space)) is long start)
        {
            s_start = start;
            s_hint = h[(space + 1)..];
        }
        // libc's environment only: os.environ and child processes are made from it, and .NET's own copy (which
        // Krait reads only for its KRAIT_* settings) would cost its first use of .NET's UTF-8 decoder to change.
        Libc.UnsetEnv(LauncherVariable);
        Libc.UnsetEnv(HintVariable);
    }
}
