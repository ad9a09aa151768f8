using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Krait.Syntax.Tests.Parity;

/// <summary>CPython 3.11's verdict on source files (tools/cpython-ast-oracle), cached by the SHA-256
/// of the file's bytes in a folder outside the repository (<c>$XDG_CACHE_HOME/krait</c> or
/// <c>~/.cache/krait</c>), so that only new or changed files cost a python3.11 run.</summary>
internal static class CPythonOracle
{
    public const string Python = "/usr/bin/python3.11";

    /// <summary>CPython's outcome for one file: the SHA-256 of its dump, or its error.</summary>
    public sealed record Verdict(string? DumpSha, ErrorTuple? Error);

    private static readonly object Gate = new();
    private static Dictionary<string, Verdict>? _cache;
    private static Dictionary<string, Verdict>? _parseOnlyCache;

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string CacheFile => CachePath("cpython-ast");

    /// <summary>Verdicts without the dump (its DumpSha is ""), for inputs too big to dump cheaply.</summary>
    public static string ParseOnlyCacheFile => CachePath("cpython-parse");

    private static string CachePath(string prefix)
    {
        string? xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        string dir = string.IsNullOrEmpty(xdg)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "krait")
            : Path.Combine(xdg, "krait");
        // The oracle script's own hash is part of the name: changing it invalidates the cache.
        return Path.Combine(dir, $"{prefix}-{ScriptHash()[..12]}.jsonl");
    }

    public static string Sha256(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));

    public static string Sha256(string text) => Sha256(Encoding.UTF8.GetBytes(text));

    /// <summary>Verdicts for <paramref name="paths"/>, keyed by content hash; runs one python3.11
    /// process for all files not yet in the cache.</summary>
    public static Dictionary<string, Verdict> Verdicts(IReadOnlyList<string> paths, bool parseOnly = false)
    {
        lock (Gate)
        {
            string cacheFile = parseOnly ? ParseOnlyCacheFile : CacheFile;
            var cache = parseOnly ? _parseOnlyCache ??= LoadCache(cacheFile) : _cache ??= LoadCache(cacheFile);
            var missing = new List<string>();
            var seen = new HashSet<string>();
            foreach (var p in paths)
            {
                string sha = Sha256(File.ReadAllBytes(p));
                if (!cache.ContainsKey(sha) && seen.Add(sha)) missing.Add(p);
            }
            if (missing.Count > 0)
            {
                var lines = RunOracle(missing, parseOnly ? "--parse-only" : null);
                Directory.CreateDirectory(Path.GetDirectoryName(cacheFile)!);
                using var w = File.AppendText(cacheFile);
                foreach (var line in lines)
                {
                    var (sha, v) = ParseLine(line);
                    cache[sha] = v;
                    w.WriteLine(line);
                }
            }
            return cache;
        }
    }

    /// <summary>CPython's full dump of one file (used only to explain a mismatch).</summary>
    public static string FullDump(string path)
    {
        var line = RunOracle([path], "--full").Single();
        using var doc = JsonDocument.Parse(line);
        return doc.RootElement.TryGetProperty("dump", out var d) ? d.GetString()! : line;
    }

    private static Dictionary<string, Verdict> LoadCache(string cacheFile)
    {
        var d = new Dictionary<string, Verdict>();
        if (!File.Exists(cacheFile)) return d;
        foreach (var line in File.ReadLines(cacheFile))
        {
            if (line.Length == 0) continue;
            try
            {
                var (sha, v) = ParseLine(line);
                d[sha] = v;
            }
            catch (JsonException)
            {
                // A torn line from an interrupted run: that file is asked again.
            }
        }
        return d;
    }

    private static (string Sha, Verdict V) ParseLine(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var r = doc.RootElement;
        string sha = r.GetProperty("sha").GetString()!;
        if (r.TryGetProperty("dump", out var dump)) return (sha, new Verdict(dump.GetString(), null));
        var e = r.GetProperty("error");
        static int? Int(JsonElement x) => x.ValueKind == JsonValueKind.Number ? x.GetInt32() : null;
        return (sha, new Verdict(null, new ErrorTuple(e[0].GetString()!, e[1].GetString()!,
            Int(e[2]), Int(e[3]), Int(e[4]), Int(e[5]))));
    }

    private static List<string> RunOracle(IReadOnlyList<string> paths, string? option)
    {
        var psi = new ProcessStartInfo(Python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        psi.ArgumentList.Add(Path.Combine(RepoRoot, "tools", "cpython-ast-oracle"));
        if (option is not null) psi.ArgumentList.Add(option);
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
            throw new InvalidOperationException($"cpython-ast-oracle failed ({proc.ExitCode}): {stderrTask.Result}");
        return lines;
    }

    private static string ScriptHash() => Sha256(File.ReadAllBytes(Path.Combine(RepoRoot, "tools", "cpython-ast-oracle")));

    private static string FindRepoRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Krait.slnx"))) return d.FullName;
        throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }
}
