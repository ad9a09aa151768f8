using System.Text.Json;
using Krait.TestSupport;

namespace Krait.Compiler.Tests.Symtable;

/// <summary>CPython 3.11's symbol table dumps (tools/dump_symtable.py --oracle), cached by the
/// SHA-256 of each file's bytes under <c>$XDG_CACHE_HOME/krait</c> or <c>~/.cache/krait</c>; one
/// python3.11 process answers all the files not yet cached.</summary>
internal static class SymtableOracle
{
    public const string Python = Oracle.Python;

    /// <summary>CPython's outcome: the SHA-256 of the dump (or the dump itself, from
    /// <see cref="FullDumps"/>), or the parser's error when CPython cannot even parse the file.</summary>
    public sealed record Verdict(string? Dump, string? ParseError);

    private static readonly object Gate = new();
    private static readonly Dictionary<bool, Dictionary<string, Verdict>> Caches = [];

    public static string RepoRoot => Repo.Root;

    private static string Script => Repo.Tool("dump_symtable.py");

    // A change to the script invalidates the cache (its hash is in the file name).
    private static string CacheFile(bool codeFlags) =>
        Oracle.CacheFile(codeFlags ? "cpython-codeflags" : "cpython-symtable", Script);

    public static string Sha256(ReadOnlySpan<byte> data) => Oracle.Sha256(data);

    public static string Sha256(string text) => Oracle.Sha256(text);

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
                foreach (var line in lines)
                {
                    var (sha, v) = ParseLine(line);
                    cache[sha] = v;
                }
                Oracle.AppendCache(CacheFile(codeFlags), lines);
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

    private static Dictionary<string, Verdict> LoadCache(bool codeFlags) => Oracle.LoadCache(CacheFile(codeFlags), ParseLine);

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
        var args = new List<string>();
        if (mode != "exec") args.AddRange(["--mode", mode]);
        if (codeFlags) args.Add("--code-flags");
        args.Add("--oracle");
        if (full) args.Add("--full");
        return Oracle.RunScript(Script, args, paths);
    }
}
