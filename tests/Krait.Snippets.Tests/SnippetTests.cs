using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Xunit.Abstractions;
using Assert = Xunit.Assert;

namespace Krait.Snippets.Tests;

/// <summary>Differential snippets (tests/snippets, format in its README.md) run under Krait, compared
/// with CPython's recorded stdout, stderr and exit code exactly. While the VM is young this is a
/// ratchet: every snippet listed in tests/snippets/passing.txt must pass; the test reports how many
/// pass in all. tools/update-snippet-ratchet rewrites the list with the snippets that pass now.</summary>
public partial class SnippetTests(ITestOutputHelper output)
{
    private const string UpdateVariable = "KRAIT_UPDATE_SNIPPET_RATCHET";

    /// <summary>KRAIT_SNIPPETS=TEXT runs only the snippets whose name contains TEXT and requires all
    /// of them to pass, with a diff for each failure: for working on one area.</summary>
    private const string FilterVariable = "KRAIT_SNIPPETS";

    private const int ShownFailures = 40;

    /// <summary>Snippets outside the ratchet list only inform the count, so a hanging one costs
    /// this much, not the full timeout; listed, filtered and ratchet-update runs get the full one.</summary>
    private const int UnlistedTimeoutSeconds = 5;

    private static string ListFile => Path.Combine(Snippet.Root, "passing.txt");

    [Fact]
    public void ListedSnippetsPass()
    {
        var all = Snippet.All().Where(s => s.IsRecorded).ToList();
        string? filter = Environment.GetEnvironmentVariable(FilterVariable);
        bool filtered = !string.IsNullOrEmpty(filter);
        if (filtered) all = all.Where(s => s.Name.Contains(filter!, StringComparison.Ordinal)).ToList();

        var known = ReadList();
        var listed = known.ToHashSet();
        bool updating = Environment.GetEnvironmentVariable(UpdateVariable) == "1";
        Assert.False(updating && filtered, $"{FilterVariable} is set: the ratchet is only rewritten from a run of every snippet");
        var failures = new ConcurrentDictionary<string, string>();
        var times = new ConcurrentDictionary<string, TimeSpan>();
        var hung = new ConcurrentBag<string>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Clamp(Environment.ProcessorCount * 2, 2, 4) };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Parallel.ForEach(all, options, snippet =>
        {
            bool full = updating || filtered || listed.Contains(snippet.Name);
            var run = SnippetRunner.Run(snippet, full ? SnippetRunner.TimeoutSeconds : UnlistedTimeoutSeconds);
            times[snippet.Name] = run.Elapsed;
            if (run.TimedOut) hung.Add(snippet.Name);
            string? why = Compare(snippet.Expected(), run);
            if (why is not null) failures[snippet.Name] = why;
        });
        clock.Stop();

        var passing = all.Where(s => !failures.ContainsKey(s.Name)).Select(s => s.Name).ToList();
        output.WriteLine($"{passing.Count} of {all.Count} snippets pass under {string.Join(' ', SnippetRunner.Interpreter)}" +
                         (SnippetRunner.Jit is null ? "" : $" with KRAIT_JIT={SnippetRunner.Jit}") + " " +
                         $"({known.Count} in the ratchet list; {clock.Elapsed.TotalSeconds:F1} s)");
        var slowest = times.OrderByDescending(t => t.Value).Take(10).Select(t => $"{t.Key} {t.Value.TotalSeconds:F1} s");
        output.WriteLine($"slowest: {string.Join(", ", slowest)}");
        if (!hung.IsEmpty) output.WriteLine($"{hung.Count} timed out: {string.Join(", ", hung.Order(StringComparer.Ordinal))}");

        if (updating)
        {
            File.WriteAllLines(ListFile, ["# Snippets that must pass under Krait; maintained by tools/update-snippet-ratchet.", .. passing]);
            output.WriteLine($"wrote {passing.Count} snippets to {ListFile}");
            return;
        }

        var required = filtered ? all.Select(s => s.Name).ToList() : known;
        var broken = required.Where(failures.ContainsKey).ToList();
        if (broken.Count == 0) return;
        var message = new StringBuilder();
        message.Append(filtered
            ? $"{broken.Count} of {required.Count} snippets matching '{filter}' fail:\n"
            : $"{broken.Count} snippets listed in tests/snippets/passing.txt fail:\n");
        foreach (var name in broken.Take(ShownFailures)) message.Append($"\n=== {name}\n{failures[name]}");
        if (broken.Count > ShownFailures) message.Append($"\n… and {broken.Count - ShownFailures} more: {string.Join(", ", broken.Skip(ShownFailures))}\n");
        Assert.Fail(message.ToString());
    }

    [Fact]
    public void EverySnippetIsRecordedAndNothingIsOrphaned()
    {
        var problems = new List<string>();
        var snippets = Snippet.All();
        foreach (var s in snippets)
        {
            if (!s.IsRecorded) problems.Add($"{s.Name}: not recorded (run tools/regen-snippets {s.Name})");
            if (!NamePattern().IsMatch(s.Name)) problems.Add($"{s.Name}: not of the form area/name.py (lowercase, digits, '_')");
        }
        foreach (var path in Directory.EnumerateFiles(Snippet.Root, "*", SearchOption.AllDirectories))
        {
            string ext = Path.GetExtension(path);
            if (Snippet.IsHelper(path) || !(Snippet.ResultExtensions.Contains(ext) || Snippet.InputExtensions.Contains(ext))) continue;
            if (!File.Exists(Path.ChangeExtension(path, ".py")))
                problems.Add($"{Path.GetRelativePath(Snippet.Root, path)}: belongs to no snippet");
        }
        var names = snippets.Select(s => s.Name).ToHashSet();
        foreach (var listed in ReadList())
            if (!names.Contains(listed)) problems.Add($"passing.txt lists {listed}, which does not exist");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Null when the run matches; otherwise what differed, with short diffs.</summary>
    private static string? Compare(RunResult expected, RunResult actual)
    {
        if (actual.TimedOut) return $"timed out after {actual.Elapsed.TotalSeconds:F0} s\n";
        var sb = new StringBuilder();
        if (expected.ExitCode != actual.ExitCode) sb.Append($"exit code: expected {expected.ExitCode}, got {actual.ExitCode}\n");
        if (!expected.Stdout.AsSpan().SequenceEqual(actual.Stdout)) sb.Append("stdout:\n").Append(LineDiff.Unified(expected.Stdout, actual.Stdout));
        if (!expected.Stderr.AsSpan().SequenceEqual(actual.Stderr)) sb.Append("stderr:\n").Append(LineDiff.Unified(expected.Stderr, actual.Stderr));
        return sb.Length == 0 ? null : sb.ToString();
    }

    private static List<string> ReadList() =>
        File.Exists(ListFile)
            ? File.ReadAllLines(ListFile).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList()
            : [];

    [GeneratedRegex(@"^[a-z0-9_]+/[a-z0-9_]+\.py$")]
    private static partial Regex NamePattern();
}
