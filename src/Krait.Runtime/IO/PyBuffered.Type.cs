namespace Krait.Runtime;

// BufferedReader / BufferedWriter / BufferedRandom: the Python-visible methods.
public sealed partial class PyBuffered
{
    private static PyBuffered B(PyObject? o) => (PyBuffered)o!;
    private static readonly string[] s_initNames = ["raw", "buffer_size"];

    private static PyObject Bytes(byte[]? b) => b is null ? PyNone.Instance : new PyBytes(b);

    private static void InitType(PyType t, bool reader, bool writer)
    {
        string tn = IOTypes.ShortName(t);
        t.New = (type, args, kw) => new PyBuffered(type);
        t.Init = (self, args, kw) =>
        {
            Span<PyObject?> v = new PyObject?[2];
            ArgBinder.Bind(tn, args, kw, s_initNames, 0, 2, 1, v);
            var raw = v[0]!;
            var b = B(self);
            b._ok = false;
            if (reader && writer) CheckSeekable(raw);
            if (reader) CheckReadable(raw);
            if (writer) CheckWritable(raw);
            long size = v[1] is null ? IOTypes.DefaultBufferSize : IOTypes.Ssize(v[1]!);
            if (size <= 0) throw PyErr.ValueError("buffer size must be strictly positive");
            if (size > int.MaxValue / 2) throw PyErr.New(PyExc.MemoryError);
            b.Setup(raw, (int)size, reader, writer);
        };
        t.Repr = o =>
        {
            var b = B(o);
            PyObject? name = null;
            try { name = Ops.TryGetAttr(o, PyStr.Intern("name")); }
            catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.Exception)) { }
            if (name is null) return new PyStr($"<{b.Type.Name}>");
            return new PyStr($"<{b.Type.Name} name={IOTypes.GuardedRepr(o, name)}>");
        };

        // Methods every buffered type has.
        TypeBuilder.Method(t, "detach", (self, args, kw) => { ArgBinder.None(tn + ".detach", args, kw); return B(self).Detach(); });
        TypeBuilder.Method(t, "flush", (self, args, kw) => { ArgBinder.None(tn + ".flush", args, kw); B(self).Flush(); return PyNone.Instance; });
        TypeBuilder.Method(t, "close", (self, args, kw) => { ArgBinder.None(tn + ".close", args, kw); B(self).Close(); return PyNone.Instance; });
        TypeBuilder.Method(t, "seekable", (self, args, kw) => { ArgBinder.None(tn + ".seekable", args, kw); var b = B(self); b.CheckInit(); return b._file is not null ? PyBool.From(b._file.Seekable()) : Ops.CallMethod(b.Raw!, "seekable", []); });
        TypeBuilder.Method(t, "fileno", (self, args, kw) => { ArgBinder.None(tn + ".fileno", args, kw); var b = B(self); b.CheckInit(); return Ops.CallMethod(b.Raw!, "fileno", []); });
        TypeBuilder.Method(t, "isatty", (self, args, kw) => { ArgBinder.None(tn + ".isatty", args, kw); var b = B(self); b.CheckInit(); return Ops.CallMethod(b.Raw!, "isatty", []); });
        TypeBuilder.Method(t, "_dealloc_warn", (self, args, kw) => PyNone.Instance);
        TypeBuilder.Method(t, "__sizeof__", (self, args, kw) => PyInt.FromLong(64 + B(self)._size));
        TypeBuilder.Method(t, "seek", (self, args, kw) =>
        {
            ArgBinder.Positional("seek", args, kw, 1, 2);
            if (args[0] is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
            long target = IOTypes.Ssize(args[0]);
            int whence = args.Length > 1 ? (int)IOTypes.Ssize(args[1]) : 0;
            return PyInt.FromLong(B(self).Seek(target, whence));
        });
        TypeBuilder.Method(t, "tell", (self, args, kw) => { ArgBinder.None(tn + ".tell", args, kw); return PyInt.FromLong(B(self).Tell()); });
        TypeBuilder.Method(t, "truncate", (self, args, kw) =>
        {
            ArgBinder.Positional("truncate", args, kw, 0, 1);
            return B(self).Truncate(args.Length > 0 ? args[0] : null);
        });
        TypeBuilder.GetSet(t, "raw", o => B(o).Raw ?? (PyObject)PyNone.Instance, null);
        TypeBuilder.GetSet(t, "closed", o => { var b = B(o); b.CheckInit(); return b._file is not null ? PyBool.From(b._file.Fd < 0) : Ops.GetAttr(b.Raw!, "closed"); }, null);
        TypeBuilder.GetSet(t, "name", o => { var b = B(o); b.CheckInit(); return Ops.GetAttr(b.Raw!, "name"); }, null);
        TypeBuilder.GetSet(t, "mode", o => { var b = B(o); b.CheckInit(); return Ops.GetAttr(b.Raw!, "mode"); }, null);
        TypeBuilder.GetSet(t, "_finalizing", o => PyBool.From(B(o).Finalizing), (o, v) => B(o).Finalizing = v is not null && Ops.IsTrue(v));

        if (reader)
        {
            TypeBuilder.Method(t, "readable", (self, args, kw) => { ArgBinder.None(tn + ".readable", args, kw); var b = B(self); b.CheckInit(); return Ops.CallMethod(b.Raw!, "readable", []); });
            TypeBuilder.Method(t, "read", (self, args, kw) =>
            {
                ArgBinder.Positional("read", args, kw, 0, 1);
                long n = IOTypes.OptSize(args.Length > 0 ? args[0] : null);
                var b = B(self);
                b.CheckInit();
                if (n < -1) throw PyErr.ValueError("read length must be non-negative or -1");
                return Bytes(n == -1 ? b.ReadAll() : b.Read(n));
            });
            TypeBuilder.Method(t, "read1", (self, args, kw) =>
            {
                ArgBinder.Positional("read1", args, kw, 0, 1);
                long n = args.Length > 0 ? IOTypes.Ssize(args[0]) : -1;
                return new PyBytes(B(self).Read1(n));
            });
            TypeBuilder.Method(t, "peek", (self, args, kw) =>
            {
                ArgBinder.Positional("peek", args, kw, 0, 1);
                if (args.Length > 0) IOTypes.Ssize(args[0]);
                return new PyBytes(B(self).Peek());
            });
            TypeBuilder.Method(t, "readinto", (self, args, kw) => ReadInto(B(self), ArgBinder.One(tn + ".readinto", args, kw), "readinto", false));
            TypeBuilder.Method(t, "readinto1", (self, args, kw) => ReadInto(B(self), ArgBinder.One(tn + ".readinto1", args, kw), "readinto1", true));
            TypeBuilder.Method(t, "readline", (self, args, kw) =>
            {
                ArgBinder.Positional("readline", args, kw, 0, 1);
                long n = IOTypes.OptSize(args.Length > 0 ? args[0] : null);
                return new PyBytes(B(self).ReadLine(n));
            });
            t.IterNext = o =>
            {
                var b = B(o);
                var line = b.ReadLine(-1);
                return line.Length == 0 ? null : new PyBytes(line);
            };
        }
        if (writer)
        {
            TypeBuilder.Method(t, "write", (self, args, kw) =>
            {
                var arg = ArgBinder.One(tn + ".write", args, kw);
                var b = B(self);
                b.CheckInit();
                if (!Buffers.TryGet(arg, out var data)) throw PyErr.TypeError($"a bytes-like object is required, not '{arg.Type.Name}'");
                b.Write(data);
                return PyInt.FromLong(data.Length);
            });
            TypeBuilder.Method(t, "writable", (self, args, kw) => { ArgBinder.None(tn + ".writable", args, kw); var b = B(self); b.CheckInit(); return Ops.CallMethod(b.Raw!, "writable", []); });
        }
    }

    private static PyObject ReadInto(PyBuffered b, PyObject arg, string fname, bool one)
    {
        b.CheckInit();
        var info = IOTypes.WritableBuffer(arg, fname);
        try
        {
            var dest = info.Array.AsSpan(info.Offset, info.Length);
            if (one) return PyInt.FromLong(b.Read1Into(dest));
            var data = b.Read(dest.Length);
            if (data is null) return PyNone.Instance;
            data.CopyTo(dest);
            return PyInt.FromLong(data.Length);
        }
        finally { ((IPyBuffer)arg).ReleaseBuffer(); }
    }
}
