namespace Krait.Runtime;

/// <summary>The classes of CPython 3.11's <c>_ast</c>: <c>AST</c> (Python-ast.c's AST_type: instance dict,
/// ast_type_init, ast_type_reduce) and every node class made from it the way CPython's make_type does —
/// a heap type with <c>_fields</c>, <c>__match_args__</c>, <c>_attributes</c> and None class defaults for
/// optional fields. Built once, on first use.</summary>
internal static partial class AstClasses
{
    private sealed record ClassSpec(string Name, string Base, string[] Fields, string[]? Attributes, string[] NoneDefaults, string Doc);

    private static readonly object s_lock = new();
    private static volatile bool s_ready;
    private static readonly Dictionary<string, PyType> s_byName = new(StringComparer.Ordinal);

    internal static PyType AST = null!;

    /// <summary>Every class in definition order (AST first): what the <c>_ast</c> module exports.</summary>
    internal static readonly List<KeyValuePair<string, PyType>> All = [];

    internal static void EnsureReady()
    {
        if (s_ready) return;
        lock (s_lock)
        {
            if (s_ready) return;
            Build();
            s_ready = true;
        }
    }

    private static void Build()
    {
        var fieldsKey = PyStr.Intern("_fields");
        var matchKey = PyStr.Intern("__match_args__");
        var attrsKey = PyStr.Intern("_attributes");
        AST = PyType.NewBuiltin("ast.AST", PyType.ObjectType, TypeFlags.BaseType, InitAstType);
        AST.TypeDict.SetItem(fieldsKey, PyTuple.Empty);
        AST.TypeDict.SetItem(matchKey, PyTuple.Empty);
        AST.TypeDict.SetItem(attrsKey, PyTuple.Empty);
        AST.Modified();
        s_byName["AST"] = AST;
        All.Add(new("AST", AST));
        var moduleName = PyStr.Intern("ast");
        foreach (var spec in s_specs)
        {
            var ns = new PyDict();
            var fields = Names(spec.Fields);
            ns.SetItem(fieldsKey, fields);
            ns.SetItem(matchKey, fields);
            ns.SetItem(PyStr.Intern("__module__"), moduleName);
            ns.SetItem(PyStr.Intern("__doc__"), new PyStr(spec.Doc));
            if (spec.Attributes is { } attrs) ns.SetItem(attrsKey, Names(attrs));
            foreach (var n in spec.NoneDefaults) ns.SetItem(PyStr.Intern(n), PyNone.Instance);
            var type = (PyType)TypeNew.Create(PyType.TypeType,
                [new PyStr(spec.Name), PyTuple.Create([s_byName[spec.Base]]), ns], null);
            s_byName[spec.Name] = type;
            All.Add(new(spec.Name, type));
            Register(spec.Name, type);
        }
        MakeSingletons();
    }

    private static PyTuple Names(string[] names)
    {
        if (names.Length == 0) return PyTuple.Empty;
        var items = new PyObject[names.Length];
        for (int i = 0; i < names.Length; i++) items[i] = PyStr.Intern(names[i]);
        return PyTuple.Create(items);
    }

    /// <summary>A fresh instance of a node class with an empty dict (what ast2obj starts from).</summary>
    internal static PyInstance Instance(PyType type) => new(type);

    private static void InitAstType(PyType t)
    {
        t.HasDict = true;
        t.Allocate = static type => new PyInstance(type);
        t.New = static (type, args, kw) => type.Allocate!(type);
        t.Init = Init;
        TypeBuilder.GetSet(t, "__dict__", o => o.Dict ?? throw PyErr.NoAttribute(o, PyStr.Intern("__dict__")), (o, v) =>
        {
            if (v is null) { o.Dict = new PyDict(); return; }
            if (v is not PyDict d) throw PyErr.TypeError($"__dict__ must be set to a dictionary, not a '{v.Type.Name}'");
            o.Dict = d;
        });
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("__reduce__", args, kw, 0);
            // ast_type_reduce: (type, (), __dict__) — or (type, ()) for an instance without one.
            return self!.Dict is { } d ? PyTuple.Create([self.Type, PyTuple.Empty, d]) : PyTuple.Create([self.Type, PyTuple.Empty]);
        });
    }

    /// <summary>ast_type_init: positional arguments fill <c>_fields</c> in order (at most that many), keywords
    /// set any attribute; a keyword repeating a positional field is an error.</summary>
    private static void Init(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int nkw = kw?.Count ?? 0;
        int npos = args.Length - nkw;
        var fields = Ops.TryGetAttr(self.Type, PyStr.Intern("_fields"));
        long numFields = fields is null ? 0 : Ops.Len(fields);
        string shortName = ShortName(self.Type);
        if (numFields < npos)
            throw PyErr.TypeError($"{shortName} constructor takes at most {numFields} positional argument{(numFields == 1 ? "" : "s")}");
        for (int i = 0; i < npos; i++)
        {
            var name = Ops.GetItem(fields!, PyInt.FromLong(i));
            if (name is not PyStr ns) throw PyErr.TypeError($"attribute name must be string, not '{name.Type.Name}'");
            Ops.SetAttr(self, ns, args[i]);
        }
        for (int k = 0; k < nkw; k++)
        {
            var key = (PyStr)kw![k];
            if (fields is not null && Ops.Contains(fields, key))
            {
                long p = IndexOf(fields, key);
                if (p < npos) throw PyErr.TypeError($"{self.Type.Name} got multiple values for argument '{key.Value}'");
            }
            Ops.SetAttr(self, key, args[npos + k]);
        }
    }

    private static long IndexOf(PyObject seq, PyObject item)
    {
        long i = 0;
        var it = Ops.GetIter(seq);
        while (Ops.Next(it) is { } x)
        {
            if (ReferenceEquals(x, item) || Ops.RichCompareBool(x, item, CompareOp.Eq)) return i;
            i++;
        }
        return -1;
    }

    private static string ShortName(PyType t)
    {
        string n = t.Name;
        int dot = n.LastIndexOf('.');
        return dot < 0 ? n : n[(dot + 1)..];
    }
}
