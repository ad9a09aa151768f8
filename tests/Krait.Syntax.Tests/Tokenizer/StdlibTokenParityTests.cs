using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Krait.Syntax.Text;
using Krait.Syntax.Tokenizer;
using Assert = Xunit.Assert;

namespace Krait.Syntax.Tests.Tokenizer;

/// <summary>Every token of every .py file under /usr/lib/python3.11 that CPython parses has the
/// kind and position CPython's tokenizer gives it (from cpython_tokens.py, run once with
/// python3.11 and cached in the oracle cache folder by the files' content hash).</summary>
public class StdlibTokenParityTests
{
    private const string StdlibRoot = Krait.TestSupport.Stdlib.Root;
    private const string Python = "/usr/bin/python3.11";

    private static string Dir([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    [Fact]
    public void StdlibTokensMatchCPython()
    {
        Assert.True(Directory.Exists(StdlibRoot) && File.Exists(Python), "needs python3.11 and its standard library");
        var files = Krait.TestSupport.Stdlib.Files;
        var expected = Expected(files);
        Assert.True(expected.Count > 1500, $"only {expected.Count} files from cpython_tokens.py");

        var failures = new List<string>();
        foreach (var (path, want) in expected)
        {
            string got = Tokens(path);
            if (got == want) continue;
            var w = want.Split('\n');
            var g = got.Split('\n');
            int i = 0;
            while (i < w.Length && i < g.Length && w[i] == g[i]) i++;
            failures.Add($"{path} token {i}: CPython {(i < w.Length ? w[i] : "(end)")} | Krait {(i < g.Length ? g[i] : "(end)")}");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} files differ:\n" + string.Join("\n", failures.Take(20)));
    }

    private static string Tokens(string path)
    {
        var source = SourceText.FromBytes(File.ReadAllBytes(path), path);
        var tok = new PythonTokenizer(source);
        var sb = new StringBuilder();
        for (;;)
        {
            var t = tok.Next();
            string kind = t.IsKeyword ? "NAME" : t.Kind == TokenKind.Op ? "OP" : t.Kind.ToString().ToUpperInvariant();
            if (sb.Length > 0) sb.Append('\n');
            sb.Append($"{kind} {t.Lineno} {t.ColOffset} {t.EndLineno} {t.EndColOffset}");
            if (t.Kind == TokenKind.EndMarker) return sb.ToString();
        }
    }

    /// <summary>Path → expected token lines, from the cache or a python3.11 run.</summary>
    private static Dictionary<string, string> Expected(string[] files)
    {
        using var sha = SHA256.Create();
        foreach (var f in files)
        {
            byte[] name = Encoding.UTF8.GetBytes(f);
            sha.TransformBlock(name, 0, name.Length, null, 0);
            byte[] data = File.ReadAllBytes(f);
            sha.TransformBlock(data, 0, data.Length, null, 0);
        }
        byte[] script = File.ReadAllBytes(Path.Combine(Dir(), "cpython_tokens.py"));
        sha.TransformFinalBlock(script, 0, script.Length);
        string cache = Path.Combine(Krait.TestSupport.Oracle.CacheDirectory, $"cpython-tokens-{Convert.ToHexString(sha.Hash!)[..16]}.txt");
        if (!File.Exists(cache))
        {
            Directory.CreateDirectory(Krait.TestSupport.Oracle.CacheDirectory);
            var psi = new ProcessStartInfo(Python, Path.Combine(Dir(), "cpython_tokens.py"))
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            using var p = Process.Start(psi)!;
            var output = p.StandardOutput.ReadToEndAsync();
            foreach (var f in files) p.StandardInput.WriteLine(f);
            p.StandardInput.Close();
            string text = output.Result;
            p.WaitForExit();
            Assert.Equal(0, p.ExitCode);
            File.WriteAllText(cache + ".tmp", text);
            File.Move(cache + ".tmp", cache, overwrite: true);
        }
        var result = new Dictionary<string, string>();
        foreach (var chunk in File.ReadAllText(cache).Split("FILE ", StringSplitOptions.RemoveEmptyEntries))
        {
            int nl = chunk.IndexOf('\n');
            if (nl < 0) continue;
            string path = chunk[..nl];
            if (!path.StartsWith(StdlibRoot, StringComparison.Ordinal)) continue;
            result[path] = chunk[(nl + 1)..].TrimEnd('\n');
        }
        return result;
    }
}
