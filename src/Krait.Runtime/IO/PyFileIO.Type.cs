namespace Krait.Runtime;

// FileIO's Python-visible methods and attributes.
public sealed partial class PyFileIO
{
    private static PyFileIO F(PyObject? o) => (PyFileIO)o!;
    private static readonly string[] s_initNames = ["file", "mode", "closefd", "opener"];

    private static void InitType(PyType t)
    {
        string tn = IOTypes.ShortName(t);
        t.New = (type, args, kw) => new PyFileIO(type);
        // FileIO has its own tp_getattro (generic) in CPython, so it lists __getattribute__.
        var objectGetAttr = PyType.ObjectType.GetAttr!;
        t.GetAttr = (o, n) => objectGetAttr(o, n);
        t.Init = (self, args, kw) =>
        {
            Span<PyObject?> v = new PyObject?[4];
            ArgBinder.Bind("FileIO", args, kw, s_initNames, 0, 4, 1, v);
            string mode = v[1] is null ? "r" : v[1] is PyStr ms ? ms.Value
                : throw PyErr.TypeError($"FileIO() argument 'mode' must be str, not {v[1]!.Type.Name}");
            bool closefd = v[2] is null || Ops.IsTrue(v[2]!);
            F(self).Initialize(v[0]!, mode, closefd, v[3]);
        };
        t.Repr = o =>
        {
            var f = F(o);
            if (f.Fd < 0) return new PyStr($"<{f.Type.Name} [closed]>");
            string cfd = f.CloseFd ? "True" : "False";
            var name = Ops.TryGetAttr(o, PyStr.Intern("name"));
            if (name is null) return new PyStr($"<{f.Type.Name} fd={f.Fd} mode='{f.ModeString}' closefd={cfd}>");
            return new PyStr($"<{f.Type.Name} name={IOTypes.GuardedRepr(o, name)} mode='{f.ModeString}' closefd={cfd}>");
        };
        TypeBuilder.Method(t, "read", (self, args, kw) =>
        {
            ArgBinder.Positional("read", args, kw, 0, 1);
            var f = F(self);
            f.CheckOpen();
            if (!f._readable) throw ErrMode("reading");
            long size = IOTypes.OptSize(args.Length > 0 ? args[0] : null);
            if (size < 0)
            {
                var all = f.ReadAll();
                return all is null ? PyNone.Instance : new PyBytes(all);
            }
            var buf = new byte[size];
            int n = f.ReadInto(buf);
            if (n < 0) return PyNone.Instance;
            return new PyBytes(n == buf.Length ? buf : buf[..n]);
        });
        TypeBuilder.Method(t, "readall", (self, args, kw) =>
        {
            ArgBinder.None(tn + ".readall", args, kw);
            var all = F(self).ReadAll();
            return all is null ? PyNone.Instance : new PyBytes(all);
        });
        TypeBuilder.Method(t, "readinto", (self, args, kw) =>
        {
            var arg = ArgBinder.One(tn + ".readinto", args, kw);
            var f = F(self);
            f.CheckOpen();
            if (!f._readable) throw ErrMode("reading");
            var info = IOTypes.WritableBuffer(arg, "readinto");
            try
            {
                int n = f.ReadInto(info.Array.AsSpan(info.Offset, info.Length));
                return n < 0 ? PyNone.Instance : PyInt.FromLong(n);
            }
            finally { ((IPyBuffer)arg).ReleaseBuffer(); }
        });
        TypeBuilder.Method(t, "write", (self, args, kw) =>
        {
            var arg = ArgBinder.One(tn + ".write", args, kw);
            var f = F(self);
            f.CheckOpen();
            if (!f._writable) throw ErrMode("writing");
            if (!Buffers.TryGet(arg, out var data)) throw PyErr.TypeError($"a bytes-like object is required, not '{arg.Type.Name}'");
            int n = f.WriteFrom(data);
            return n < 0 ? PyNone.Instance : PyInt.FromLong(n);
        });
        TypeBuilder.Method(t, "seek", (self, args, kw) =>
        {
            ArgBinder.Positional("seek", args, kw, 1, 2);
            var f = F(self);
            f.CheckOpen();
            long pos = IOTypes.Ssize(args[0]);
            int whence = args.Length > 1 ? (int)IOTypes.Ssize(args[1]) : 0;
            return PyInt.FromLong(f.Seek(pos, whence));
        });
        TypeBuilder.Method(t, "tell", (self, args, kw) =>
        {
            ArgBinder.None(tn + ".tell", args, kw);
            var f = F(self);
            f.CheckOpen();
            return PyInt.FromLong(f.Seek(0, 1));
        });
        TypeBuilder.Method(t, "truncate", (self, args, kw) =>
        {
            ArgBinder.Positional("truncate", args, kw, 0, 1);
            var f = F(self);
            f.CheckOpen();
            if (!f._writable) throw ErrMode("writing");
            long size = args.Length == 0 || args[0] is PyNone ? f.Seek(0, 1) : IOTypes.Ssize(args[0]);
            if (Libc.FTruncate(f.Fd, size) != 0) throw IOTypes.LastErrno();
            return PyInt.FromLong(size);
        });
        TypeBuilder.Method(t, "close", (self, args, kw) =>
        {
            ArgBinder.None(tn + ".close", args, kw);
            F(self).Close();
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "seekable", (self, args, kw) => { ArgBinder.None(tn + ".seekable", args, kw); return PyBool.From(F(self).Seekable()); });
        TypeBuilder.Method(t, "readable", (self, args, kw) => { ArgBinder.None(tn + ".readable", args, kw); F(self).CheckOpen(); return PyBool.From(F(self)._readable); });
        TypeBuilder.Method(t, "writable", (self, args, kw) => { ArgBinder.None(tn + ".writable", args, kw); F(self).CheckOpen(); return PyBool.From(F(self)._writable); });
        TypeBuilder.Method(t, "fileno", (self, args, kw) => { ArgBinder.None(tn + ".fileno", args, kw); F(self).CheckOpen(); return PyInt.FromLong(F(self).Fd); });
        TypeBuilder.Method(t, "isatty", (self, args, kw) => { ArgBinder.None(tn + ".isatty", args, kw); F(self).CheckOpen(); return PyBool.From(IOTypes.IsATty(F(self).Fd)); });
        TypeBuilder.Method(t, "_dealloc_warn", (self, args, kw) => PyNone.Instance);
        TypeBuilder.GetSet(t, "closed", o => PyBool.From(F(o).Fd < 0), null);
        TypeBuilder.GetSet(t, "closefd", o => PyBool.From(F(o).CloseFd), null);
        TypeBuilder.GetSet(t, "mode", o => new PyStr(F(o).ModeString), null);
        TypeBuilder.GetSet(t, "_blksize", o => PyInt.FromLong(F(o)._blksize), (o, v) => F(o)._blksize = IOTypes.Ssize(v ?? throw PyErr.TypeError("can't delete numeric/char attribute")));
        TypeBuilder.GetSet(t, "_finalizing", o => PyBool.From(F(o).Finalizing), (o, v) => F(o).Finalizing = v is not null && Ops.IsTrue(v));
    }
}
