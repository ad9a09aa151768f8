namespace Krait.Runtime;

/// <summary>The running executable's path (sys.executable): the target of <c>/proc/self/exe</c>, decoded as
/// os.fsdecode does. Not <see cref="Environment.ProcessPath"/>: its UTF-8 unmarshalling was the first use of .NET's
/// UTF-8/ASCII decoders, ~16 M instructions of type loading at every start-up (callgrind). When the command line's
/// launcher started this process (the JIT engine, see Krait.Cli's EngineChoice), it is the launcher's path: the
/// program was started as that, and starting it again must go through it too.</summary>
internal static class ProcessPath
{
    private static string? s_path;

    /// <summary>Makes <paramref name="path"/> (the launcher's, as os.fsencode gives it) the executable's path.</summary>
    internal static void Set(ReadOnlySpan<byte> path) => s_path = PathArg.DecodeString(path);

    internal static string? Get()
    {
        if (s_path is not null) return s_path;
        return s_path = Target() is { } exe ? PathArg.DecodeString(exe) : Environment.ProcessPath;
    }

    /// <summary>The target of /proc/self/exe, undecoded (this executable, whoever started it), or null.</summary>
    internal static byte[]? Target()
    {
        var buf = new byte[4096];
        long n = Libc.ReadLinkAt(Posix.AtFdCwd, "/proc/self/exe\0"u8.ToArray(), buf, buf.Length);
        return n > 0 && n < buf.Length ? buf[..(int)n] : null;
    }
}
