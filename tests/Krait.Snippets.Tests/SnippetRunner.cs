using System.Diagnostics;
using System.Text;

namespace Krait.Snippets.Tests;

/// <summary>Runs a snippet the way tools/regen-snippets runs it under CPython: working directory =
/// the snippet's folder, <c>INTERPRETER NAME.py [args…]</c>, stdin from NAME.stdin, the parent's
/// environment minus PYTHON* plus PYTHONDONTWRITEBYTECODE=1, PYTHONHASHSEED and LC_ALL=C.UTF-8.</summary>
public static class SnippetRunner
{
    /// <summary>The format's timeout, which the recorder applies to CPython.</summary>
    public const int TimeoutSeconds = 20;

    /// <summary>Set to an interpreter's path to run the snippets under it: <c>run-tests</c> points it at what
    /// <c>./krait</c> runs (what users run: the NativeAOT launcher and, through it, the JIT engine); set it to
    /// /usr/bin/python3.11 to check the harness itself. Unset, the CLI built next to the tests is used.</summary>
    private const string InterpreterVariable = "KRAIT_SNIPPET_INTERPRETER";

    /// <summary>The command that starts the interpreter under test, before the script's name.</summary>
    public static IReadOnlyList<string> Interpreter { get; } = FindInterpreter();

    private static List<string> FindInterpreter()
    {
        string? overridden = Environment.GetEnvironmentVariable(InterpreterVariable);
        if (!string.IsNullOrEmpty(overridden)) return [overridden];
        // The Krait.Cli project reference puts krait.dll (and, usually, its apphost) next to us.
        string dir = AppContext.BaseDirectory;
        string apphost = Path.Combine(dir, OperatingSystem.IsWindows() ? "krait.exe" : "krait");
        if (File.Exists(apphost)) return [apphost];
        string dll = Path.Combine(dir, "krait.dll");
        if (File.Exists(dll)) return ["dotnet", dll];
        throw new InvalidOperationException("krait CLI not found next to the test assembly in " + dir);
    }

    /// <summary>KRAIT_JIT for the snippets' processes only, not for the tests run in this process: run-tests sets 0
    /// (every snippet in the NativeAOT launcher's eval loop), then 1 (every snippet on the JIT engine).</summary>
    public static string? Jit { get; } = Environment.GetEnvironmentVariable("KRAIT_SNIPPET_JIT") is { Length: > 0 } j ? j : null;

    public static RunResult Run(Snippet snippet, int timeoutSeconds = TimeoutSeconds)
    {
        var psi = new ProcessStartInfo(Interpreter[0])
        {
            WorkingDirectory = snippet.Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        for (int i = 1; i < Interpreter.Count; i++) psi.ArgumentList.Add(Interpreter[i]);
        psi.ArgumentList.Add(snippet.FileName);
        foreach (var a in snippet.Arguments()) psi.ArgumentList.Add(a);
        foreach (var key in psi.Environment.Keys.ToList())
            if (key.StartsWith("PYTHON", StringComparison.Ordinal)) psi.Environment.Remove(key);
        psi.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        psi.Environment["PYTHONHASHSEED"] = "1";
        psi.Environment["LC_ALL"] = "C.UTF-8";
        if (Jit is not null) psi.Environment["KRAIT_JIT"] = Jit;

        var clock = Stopwatch.StartNew();
        using var proc = Process.Start(psi) ?? throw new InvalidOperationException("cannot start " + psi.FileName);
        var stdout = CopyAsync(proc.StandardOutput.BaseStream);
        var stderr = CopyAsync(proc.StandardError.BaseStream);
        byte[] input = snippet.Stdin();
        var feeder = Task.Run(() =>
        {
            try
            {
                proc.StandardInput.BaseStream.Write(input);
                proc.StandardInput.Close();
            }
            catch (IOException)
            {
                // The program exited without reading all of its input: not our concern.
            }
        });
        bool exited = proc.WaitForExit(timeoutSeconds * 1000);
        if (!exited)
        {
            try
            {
                proc.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
            proc.WaitForExit();
        }
        feeder.Wait();
        byte[] err = ReplaceFolder(stderr.Result, snippet.Folder);
        return new RunResult(stdout.Result, err, exited ? proc.ExitCode : -1, TimedOut: !exited, clock.Elapsed);
    }

    /// <summary>More output than any snippet prints: a runaway program's output is kept up to
    /// here (enough to fail the comparison) and the rest is drained and dropped.</summary>
    private const int MaxOutputBytes = 16 << 20;

    private static async Task<byte[]> CopyAsync(Stream s)
    {
        var kept = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = await s.ReadAsync(buffer).ConfigureAwait(false)) > 0)
            if (kept.Length < MaxOutputBytes) kept.Write(buffer, 0, (int)Math.Min(n, MaxOutputBytes - kept.Length));
        return kept.ToArray();
    }

    /// <summary>Every occurrence of the snippet's absolute folder becomes <c>{DIR}</c>, as the
    /// recorder does with CPython's stderr (bytewise: stderr need not be valid UTF-8).</summary>
    private static byte[] ReplaceFolder(byte[] stderr, string folder)
    {
        byte[] find = Encoding.UTF8.GetBytes(Path.GetFullPath(folder));
        int at = stderr.AsSpan().IndexOf(find);
        if (at < 0) return stderr;
        byte[] placeholder = "{DIR}"u8.ToArray();
        var result = new MemoryStream(stderr.Length);
        int from = 0;
        while (at >= 0)
        {
            result.Write(stderr, from, at - from);
            result.Write(placeholder);
            from = at + find.Length;
            int next = stderr.AsSpan(from).IndexOf(find);
            at = next < 0 ? -1 : from + next;
        }
        result.Write(stderr, from, stderr.Length - from);
        return result.ToArray();
    }
}
