using System.Collections.Concurrent;
using System.Diagnostics;

namespace Krait.Runtime.Tests;

/// <summary>Expected values from python3.11, computed at test time (cached per process).</summary>
internal static class Oracle
{
    private static readonly ConcurrentDictionary<string, string> s_cache = new();

    /// <summary>Runs <paramref name="code"/> under python3.11 and returns its stdout without the final newline.</summary>
    public static string Run(string code) => s_cache.GetOrAdd(code, static c =>
    {
        var psi = new ProcessStartInfo("python3.11")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("-");
        psi.Environment["PYTHONHASHSEED"] = "0";
        using var p = Process.Start(psi)!;
        p.StandardInput.Write(c);
        p.StandardInput.Close();
        string output = p.StandardOutput.ReadToEnd();
        string err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"python3.11 failed: {err}");
        return output.EndsWith('\n') ? output[..^1] : output;
    });

    /// <summary>repr() of an expression.</summary>
    public static string Repr(string expr) => Run($"print(repr({expr}))");

    /// <summary>repr() of the last line of a program (earlier lines are statements).</summary>
    public static string ReprOfProgram(string program)
    {
        var lines = program.Split('\n');
        lines[^1] = $"print(repr({lines[^1]}))";
        return Run(string.Join('\n', lines));
    }

    /// <summary>"TypeName: message" of the exception a program raises.</summary>
    public static string ErrorOfProgram(string program) => Error(program);

    /// <summary>str() of an expression.</summary>
    public static string Str(string expr) => Run($"print({expr})");

    /// <summary>"TypeName: message" of the exception a statement raises.</summary>
    public static string Error(string stmt) =>
        Run($"try:\n    {stmt.Replace("\n", "\n    ")}\nexcept BaseException as e:\n    print(type(e).__name__ + ': ' + str(e))\nelse:\n    print('no error')");
}
