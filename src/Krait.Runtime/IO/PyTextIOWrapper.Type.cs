using System.Text;

namespace Krait.Runtime;

// TextIOWrapper's Python-visible methods and attributes.
public sealed partial class PyTextIOWrapper
{
    private static PyTextIOWrapper W(PyObject? o) => (PyTextIOWrapper)o!;
    private static readonly string[] s_initNames = ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"];
    private static readonly string[] s_reconfNames = ["encoding", "errors", "newline", "line_buffering", "write_through"];

    private static string? OptStr(PyObject? o, string fname, string arg) => o switch
    {
        null or PyNone => null,
        PyStr s => s.Value,
        _ => throw PyErr.TypeError($"{fname}() argument '{arg}' must be str or None, not {o.Type.Name}"),
    };

    private static void InitType(PyType t)
    {
        string tn = IOTypes.ShortName(t);
        t.New = (type, args, kw) => new PyTextIOWrapper(type);
        t.Init = (self, args, kw) =>
        {
            Span<PyObject?> v = new PyObject?[6];
            ArgBinder.Bind("TextIOWrapper", args, kw, s_initNames, 0, 6, 1, v);
            string? enc = OptStr(v[1], "TextIOWrapper", "encoding");
            string? err = OptStr(v[2], "TextIOWrapper", "errors");
            string? nl = OptStr(v[3], "TextIOWrapper", "newline");
            bool lb = v[4] is not null && IntFlag(v[4]!);
            bool wt = v[5] is not null && IntFlag(v[5]!);
            W(self).Initialize(v[0]!, enc, err, nl, lb, wt);
        };
        t.Repr = o => new PyStr(ReprString(W(o)));
        t.IterNext = o =>
        {
            var w = W(o);
            w._telling = false;
            string line;
            if (ReferenceEquals(w.Type, TextIOWrapperType)) line = w.ReadLine(-1);
            else
            {
                var r = Ops.CallMethod(o, "readline", []);
                if (r is not PyStr rs) throw PyErr.New(PyExc.OSError, $"readline() should have returned a str object, not '{r.Type.Name}'");
                line = rs.Value;
                if (line.Length > 0) return rs;
            }
            if (line.Length == 0)
            {
                w._snapshot = null;
                w._telling = w._seekable;
                return null;
            }
            return new PyStr(line);
        };
        TypeBuilder.Method(t, "write", (self, args, kw) => PyInt.FromLong(W(self).Write(ArgBinder.One(tn + ".write", args, kw))));
        TypeBuilder.Method(t, "flush", (self, args, kw) => { ArgBinder.None(tn + ".flush", args, kw); W(self).Flush(); return PyNone.Instance; });
        TypeBuilder.Method(t, "close", (self, args, kw) => { ArgBinder.None(tn + ".close", args, kw); W(self).Close(); return PyNone.Instance; });
        TypeBuilder.Method(t, "read", (self, args, kw) =>
        {
            ArgBinder.Positional("read", args, kw, 0, 1);
            long n = IOTypes.OptSize(args.Length > 0 ? args[0] : null);
            return new PyStr(W(self).Read(n));
        });
        TypeBuilder.Method(t, "readline", (self, args, kw) =>
        {
            ArgBinder.Positional("readline", args, kw, 0, 1);
            long n = args.Length > 0 ? IOTypes.Ssize(args[0]) : -1;
            return new PyStr(W(self).ReadLine(n));
        });
        TypeBuilder.Method(t, "tell", (self, args, kw) => { ArgBinder.None(tn + ".tell", args, kw); return W(self).Tell(); });
        TypeBuilder.Method(t, "seek", (self, args, kw) =>
        {
            ArgBinder.Positional("seek", args, kw, 1, 2);
            int whence = args.Length > 1 ? (int)IOTypes.Ssize(args[1]) : 0;
            return W(self).Seek(args[0], whence);
        });
        TypeBuilder.Method(t, "truncate", (self, args, kw) =>
        {
            ArgBinder.Positional("truncate", args, kw, 0, 1);
            var w = W(self);
            w.CheckAttached();
            Ops.CallMethod(self!, "flush", []);
            return Ops.CallMethod(w.Buffer, "truncate", [args.Length > 0 ? args[0] : PyNone.Instance]);
        });
        TypeBuilder.Method(t, "fileno", (self, args, kw) => { ArgBinder.None(tn + ".fileno", args, kw); var w = W(self); w.CheckAttached(); return Ops.CallMethod(w.Buffer, "fileno", []); });
        TypeBuilder.Method(t, "isatty", (self, args, kw) => { ArgBinder.None(tn + ".isatty", args, kw); var w = W(self); w.CheckAttached(); return Ops.CallMethod(w.Buffer, "isatty", []); });
        TypeBuilder.Method(t, "readable", (self, args, kw) => { ArgBinder.None(tn + ".readable", args, kw); var w = W(self); w.CheckAttached(); return Ops.CallMethod(w.Buffer, "readable", []); });
        TypeBuilder.Method(t, "writable", (self, args, kw) => { ArgBinder.None(tn + ".writable", args, kw); var w = W(self); w.CheckAttached(); return Ops.CallMethod(w.Buffer, "writable", []); });
        TypeBuilder.Method(t, "seekable", (self, args, kw) => { ArgBinder.None(tn + ".seekable", args, kw); var w = W(self); w.CheckAttached(); return Ops.CallMethod(w.Buffer, "seekable", []); });
        TypeBuilder.Method(t, "detach", (self, args, kw) => { ArgBinder.None(tn + ".detach", args, kw); return W(self).Detach(); });
        TypeBuilder.Method(t, "reconfigure", (self, args, kw) =>
        {
            Span<PyObject?> v = new PyObject?[5];
            ArgBinder.Bind("reconfigure", args, kw, s_reconfNames, 0, 0, 0, v);
            W(self).Reconfigure(v[0], v[1], v[2], v[3], v[4]);
            return PyNone.Instance;
        });
        TypeBuilder.GetSet(t, "encoding", o => { var w = W(o); w.CheckAttached(); return new PyStr(w.Encoding); }, null);
        TypeBuilder.GetSet(t, "errors", o => { var w = W(o); w.CheckAttached(); return new PyStr(w.Errors); }, null);
        TypeBuilder.GetSet(t, "line_buffering", o => { var w = W(o); w.CheckAttached(); return PyBool.From(w.LineBuffering); }, null);
        TypeBuilder.GetSet(t, "write_through", o => { var w = W(o); w.CheckAttached(); return PyBool.From(w.WriteThrough); }, null);
        TypeBuilder.GetSet(t, "buffer", o => { var w = W(o); w.CheckAttached(); return w.Buffer; }, null);
        TypeBuilder.GetSet(t, "name", o => { var w = W(o); w.CheckAttached(); return Ops.GetAttr(w.Buffer, "name"); }, null);
        TypeBuilder.GetSet(t, "closed", o => { var w = W(o); w.CheckAttached(); return w.HasNativeClosed ? PyBool.From(w.NativeClosed) : Ops.GetAttr(w.Buffer, "closed"); }, null);
        TypeBuilder.GetSet(t, "newlines", o =>
        {
            var w = W(o);
            w.CheckAttached();
            if (w._nl is not null) return w._nl.Newlines;
            return PyNone.Instance;
        }, null);
        TypeBuilder.GetSet(t, "_CHUNK_SIZE", o => { W(o).CheckAttached(); return PyInt.FromLong(W(o).ChunkSize); }, (o, v) =>
        {
            var w = W(o);
            w.CheckAttached();
            if (v is null) throw PyErr.AttributeError("cannot delete attribute");
            long n = IOTypes.Ssize(v);
            if (n <= 0) throw PyErr.ValueError("a strictly positive integer is required");
            w.ChunkSize = (int)Math.Min(n, int.MaxValue / 4);
            if (w._pend.Length < w.ChunkSize) Array.Resize(ref w._pend, w.ChunkSize);
        });
        TypeBuilder.GetSet(t, "_finalizing", o => PyBool.From(W(o).Finalizing), (o, v) => W(o).Finalizing = v is not null && Ops.IsTrue(v));
    }

    /// <summary>An int-like flag argument (Argument Clinic's "int" converter).</summary>
    private static bool IntFlag(PyObject o)
    {
        if (o is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
        return Ops.AsSsize(o, PyExc.OverflowError) != 0;
    }

    internal static string ReprString(PyTextIOWrapper w)
    {
        var sb = new StringBuilder("<").Append(w.Type.Name);
        if (Ops.ReprEnter(w)) throw PyErr.RuntimeError($"reentrant call inside {w.Type.Name}.__repr__");
        try
        {
            try
            {
                if (Ops.TryGetAttr(w, PyStr.Intern("name")) is { } name) sb.Append(" name=").Append(Ops.Repr(name).Value);
            }
            catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.ValueError)) { }
            if (Ops.TryGetAttr(w, PyStr.Intern("mode")) is { } mode) sb.Append(" mode=").Append(Ops.Repr(mode).Value);
            sb.Append(" encoding=").Append(PyStr.ReprOf(w.Encoding).Value).Append('>');
        }
        finally { Ops.ReprLeave(w); }
        return sb.ToString();
    }
}
