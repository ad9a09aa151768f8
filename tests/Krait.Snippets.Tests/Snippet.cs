using Krait.TestSupport;

namespace Krait.Snippets.Tests;

/// <summary>One differential snippet, <c>tests/snippets/AREA/NAME.py</c>, with the expectations
/// tools/regen-snippets recorded next to it (format: tests/snippets/README.md).</summary>
public sealed class Snippet
{
    public static string Root { get; } = Path.Combine(Repo.Root, "tests", "snippets");

    /// <summary>Files a snippet may have next to it besides NAME.py: recorded results, then inputs.</summary>
    public static readonly string[] ResultExtensions = [".out", ".err", ".exit"];
    public static readonly string[] InputExtensions = [".args", ".stdin"];

    private Snippet(string path)
    {
        FullPath = path;
        Folder = Path.GetDirectoryName(path)!;
        FileName = Path.GetFileName(path);
        Stem = Path.Combine(Folder, Path.GetFileNameWithoutExtension(path));
        Name = Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>The name used in passing.txt and in messages: AREA/NAME.py.</summary>
    public string Name { get; }
    public string FullPath { get; }
    public string Folder { get; }
    public string FileName { get; }
    private string Stem { get; }

    public override string ToString() => Name;

    /// <summary>Every snippet, sorted by name: .py files under tests/snippets, skipping files and
    /// folders whose name starts with '_' (helpers that snippets import).</summary>
    public static List<Snippet> All()
    {
        var found = new List<Snippet>();
        if (!Directory.Exists(Root)) return found;
        foreach (var path in Directory.EnumerateFiles(Root, "*.py", SearchOption.AllDirectories))
            if (!IsHelper(path)) found.Add(new Snippet(path));
        found.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return found;
    }

    public static bool IsHelper(string path) =>
        Path.GetRelativePath(Root, path).Split(Path.DirectorySeparatorChar).Any(p => p.StartsWith('_'));

    public string SidePath(string extension) => Stem + extension;

    public bool IsRecorded => File.Exists(SidePath(".out"));

    /// <summary>What CPython printed and returned, as recorded; stderr still holds <c>{DIR}</c>.</summary>
    public RunResult Expected()
    {
        byte[] stdout = File.ReadAllBytes(SidePath(".out"));
        byte[] stderr = File.Exists(SidePath(".err")) ? File.ReadAllBytes(SidePath(".err")) : [];
        int exit = File.Exists(SidePath(".exit")) ? int.Parse(File.ReadAllText(SidePath(".exit")).Trim()) : 0;
        return new RunResult(stdout, stderr, exit, TimedOut: false);
    }

    /// <summary>The extra argv entries: one per line of NAME.args.</summary>
    public List<string> Arguments()
    {
        string path = SidePath(".args");
        if (!File.Exists(path)) return [];
        string text = File.ReadAllText(path);
        if (text.EndsWith('\n')) text = text[..^1];
        return text.Length == 0 ? [] : [.. text.Split('\n')];
    }

    public byte[] Stdin()
    {
        string path = SidePath(".stdin");
        return File.Exists(path) ? File.ReadAllBytes(path) : [];
    }
}

/// <summary>One run of a program: exact output bytes and exit code.</summary>
public sealed record RunResult(byte[] Stdout, byte[] Stderr, int ExitCode, bool TimedOut, TimeSpan Elapsed = default);
