namespace Krait.Runtime;

// TextIOWrapper's Python-visible methods and attributes.
public sealed partial class PyTextIOWrapper
{
    private static PyTextIOWrapper W(PyObject? o) => (PyTextIOWrapper)o!;

    private static void InitType(PyType t)
    {
        t.Repr = o => new PyStr(ReprBuilder(W(o)).ToString());
        t.Iter = o => { W(o).CheckOpen(); return o; };
        t.IterNext = o =>
        {
            var line = W(o).ReadLine(-1);
            return line.Length == 0 ? null : new PyStr(line);
        };
        TypeBuilder.Method(t, "write", (self, args, kw) => PyInt.FromLong(W(self).Write(ArgBinder.One("TextIOWrapper.write", args, kw))));
        TypeBuilder.Method(t, "writelines", (self, args, kw) =>
        {
            var w = W(self);
            var lines = ArgBinder.One("writelines", args, kw);
            w.CheckOpen();
            var it = Ops.GetIter(lines);
            while (Ops.Next(it) is { } line) w.Write(line);
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "flush", (self, args, kw) =>
        {
            ArgBinder.None("TextIOWrapper.flush", args, kw);
            W(self).Flush();
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "close", (self, args, kw) =>
        {
            ArgBinder.None("TextIOWrapper.close", args, kw);
            W(self).Close();
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "read", (self, args, kw) =>
        {
            ArgBinder.Positional("TextIOWrapper.read", args, kw, 0, 1);
            return new PyStr(W(self).Read(PyBinaryIO.SizeArg(args)));
        });
        TypeBuilder.Method(t, "readline", (self, args, kw) =>
        {
            ArgBinder.Positional("TextIOWrapper.readline", args, kw, 0, 1);
            return new PyStr(W(self).ReadLine(PyBinaryIO.SizeArg(args, noneOnly: false)));
        });
        TypeBuilder.Method(t, "readlines", (self, args, kw) =>
        {
            ArgBinder.Positional("readlines", args, kw, 0, 1);
            var w = W(self);
            long hint = PyBinaryIO.SizeArg(args);
            var list = new PyList();
            long total = 0;
            while (true)
            {
                string line = w.ReadLine(-1);
                if (line.Length == 0) break;
                list.Append(new PyStr(line));
                total += line.Length;
                if (hint > 0 && total >= hint) break;
            }
            return list;
        });
        TypeBuilder.Method(t, "fileno", (self, args, kw) =>
        {
            ArgBinder.None("TextIOWrapper.fileno", args, kw);
            var w = W(self);
            w.CheckAttached();
            return Ops.CallMethod(w.Buffer, "fileno", []);
        });
        TypeBuilder.Method(t, "isatty", (self, args, kw) =>
        {
            ArgBinder.None("TextIOWrapper.isatty", args, kw);
            var w = W(self);
            w.CheckAttached();
            return Ops.CallMethod(w.Buffer, "isatty", []);
        });
        foreach (var name in new[] { "readable", "writable", "seekable" })
            TypeBuilder.Method(t, name, (self, args, kw) =>
            {
                ArgBinder.None($"TextIOWrapper.{name}", args, kw);
                var w = W(self);
                w.CheckAttached();
                return Ops.CallMethod(w.Buffer, name, []);
            });
        TypeBuilder.Method(t, "detach", (self, args, kw) =>
        {
            ArgBinder.None("TextIOWrapper.detach", args, kw);
            return W(self).Detach();
        });
        TypeBuilder.Method(t, "reconfigure", Reconfigure);
        IOTypes.AddCommon(t, "TextIOWrapper");

        TypeBuilder.GetSet(t, "encoding", o => new PyStr(W(o).Encoding), null);
        TypeBuilder.GetSet(t, "errors", o => new PyStr(W(o).Errors), null);
        TypeBuilder.GetSet(t, "line_buffering", o => PyBool.From(W(o).LineBuffering), null);
        TypeBuilder.GetSet(t, "write_through", o => PyBool.From(W(o).WriteThrough), null);
        TypeBuilder.GetSet(t, "buffer", o => { W(o).CheckAttached(); return W(o).Buffer; }, null);
        TypeBuilder.GetSet(t, "name", o => { W(o).CheckAttached(); return Ops.GetAttr(W(o).Buffer, "name"); }, null);
        TypeBuilder.GetSet(t, "closed", o => { W(o).CheckAttached(); return PyBool.From(W(o).IsClosed); }, null);
        TypeBuilder.GetSet(t, "newlines", o => PyNone.Instance, null);
        TypeBuilder.GetSet(t, "__dict__", o => W(o).Dict!, null);
    }

    /// <summary>reconfigure(*, encoding=None, errors=None, newline=None, line_buffering=None, write_through=None).</summary>
    private static PyObject Reconfigure(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var w = W(self);
        Span<PyObject?> v = new PyObject?[5];
        ArgBinder.Bind("reconfigure", args, kw, ["encoding", "errors", "newline", "line_buffering", "write_through"], 0, 0, 0, v);
        if (v[0] is PyStr enc)
        {
            string e = enc.Value.ToLowerInvariant().Replace('_', '-');
            if (e is not ("utf-8" or "utf8"))
                throw PyErr.New(PyExc.LookupError, $"unknown encoding: {enc.Value}");
            if (v[1] is null or PyNone) w.Errors = "strict";
        }
        else if (v[0] is not null and not PyNone) throw PyErr.TypeError($"reconfigure() argument 'encoding' must be str or None, not {v[0]!.Type.Name}");
        if (v[1] is PyStr err) w.Errors = err.Value;
        else if (v[1] is not null and not PyNone) throw PyErr.TypeError($"reconfigure() argument 'errors' must be str or None, not {v[1]!.Type.Name}");
        if (v[2] is not null)
        {
            if (v[2] is PyNone) w.SetNewline(null);
            else if (v[2] is PyStr nl && nl.Value is "" or "\n" or "\r" or "\r\n") w.SetNewline(((PyStr)v[2]!).Value);
            else if (v[2] is PyStr bad) throw PyErr.ValueError($"illegal newline value: {bad.Value}");
            else throw PyErr.TypeError($"reconfigure() argument 'newline' must be str or None, not {v[2]!.Type.Name}");
        }
        w.Flush();
        if (v[3] is not null and not PyNone) w.LineBuffering = Ops.IsTrue(v[3]!);
        if (v[4] is not null and not PyNone) w.WriteThrough = Ops.IsTrue(v[4]!);
        return PyNone.Instance;
    }
}
