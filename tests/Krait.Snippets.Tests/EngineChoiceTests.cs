using System.Diagnostics;
using Xunit.Abstractions;

namespace Krait.Snippets.Tests;

/// <summary>The launcher's choice of engine (src/Krait.Cli/EngineChoice.cs), run on the interpreter the snippets
/// run on when that is the NativeAOT launcher (a <c>jit/krait</c> next to it). Which engine runs shows in
/// <c>/proc/self/exe</c>: the JIT engine's, while sys.executable stays the launcher's.</summary>
public sealed class EngineChoiceTests(ITestOutputHelper output) : IDisposable
{
    private const string Probe = "import os, sys; print(os.readlink('/proc/self/exe') == sys.executable, sys.executable, " +
                                 "sorted(k for k in os.environ if k in ('KRAIT_LAUNCHER', 'KRAIT_ENGINE_HINT')))";

    private readonly string _cache = Directory.CreateTempSubdirectory("krait-engine-").FullName;

    private static string Launcher => Path.GetFullPath(SnippetRunner.Interpreter[0]);

    private static bool HasLauncher =>
        SnippetRunner.Interpreter.Count == 1 && File.Exists(Path.Combine(Path.GetDirectoryName(Launcher)!, "jit", "krait"));

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    private (string Out, TimeSpan Elapsed) Run(Dictionary<string, string?> env, params string[] args)
    {
        var psi = new ProcessStartInfo(Launcher) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var key in psi.Environment.Keys.ToList())
            if (key.StartsWith("PYTHON", StringComparison.Ordinal) || key.StartsWith("KRAIT_", StringComparison.Ordinal))
                psi.Environment.Remove(key);
        psi.Environment["XDG_CACHE_HOME"] = _cache;
        foreach (var (k, v) in env) psi.Environment[k] = v;
        var clock = Stopwatch.StartNew();
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        string stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        clock.Stop();
        Assert.True(p.ExitCode == 0, $"exit {p.ExitCode}: {err.Result}");
        return (stdout.TrimEnd('\n'), clock.Elapsed);
    }

    [Fact]
    public void KraitJitChoosesTheEngine()
    {
        if (!HasLauncher)
        {
            output.WriteLine($"not run: {Launcher} is not the NativeAOT launcher (no jit/krait next to it)");
            return;
        }
        Assert.Equal($"True {Launcher} []", Run([], "-c", Probe).Out);
        Assert.Equal($"True {Launcher} []", Run(new() { ["KRAIT_JIT"] = "0" }, "-c", Probe).Out);
        // The JIT engine: the same sys.executable, and the hand-over variables are gone.
        Assert.Equal($"False {Launcher} []", Run(new() { ["KRAIT_JIT"] = "1" }, "-c", Probe).Out);
        Assert.Equal($"False {Launcher} []", Run(new() { ["KRAIT_JIT_THRESHOLD"] = "5" }, "-c", Probe).Out);
        // Arguments pass unchanged, whatever they hold.
        Assert.Equal("['-c', 'a b', '', 'é']", Run(new() { ["KRAIT_JIT"] = "1" }, "-c", "import sys; print(sys.argv)", "a b", "", "é").Out);
        // Chosen by KRAIT_JIT, or too short: no hint.
        Assert.False(Directory.Exists(Path.Combine(_cache, "krait", "engine")));
    }

    [Fact]
    public void AProgramRunsWhereItRanFaster()
    {
        if (!HasLauncher)
        {
            output.WriteLine($"not run: {Launcher} is not the NativeAOT launcher (no jit/krait next to it)");
            return;
        }
        string script = Path.Combine(_cache, "long.py");
        File.WriteAllText(script, "import time\ndef f(n): return n + 1\nn, t = 0, time.time()\n" +
                                  "while time.time() - t < 0.4: n = f(n)\n" + Probe + "\n");
        string engineFolder = Path.Combine(_cache, "krait", "engine");
        string HintFile() => Assert.Single(Directory.GetFiles(engineFolder));
        // One run: the hint set to `before` first (null: as it is), the engine the run must be on (the launcher or
        // not), and the hint it must leave: aot ms, jit ms, runs since the other engine was tried, how often it is
        // (-1: a time of this test's runs, 0.4 s and some).
        void Step(long[]? before, bool inLauncher, params long[] after)
        {
            if (before is not null) File.WriteAllText(HintFile(), string.Join(' ', before));
            Assert.StartsWith(inLauncher ? "True " : "False ", Run([], script).Out);
            var h = File.ReadAllText(HintFile()).Split(' ').Select(long.Parse).ToArray();
            Assert.True(h.Length == 4 && h.Zip(after).All(p => p.Second < 0 ? p.First is >= 400 and < 3000 : p.First == p.Second),
                string.Join(' ', h));
        }

        // A long run with hot code in the launcher makes a hint; the next run tries the JIT engine.
        Step(null, true, -1, 0, 1, 2);
        Step(null, false, -1, -1, 2, 2);
        // Then where it ran faster, recording the new time.
        Step([5000, 3000, 0, 2], false, 5000, -1, 1, 2);
        Step([3000, 5000, 0, 2], true, -1, 5000, 1, 2);
        // After `every` runs the other engine is tried: a reversal starts the interval again at 2 ...
        Step([5000, 3000, 2, 2], true, -1, 3000, 0, 2);
        // ... and a confirmation doubles it.
        Step([100000, 100, 4, 4], true, -1, 100, 0, 8);
        // The launcher, preferred, taking twice as long as the JIT engine's last run: the JIT engine is measured again.
        Step([10, 100, 0, 2], true, -1, 0, 1, 2);
        Step(null, false, -1, -1, 2, 2);
        // A script is known by its path: another one has no hint (and a short run makes none).
        string other = Path.Combine(_cache, "other.py");
        File.WriteAllText(other, Probe + "\n");
        Assert.StartsWith("True ", Run([], other).Out);
        Assert.Single(Directory.GetFiles(engineFolder));
    }
}
