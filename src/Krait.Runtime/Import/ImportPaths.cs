namespace Krait.Runtime;

/// <summary>File-system side of the import system: the search of one folder for a module (FileFinder), the
/// bytecode-cache file name (cache_from_source) and reading source files with CPython's OSError.</summary>
internal static class ImportPaths
{
    /// <summary>Krait's cache tag (sys.implementation.cache_tag): <c>__pycache__/name.krait-311.pyc</c>.</summary>
    public const string CacheTag = "krait-311";

    /// <summary>importlib.util.cache_from_source for a path ending in .py; null for other files (_get_cached).</summary>
    public static string? CacheFromSource(string path)
    {
        if (path.EndsWith(".pyc", StringComparison.Ordinal)) return path;
        if (!path.EndsWith(".py", StringComparison.Ordinal)) return null;
        int slash = path.LastIndexOf('/');
        string head = slash < 0 ? "" : path[..slash];
        string tail = path[(slash + 1)..];
        int dot = tail.LastIndexOf('.');
        string stem = dot <= 0 ? tail[(dot + 1)..] : tail[..dot];
        string opt = PythonRuntime.Optimize > 0 ? $".opt-{PythonRuntime.Optimize}" : "";
        string file = $"{stem}.{CacheTag}{opt}.pyc";
        // sys.pycache_prefix (read on every call, as importlib does): the source's absolute folder mirrored under it.
        if (Sys.GetOrNull("pycache_prefix") is PyStr prefix)
        {
            if (!head.StartsWith('/')) head = PathJoin(Directory.GetCurrentDirectory(), head);
            return PathJoin(PathJoin(prefix.Value, head.TrimStart('/')), file);
        }
        return head.Length == 0 && slash < 0 ? $"__pycache__/{file}" : $"{head}/__pycache__/{file}";
    }

    /// <summary>importlib's POSIX _path_join of two parts: empty parts dropped, trailing separators stripped.</summary>
    private static string PathJoin(string a, string b) =>
        a.Length == 0 ? b.TrimEnd('/') : b.Length == 0 ? a.TrimEnd('/') : $"{a.TrimEnd('/')}/{b.TrimEnd('/')}";

    /// <summary>The bytes of a file, or CPython's OSError (FileNotFoundError, PermissionError, IsADirectoryError …).</summary>
    public static byte[] ReadFile(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (FileNotFoundException) { throw OsError(2, "No such file or directory", path); }
        catch (DirectoryNotFoundException) { throw OsError(2, "No such file or directory", path); }
        catch (UnauthorizedAccessException) when (Directory.Exists(path)) { throw OsError(21, "Is a directory", path); }
        catch (UnauthorizedAccessException) { throw OsError(13, "Permission denied", path); }
        catch (IOException e) { throw OsError(5, e.Message, path); }
    }

    private static PythonException OsError(int errno, string message, string path) =>
        new((PyBaseException)Ops.Call(PyExc.OSError, [PyInt.FromLong(errno), new PyStr(message), new PyStr(path)]));

    /// <summary>The absolute folder a sys.path entry names ('' is the current folder), or null when unusable.</summary>
    public static string? EntryFolder(PyObject entry)
    {
        if (entry is not PyStr s) return null;
        string p = s.Value;
        if (p.Length == 0 || p == ".") return Directory.GetCurrentDirectory();
        if (p.IndexOf('\0') >= 0) return null;
        // FileFinder joins a relative entry to the current folder without normalising it.
        return p.StartsWith('/') ? p : Directory.GetCurrentDirectory().TrimEnd('/') + "/" + p.TrimEnd('/');
    }

    /// <summary>What a folder holds for module <paramref name="tail"/> (FileFinder.find_spec): a package
    /// (<c>tail/__init__.py</c>), a module (<c>tail.py</c>), a namespace portion (a folder <c>tail</c>), or nothing.</summary>
    public static (string? Origin, bool IsPackage, string? NamespacePortion) FindInFolder(string folder, string tail)
    {
        if (tail.Length == 0 || tail.IndexOf('/') >= 0 || tail.IndexOf('\0') >= 0 || folder.IndexOf('\0') >= 0) return (null, false, null);
        string basePath = folder.TrimEnd('/') + "/" + tail;
        string? portion = null;
        if (IsDirectory(basePath))
        {
            string init = basePath + "/__init__.py";
            if (IsFile(init)) return (init, true, null);
            portion = basePath;
        }
        string file = basePath + ".py";
        if (IsFile(file)) return (file, false, null);
        return (null, false, portion);
    }

    // With stat itself, as _path_is_mode_type does, rather than Directory.Exists/File.Exists: .NET's file-status
    // stack was a first-use cost (~5 M instructions) of every start-up.
    private static bool IsDirectory(string path) =>
        Libc.StatModeSizeMTime(path, out int mode, out _, out _) && (mode & Libc.S_IFMT) == Libc.S_IFDIR;

    private static bool IsFile(string path) =>
        Libc.StatModeSizeMTime(path, out int mode, out _, out _) && (mode & Libc.S_IFMT) != Libc.S_IFDIR;
}
