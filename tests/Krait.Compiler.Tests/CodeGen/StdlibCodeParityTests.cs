using Krait.TestSupport;
using System.Text.Json;
using Xunit.Abstractions;
using Assert = Xunit.Assert;

namespace Krait.Compiler.Tests.CodeGen;

/// <summary>Byte-exact code objects over the whole standard library (/usr/lib/python3.11), as a
/// ratchet: every file listed in CodeGen/stdlib-code-matches.txt must still compile to exactly
/// CPython's code objects (or raise the same error); the test reports how many files match in
/// total. tools/update-codegen-ratchet adds new matches to the list (never edit it by hand).</summary>
public class StdlibCodeParityTests(ITestOutputHelper output)
{
    public const string StdlibRoot = Stdlib.Root;
    private const string UpdateVariable = "KRAIT_UPDATE_CODE_RATCHET";

    private static string ListFile => Path.Combine(CodeOracle.RepoRoot, "tests", "Krait.Compiler.Tests", "CodeGen", "stdlib-code-matches.txt");

    [Fact]
    public void KnownMatchesStillMatch()
    {
        var files = Stdlib.Files;
        if (files.Length == 0) return;
        var verdicts = CodeOracle.Verdicts(files);

        var matching = new List<string>();
        var failures = new Dictionary<string, string>();
        RunWithBigStack(() =>
        {
            foreach (var path in files)
            {
                byte[] data = File.ReadAllBytes(path);
                string expected = verdicts[CodeOracle.Key(path, data)];
                string actual;
                try
                {
                    actual = KraitCode.DumpOrError(data, path);
                }
                catch (Exception e)
                {
                    failures[Rel(path)] = $"Krait threw {e.GetType().Name}: {e.Message}";
                    continue;
                }
                if (Same(expected, actual)) matching.Add(Rel(path));
                else failures[Rel(path)] = "differs";
            }
        });

        var known = File.Exists(ListFile)
            ? File.ReadAllLines(ListFile).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList()
            : [];
        output.WriteLine($"{matching.Count} of {files.Length} stdlib files compile to byte-identical code objects ({known.Count} in the ratchet list)");
        foreach (var (file, why) in failures.Take(50)) output.WriteLine($"  not matching: {file}: {why}");

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            var merged = new SortedSet<string>(known, StringComparer.Ordinal);
            merged.UnionWith(matching);
            File.WriteAllLines(ListFile, ["# Stdlib files whose code objects Krait reproduces exactly; maintained by tools/update-codegen-ratchet.", .. merged]);
        }

        var regressions = known.Where(f => failures.ContainsKey(f)).ToList();
        if (regressions.Count > 0)
        {
            string first = Path.Combine(StdlibRoot, regressions[0]);
            string detail = Explain(first);
            Assert.Fail($"{regressions.Count} files stopped matching: {string.Join(", ", regressions.Take(20))}\n" +
                        $"{regressions[0]}: {failures[regressions[0]]}\n{detail}");
        }
    }

    private static string Rel(string path) => Path.GetRelativePath(StdlibRoot, path);

    private static bool Same(string expectedVerdict, string actual)
    {
        if (!expectedVerdict.StartsWith("error ", StringComparison.Ordinal))
            return !actual.StartsWith("error ", StringComparison.Ordinal) && CodeOracle.Sha256(actual) == expectedVerdict;
        if (!actual.StartsWith("error ", StringComparison.Ordinal)) return false;
        using var doc = JsonDocument.Parse(expectedVerdict[6..]);
        var e = doc.RootElement;
        var parts = actual[6..].TrimEnd('\n').Split('|');
        return parts.Length == 6 && e[0].GetString() == parts[0] && e[1].GetString() == parts[1]
            && e[2].ToString() == parts[2] && e[3].ToString() == parts[3];
    }

    private static string Explain(string path)
    {
        try
        {
            string expected = CodeOracle.FullDump(path);
            string actual = KraitCode.DumpOrError(File.ReadAllBytes(path), path);
            var a = expected.Split('\n');
            var b = actual.Split('\n');
            for (int i = 0; i < Math.Min(a.Length, b.Length); i++)
                if (a[i] != b[i]) return $"first difference at dump line {i + 1}:\n  CPython: {a[i]}\n  Krait:   {b[i]}";
            return "dumps differ in length";
        }
        catch (Exception e)
        {
            return e.Message;
        }
    }

    private static void RunWithBigStack(Action action)
    {
        Exception? error = null;
        var t = new Thread(() =>
        {
            try
            {
                action();
            }
            catch (Exception e)
            {
                error = e;
            }
        }, 256 * 1024 * 1024);
        t.Start();
        t.Join();
        if (error is not null) throw error;
    }
}
