namespace Krait.Runtime;

/// <summary>module: a namespace dict with a name (Objects/moduleobject.c).</summary>
public sealed class PyModule : PyObject, IPyModule
{
    public static readonly PyType ModuleType = PyType.NewBuiltin("module", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private PyDict _dict;

    public PyModule(string name, string? doc = null) : this(ModuleType, new PyDict())
    {
        _dict.SetItem(PyStr.Intern("__name__"), new PyStr(name));
        _dict.SetItem(PyStr.Intern("__doc__"), doc is null ? PyNone.Instance : new PyStr(doc));
        _dict.SetItem(PyStr.Intern("__package__"), PyNone.Instance);
        _dict.SetItem(PyStr.Intern("__loader__"), PyNone.Instance);
        _dict.SetItem(PyStr.Intern("__spec__"), PyNone.Instance);
    }

    internal PyModule(PyType type, PyDict dict) : base(type) => _dict = dict;

    public override PyDict? Dict { get => _dict; set => _dict = value ?? throw PyErr.TypeError("__dict__ must be set to a dictionary"); }

    public PyDict ModuleDict => _dict;

    /// <summary>The module's <c>__name__</c> when it is a str, else null.</summary>
    public string? Name => (_dict.GetItemStr(PyStr.Intern("__name__")) as PyStr)?.Value;

    /// <summary>Adds a builtin function to the module's namespace.</summary>
    public void AddFunction(string name, BuiltinFn fn) =>
        _dict.SetItem(PyStr.Intern(name), new PyBuiltinFunction(name, fn, this) { Module = Name });

    /// <summary>Adds a builtin function whose failures CALL takes pending (see <see cref="PendingFn"/>).</summary>
    internal void AddPendingFunction(string name, PendingFn fn) =>
        _dict.SetItem(PyStr.Intern(name), new PyBuiltinFunction(name, fn, Interpreter.Throwing(fn), this) { Module = Name });

    public void Add(string name, PyObject value) => _dict.SetItem(PyStr.Intern(name), value);

    /// <summary>importlib's _module_repr: from the spec when there is one, else from __file__ / __loader__.</summary>
    private static string ModuleRepr(PyModule m)
    {
        PyObject? Get(PyObject o, string n) => PyBaseObject.TryGetAttrQuiet(o, PyStr.Intern(n));
        var loader = Get(m, "__loader__");
        if (Get(m, "__spec__") is { } spec && Ops.IsTrue(spec))
        {
            var sname = Get(spec, "name");
            string name = sname is null or PyNone ? "'?'" : Ops.Repr(sname).Value;
            var origin = Get(spec, "origin");
            var sloader = Get(spec, "loader");
            if (origin is null or PyNone)
                return sloader is null or PyNone ? $"<module {name}>" : $"<module {name} ({Ops.Repr(sloader).Value})>";
            if (Get(spec, "has_location") is { } hl && Ops.IsTrue(hl)) return $"<module {name} from {Ops.Repr(origin).Value}>";
            return $"<module {Ops.Repr(sname ?? PyNone.Instance).Value} ({Ops.Str(origin).Value})>";
        }
        if (loader is not null && loader is not PyNone && Get(loader, "module_repr") is { } mr)
        {
            try { return Ops.Str(Ops.Call(mr, [m])).Value; }
            catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.Exception)) { }
        }
        var nm = Get(m, "__name__");
        string mname = nm is null ? "'?'" : Ops.Repr(nm).Value;
        var file = Get(m, "__file__");
        if (file is null)
            return loader is null or PyNone ? $"<module {mname}>" : $"<module {mname} ({Ops.Repr(loader).Value})>";
        return $"<module {mname} from {Ops.Repr(file).Value}>";
    }

    private static void InitType(PyType t)
    {
        t.New = (type, args, kw) => new PyModule(type, new PyDict());
        t.Init = (self, args, kw) =>
        {
            var m = (PyModule)self;
            int n = args.Length - (kw?.Count ?? 0);
            PyObject? name = n > 0 ? args[0] : null, doc = n > 1 ? args[1] : null;
            for (int i = 0; kw is not null && i < kw.Count; i++)
            {
                string k = ((PyStr)kw[i]).Value;
                if (k == "name" && name is null) name = args[n + i];
                else if (k == "doc" && doc is null) doc = args[n + i];
                else throw PyErr.TypeError($"module() got an unexpected keyword argument '{k}'");
            }
            if (n > 2) throw PyErr.TypeError($"module() takes at most 2 arguments ({n} given)");
            if (name is null) throw PyErr.TypeError("module() missing required argument 'name' (pos 1)");
            if (name is not PyStr) throw PyErr.TypeError($"module() argument 'name' must be str, not {name.Type.Name}");
            m._dict.SetItem(PyStr.Intern("__name__"), name);
            m._dict.SetItem(PyStr.Intern("__doc__"), doc ?? PyNone.Instance);
            m._dict.SetItem(PyStr.Intern("__package__"), PyNone.Instance);
            m._dict.SetItem(PyStr.Intern("__loader__"), PyNone.Instance);
            m._dict.SetItem(PyStr.Intern("__spec__"), PyNone.Instance);
        };
        t.GetAttr = (o, name) =>
        {
            var r = PyBaseObject.GenericGetAttr(o, name);
            if (r is not null) return r;
            var m = (PyModule)o;
            if (m._dict.GetItemStr(PyStr.Intern("__getattr__")) is { } hook) return Ops.Call(hook, [name]);
            // Ops.GetAttr raises this instead of the generic "'module' object has no attribute" wording.
            var e = (PyAttributeError)PyErr.Make(PyExc.AttributeError, m.Name is { } mn
                ? Importer.ModuleAttributeErrorMessage(mn, m._dict.GetItemStr(PyStr.Intern("__spec__")), name)
                : $"module has no attribute '{name.Value}'");
            e.Name = name;
            e.Obj = m;
            Ops.t_pendingAttributeError = new PythonException(e);
            return null;
        };
        t.Repr = o => new PyStr(ModuleRepr((PyModule)o));
        t.HasWeakref = true;
        TypeBuilder.Method(t, "__dir__", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("__dir__", args, kw, 0);
            var d = Ops.GetAttr(self!, PyStr.Intern("__dict__"));
            if (d is not PyDict dict)
            {
                string n = (self as PyModule)?.Name ?? "?";
                throw PyErr.TypeError($"{n}.__dict__ is not a dictionary");
            }
            if (dict.GetItemStr(PyStr.Intern("__dir__")) is { } dirFn) return Ops.Call(dirFn, []);
            return PyBaseObject.KeysList(dict);
        });
        TypeBuilder.GetSet(t, "__annotations__", o =>
        {
            var d = ((PyModule)o)._dict;
            var key = PyStr.Intern("__annotations__");
            var v = d.GetItemStr(key);
            if (v is null) { v = new PyDict(); d.SetItem(key, v); }
            return v;
        }, (o, v) =>
        {
            var d = ((PyModule)o)._dict;
            var key = PyStr.Intern("__annotations__");
            if (v is null)
            {
                if (!d.DelItemStr(key)) throw PyErr.AttributeError("__annotations__");
            }
            else d.SetItem(key, v);
        });
        TypeBuilder.GetSet(t, "__dict__", o => ((PyModule)o)._dict, null);
    }
}
