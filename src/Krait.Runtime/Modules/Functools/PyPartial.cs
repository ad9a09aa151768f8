namespace Krait.Runtime;

/// <summary>functools.partial(func, /, *args, **keywords): a callable with some arguments fixed.</summary>
public sealed class PyPartial : PyObject
{
    public static readonly PyType PartialType = PyType.NewBuiltin("functools.partial", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private PyObject _fn;
    private PyTuple _args;
    private PyDict _kw;
    private PyDict? _dict;

    private PyPartial(PyType type, PyObject fn, PyTuple args, PyDict kw) : base(type)
    {
        _fn = fn; _args = args; _kw = kw;
    }

    /// <summary>Created on first use, as CPython does: a partial whose dict was never made is flattened into a
    /// partial of it.</summary>
    public override PyDict? Dict { get => _dict ??= new PyDict(); set => _dict = value; }

    private static PyObject New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos < 1) throw PyErr.TypeError("type 'partial' takes at least one argument");
        var func = args[0];
        PyTuple? pargs = null;
        PyDict? pkw = null;
        // CPython flattens when the inner partial has no instance dict; Krait's is made on first attribute
        // look-up, so an empty one counts as none.
        if (func is PyPartial part && (part._dict is null || part._dict.Count == 0))
        {
            pargs = part._args;
            pkw = part._kw;
            func = part._fn;
        }
        if (func.Type.Call is null) throw PyErr.TypeError("the first argument must be callable");
        var rest = args[1..npos];
        PyTuple all;
        if (pargs is null || pargs.Count == 0) all = PyTuple.Create(rest);
        else
        {
            var items = new PyObject[pargs.Count + rest.Length];
            pargs.AsSpan().CopyTo(items);
            rest.CopyTo(items.AsSpan(pargs.Count));
            all = PyTuple.Wrap(items);
        }
        var kw = new PyDict();
        if (pkw is not null)
        {
            int pos = 0;
            while (pkw.Next(ref pos, out var k, out var v)) kw.SetItem(k, v);
        }
        for (int i = 0; i < nkw; i++) kw.SetItem(kwnames![i], args[npos + i]);
        return new PyPartial(type, func, all, kw);
    }

    private static PyObject Call(PyObject o, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var p = (PyPartial)o;
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        int nstored = p._kw.Count;
        if (nstored == 0 && p._args.Count == 0) return Ops.Call(p._fn, args, kwnames);
        // Stored keywords first, then the call's (which override them).
        var merged = new PyDict();
        int pos = 0;
        while (p._kw.Next(ref pos, out var k, out var v)) merged.SetItem(k, v);
        for (int i = 0; i < nkw; i++) merged.SetItem(kwnames![i], args[npos + i]);
        var all = new PyObject[p._args.Count + npos + merged.Count];
        p._args.AsSpan().CopyTo(all);
        args[..npos].CopyTo(all.AsSpan(p._args.Count));
        int j = p._args.Count + npos;
        PyTuple? names = null;
        if (merged.Count > 0)
        {
            var keys = new PyObject[merged.Count];
            int n = 0;
            pos = 0;
            while (merged.Next(ref pos, out var k, out var v))
            {
                if (k is not PyStr) throw PyErr.TypeError("keywords must be strings");
                keys[n++] = k;
                all[j++] = v;
            }
            names = PyTuple.Wrap(keys);
        }
        return Ops.Call(p._fn, all, names);
    }

    private static PyStr Repr(PyObject o)
    {
        var p = (PyPartial)o;
        if (Ops.ReprEnter(o)) return new PyStr("...");
        try
        {
            var sb = new System.Text.StringBuilder(o.Type.Name).Append('(').Append(Ops.Repr(p._fn).Value);
            // Snapshots: a repr may run code that changes them.
            var args = p._args;
            foreach (var a in args.AsSpan()) sb.Append(", ").Append(Ops.Repr(a).Value);
            foreach (var (k, v) in p._kw.Items()) sb.Append(", ").Append(Ops.Str(k).Value).Append('=').Append(Ops.Repr(v).Value);
            return new PyStr(sb.Append(')').ToString());
        }
        finally { Ops.ReprLeave(o); }
    }

    private static PyObject SetState(PyObject self, PyObject state)
    {
        var p = (PyPartial)self;
        if (state is not PyTuple t || t.Count != 4) throw PyErr.TypeError("invalid partial state");
        PyObject fn = t[0], fnargs = t[1], kw = t[2], dict = t[3];
        if (fn.Type.Call is null || fnargs is not PyTuple ta || (kw is not PyNone && kw is not PyDict))
            throw PyErr.TypeError("invalid partial state");
        p._args = ReferenceEquals(ta.Type, PyType.TupleType) ? ta : PyTuple.Create(ta.AsSpan());
        if (kw is PyNone) p._kw = new PyDict();
        else if (ReferenceEquals(kw.Type, PyType.DictType)) p._kw = (PyDict)kw;
        else
        {
            var copy = new PyDict();
            foreach (var (k, v) in ((PyDict)kw).Items()) copy.SetItem(k, v);
            p._kw = copy;
        }
        p._fn = fn;
        if (dict is PyNone) p._dict = null;
        else p._dict = dict as PyDict ?? throw PyErr.TypeError("invalid partial state");
        return PyNone.Instance;
    }

    private static void InitType(PyType t)
    {
        OperatorModule.SpecModule(t, "functools");
        t.New = New;
        t.Call = Call;
        t.Repr = Repr;
        t.HasWeakref = true;
        TypeBuilder.GetSet(t, "func", o => ((PyPartial)o)._fn, PyMethod.ReadOnly);
        TypeBuilder.GetSet(t, "args", o => ((PyPartial)o)._args, PyMethod.ReadOnly);
        TypeBuilder.GetSet(t, "keywords", o => ((PyPartial)o)._kw, PyMethod.ReadOnly);
        TypeBuilder.GetSet(t, "__dict__", o => o.Dict!, (o, v) =>
            o.Dict = v is null ? throw PyErr.TypeError("cannot delete __dict__")
                : v as PyDict ?? throw PyErr.TypeError("__dict__ must be set to a dictionary, not a '" + v.Type.Name + "'"));
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var p = (PyPartial)self!;
            var d = p._dict is { Count: > 0 } ? (PyObject)p._dict : PyNone.Instance;
            return PyTuple.Create([p.Type, PyTuple.Create([p._fn]), PyTuple.Create([p._fn, p._args, p._kw, d])]);
        });
        TypeBuilder.Method(t, "__setstate__", (self, args, kw) => SetState(self!, ArgBinder.One("__setstate__", args, kw)));
        PyGenericAlias.AddClassGetItem(t);
        ItertoolsModule.Doc(t, "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n");
    }
}
