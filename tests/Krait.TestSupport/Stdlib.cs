namespace Krait.TestSupport;

/// <summary>The installed CPython 3.11 standard library (with its regression suite) that the parity
/// tests run over.</summary>
public static class Stdlib
{
    public const string Root = "/usr/lib/python3.11";

    private static readonly Lazy<string[]> AllFiles = new(() =>
    {
        if (!Directory.Exists(Root)) return [];
        var files = Directory.GetFiles(Root, "*.py", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    });

    /// <summary>Every .py file under <see cref="Root"/>, full paths in ordinal order.</summary>
    public static string[] Files => AllFiles.Value;

    public static string Relative(string path) => Path.GetRelativePath(Root, path);

    public static string Full(string relative) => Path.Combine(Root, relative);
}
