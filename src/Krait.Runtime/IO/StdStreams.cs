namespace Krait.Runtime;

/// <summary>Creates sys.stdin/stdout/stderr the way CPython's create_stdio does: UTF-8 text wrappers over buffered
/// (or, with -u, raw) file objects; stdout line-buffered only on a terminal, stderr always line-buffered;
/// error handler surrogateescape under the C/POSIX/C.UTF-8 locales, strict otherwise (backslashreplace for stderr).</summary>
internal static class StdStreams
{
    public static PyTextIOWrapper Create(int fd, bool unbuffered)
    {
        Stream stream = fd switch
        {
            0 => Console.OpenStandardInput(),
            1 => Console.OpenStandardOutput(),
            _ => Console.OpenStandardError(),
        };
        string name = fd switch { 0 => "<stdin>", 1 => "<stdout>", _ => "<stderr>" };
        var raw = new PyFileIO(stream, fd, new PyStr(name), fd == 0 ? "rb" : "wb", closefd: false);
        bool isatty = IOTypes.IsATty(fd);
        bool buffered = !unbuffered || fd == 0;
        PyObject buffer = buffered ? new PyBufferedIO(raw) : raw;
        string errors = fd == 2 ? "backslashreplace" : IsCLocale() ? "surrogateescape" : "strict";
        bool lineBuffering = !unbuffered && (isatty || fd == 2);
        var w = new PyTextIOWrapper(buffer, errors, "\n", lineBuffering, writeThrough: unbuffered && fd != 0);
        w.Dict!.SetItem(PyStr.Intern("mode"), new PyStr(fd == 0 ? "r" : "w"));
        return w;
    }

    /// <summary>The LC_CTYPE locale is C, POSIX or a C.UTF-8 coercion target (CPython then uses surrogateescape).</summary>
    private static bool IsCLocale()
    {
        string? loc = null;
        foreach (var v in new[] { "LC_ALL", "LC_CTYPE", "LANG" })
        {
            loc = Environment.GetEnvironmentVariable(v);
            if (!string.IsNullOrEmpty(loc)) break;
        }
        if (string.IsNullOrEmpty(loc)) return true;
        return loc is "C" or "POSIX" or "C.UTF-8" or "C.utf8" or "C.utf-8" or "UTF-8";
    }
}
