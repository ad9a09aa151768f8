namespace Krait.TestSupport;

/// <summary>The repository the tests run from.</summary>
public static class Repo
{
    /// <summary>The folder holding Krait.slnx, found upwards from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    public static string Tool(string name) => Path.Combine(Root, "tools", name);

    private static string FindRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Krait.slnx"))) return d.FullName;
        throw new InvalidOperationException("repository root (Krait.slnx) not found above " + AppContext.BaseDirectory);
    }
}
