using System.Runtime.InteropServices;

namespace Krait.Runtime;

/// <summary>Helpers shared by the stream types: io.UnsupportedOperation, OSError from .NET I/O errors, isatty,
/// and the methods every binary stream has.</summary>
internal static partial class IOTypes
{
    private static PyType? s_unsupported;

    /// <summary>io.UnsupportedOperation (a subclass of OSError and ValueError, created on first use).</summary>
    public static PyType UnsupportedOperation
    {
        get
        {
            if (s_unsupported is null)
            {
                // CPython creates it with type(); as a builtin type here, OSError's layout is the solid base.
                s_unsupported = PyType.NewMultiBaseBuiltin("io.UnsupportedOperation", [PyExc.OSError, PyExc.ValueError], PyExc.OSError,
                    TypeFlags.BaseType | TypeFlags.BaseExceptionSubclass);
            }
            return s_unsupported;
        }
    }

    public static PythonException Unsupported(string what) => PyErr.New(UnsupportedOperation, what == "read" ? "not readable" : what == "write" ? "not writable" : what);

    public static PythonException OSErrorFrom(IOException e)
    {
        int errno = e.HResult & 0xFFFF;
        if (errno == 32) return PyErr.New(PyExc.BrokenPipeError, PyTuple.Create([PyInt.FromLong(32), new PyStr("Broken pipe")]));
        return PyErr.New(PyExc.OSError, e.Message);
    }

    [DllImport("libc", EntryPoint = "isatty")]
    private static extern int LibcIsATty(int fd);

    [DllImport("libc", EntryPoint = "lseek")]
    private static extern long LibcLSeek(int fd, long offset, int whence);

    /// <summary>Whether the file descriptor supports seeking (lseek succeeds), as FileIO.seekable() tests it.</summary>
    public static bool IsSeekable(int fd)
    {
        if (OperatingSystem.IsWindows()) return false;
        try { return LibcLSeek(fd, 0, 1) >= 0; }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { return false; }
    }

    public static bool IsATty(int fd)
    {
        if (OperatingSystem.IsWindows())
            return fd switch { 0 => !Console.IsInputRedirected, 1 => !Console.IsOutputRedirected, 2 => !Console.IsErrorRedirected, _ => false };
        try { return LibcIsATty(fd) == 1; }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { return false; }
    }

    private static PyBinaryIO Bin(PyObject? self) => (PyBinaryIO)self!;

    /// <summary>The methods FileIO and the buffered streams share.</summary>
    public static void AddBinaryMethods(PyType t)
    {
        string tn = t.Name[(t.Name.LastIndexOf('.') + 1)..];
        TypeBuilder.Method(t, "write", (self, args, kw) =>
        {
            var b = Bin(self);
            var data = PyBinaryIO.BytesLike(ArgBinder.One($"{tn}.write", args, kw));
            b.CheckWritable();
            b.WriteBytes(data);
            return PyInt.FromLong(data.Length);
        });
        TypeBuilder.Method(t, "read", (self, args, kw) =>
        {
            ArgBinder.Positional("read", args, kw, 0, 1);
            var b = Bin(self);
            long n = PyBinaryIO.SizeArg(args);
            b.CheckReadable();
            if (n < 0) return new PyBytes(b.ReadAll());
            var buf = new byte[n];
            int got = 0;
            while (got < n)
            {
                int r = b.ReadBytes(buf.AsSpan(got));
                if (r == 0) break;
                got += r;
                if (b is PyFileIO) break; // raw read: one system call
            }
            return new PyBytes(got == n ? buf : buf[..got]);
        });
        TypeBuilder.Method(t, "readline", (self, args, kw) =>
        {
            ArgBinder.Positional("readline", args, kw, 0, 1);
            var b = Bin(self);
            long limit = PyBinaryIO.SizeArg(args);
            b.CheckReadable();
            return new PyBytes(ReadLineBytes(b, limit));
        });
        TypeBuilder.Method(t, "readlines", (self, args, kw) =>
        {
            ArgBinder.Positional("readlines", args, kw, 0, 1);
            var b = Bin(self);
            long hint = PyBinaryIO.SizeArg(args);
            var list = new PyList();
            long total = 0;
            while (true)
            {
                var line = ReadLineBytes(b, -1);
                if (line.Length == 0) break;
                list.Append(new PyBytes(line));
                total += line.Length;
                if (hint > 0 && total >= hint) break;
            }
            return list;
        });
        TypeBuilder.Method(t, "flush", (self, args, kw) =>
        {
            ArgBinder.None($"{tn}.flush", args, kw);
            var b = Bin(self);
            if (b.IsClosed && b is not PyFileIO) throw PyErr.ValueError("flush of closed file");
            b.FlushBytes();
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "close", (self, args, kw) =>
        {
            ArgBinder.None($"{tn}.close", args, kw);
            var b = Bin(self);
            if (!b.IsClosed) { b.FlushBytes(); b.CloseStream(); }
            return PyNone.Instance;
        });
        AddCommon(t, tn);
        TypeBuilder.GetSet(t, "closed", o => PyBool.From(Bin(o).IsClosed), null);
        TypeBuilder.Method(t, "fileno", (self, args, kw) =>
        {
            ArgBinder.None($"{tn}.fileno", args, kw);
            var b = Bin(self);
            b.CheckOpen();
            return PyInt.FromLong(b.FileNo);
        });
        TypeBuilder.Method(t, "isatty", (self, args, kw) =>
        {
            ArgBinder.None($"{tn}.isatty", args, kw);
            var b = Bin(self);
            b.CheckOpen();
            return PyBool.From(IsATty(b.FileNo));
        });
        TypeBuilder.Method(t, "readable", (self, args, kw) => { ArgBinder.None($"{tn}.readable", args, kw); Bin(self).CheckOpen(); return PyBool.From(Bin(self).CanRead); });
        TypeBuilder.Method(t, "writable", (self, args, kw) => { ArgBinder.None($"{tn}.writable", args, kw); Bin(self).CheckOpen(); return PyBool.From(Bin(self).CanWrite); });
        TypeBuilder.Method(t, "seekable", (self, args, kw) => { ArgBinder.None($"{tn}.seekable", args, kw); Bin(self).CheckOpen(); return PyBool.From(Bin(self).Seekable); });
        t.Iter = o => { Bin(o).CheckOpen(); return o; };
        t.IterNext = o =>
        {
            var line = ReadLineBytes(Bin(o), -1);
            return line.Length == 0 ? null : new PyBytes(line);
        };
    }

    /// <summary>Context-manager methods every stream has (IOBase.__enter__/__exit__).</summary>
    public static void AddCommon(PyType t, string tn)
    {
        TypeBuilder.Method(t, "__enter__", (self, args, kw) =>
        {
            if (Ops.IsTrue(Ops.GetAttr(self!, "closed"))) throw PyBinaryIO.ClosedError();
            return self!;
        });
        TypeBuilder.Method(t, "__exit__", (self, args, kw) =>
        {
            Ops.CallMethod(self!, "close", []);
            return PyNone.Instance;
        });
    }

    /// <summary>One line of bytes (up to and including b'\n'), at most <paramref name="limit"/> bytes when ≥ 0.</summary>
    public static byte[] ReadLineBytes(PyBinaryIO b, long limit)
    {
        b.CheckReadable();
        if (b is PyBufferedIO buf) return buf.ReadLine(limit);
        var ms = new MemoryStream();
        Span<byte> one = stackalloc byte[1];
        while (limit < 0 || ms.Length < limit)
        {
            if (b.ReadBytes(one) == 0) break;
            ms.WriteByte(one[0]);
            if (one[0] == (byte)'\n') break;
        }
        return ms.ToArray();
    }
}
