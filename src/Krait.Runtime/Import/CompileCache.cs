namespace Krait.Runtime;

/// <summary>A bytecode cache for the start-up compilations that have no .py file of their own to cache next to: the
/// __main__ program (a script, -c, stdin) and the lines site.py exec()s from .pth files. CPython compiles these on
/// every run, cheaply; for Krait the first compilation of a process costs ~15 ms of warming up the parser and
/// compiler (loading their code, resolving its calls and types), more than the rest of `-c pass`'s start-up after the
/// runtime's own. A hit skips the compiler entirely.
///
/// Files live in <c>$XDG_CACHE_HOME/krait/compiled</c> (default <c>~/.cache</c>; <see cref="UserCache"/>) in the .pyc format of
/// <see cref="BytecodeCache"/> (so a file written by another build of the compiler is ignored). A file is named by a
/// 64-bit hash of the mode, optimization level, file name and — for sources without a file (<c>&lt;string&gt;</c>,
/// <c>&lt;stdin&gt;</c>) — the source; its header holds a second, independent 32-bit hash of everything and the source
/// length, checked on reading, so a script that changes overwrites its own entry. Only compilations that emitted no
/// warning are stored (a warning must appear on every run, as CPython compiles every time); errors are never stored.
/// Writing follows sys.dont_write_bytecode (-B, PYTHONDONTWRITEBYTECODE); failures are silent.</summary>
internal static class CompileCache
{
    /// <summary>Set by the command line while site is imported: exec() of a string then goes through the cache.</summary>
    public static bool SiteImporting;

    private static string? s_dir;

    public static PyCode Compile(byte[] source, string filename, string mode)
    {
        string? dir = Directory();
        if (dir is null) return CompileService.Compile(source, filename, mode);
        int optimize = PythonRuntime.Optimize;
        bool keyedBySource = filename.Length == 0 || filename[0] == '<';
        ulong name = Fnv64(0xcbf29ce484222325, mode, optimize, filename, keyedBySource ? source : null);
        uint check = (uint)Fnv64(0x84222325cbf29ce4, mode, optimize, filename, source) ^ (uint)source.Length;
        string path = $"{dir}/{name:x16}.pyc";
        if (BytecodeCache.TryRead(path, check, source.Length) is { } cached) return cached;
        int before = CompileService.t_warningsEmitted;
        var code = CompileService.Compile(source, filename, mode);
        if (CompileService.t_warningsEmitted == before && !BytecodeCache.DontWriteBytecode())
            BytecodeCache.TryWrite(path, code, check, source.Length);
        return code;
    }

    private static string? Directory()
    {
        s_dir ??= UserCache.Folder("compiled") ?? "";
        return s_dir.Length == 0 ? null : s_dir;
    }

    /// <summary>FNV-1a over the key's parts (not a cryptographic hash: loading one would cost more than it saves).</summary>
    private static ulong Fnv64(ulong h, string mode, int optimize, string filename, byte[]? source)
    {
        const ulong prime = 0x100000001b3;
        foreach (char c in mode) h = (h ^ c) * prime;
        h = (h ^ (ulong)(optimize + 1)) * prime;
        foreach (char c in filename) h = (h ^ c) * prime;
        h = (h ^ 0xFF) * prime;
        if (source is not null)
            foreach (byte b in source) h = (h ^ b) * prime;
        return h;
    }
}
