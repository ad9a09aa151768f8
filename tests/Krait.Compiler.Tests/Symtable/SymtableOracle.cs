using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Krait.Compiler.Tests.Symtable;

/// <summary>CPython 3.11's symbol table dumps (tools/dump_symtable.py --oracle), cached by the
/// SHA-256 of each file's bytes under <c>$XDG_CACHE_HOME/krait</c> or <c>~/.cache/krait</c>; one
/// python3.11 process answers all the files not yet cached.</summary>
internal static class SymtableOracle
{
    public const string Python = "/usr/bin/python3.11";

    /// <summary>CPython's outcome: the SHA-256 of the dump (or the dump itself, from
    /// <see cref="FullDumps"/>), or the parser's error when CPython cannot even parse the file.</summary>
    public sealed record Verdict(string? Dump, string? ParseError);

    private static readonly object Gate = new();
    private static readonly Dictionary<bool, Dictionary<string, Verdict>> Caches = [];

    public static string RepoRoot { get; } = FindRepoRoot();

    private static string Script => Path.Combine(RepoRoot, "tools", "dump_symtable.py");

    private static string CacheFile(bool codeFlags)
    {
        string? xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        string dir = string.IsNullOrEmpty(xdg)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "krait")
            : Path.Combine(xdg, "krait");
        // A change to the script invalidates the cache.
        string kind = codeFlags ? "cpython-codeflags" : "cpython-symtable";
        return Path.Combine(dir, $"{kind}-{Sha256(File.ReadAllBytes(Script))[..12]}.jsonl");
    }

    public static string Sha256(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));

    public static string Sha256(string text) => Sha256(Encoding.UTF8.GetBytes(text));

    /// <summary>Verdicts (dump hashes) for <paramref name="paths"/>, keyed by content hash; with
    /// <paramref name="codeFlags"/>, of the script's --code-flags form.</summary>
    public static Dictionary<string, Verdict> Verdicts(IReadOnlyList<string> paths, bool codeFlags = false)
    {
        lock (Gate)
        {
            if (!Caches.TryGetValue(codeFlags, out var cache)) Caches[codeFlags] = cache = LoadCache(codeFlags);
            var missing = new List<string>();
            var seen = new HashSet<string>();
            foreach (var p in paths)
            {
                string sha = Sha256(File.ReadAllBytes(p));
                if (!cache.ContainsKey(sha) && seen.Add(sha)) missing.Add(p);
            }
            if (missing.Count > 0)
            {
                var lines = Run(missing, full: false, codeFlags: codeFlags);
                Directory.CreateDirectory(Path.GetDirectoryName(CacheFile(codeFlags))!);
                using var w = File.AppendText(CacheFile(codeFlags));
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

    /// <summary>Full dumps (not cached), in the order of <paramref name="paths"/>, compiled in
    /// <paramref name="mode"/> (exec, eval or single).</summary>
    public static List<Verdict> FullDumps(IReadOnlyList<string> paths, string mode = "exec", bool codeFlags = false)
    {
        var result = new List<Verdict>();
        foreach (var line in Run(paths, full: true, mode, codeFlags)) result.Add(ParseLine(line).V);
        return result;
    }

    private static Dictionary<string, Verdict> LoadCache(bool codeFlags)
    {
        var d = new Dictionary<string, Verdict>();
        string file = CacheFile(codeFlags);
        if (!File.Exists(file)) return d;
        foreach (var line in File.ReadLines(file))
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
        return (sha, new Verdict(null, r.GetProperty("parse_error").GetString()));
    }

    private static List<string> Run(IReadOnlyList<string> paths, bool full, string mode = "exec", bool codeFlags = false)
    {
        var psi = new ProcessStartInfo(Python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        psi.ArgumentList.Add(Script);
        if (mode != "exec")
        {
            psi.ArgumentList.Add("--mode");
            psi.ArgumentList.Add(mode);
        }
        if (codeFlags) psi.ArgumentList.Add("--code-flags");
        psi.ArgumentList.Add("--oracle");
        if (full) psi.ArgumentList.Add("--full");
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
            throw new InvalidOperationException($"dump_symtable.py failed ({proc.ExitCode}): {stderrTask.Result}");
        return lines;
    }

    private static string FindRepoRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Krait.slnx"))) return d.FullName;
        throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }
}
