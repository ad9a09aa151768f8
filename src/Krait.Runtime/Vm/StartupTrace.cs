using System.Diagnostics;

namespace Krait.Runtime;

/// <summary>A log of where start-up time goes, printed to stderr at exit when <c>KRAIT_STARTUP_TRACE</c> is set:
/// for each mark, the process's CPU time (user+sys, which includes the runtime's start before Main) and the wall
/// time since Main began, with the difference from the previous mark. Each assembly the runtime loads is a mark
/// too ("load NAME"; with <c>KRAIT_STARTUP_TRACE=loads</c> also the Krait method whose code made it load): every
/// assembly, even a facade that only forwards types to CoreLib, costs start-up time.</summary>
public static class StartupTrace
{
    public static readonly bool Enabled = Environment.GetEnvironmentVariable("KRAIT_STARTUP_TRACE") is not null;
    private static List<(string What, double Cpu, long Ticks, long Jitted, double JitMs)>? s_marks;
    private static long s_start;

    public static void Mark(string what)
    {
        if (!Enabled) return;
        long now = Stopwatch.GetTimestamp();
        if (s_start == 0)
        {
            s_start = now;
            AppDomain.CurrentDomain.AssemblyLoad += (_, e) => Mark("load " + e.LoadedAssembly.GetName().Name + LoadSite());
        }
        s_marks ??= [];
        s_marks.Add((what, Environment.CpuUsage.TotalTime.TotalMilliseconds, now,
            System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds));
    }

    private static string LoadSite() =>
        Environment.GetEnvironmentVariable("KRAIT_STARTUP_TRACE") == "loads" ? KraitCaller() : "";

    // Apart from LoadSite: preparing a method that mentions StackTrace loads an assembly itself.
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "A diagnostic: under NativeAOT a frame's method may be unknown, and the caller is then left out.")]
    private static string KraitCaller()
    {
        foreach (var frame in new StackTrace(3, false).GetFrames())
            if (frame.GetMethod() is { DeclaringType: { } t } m && t.FullName?.StartsWith("Krait.", StringComparison.Ordinal) == true
                && t != typeof(StartupTrace))
                return $" (from {t.FullName}.{m.Name})";
        return "";
    }

    public static void Print()
    {
        if (!Enabled) return;
        Mark("exit");
        if (s_marks is null) return;
        var err = Console.Error;
        double prevCpu = 0, prevJit = 0;
        long prev = s_start;
        long prevJitted = 0;
        foreach (var (what, cpu, ticks, jitted, jitMs) in s_marks.ToArray()) // a copy: printing loads assemblies (marks)
        {
            double wall = (ticks - s_start) * 1000.0 / Stopwatch.Frequency, dWall = (ticks - prev) * 1000.0 / Stopwatch.Frequency;
            err.WriteLine($"startup: cpu {cpu,6:F1} ms (+{cpu - prevCpu,5:F1})  wall {wall,6:F1} (+{dWall,5:F1})  jit {jitted - prevJitted,4} methods {jitMs - prevJit,5:F1} ms  {what}");
            prevCpu = cpu;
            prevJit = jitMs;
            prevJitted = jitted;
            prev = ticks;
        }
    }
}
