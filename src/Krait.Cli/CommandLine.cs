namespace Krait.Cli;

/// <summary>python3.11's command line (Modules/main.c, Python/initconfig.c): options before the program,
/// then <c>-c CMD</c>, <c>-m MODULE</c>, a script path or <c>-</c>, then the program's arguments.</summary>
internal sealed class CommandLine
{
    public string? Command;     // -c
    public string? Module;      // -m
    public string? Script;      // path, or "-" for stdin
    public List<string> Args = [];
    public bool Unbuffered, DontWriteBytecode, IgnoreEnvironment, Isolated, NoUserSite, NoSite, Quiet, Verbose, Inspect;
    public int Optimize, BytesWarning;
    public List<string> WarnOptions = [];
    public List<string> XOptions = [];
    public bool Version;
    public string? Error;
    public bool Help;

    /// <summary>The options and program arguments; <see cref="Error"/> holds a usage error.</summary>
    public static CommandLine Parse(string[] argv)
    {
        var c = new CommandLine();
        int i = 0;
        for (; i < argv.Length; i++)
        {
            string a = argv[i];
            if (a == "--version") { c.Version = true; continue; }
            if (a == "--help" || a == "-h" || a == "-?") { c.Help = true; return c; }
            if (a == "-" || !a.StartsWith('-') || a.Length == 1) break;
            if (a == "--") { i++; break; }
            // A cluster of single-letter flags, possibly ending with one that takes an argument.
            for (int j = 1; j < a.Length; j++)
            {
                char f = a[j];
                string Rest()
                {
                    string r = a[(j + 1)..];
                    j = a.Length;
                    if (r.Length > 0) return r;
                    if (i + 1 >= argv.Length) throw new UsageException($"Argument expected for the -{f} option");
                    return argv[++i];
                }
                try
                {
                    switch (f)
                    {
                        case 'c': c.Command = Rest(); c.Args = ArgsFrom("-c", argv, i + 1); return c;
                        case 'm': c.Module = Rest(); c.Args = ArgsFrom(null, argv, i + 1); return c;
                        case 'W': c.WarnOptions.Add(Rest()); break;
                        case 'X': c.XOptions.Add(Rest()); break;
                        case 'u': c.Unbuffered = true; break;
                        case 'B': c.DontWriteBytecode = true; break;
                        case 'E': c.IgnoreEnvironment = true; break;
                        case 'I': c.Isolated = true; c.IgnoreEnvironment = true; c.NoUserSite = true; break;
                        case 's': c.NoUserSite = true; break;
                        case 'S': c.NoSite = true; break;
                        case 'O': c.Optimize++; break;
                        case 'b': c.BytesWarning++; break;
                        case 'q': c.Quiet = true; break;
                        case 'v': c.Verbose = true; break;
                        case 'i': c.Inspect = true; break;
                        case 'd': case 'R': case 'P': break;
                        case 'V': c.Version = true; break;
                        default: throw new UsageException($"Unknown option: -{f}");
                    }
                }
                catch (UsageException e)
                {
                    c.Error = e.Message;
                    return c;
                }
            }
        }
        if (i < argv.Length)
        {
            c.Script = argv[i];
            c.Args = ArgsFrom(null, argv, i);
        }
        return c;
    }

    /// <summary>sys.argv: <paramref name="first"/> (when not null), then argv from <paramref name="from"/> on. A loop,
    /// not a collection expression: its spread into a List called into System.Linq, an assembly load at every
    /// start-up.</summary>
    private static List<string> ArgsFrom(string? first, string[] argv, int from)
    {
        var args = new List<string>(argv.Length - from + 1);
        if (first is not null) args.Add(first);
        for (int k = from; k < argv.Length; k++) args.Add(argv[k]);
        return args;
    }

    private sealed class UsageException(string message) : Exception(message);
}
