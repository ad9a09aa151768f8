namespace Krait.Runtime;

/// <summary>Krait's per-user cache folder, <c>$XDG_CACHE_HOME/krait</c> (default <c>~/.cache/krait</c>): compiled
/// __main__ programs (<see cref="CompileCache"/>) and the engine hints of the command line's launcher. Nothing in it
/// is needed: a missing or unwritable folder only costs time.</summary>
internal static class UserCache
{
    /// <summary>The path of <paramref name="sub"/> inside the cache folder (not created), or null when neither
    /// XDG_CACHE_HOME nor HOME is set.</summary>
    internal static string? Folder(string sub)
    {
        string? root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrEmpty(root))
        {
            string? home = Environment.GetEnvironmentVariable("HOME");
            root = string.IsNullOrEmpty(home) ? null : home + "/.cache";
        }
        return root is null ? null : root + "/krait/" + sub;
    }
}
