namespace Krait.Cli;

/// <summary>Reads a program's source bytes from a path, or from standard input for <c>-</c>.</summary>
internal static class SourceFile
{
    /// <summary>The bytes and the file name errors should show (<c>&lt;stdin&gt;</c> for <c>-</c>);
    /// false after printing CPython's "can't open file" message.</summary>
    public static bool TryRead(string path, TextWriter stderr, out byte[] data, out string fileName)
    {
        fileName = path == "-" ? "<stdin>" : path;
        try
        {
            if (path == "-")
            {
                using var stdin = Console.OpenStandardInput();
                using var ms = new MemoryStream();
                stdin.CopyTo(ms);
                data = ms.ToArray();
            }
            else
            {
                data = File.ReadAllBytes(path);
            }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"krait: can't open file '{path}': {e.Message}");
            data = [];
            return false;
        }
    }
}
