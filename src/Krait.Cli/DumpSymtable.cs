namespace Krait.Cli;

// Owned by the symtable work, which replaces this body.
internal static class DumpSymtable
{
    public static int Run(string path, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("krait: --dump-symtable is not available yet");
        return 2;
    }
}
