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

    public void Add(string name, PyObject value) => _dict.SetItem(PyStr.Intern(name), value);

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
                ? $"module '{mn}' has no attribute '{name.Value}'" : $"module has no attribute '{name.Value}'");
            e.Name = name;
            e.Obj = m;
            Ops.t_pendingAttributeError = new PythonException(e);
            return null;
        };
        t.Repr = o =>
        {
            var m = (PyModule)o;
            string name = m.Name ?? "?";
            if (m._dict.GetItemStr(PyStr.Intern("__file__")) is PyStr file) return new PyStr($"<module '{name}' from '{file.Value}'>");
            return new PyStr($"<module '{name}' (built-in)>");
        };
        TypeBuilder.GetSet(t, "__dict__", o => ((PyModule)o)._dict, null);
    }
}
