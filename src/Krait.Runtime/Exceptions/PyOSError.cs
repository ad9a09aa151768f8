namespace Krait.Runtime;

/// <summary>OSError(errno, strerror[, filename[, winerror[, filename2]]]); <c>OSError(errno, ...)</c> builds
/// the subclass its errno maps to (FileNotFoundError for ENOENT …).</summary>
public sealed class PyOSError(PyType type, PyTuple args) : PyBaseException(type, args)
{
    public PyObject Errno = PyNone.Instance, StrError = PyNone.Instance, Filename = PyNone.Instance, Filename2 = PyNone.Instance;

    // Linux errno values (errnomap in exceptions.c).
    private static readonly (int Errno, Func<PyType> Type)[] s_map =
    [
        (11, () => PyExc.BlockingIOError), (114, () => PyExc.BlockingIOError), (115, () => PyExc.BlockingIOError),
        (10, () => PyExc.ChildProcessError), (32, () => PyExc.BrokenPipeError), (108, () => PyExc.BrokenPipeError),
        (103, () => PyExc.ConnectionAbortedError), (111, () => PyExc.ConnectionRefusedError),
        (104, () => PyExc.ConnectionResetError), (17, () => PyExc.FileExistsError), (2, () => PyExc.FileNotFoundError),
        (21, () => PyExc.IsADirectoryError), (20, () => PyExc.NotADirectoryError), (4, () => PyExc.InterruptedError),
        (13, () => PyExc.PermissionError), (1, () => PyExc.PermissionError), (3, () => PyExc.ProcessLookupError),
        (110, () => PyExc.TimeoutError),
    ];

    private static PyType? Mapped(PyObject errno)
    {
        if (errno is not PyInt i || i.IsBig) return null;
        foreach (var (e, t) in s_map) if (e == i.Small) return t();
        return null;
    }

    internal static new void InitType(PyType t)
    {
        t.New = (type, args, kw) =>
        {
            int npos = args.Length - (kw?.Count ?? 0);
            if (ReferenceEquals(type, PyExc.OSError) && npos is >= 2 and <= 5 && Mapped(args[0]) is { } sub) type = sub;
            return new PyOSError(type, ArgsOf(args, kw));
        };
        t.Init = (self, args, kw) =>
        {
            NoKeywords(self, kw);
            var e = (PyOSError)self;
            e.Args = ArgsOf(args, kw);
            if (args.Length is >= 2 and <= 5)
            {
                e.Errno = args[0];
                e.StrError = args[1];
                if (args.Length >= 3 && args[2] is not PyNone)
                {
                    e.Filename = args[2];
                    if (args.Length == 5) e.Filename2 = args[4];
                    e.Args = PyTuple.Create(args[..2]);
                }
            }
        };
        t.Str = o =>
        {
            var e = (PyOSError)o;
            if (e.Filename is not PyNone)
            {
                if (e.Filename2 is not PyNone)
                    return new PyStr($"[Errno {Ops.Str(e.Errno).Value}] {Ops.Str(e.StrError).Value}: {Ops.Repr(e.Filename).Value} -> {Ops.Repr(e.Filename2).Value}");
                return new PyStr($"[Errno {Ops.Str(e.Errno).Value}] {Ops.Str(e.StrError).Value}: {Ops.Repr(e.Filename).Value}");
            }
            if (Ops.IsTrue(e.Errno) && Ops.IsTrue(e.StrError))
                return new PyStr($"[Errno {Ops.Str(e.Errno).Value}] {Ops.Str(e.StrError).Value}");
            return BaseStr(e);
        };
        GetSet(t, "errno", o => ((PyOSError)o).Errno, (o, v) => ((PyOSError)o).Errno = v ?? PyNone.Instance);
        GetSet(t, "strerror", o => ((PyOSError)o).StrError, (o, v) => ((PyOSError)o).StrError = v ?? PyNone.Instance);
        GetSet(t, "filename", o => ((PyOSError)o).Filename, (o, v) => ((PyOSError)o).Filename = v ?? PyNone.Instance);
        GetSet(t, "filename2", o => ((PyOSError)o).Filename2, (o, v) => ((PyOSError)o).Filename2 = v ?? PyNone.Instance);
    }
}
