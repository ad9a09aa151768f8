using System.Text.Json;
using Krait.TestSupport;

namespace Krait.Syntax.Tests.Parity;

/// <summary>CPython 3.11's verdict on source files (tools/cpython-ast-oracle), cached by the SHA-256
/// of the file's bytes in a folder outside the repository (<c>$XDG_CACHE_HOME/krait</c> or
/// <c>~/.cache/krait</c>), so that only new or changed files cost a python3.11 run.</summary>
internal static class CPythonOracle
{
    public const string Python = Oracle.Python;

    /// <summary>CPython's outcome for one file: the SHA-256 of its dump, or its error.</summary>
    public sealed record Verdict(string? DumpSha, ErrorTuple? Error);

    private static readonly object Gate = new();
    private static Dictionary<string, Verdict>? _cache;
    private static Dictionary<string, Verdict>? _parseOnlyCache;

    public static string RepoRoot => Repo.Root;

    private static string Script => Repo.Tool("cpython-ast-oracle");

    public static string CacheFile => CachePath("cpython-ast");

    /// <summary>Verdicts without the dump (its DumpSha is ""), for inputs too big to dump cheaply.</summary>
    public static string ParseOnlyCacheFile => CachePath("cpython-parse");

    private static string CachePath(string prefix) => Oracle.CacheFile(prefix, Script);

    public static string Sha256(ReadOnlySpan<byte> data) => Oracle.Sha256(data);

    public static string Sha256(string text) => Oracle.Sha256(text);

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
                foreach (var line in lines)
                {
                    var (sha, v) = ParseLine(line);
                    cache[sha] = v;
                }
                Oracle.AppendCache(cacheFile, lines);
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

    private static Dictionary<string, Verdict> LoadCache(string cacheFile) => Oracle.LoadCache(cacheFile, ParseLine);

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

    private static List<string> RunOracle(IReadOnlyList<string> paths, string? option) =>
        Oracle.RunScript(Script, option is null ? [] : [option], paths);
}
