namespace Krait.Runtime;

/// <summary>importlib.machinery.ModuleSpec (a Python class in CPython, <c>_frozen_importlib.ModuleSpec</c>): its
/// state lives in the instance dict under CPython's attribute names, so <c>vars(spec)</c> and assignments behave
/// alike; <c>cached</c>, <c>parent</c> and <c>has_location</c> are properties.</summary>
public sealed class PyModuleSpec : PyObject
{
    public static readonly PyType ModuleSpecType = PyType.NewBuiltin("_frozen_importlib.ModuleSpec", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private PyDict _dict = new();

    public PyModuleSpec(PyType type) : base(type) { }

    public PyModuleSpec(string name, PyObject loader, PyObject? origin = null, bool isPackage = false) : base(ModuleSpecType) =>
        Initialize(new PyStr(name), loader, origin ?? PyNone.Instance, PyNone.Instance, isPackage ? new PyList() : PyNone.Instance);

    public override PyDict? Dict { get => _dict; set => _dict = value ?? throw PyErr.TypeError("__dict__ must be set to a dictionary"); }

    private void Initialize(PyObject name, PyObject loader, PyObject origin, PyObject loaderState, PyObject searchLocations)
    {
        Set("name", name);
        Set("loader", loader);
        Set("origin", origin);
        Set("loader_state", loaderState);
        Set("submodule_search_locations", searchLocations);
        Set("_uninitialized_submodules", new PyList());
        Set("_set_fileattr", PyBool.False);
        Set("_cached", PyNone.Instance);
    }

    private PyObject Get(string attr) => Ops.GetAttr(this, attr);
    internal void Set(string attr, PyObject value) => Ops.SetAttr(this, PyStr.Intern(attr), value);

    public PyObject Name => Get("name");
    public PyObject Loader { get => Get("loader"); set => Set("loader", value); }
    public PyObject Origin => Get("origin");
    public PyObject SubmoduleSearchLocations { get => Get("submodule_search_locations"); set => Set("submodule_search_locations", value); }
    public bool HasLocation { get => Ops.IsTrue(Get("_set_fileattr")); set => Set("_set_fileattr", PyBool.From(value)); }

    /// <summary>The cached property: computed from the origin on first use when the spec has a location.</summary>
    public PyObject Cached
    {
        get
        {
            var cached = Get("_cached");
            if (cached is PyNone && Get("origin") is var origin && origin is not PyNone && Ops.IsTrue(Get("_set_fileattr")))
            {
                cached = origin is PyStr s && ImportPaths.CacheFromSource(s.Value) is { } c ? new PyStr(c) : PyNone.Instance;
                Set("_cached", cached);
            }
            return cached;
        }
    }

    /// <summary>The parent property: the package the module lives in ('' for a top-level module).</summary>
    public PyObject Parent
    {
        get
        {
            var name = Get("name");
            if (Get("submodule_search_locations") is not PyNone) return name;
            if (name is not PyStr s) return Ops.CallMethod(name, "rpartition", [new PyStr(".")]) is PyTuple t ? t[0] : PyNone.Instance;
            int dot = s.Value.LastIndexOf('.');
            return dot < 0 ? PyStr.Empty : new PyStr(s.Value[..dot]);
        }
    }

    private static void InitType(PyType t)
    {
        t.New = (type, args, kw) => new PyModuleSpec(type);
        t.Init = (self, args, kw) =>
        {
            var a = ImportArgs.Bind("ModuleSpec.__init__", args, kw, ["name", "loader", "origin", "loader_state", "is_package"], 2, 2);
            bool isPackage = a[4] is { } p && Ops.IsTrue(p);
            ((PyModuleSpec)self).Initialize(a[0]!, a[1]!, a[2] ?? PyNone.Instance, a[3] ?? PyNone.Instance, isPackage ? new PyList() : PyNone.Instance);
        };
        t.Repr = o =>
        {
            var s = (PyModuleSpec)o;
            var sb = new System.Text.StringBuilder();
            sb.Append("name=").Append(Ops.Repr(s.Get("name")).Value);
            sb.Append(", loader=").Append(Ops.Repr(s.Get("loader")).Value);
            if (s.Get("origin") is var origin && origin is not PyNone) sb.Append(", origin=").Append(Ops.Repr(origin).Value);
            if (s.Get("submodule_search_locations") is var locs && locs is not PyNone)
                sb.Append(", submodule_search_locations=").Append(Ops.Str(locs).Value);
            string cls = (PyStr)Ops.GetAttr(o.Type, "__name__") is var n ? n.Value : "ModuleSpec";
            return new PyStr($"{cls}({sb})");
        };
        t.RichCompare = (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne)) return PyNotImplemented.Instance;
            var s = (PyModuleSpec)a;
            bool equal;
            try
            {
                var smsl = s.Get("submodule_search_locations");
                equal = Ops.RichCompareBool(s.Get("name"), Ops.GetAttr(b, "name"), CompareOp.Eq)
                    && Ops.RichCompareBool(s.Get("loader"), Ops.GetAttr(b, "loader"), CompareOp.Eq)
                    && Ops.RichCompareBool(s.Get("origin"), Ops.GetAttr(b, "origin"), CompareOp.Eq)
                    && Ops.RichCompareBool(smsl, Ops.GetAttr(b, "submodule_search_locations"), CompareOp.Eq)
                    && Ops.RichCompareBool(s.Cached, Ops.GetAttr(b, "cached"), CompareOp.Eq)
                    && Ops.RichCompareBool(PyBool.From(s.HasLocation), Ops.GetAttr(b, "has_location"), CompareOp.Eq);
            }
            catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.AttributeError))
            {
                return PyNotImplemented.Instance;
            }
            return PyBool.From(op == CompareOp.Eq ? equal : !equal);
        };
        t.Hash = SlotDefs.HashNotImplemented;
        TypeBuilder.GetSet(t, "cached", o => ((PyModuleSpec)o).Cached, (o, v) => ((PyModuleSpec)o).Set("_cached", v ?? PyNone.Instance));
        TypeBuilder.GetSet(t, "parent", o => ((PyModuleSpec)o).Parent, null);
        TypeBuilder.GetSet(t, "has_location", o => PyBool.From(((PyModuleSpec)o).HasLocation), (o, v) => ((PyModuleSpec)o).HasLocation = v is not null && Ops.IsTrue(v));
        TypeBuilder.GetSet(t, "__dict__", o => ((PyModuleSpec)o)._dict, (o, v) => o.Dict = v as PyDict ?? throw PyErr.TypeError("__dict__ must be set to a dictionary"));
    }
}
