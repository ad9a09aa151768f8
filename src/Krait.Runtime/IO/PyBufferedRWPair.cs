namespace Krait.Runtime;

/// <summary>_io.BufferedRWPair(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE, /): a BufferedReader and a
/// BufferedWriter over two raw streams, used as one.</summary>
public sealed class PyBufferedRWPair : PyIOBase
{
    public static readonly PyType BufferedRWPairType = PyType.NewBuiltin("_io.BufferedRWPair", BufferedIOBaseType, TypeFlags.BaseType, InitType);

    private PyBuffered? _reader, _writer;

    public PyBufferedRWPair(PyType type) : base(type) { }

    private static PyBufferedRWPair P(PyObject? o) => (PyBufferedRWPair)o!;

    private PyBuffered Reader => _reader ?? throw PyErr.ValueError("I/O operation on uninitialized object");
    private PyBuffered Writer => _writer ?? throw PyErr.ValueError("I/O operation on uninitialized object");

    private static BuiltinFn Forward(bool toReader, string name) => (self, args, kw) =>
    {
        var p = P(self);
        var target = toReader ? p.Reader : p.Writer;
        return Ops.Call(Ops.GetAttr(target, name), args, kw);
    };

    private static void InitType(PyType t)
    {
        string tn = IOTypes.ShortName(t);
        t.New = (type, args, kw) => new PyBufferedRWPair(type);
        t.Init = (self, args, kw) =>
        {
            if (ReferenceEquals(self.Type, BufferedRWPairType) && kw is not null && kw.Count > 0)
                throw PyErr.TypeError("BufferedRWPair() takes no keyword arguments");
            int nkw = kw?.Count ?? 0;
            var pos = args[..(args.Length - nkw)];
            if (pos.Length < 2) throw PyErr.TypeError($"BufferedRWPair expected at least 2 arguments, got {pos.Length}");
            if (pos.Length > 3) throw PyErr.TypeError($"BufferedRWPair expected at most 3 arguments, got {pos.Length}");
            long size = pos.Length > 2 ? IOTypes.Ssize(pos[2]) : IOTypes.DefaultBufferSize;
            CheckReadable(pos[0]);
            CheckWritable(pos[1]);
            var p = P(self);
            p._reader = (PyBuffered)Ops.Call(PyBuffered.BufferedReaderType, [pos[0], PyInt.FromLong(size)]);
            p._writer = (PyBuffered)Ops.Call(PyBuffered.BufferedWriterType, [pos[1], PyInt.FromLong(size)]);
        };
        foreach (var name in new[] { "read", "peek", "read1", "readinto", "readinto1", "readable" })
            TypeBuilder.Method(t, name, Forward(true, name));
        foreach (var name in new[] { "write", "flush", "writable" })
            TypeBuilder.Method(t, name, Forward(false, name));
        TypeBuilder.Method(t, "isatty", (self, args, kw) =>
        {
            ArgBinder.None(tn + ".isatty", args, kw);
            var p = P(self);
            var r = Ops.CallMethod(p.Writer, "isatty", []);
            if (Ops.IsTrue(r)) return r;
            return Ops.CallMethod(p.Reader, "isatty", []);
        });
        TypeBuilder.Method(t, "close", (self, args, kw) =>
        {
            ArgBinder.None(tn + ".close", args, kw);
            var p = P(self);
            PythonException? first = null;
            try { Ops.CallMethod(p.Writer, "close", []); }
            catch (PythonException e) { first = e; }
            try { Ops.CallMethod(p.Reader, "close", []); }
            catch (PythonException e)
            {
                if (first is not null) e.Value.Context = first.Value;
                throw;
            }
            if (first is not null) throw first;
            return PyNone.Instance;
        });
        TypeBuilder.GetSet(t, "closed", o => Ops.GetAttr(P(o).Writer, "closed"), null);
    }
}
