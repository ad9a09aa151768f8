namespace Krait.Runtime;

// StringIO's Python-visible methods.
public sealed partial class PyStringIO
{
    private static PyStringIO S(PyObject? o) => (PyStringIO)o!;

    private static void InitType(PyType t)
    {
        string tn = IOTypes.ShortName(t);
        t.New = (type, args, kw) => new PyStringIO(type);
        t.Init = (self, args, kw) =>
        {
            Span<PyObject?> v = new PyObject?[2];
            ArgBinder.Bind("StringIO", args, kw, ["initial_value", "newline"], 0, 2, 0, v);
            S(self).Initialize(v[0], v[1]);
        };
        t.IterNext = o =>
        {
            var s = S(o);
            if (!ReferenceEquals(s.Type, StringIOType))
            {
                var r = Ops.CallMethod(o, "readline", []);
                if (r is not PyStr rs) throw PyErr.New(PyExc.OSError, $"readline() should have returned a str object, not '{r.Type.Name}'");
                return rs.Value.Length == 0 ? null : rs;
            }
            var line = s.ReadLine(-1);
            return line.Length == 0 ? null : new PyStr(line);
        };
        TypeBuilder.Method(t, "getvalue", (self, args, kw) =>
        {
            ArgBinder.None(tn + ".getvalue", args, kw);
            var s = S(self);
            s.CheckClosed();
            return new PyStr(s._sb!.ToString());
        });
        TypeBuilder.Method(t, "read", (self, args, kw) =>
        {
            ArgBinder.Positional("read", args, kw, 0, 1);
            return new PyStr(S(self).Read(IOTypes.OptSize(args.Length > 0 ? args[0] : null)));
        });
        TypeBuilder.Method(t, "readline", (self, args, kw) =>
        {
            ArgBinder.Positional("readline", args, kw, 0, 1);
            return new PyStr(S(self).ReadLine(IOTypes.OptSize(args.Length > 0 ? args[0] : null)));
        });
        TypeBuilder.Method(t, "write", (self, args, kw) =>
        {
            var arg = ArgBinder.One(tn + ".write", args, kw);
            var s = S(self);
            s.CheckInit();
            if (arg is not PyStr str) throw PyErr.TypeError($"string argument expected, got '{arg.Type.Name}'");
            s.CheckClosed();
            s.WriteStr(str.Value);
            return PyInt.FromLong(str.Length);
        });
        TypeBuilder.Method(t, "seek", (self, args, kw) =>
        {
            ArgBinder.Positional("seek", args, kw, 1, 2);
            var s = S(self);
            long pos = IOTypes.Ssize(args[0]);
            long whence = args.Length > 1 ? IOTypes.Ssize(args[1]) : 0;
            s.CheckClosed();
            if (whence is not (0 or 1 or 2)) throw PyErr.ValueError($"Invalid whence ({whence}, should be 0, 1 or 2)");
            if (pos < 0 && whence == 0) throw PyErr.ValueError($"Negative seek position {pos}");
            if (whence != 0 && pos != 0) throw PyErr.New(PyExc.OSError, "Can't do nonzero cur-relative seeks");
            if (whence == 2) pos = s.CpLength;
            else if (whence == 1) pos = s._pos;
            if (pos > int.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C ssize_t");
            s._pos = (int)pos;
            return PyInt.FromLong(pos);
        });
        TypeBuilder.Method(t, "tell", (self, args, kw) => { ArgBinder.None(tn + ".tell", args, kw); S(self).CheckClosed(); return PyInt.FromLong(S(self)._pos); });
        TypeBuilder.Method(t, "truncate", (self, args, kw) =>
        {
            ArgBinder.Positional("truncate", args, kw, 0, 1);
            var s = S(self);
            s.CheckClosed();
            long size = args.Length == 0 || args[0] is PyNone ? s._pos : IOTypes.Ssize(args[0]);
            if (size < 0) throw PyErr.ValueError($"Negative size value {size}");
            if (size < s.CpLength) s._sb!.Length = s.CharIndex((int)size);
            return PyInt.FromLong(size);
        });
        TypeBuilder.Method(t, "readable", (self, args, kw) => { ArgBinder.None(tn + ".readable", args, kw); S(self).CheckClosed(); return PyBool.True; });
        TypeBuilder.Method(t, "writable", (self, args, kw) => { ArgBinder.None(tn + ".writable", args, kw); S(self).CheckClosed(); return PyBool.True; });
        TypeBuilder.Method(t, "seekable", (self, args, kw) => { ArgBinder.None(tn + ".seekable", args, kw); S(self).CheckClosed(); return PyBool.True; });
        TypeBuilder.Method(t, "close", (self, args, kw) => { ArgBinder.None(tn + ".close", args, kw); S(self)._sb = null; return PyNone.Instance; });
        TypeBuilder.GetSet(t, "closed", o => { S(o).CheckInit(); return PyBool.From(S(o)._sb is null); }, null);
        TypeBuilder.GetSet(t, "line_buffering", o => { S(o).CheckClosed(); return PyBool.False; }, null);
        TypeBuilder.GetSet(t, "newlines", o =>
        {
            var s = S(o);
            s.CheckClosed();
            return s._decoder is null ? PyNone.Instance : s._decoder.Newlines;
        }, null);
        TypeBuilder.Method(t, "__getstate__", (self, args, kw) =>
        {
            var s = S(self);
            s.CheckClosed();
            var d = s.DictIfAny;
            return PyTuple.Create([new PyStr(s._sb!.ToString()), s._readnl is null ? PyNone.Instance : new PyStr(s._readnl),
                PyInt.FromLong(s._pos), d is null || d.Count == 0 ? PyNone.Instance : d.Copy()]);
        });
        TypeBuilder.Method(t, "__setstate__", (self, args, kw) =>
        {
            var state = ArgBinder.One(tn + ".__setstate__", args, kw);
            var s = S(self);
            if (state is not PyTuple tup || tup.Count < 4)
                throw PyErr.TypeError($"{s.Type.Name}.__setstate__ argument should be 4-tuple, got {state.Type.Name}");
            // __init__(value, newline) (its decoder sees the value's newlines), then the value as is.
            s.Initialize(tup[0], tup[1]);
            string v = tup[0] is PyStr vs ? vs.Value : "";
            s._sb!.Clear().Append(v);
            s._allBmp = !Utf8Codec.HasSurrogates(v);
            if (tup[2] is not PyInt) throw PyErr.TypeError($"third item of state must be an integer, got {tup[2].Type.Name}");
            long pos = IOTypes.Ssize(tup[2]);
            if (pos < 0) throw PyErr.ValueError("position value cannot be negative");
            s._pos = (int)pos;
            if (tup[3] is PyDict d) foreach (var (k, val) in d.Items()) s.Dict!.SetItem(k, val);
            else if (tup[3] is not PyNone) throw PyErr.TypeError($"fourth item of state should be a dict, got a {tup[3].Type.Name}");
            return PyNone.Instance;
        });
    }
}
