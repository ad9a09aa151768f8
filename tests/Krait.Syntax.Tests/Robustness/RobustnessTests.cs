using System.Collections.Concurrent;
using Krait.Syntax.Parser;
using Krait.Syntax.Tests.Parity;
using Assert = Xunit.Assert;

namespace Krait.Syntax.Tests.Robustness;

/// <summary>Fuzzing with a fixed seed (<see cref="FuzzInputs"/>): every input ends in a tree or a
/// PythonSyntaxError (whose type may also be the MemoryError/RecursionError/ValueError/UnicodeDecodeError CPython
/// raises) within the time limit — never another .NET exception, a hang or a crash — and the
/// outcome is CPython's: the same dump or the same error tuple. Inputs over 1 MB run in a child
/// `krait --dump-ast` process that is killed at the time limit, and are compared by outcome only
/// (parses, or the error's type, message and line as printed), their dumps being too big to
/// compare cheaply.</summary>
public class RobustnessTests
{
    private const int BigInput = 1 << 20;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);
    private static readonly ConcurrentDictionary<string, Result> Results = new();

    private static readonly Lazy<Dictionary<string, CPythonOracle.Verdict>> Verdicts = new(() =>
    {
        var small = FuzzInputs.All.Where(i => i.Data.Length <= BigInput).Select(FuzzInputs.PathOf).ToList();
        var big = FuzzInputs.All.Where(i => i.Data.Length > BigInput).Select(FuzzInputs.PathOf).ToList();
        var d = new Dictionary<string, CPythonOracle.Verdict>(CPythonOracle.Verdicts(small));
        foreach (var kv in CPythonOracle.Verdicts(big, parseOnly: true)) d[kv.Key] = kv.Value;
        return d;
    });

    /// <summary>Krait's outcome: the dump's hash ("" when not dumped), the error, or what went wrong.</summary>
    private sealed record Result(string? DumpSha, ErrorTuple? Error, string? Failure);

    public static TheoryData<string> Inputs()
    {
        var d = new TheoryData<string>();
        foreach (var i in FuzzInputs.All) d.Add(i.Name);
        return d;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void EndsInTreeOrPythonErrorInTime(string name)
    {
        var r = Outcome(FuzzInputs.Get(name));
        if (r.Failure is not null) Assert.Fail(r.Failure);
        if (r.Error is not null)
            Assert.Contains(r.Error.Type, new[] { "SyntaxError", "IndentationError", "TabError", "MemoryError", "RecursionError", "ValueError", "UnicodeDecodeError" });
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void OutcomeIsCPythons(string name)
    {
        var input = FuzzInputs.Get(name);
        var r = Outcome(input);
        if (r.Failure is not null) Assert.Fail(r.Failure);
        var expected = Verdicts.Value[CPythonOracle.Sha256(input.Data)];
        if (expected.Error is not null)
        {
            if (r.Error is null) Assert.Fail($"CPython raises {expected.Error}, Krait parses it");
            bool same = input.Data.Length > BigInput
                ? expected.Error.Type == r.Error.Type && expected.Error.Msg == r.Error.Msg && expected.Error.Lineno == r.Error.Lineno
                : expected.Error.Matches(r.Error);
            if (!same) Assert.Fail($"error differs:\n  CPython: {expected.Error}\n  Krait:   {r.Error}");
            return;
        }
        if (r.Error is not null) Assert.Fail($"CPython parses it, Krait raises {r.Error}");
        if (expected.DumpSha != "" && r.DumpSha != expected.DumpSha)
        {
            string path = FuzzInputs.PathOf(input);
            var kr = KraitAst.Parse(input.Data, path);
            Assert.Fail(Py.FirstDifference(CPythonOracle.FullDump(path), kr.Dump ?? ""));
        }
    }

    private static Result Outcome(FuzzInputs.Input input) =>
        Results.GetOrAdd(input.Name, _ => input.Data.Length > BigInput ? RunCli(input) : Run(input));

    /// <summary>Runs the CLI on the input in a child process, killed after <see cref="Limit"/>.
    /// The error comes back from its report: type and message from the last line, the line number
    /// from the File line; offsets are not compared.</summary>
    private static Result RunCli(FuzzInputs.Input input)
    {
        var psi = new System.Diagnostics.ProcessStartInfo(Errors.CliPrinter.BuiltCli("krait"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("--dump-ast");
        psi.ArgumentList.Add(FuzzInputs.PathOf(input));
        using var p = System.Diagnostics.Process.Start(psi)!;
        var stdout = p.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(Limit))
        {
            p.Kill(entireProcessTree: true);
            return new Result(null, null, $"no outcome within {Limit.TotalSeconds} s (hang)");
        }
        stdout.Wait();
        string err = stderr.Result;
        if (p.ExitCode == 0) return new Result("", null, null);
        var lines = err.TrimEnd('\n').Split('\n');
        string last = lines[^1];
        if (p.ExitCode != 1 || last.StartsWith("SystemError", StringComparison.Ordinal))
            return new Result(null, null, $"krait exited with {p.ExitCode}: {err}");
        int colon = last.IndexOf(": ", StringComparison.Ordinal);
        string type = colon < 0 ? last : last[..colon];
        string msg = colon < 0 ? "" : last[(colon + 2)..];
        int? lineno = null;
        var m = System.Text.RegularExpressions.Regex.Match(err, "^  File \".*\", line (\\d+)$", System.Text.RegularExpressions.RegexOptions.Multiline);
        if (m.Success) lineno = int.Parse(m.Groups[1].Value);
        return new Result(null, new ErrorTuple(type, msg, lineno, null, null, null), null);
    }

    private static Result Run(FuzzInputs.Input input)
    {
        Result? result = null;
        string path = FuzzInputs.PathOf(input);
        var t = new Thread(() =>
        {
            try
            {
                var m = PythonParser.ParseAst(input.Data, path);
                result = new Result(input.Data.Length > BigInput ? "" : CPythonOracle.Sha256(m.Dump(includeAttributes: true)), null, null);
            }
            catch (PythonSyntaxError e)
            {
                result = new Result(null, ErrorTuple.From(e), null);
            }
            catch (Exception e)
            {
                result = new Result(null, null, $"Krait threw {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            }
        }, 256 * 1024 * 1024) { IsBackground = true };
        t.Start();
        if (!t.Join(Limit)) return new Result(null, null, $"no outcome within {Limit.TotalSeconds} s (hang)");
        return result!;
    }
}
