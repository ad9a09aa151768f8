using System.Text;
using System.Text.Json;
using Krait.TestSupport;

namespace Krait.Compiler.Tests.CodeGen;

/// <summary>CPython 3.11's code-object dumps (tools/dump_code.py --batch, one python3.11 process
/// for all files not yet known), cached outside the repository by the SHA-256 of path and content
/// in <c>$XDG_CACHE_HOME/krait</c> or <c>~/.cache/krait</c>. The cache keeps the SHA-256 of each
/// dump (or the error), so a comparison costs no python3.11 run once the cache is warm.</summary>
internal static class CodeOracle
{
    public const string Python = Oracle.Python;

    private static readonly object Gate = new();
    private static Dictionary<string, string>? _cache;

    public static string RepoRoot => Repo.Root;

    private static string Script => Repo.Tool("dump_code.py");

    private static string CacheFile => Oracle.CacheFile("cpython-code", Script);

    public static string Sha256(byte[] data) => Oracle.Sha256(data);

    public static string Sha256(string text) => Oracle.Sha256(text);

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
                var added = new List<string>(missing.Count);
                for (int i = 0; i < missing.Count; i++)
                {
                    using var doc = JsonDocument.Parse(lines[i]);
                    var r = doc.RootElement;
                    string verdict = r.TryGetProperty("dump", out var d)
                        ? Sha256(d.GetString()!)
                        : "error " + r.GetProperty("error").GetRawText();
                    cache[keys[i]] = verdict;
                    added.Add(JsonSerializer.Serialize(new Dictionary<string, string> { ["key"] = keys[i], ["verdict"] = verdict }));
                }
                Oracle.AppendCache(CacheFile, added);
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

    private static Dictionary<string, string> Load() => Oracle.LoadCache(CacheFile, static line =>
    {
        using var doc = JsonDocument.Parse(line);
        return (doc.RootElement.GetProperty("key").GetString()!, doc.RootElement.GetProperty("verdict").GetString()!);
    });

    private static List<string> Run(IReadOnlyList<string> paths) => Oracle.RunScript(Script, ["--batch"], paths);
}
