namespace Krait.Runtime;

// open(): text and binary file objects over .NET FileStreams (the io module's full API comes later).
public static partial class BuiltinsModule
{
    private static readonly string[] s_openNames = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"];

    /// <summary>Writable files opened by open() (text wrappers and buffers), flushed at exit as CPython's finalizers would.</summary>
    private static readonly List<WeakReference<PyObject>> s_openFiles = [];
    private static bool s_exitHooked;

    /// <summary>Flushes every still-open file that open() created (called at interpreter exit).</summary>
    public static void FlushOpenFiles()
    {
        lock (s_openFiles)
        {
            foreach (var w in s_openFiles)
                if (w.TryGetTarget(out var o))
                    try
                    {
                        if (o is PyTextIOWrapper t && !t.Detached && !t.IsClosed) t.Flush();
                        else if (o is PyBinaryIO b && !b.IsClosed) b.FlushBytes();
                    }
                    catch (PythonException) { }
            s_openFiles.Clear();
        }
    }

    private static void AddOpenFunction(PyModule m) => m.AddFunction("open", Open);

    /// <summary>open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None).</summary>
    private static PyObject Open(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> v = new PyObject?[8];
        ArgBinder.Bind("open", args, kw, s_openNames, 0, 8, 1, v);
        var fileArg = v[0]!;
        string path = fileArg switch
        {
            PyStr s => s.Value,
            PyBytes b => System.Text.Encoding.UTF8.GetString(b.Value),
            _ => Ops.LookupSpecial(fileArg, "__fspath__") is { } fs && Ops.Call(fs, []) is PyStr p ? p.Value
                : throw PyErr.TypeError($"expected str, bytes or os.PathLike object, not {fileArg.Type.Name}"),
        };
        string mode = v[1] is null ? "r" : v[1] is PyStr ms ? ms.Value : throw PyErr.TypeError($"open() argument 'mode' must be str, not {v[1]!.Type.Name}");
        long buffering = v[2] is null ? -1 : Ops.AsSsize(v[2]!);
        string? encoding = OptStr(v[3], "encoding"), errors = OptStr(v[4], "errors"), newline = OptStr(v[5], "newline");
        bool closefd = v[6] is null || Ops.IsTrue(v[6]!);

        bool r = false, w = false, a = false, x = false, plus = false, bin = false, text = false;
        foreach (char c in mode)
        {
            bool dup = c switch
            {
                'r' => Set(ref r), 'w' => Set(ref w), 'a' => Set(ref a), 'x' => Set(ref x),
                '+' => Set(ref plus), 'b' => Set(ref bin), 't' => Set(ref text),
                _ => throw PyErr.ValueError($"invalid mode: '{mode}'"),
            };
            if (dup) throw PyErr.ValueError($"invalid mode: '{mode}'");
        }
        if ((r ? 1 : 0) + (w ? 1 : 0) + (a ? 1 : 0) + (x ? 1 : 0) != 1)
            throw PyErr.ValueError("must have exactly one of create/read/write/append mode");
        if (bin && text) throw PyErr.ValueError("can't have text and binary mode at once");
        if (bin && encoding is not null) throw PyErr.ValueError("binary mode doesn't take an encoding argument");
        if (bin && errors is not null) throw PyErr.ValueError("binary mode doesn't take an errors argument");
        if (bin && newline is not null) throw PyErr.ValueError("binary mode doesn't take a newline argument");
        if (newline is not null and not ("" or "\n" or "\r" or "\r\n")) throw PyErr.ValueError($"illegal newline value: {newline}");
        if (encoding is not null && encoding.ToLowerInvariant().Replace('_', '-') is not ("utf-8" or "utf8" or "u8" or "utf"))
            throw PyErr.New(PyExc.LookupError, $"unknown encoding: {encoding}");
        if (buffering == 0 && !bin) throw PyErr.ValueError("can't have unbuffered text I/O");
        if (!closefd) throw PyErr.ValueError("Cannot use closefd=False with file name");
        if (v[7] is not null and not PyNone) throw PyErr.New(PyExc.NotImplementedError, "open(opener=...) is not supported by Krait yet");

        string rawMode = (r ? "r" : w ? "w" : a ? "a" : "x") + "b" + (plus ? "+" : "");
        var fm = r ? FileMode.Open : w ? FileMode.Create : a ? FileMode.Append : FileMode.CreateNew;
        var access = r ? (plus ? FileAccess.ReadWrite : FileAccess.Read) : plus ? FileAccess.ReadWrite : FileAccess.Write;
        if (a && plus) fm = FileMode.OpenOrCreate;
        FileStream fsm;
        try
        {
            if (Directory.Exists(path)) throw OSErr(21, "Is a directory", fileArg);
            fsm = new FileStream(path, fm, access, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None);
            if (a && plus) fsm.Seek(0, SeekOrigin.End);
        }
        catch (FileNotFoundException) { throw OSErr(2, "No such file or directory", fileArg); }
        catch (DirectoryNotFoundException) { throw OSErr(2, "No such file or directory", fileArg); }
        catch (UnauthorizedAccessException) { throw OSErr(13, "Permission denied", fileArg); }
        catch (IOException) when (x && File.Exists(path)) { throw OSErr(17, "File exists", fileArg); }
        catch (IOException e) { throw PyErr.New(PyExc.OSError, e.Message); }

        int fd = OperatingSystem.IsWindows() ? -1 : (int)fsm.SafeFileHandle.DangerousGetHandle();
        var raw = new PyFileIO(fsm, fd, fileArg, rawMode, closefd: true);
        if (bin && buffering == 0) return raw;
        var buffered = new PyBufferedIO(raw, buffering > 1 ? (int)Math.Min(buffering, 1 << 24) : PyBufferedIO.DefaultBufferSize);
        if (raw.CanWrite)
        {
            lock (s_openFiles)
            {
                // Also at process exit, whoever ends the process (flushing is C# only, no Python code runs).
                if (!s_exitHooked) { s_exitHooked = true; AppDomain.CurrentDomain.ProcessExit += (_, _) => FlushOpenFiles(); }
                if (s_openFiles.Count >= 256 && (s_openFiles.Count & (s_openFiles.Count - 1)) == 0)
                    s_openFiles.RemoveAll(r => !r.TryGetTarget(out var o) || o is PyBinaryIO { IsClosed: true } || o is PyTextIOWrapper { IsClosed: true });
                s_openFiles.Add(new WeakReference<PyObject>(buffered));
            }
        }
        if (bin) return buffered;
        var wrapper = new PyTextIOWrapper(buffered, errors ?? "strict", newline, buffering == 1, writeThrough: false)
        {
            Encoding = encoding ?? "UTF-8",
        };
        wrapper.Dict!.SetItem(PyStr.Intern("mode"), new PyStr(mode));
        // Text wrappers first in the exit flush: their pending text goes to the buffer before it is flushed.
        if (raw.CanWrite) lock (s_openFiles) s_openFiles.Insert(0, new WeakReference<PyObject>(wrapper));
        return wrapper;
    }

    private static bool Set(ref bool flag)
    {
        bool was = flag;
        flag = true;
        return was;
    }

    private static string? OptStr(PyObject? o, string name) => o switch
    {
        null or PyNone => null,
        PyStr s => s.Value,
        _ => throw PyErr.TypeError($"open() argument '{name}' must be str or None, not {o.Type.Name}"),
    };

    /// <summary>OSError(errno, strerror, filename): the constructor picks the subclass (FileNotFoundError …).</summary>
    private static PythonException OSErr(int errno, string strerror, PyObject filename) =>
        new((PyBaseException)Ops.Call(PyExc.OSError, [PyInt.FromLong(errno), new PyStr(strerror), filename]));
}
