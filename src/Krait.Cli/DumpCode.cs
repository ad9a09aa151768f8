namespace Krait.Cli;

// Owned by the code-generation work, which replaces this body.
internal static class DumpCode
{
    public static int Run(string path, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("krait: --dump-code is not available yet");
        return 2;
    }
}
