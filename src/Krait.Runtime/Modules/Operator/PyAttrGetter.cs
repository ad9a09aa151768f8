namespace Krait.Runtime;

/// <summary>operator.attrgetter(attr, ...): fetches (dotted) attributes of its operand.</summary>
public sealed class PyAttrGetter : PyObject
{
    public static readonly PyType AttrGetterType = PyType.NewBuiltin("operator.attrgetter", PyType.ObjectType, 0, InitType);

    private readonly PyStr[] _names;     // the names as given, for repr and __reduce__
    private readonly PyStr[][] _paths;   // each name split at its dots

    private PyAttrGetter(PyType type, PyStr[] names) : base(type)
    {
        _names = names;
        _paths = new PyStr[names.Length][];
        for (int i = 0; i < names.Length; i++)
        {
            var parts = names[i].Value.Split('.');
            var path = new PyStr[parts.Length];
            for (int j = 0; j < parts.Length; j++) path[j] = PyStr.Intern(parts[j]);
            _paths[i] = path;
        }
    }

    private PyObject Get(PyObject obj, PyStr[] path)
    {
        foreach (var name in path) obj = Ops.GetAttr(obj, name);
        return obj;
    }

    private static void InitType(PyType t)
    {
        OperatorModule.SpecModule(t, "operator");
        t.New = (type, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("attrgetter() takes no keyword arguments");
            if (args.Length < 1) throw PyErr.TypeError("attrgetter expected 1 argument, got 0");
            var names = new PyStr[args.Length];
            for (int i = 0; i < args.Length; i++)
                names[i] = args[i] as PyStr ?? throw PyErr.TypeError("attribute name must be a string");
            return new PyAttrGetter(type, names);
        };
        t.Call = (o, args, kw) =>
        {
            var g = (PyAttrGetter)o;
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("attrgetter() takes no keyword arguments");
            if (args.Length != 1) throw PyErr.TypeError($"attrgetter expected 1 argument, got {args.Length}");
            if (g._paths.Length == 1) return g.Get(args[0], g._paths[0]);
            var r = new PyObject[g._paths.Length];
            for (int i = 0; i < r.Length; i++) r[i] = g.Get(args[0], g._paths[i]);
            return PyTuple.Wrap(r);
        };
        t.Repr = o =>
        {
            var g = (PyAttrGetter)o;
            if (Ops.ReprEnter(o)) return new PyStr($"{o.Type.Name}(...)");
            try
            {
                var sb = new System.Text.StringBuilder(o.Type.Name).Append('(');
                for (int i = 0; i < g._names.Length; i++)
                {
                    if (i > 0) sb.Append(", ");
                    sb.Append(Ops.Repr(g._names[i]).Value);
                }
                return new PyStr(sb.Append(')').ToString());
            }
            finally { Ops.ReprLeave(o); }
        };
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var g = (PyAttrGetter)self!;
            return PyTuple.Pair(g.Type, PyTuple.Create(g._names));
        });
        ItertoolsModule.Doc(t, "attrgetter(attr, ...) --> attrgetter object\n\nReturn a callable object that fetches the given attribute(s) from its operand.\nAfter f = attrgetter('name'), the call f(r) returns r.name.\nAfter g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\nAfter h = attrgetter('name.first', 'name.last'), the call h(r) returns\n(r.name.first, r.name.last).");
    }
}
