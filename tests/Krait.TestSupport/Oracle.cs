using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Krait.TestSupport;

/// <summary>Running CPython 3.11 — the oracle — over many files in one process, and caching its
/// verdicts outside the repository (<c>$XDG_CACHE_HOME/krait</c> or <c>~/.cache/krait</c>) so
/// that re-runs cost no python3.11 time.</summary>
public static class Oracle
{
    /// <summary>Debian's CPython 3.11.2. Not the <c>python3.11</c> on PATH, which may be another
    /// 3.11 release whose error rules differ.</summary>
    public const string Python = "/usr/bin/python3.11";

    public static string Sha256(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));

    public static string Sha256(string text) => Sha256(Encoding.UTF8.GetBytes(text));

    /// <summary>The cache file for <paramref name="prefix"/>; the script's own hash is part of the
    /// name, so changing the script invalidates its cache.</summary>
    public static string CacheFile(string prefix, string script) =>
        Path.Combine(CacheDirectory, $"{prefix}-{Sha256(File.ReadAllBytes(script))[..12]}.jsonl");

    /// <summary>Where oracle results are cached: <c>$XDG_CACHE_HOME/krait</c> or <c>~/.cache/krait</c>.</summary>
    public static string CacheDirectory
    {
        get
        {
            string? xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            return string.IsNullOrEmpty(xdg)
                ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "krait")
                : Path.Combine(xdg, "krait");
        }
    }

    /// <summary>Runs <paramref name="script"/> with <paramref name="args"/>, feeding it one path per
    /// line on stdin; it must print exactly one line per path.</summary>
    public static List<string> RunScript(string script, IReadOnlyList<string> args, IReadOnlyList<string> paths)
    {
        var psi = new ProcessStartInfo(Python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        psi.ArgumentList.Add(script);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var proc = Process.Start(psi) ?? throw new InvalidOperationException("cannot start " + Python);
        var stderrTask = proc.StandardError.ReadToEndAsync();
        var feeder = Task.Run(() =>
        {
            foreach (var p in paths) proc.StandardInput.WriteLine(p);
            proc.StandardInput.Close();
        });
        var lines = new List<string>();
        string? l;
        while ((l = proc.StandardOutput.ReadLine()) is not null) lines.Add(l);
        feeder.Wait();
        proc.WaitForExit();
        if (proc.ExitCode != 0 || lines.Count != paths.Count)
            throw new InvalidOperationException($"{Path.GetFileName(script)} failed ({proc.ExitCode}): {stderrTask.Result}");
        return lines;
    }

    /// <summary>Reads a JSONL cache into a dictionary with <paramref name="parse"/>; a torn line
    /// from an interrupted run is skipped (that file is asked again).</summary>
    public static Dictionary<string, T> LoadCache<T>(string cacheFile, Func<string, (string Key, T Value)> parse)
    {
        var d = new Dictionary<string, T>();
        if (!File.Exists(cacheFile)) return d;
        foreach (var line in File.ReadLines(cacheFile))
        {
            if (line.Length == 0) continue;
            try
            {
                var (key, value) = parse(line);
                d[key] = value;
            }
            catch (JsonException)
            {
            }
            catch (KeyNotFoundException)
            {
            }
        }
        return d;
    }

    /// <summary>Appends lines to a cache file (creating its folder).</summary>
    public static void AppendCache(string cacheFile, IEnumerable<string> lines)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(cacheFile)!);
        using var w = File.AppendText(cacheFile);
        foreach (var line in lines) w.WriteLine(line);
    }
}
