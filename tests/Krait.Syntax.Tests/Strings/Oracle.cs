using System.Diagnostics;

namespace Krait.Syntax.Tests.Strings;

/// <summary>Runs CPython 3.11 (the oracle, /usr/bin/python3.11) once for a batch of expectations.</summary>
internal static class Oracle
{
    public const string Python = "/usr/bin/python3.11";

    /// <summary>Runs <paramref name="script"/> with <paramref name="input"/> on stdin (UTF-8, with
    /// surrogates escaped by the caller if needed) and returns its stdout lines.</summary>
    public static string[] Run(string script, string input)
    {
        var psi = new ProcessStartInfo(Python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(script);
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.StandardInput.Write(input);
        p.StandardInput.Close();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException("python3.11 failed: " + stderr.Result);
        return stdout.Result.Split('\n', StringSplitOptions.None)[..^1];
    }
}
