using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Krait.Compiler.Tests.CodeGen;

/// <summary>CPython 3.11's code-object dumps (tools/dump_code.py --batch, one python3.11 process
/// for all files not yet known), cached outside the repository by the SHA-256 of path and content
/// in <c>$XDG_CACHE_HOME/krait</c> or <c>~/.cache/krait</c>. The cache keeps the SHA-256 of each
/// dump (or the error), so a comparison costs no python3.11 run once the cache is warm.</summary>
internal static class CodeOracle
{
    public const string Python = "/usr/bin/python3.11";

    private static readonly object Gate = new();
    private static Dictionary<string, string>? _cache;

    public static string RepoRoot { get; } = FindRepoRoot();

    private static string Script => Path.Combine(RepoRoot, "tools", "dump_code.py");

    private static string CacheFile
    {
        get
        {
            string? xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            string dir = string.IsNullOrEmpty(xdg)
                ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "krait")
                : Path.Combine(xdg, "krait");
            return Path.Combine(dir, $"cpython-code-{Sha256(File.ReadAllBytes(Script))[..12]}.jsonl");
        }
    }

    public static string Sha256(byte[] data) => Convert.ToHexStringLower(SHA256.HashData(data));

    public static string Sha256(string text) => Sha256(Encoding.UTF8.GetBytes(text));

    /// <summary>The key of a file: its path and bytes (co_filename is part of the dump).</summary>
    public static string Key(string path, byte[] data) => Sha256([.. Encoding.UTF8.GetBytes(path + "\0"), .. data]);

    /// <summary>For each path, the SHA-256 of CPython's dump, or "error …" with the error line.</summary>
    public static Dictionary<string, string> Verdicts(IReadOnlyList<string> paths)
    {
        lock (Gate)
        {
            var cache = _cache ??= Load();
            var missing = new List<string>();
            var keys = new List<string>();
            foreach (var p in paths)
            {
                string key = Key(p, File.ReadAllBytes(p));
                if (!cache.ContainsKey(key))
                {
                    missing.Add(p);
                    keys.Add(key);
                }
            }
            if (missing.Count > 0)
            {
                var lines = Run(missing);
                Directory.CreateDirectory(Path.GetDirectoryName(CacheFile)!);
                using var w = File.AppendText(CacheFile);
                for (int i = 0; i < missing.Count; i++)
                {
                    using var doc = JsonDocument.Parse(lines[i]);
                    var r = doc.RootElement;
                    string verdict = r.TryGetProperty("dump", out var d)
                        ? Sha256(d.GetString()!)
                        : "error " + r.GetProperty("error").GetRawText();
                    cache[keys[i]] = verdict;
                    w.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string> { ["key"] = keys[i], ["verdict"] = verdict }));
                }
            }
            return cache;
        }
    }

    /// <summary>CPython's full dump of one file, to show where Krait differs.</summary>
    public static string FullDump(string path)
    {
        using var doc = JsonDocument.Parse(Run([path])[0]);
        return doc.RootElement.TryGetProperty("dump", out var d) ? d.GetString()! : doc.RootElement.GetRawText();
    }

    private static Dictionary<string, string> Load()
    {
        var d = new Dictionary<string, string>();
        if (!File.Exists(CacheFile)) return d;
        foreach (var line in File.ReadLines(CacheFile))
        {
            try
            {
                using var doc = JsonDocument.Parse(line);
                d[doc.RootElement.GetProperty("key").GetString()!] = doc.RootElement.GetProperty("verdict").GetString()!;
            }
            catch (JsonException)
            {
                // A torn line from an interrupted run: that file is asked again.
            }
        }
        return d;
    }

    private static List<string> Run(IReadOnlyList<string> paths)
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
        psi.ArgumentList.Add("--batch");
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
            throw new InvalidOperationException($"dump_code.py --batch failed ({proc.ExitCode}): {stderrTask.Result}");
        return lines;
    }

    private static string FindRepoRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Krait.slnx"))) return d.FullName;
        throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }
}
