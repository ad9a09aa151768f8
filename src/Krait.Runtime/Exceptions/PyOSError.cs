namespace Krait.Runtime;

/// <summary>OSError(errno, strerror[, filename[, winerror[, filename2]]]); <c>OSError(errno, ...)</c> builds
/// the subclass its errno maps to (FileNotFoundError for ENOENT …). A field that was never set is null
/// (CPython's NULL): it reads as None but, unlike an explicit None, leaves it out of <c>str()</c>.</summary>
public sealed class PyOSError(PyType type, PyTuple args) : PyBaseException(type, args)
{
    public PyObject? Errno, StrError, Filename, Filename2;
    /// <summary>BlockingIOError.characters_written; -1 when unset.</summary>
    public long Written = -1;

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

    /// <summary>PyNumber_Check.</summary>
    private static bool IsNumber(PyObject o) =>
        o.Type.Index is not null || o.Type.Int is not null || o.Type.Float is not null || o is PyComplex;

    private static InitSlot? s_init;
    private static NewSlot? s_new;

    /// <summary>oserror_use_init: a subclass that overrides __init__ but not __new__ parses its arguments
    /// in __init__ (so that the override sees them first); otherwise __new__ parses them.</summary>
    private static bool UseInit(PyType type) => !ReferenceEquals(type.Init, s_init) && ReferenceEquals(type.New, s_new);

    /// <summary>oserror_parse_args + oserror_init: fills the fields from 2–5 positional arguments.</summary>
    private void Parse(ReadOnlySpan<PyObject> args)
    {
        Args = PyTuple.Create(args);
        if (args.Length is < 2 or > 5) return;
        Errno = args[0];
        StrError = args[1];
        var filename = args.Length >= 3 ? args[2] : null;
        if (filename is null || filename is PyNone) return;
        if (ReferenceEquals(Type, PyExc.BlockingIOError) && IsNumber(filename))
        {
            Written = Ops.AsSsize(filename, PyExc.ValueError);
            return;
        }
        Filename = filename;
        if (args.Length == 5 && args[4] is not PyNone) Filename2 = args[4];
        Args = PyTuple.Create(args[..2]);
    }

    internal static new void InitType(PyType t)
    {
        s_new = (type, args, kw) =>
        {
            int npos = args.Length - (kw?.Count ?? 0);
            if (!UseInit(type) && kw is not null && kw.Count > 0) throw PyErr.TypeError($"{type.Name}() takes no keyword arguments");
            if (ReferenceEquals(type, PyExc.OSError) && npos is >= 2 and <= 5 && Mapped(args[0]) is { } sub) type = sub;
            var e = new PyOSError(type, PyTuple.Empty);
            if (!UseInit(type))
                e.Parse(args[..npos]);
            return e;
        };
        s_init = (self, args, kw) =>
        {
            if (!UseInit(self.Type)) return;
            NoKeywords(self, kw);
            ((PyOSError)self).Parse(args[..(args.Length - (kw?.Count ?? 0))]);
        };
        t.New = s_new;
        t.Init = s_init;
        t.Str = o =>
        {
            var e = (PyOSError)o;
            string Sv(PyObject? v) => Ops.Str(v ?? PyNone.Instance).Value;
            if (e.Filename is not null)
            {
                if (e.Filename2 is not null)
                    return new PyStr($"[Errno {Sv(e.Errno)}] {Sv(e.StrError)}: {Ops.Repr(e.Filename).Value} -> {Ops.Repr(e.Filename2).Value}");
                return new PyStr($"[Errno {Sv(e.Errno)}] {Sv(e.StrError)}: {Ops.Repr(e.Filename).Value}");
            }
            if (e.Errno is not null && e.StrError is not null)
                return new PyStr($"[Errno {Sv(e.Errno)}] {Sv(e.StrError)}");
            return BaseStr(e);
        };
        Method(t, "__reduce__", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("__reduce__", args, kw, 0);
            var e = (PyOSError)self!;
            var a = e.Args;
            if (a.Count == 2 && e.Filename is not null)
                a = e.Filename2 is not null
                    ? PyTuple.Create([a[0], a[1], e.Filename, PyNone.Instance, e.Filename2])
                    : PyTuple.Create([a[0], a[1], e.Filename]);
            return Reduce(e, a);
        });
        GetSet(t, "errno", o => ((PyOSError)o).Errno ?? PyNone.Instance, (o, v) => ((PyOSError)o).Errno = v);
        GetSet(t, "strerror", o => ((PyOSError)o).StrError ?? PyNone.Instance, (o, v) => ((PyOSError)o).StrError = v);
        GetSet(t, "filename", o => ((PyOSError)o).Filename ?? PyNone.Instance, (o, v) => ((PyOSError)o).Filename = v);
        GetSet(t, "filename2", o => ((PyOSError)o).Filename2 ?? PyNone.Instance, (o, v) => ((PyOSError)o).Filename2 = v);
        GetSet(t, "characters_written", o =>
        {
            var e = (PyOSError)o;
            return e.Written >= 0 ? PyInt.FromLong(e.Written) : throw PyErr.AttributeError("characters_written");
        }, (o, v) =>
        {
            var e = (PyOSError)o;
            if (v is null)
            {
                if (e.Written < 0) throw PyErr.AttributeError("characters_written");
                e.Written = -1;
                return;
            }
            e.Written = Ops.AsSsize(v, PyExc.ValueError);
        });
    }
}
