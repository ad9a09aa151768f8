namespace Krait.Runtime;

// Builtins about objects in general: attributes, dir, type checks, repr/ascii/format, len, callable, breakpoint.
public static partial class BuiltinsModule
{
    private static void AddObjectFunctions(PyModule m)
    {
        m.AddFunction("getattr", (self, args, kw) =>
        {
            int n = ArgBinder.Positional("getattr", args, kw, 2, 3);
            var name = Ops.AttrName(args[1]);
            if (n == 2) return Ops.GetAttr(args[0], name);
            try
            {
                return Ops.TryGetAttr(args[0], name) ?? args[2];
            }
            catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.AttributeError))
            {
                return args[2];
            }
        });
        m.AddFunction("hasattr", (self, args, kw) =>
        {
            ArgBinder.Positional("hasattr", args, kw, 2, 2);
            var name = Ops.AttrName(args[1]);
            try
            {
                return PyBool.From(Ops.TryGetAttr(args[0], name) is not null);
            }
            catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.AttributeError))
            {
                return PyBool.False;
            }
        });
        m.AddFunction("setattr", (self, args, kw) =>
        {
            ArgBinder.Positional("setattr", args, kw, 3, 3);
            Ops.SetAttr(args[0], Ops.AttrName(args[1]), args[2]);
            return PyNone.Instance;
        });
        m.AddFunction("delattr", (self, args, kw) =>
        {
            ArgBinder.Positional("delattr", args, kw, 2, 2);
            Ops.DelAttr(args[0], Ops.AttrName(args[1]));
            return PyNone.Instance;
        });
        m.AddFunction("dir", (self, args, kw) =>
        {
            int n = ArgBinder.Positional("dir", args, kw, 0, 1);
            return Dir(n == 0 ? null : args[0]);
        });
        m.AddFunction("callable", (self, args, kw) => PyBool.From(ArgBinder.One("callable", args, kw).Type.Call is not null));
        m.AddFunction("isinstance", (self, args, kw) =>
        {
            ArgBinder.Positional("isinstance", args, kw, 2, 2);
            return PyBool.From(Ops.IsInstance(args[0], args[1]));
        });
        m.AddFunction("issubclass", (self, args, kw) =>
        {
            ArgBinder.Positional("issubclass", args, kw, 2, 2);
            return PyBool.From(Ops.IsSubclass(args[0], args[1]));
        });
        m.AddFunction("repr", (self, args, kw) => Ops.Repr(ArgBinder.One("repr", args, kw)));
        m.AddFunction("ascii", (self, args, kw) => Ops.Ascii(ArgBinder.One("ascii", args, kw)));
        m.AddFunction("format", (self, args, kw) =>
        {
            Span<PyObject?> v = new PyObject?[2];
            ArgBinder.Bind("format", args, kw, ["value", "format_spec"], 2, 2, 1, v);
            var spec = v[1] ?? PyStr.Empty;
            if (spec is not PyStr s) throw PyErr.TypeError($"format() argument 2 must be str, not {spec.Type.Name}");
            return Ops.Format(v[0]!, s);
        });
        m.AddFunction("len", (self, args, kw) => PyInt.FromLong(Ops.Len(ArgBinder.One("len", args, kw))));
        m.AddFunction("breakpoint", (self, args, kw) =>
        {
            var hook = Sys.GetOrNull("breakpointhook") ?? throw PyErr.RuntimeError("lost sys.breakpointhook");
            if (SysModule.HasAuditHooks) SysModule.Audit("builtins.breakpoint", PyTuple.Create([hook]));
            return Ops.Call(hook, args, kw);
        });
    }

    /// <summary>dir(): the sorted names of the current local scope; dir(o): sorted(type(o).__dir__(o)).</summary>
    private static PyList Dir(PyObject? o)
    {
        PyList result;
        if (o is null)
        {
            var locals = CurrentFrame().GetLocals();
            result = new PyList();
            // PyMapping_Keys: an exact dict's keys, else whatever keys() returns.
            var it = Ops.GetIter(ReferenceEquals(locals.Type, PyType.DictType) ? locals : Ops.CallMethod(locals, "keys", []));
            while (Ops.Next(it) is { } k) result.Append(k);
        }
        else
        {
            var meth = Ops.LookupSpecial(o, "__dir__");
            PyObject names = meth is not null ? Ops.Call(meth, []) : DefaultDir(o);
            result = new PyList();
            var it = Ops.GetIter(names);
            while (Ops.Next(it) is { } k) result.Append(k);
        }
        result.Sort(null, false);
        return result;
    }

    /// <summary>object.__dir__ / type.__dir__ / module.__dir__ for objects whose type defines no __dir__.</summary>
    internal static PyDict DefaultDir(PyObject o)
    {
        var names = new PyDict();
        if (o is PyModule mod)
        {
            foreach (var (k, _) in mod.ModuleDict.Items()) names.SetItem(k, PyNone.Instance);
            return names;
        }
        if (o is PyType t)
        {
            foreach (var c in t.Mro)
                foreach (var (k, _) in c.TypeDict.Items()) names.SetItem(k, PyNone.Instance);
            return names;
        }
        if (o.Dict is { } dict)
            foreach (var (k, _) in dict.Items()) names.SetItem(k, PyNone.Instance);
        var cls = Ops.TryGetAttr(o, PyStr.Intern("__class__")) as PyType ?? o.Type;
        foreach (var c in cls.Mro)
            foreach (var (k, _) in c.TypeDict.Items()) names.SetItem(k, PyNone.Instance);
        return names;
    }
}
