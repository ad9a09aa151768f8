namespace Krait.Runtime;

/// <summary>Creates sys.stdin/stdout/stderr the way CPython's create_stdio does: TextIOWrapper over a
/// BufferedReader/BufferedWriter (or, with -u, the raw FileIO for output) over FileIO(0/1/2, closefd=False);
/// encoding utf-8; stdout line-buffered only on a terminal, stderr always; error handler surrogateescape under
/// the C/POSIX/C.UTF-8 locales, strict otherwise, backslashreplace for stderr.</summary>
internal static class StdStreams
{
    public static PyTextIOWrapper Create(int fd, bool unbuffered)
    {
        bool old = Finalization.Untracked;
        Finalization.Untracked = true;
        try
        {
            return CreateUntracked(fd, unbuffered);
        }
        finally
        {
            Finalization.Untracked = old;
        }
    }

    private static PyTextIOWrapper CreateUntracked(int fd, bool unbuffered)
    {
        bool write = fd != 0;
        string name = fd switch { 0 => "<stdin>", 1 => "<stdout>", _ => "<stderr>" };
        var raw = new PyFileIO(fd, readable: !write, writable: write, closefd: false, new PyStr(name));
        bool isatty = IOTypes.IsATty(fd);
        // stdin is always buffered: TextIOWrapper reads with read1().
        bool buffered = !unbuffered || !write;
        PyObject buffer = buffered ? new PyBuffered(write ? PyBuffered.BufferedWriterType : PyBuffered.BufferedReaderType, raw, (int)raw.BlkSizeOrDefault) : raw;
        string errors = fd == 2 ? "backslashreplace" : IsCLocale() ? "surrogateescape" : "strict";
        bool lineBuffering = buffered && (isatty || fd == 2);
        var w = new PyTextIOWrapper(PyTextIOWrapper.TextIOWrapperType);
        w.Initialize(buffer, "utf-8", errors, "\n", lineBuffering, writeThrough: !buffered);
        w.Dict!.SetItem(PyStr.Intern("mode"), new PyStr(write ? "w" : "r"));
        return w;
    }

    /// <summary>UTF-8 mode (PEP 540): on under the C and POSIX locales (and with -X utf8, which Krait doesn't parse).</summary>
    public static bool Utf8Mode
    {
        get
        {
            string? loc = Locale();
            return string.IsNullOrEmpty(loc) || loc is "C" or "POSIX";
        }
    }

    private static string? Locale()
    {
        foreach (var v in new[] { "LC_ALL", "LC_CTYPE", "LANG" })
        {
            var loc = Environment.GetEnvironmentVariable(v);
            if (!string.IsNullOrEmpty(loc)) return loc;
        }
        return null;
    }

    /// <summary>The LC_CTYPE locale is C, POSIX or a C.UTF-8 coercion target (CPython then uses surrogateescape).</summary>
    private static bool IsCLocale()
    {
        string? loc = Locale();
        if (string.IsNullOrEmpty(loc)) return true;
        return loc is "C" or "POSIX" or "C.UTF-8" or "C.utf8" or "C.utf-8" or "UTF-8";
    }
}
