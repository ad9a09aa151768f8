namespace Krait.Runtime;

/// <summary>types.GenericAlias: what <c>list[int]</c> returns (Objects/genericaliasobject.c, without TypeVar
/// substitution). Attribute look-ups other than its own go to the origin class.</summary>
public sealed class PyGenericAlias : PyObject
{
    public static readonly PyType GenericAliasType = PyType.NewBuiltin("types.GenericAlias", PyType.ObjectType, TypeFlags.BaseType, InitType);
    public static readonly PyType IteratorType = PyType.NewBuiltin("generic_alias_iterator", PyType.ObjectType, 0, InitIteratorType);

    public readonly PyObject Origin;
    public readonly PyTuple Args;
    /// <summary>An unpacked alias (<c>*tuple[int]</c>, what iterating an alias yields).</summary>
    public bool Starred;
    private PyTuple? _parameters;
    private PyDict? _dict;

    public PyGenericAlias(PyObject origin, PyObject args) : this(GenericAliasType, origin, args) { }

    public PyGenericAlias(PyType type, PyObject origin, PyObject args) : base(type)
    {
        Origin = origin;
        Args = args as PyTuple ?? PyTuple.Create([args]);
        if (type.HasDict) _dict = new PyDict();
    }

    public override PyDict? Dict { get => _dict; set => _dict = _dict is null ? throw PyErr.NoAttribute(this, PyStr.Intern("__dict__")) : value; }

    /// <summary>__parameters__: the type variables of the arguments, collected on first use.</summary>
    public PyTuple Parameters => _parameters ??= TypeParams.MakeParameters(Args);

    private static readonly string[] s_own =
    [
        "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__",
        "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__",
    ];

    /// <summary>Adds <c>__class_getitem__</c> (returning a GenericAlias) to builtin generic classes.</summary>
    internal static void AddClassGetItem(params PyType[] types)
    {
        foreach (var t in types)
            TypeBuilder.ClassMethod(t, "__class_getitem__", (cls, args, kw) =>
            {
                TypeBuilder.ExactArgs("__class_getitem__", args, kw, 1);
                return new PyGenericAlias(cls!, args[0]);
            });
    }

    private static PyObject? LookupAttr(PyObject o, string name)
    {
        try { return Ops.TryGetAttr(o, PyStr.Intern(name)); }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.AttributeError)) { return null; }
    }

    /// <summary>ga_repr_item: "..." for Ellipsis, repr() of alias-like objects, module.qualname of classes.</summary>
    internal static string ReprItem(PyObject p)
    {
        if (p is PyEllipsis) return "...";
        if (LookupAttr(p, "__origin__") is not null && LookupAttr(p, "__args__") is not null) return Ops.Repr(p).Value;
        var qn = LookupAttr(p, "__qualname__");
        if (qn is null) return Ops.Repr(p).Value;
        var mod = LookupAttr(p, "__module__");
        if (mod is null or PyNone) return Ops.Repr(p).Value;
        if (mod is PyStr { Value: "builtins" }) return Ops.Str(qn).Value;
        return $"{Ops.Str(mod).Value}.{Ops.Str(qn).Value}";
    }

    private static PyGenericAlias Self(PyObject? o) => (PyGenericAlias)o!;

    private static void InitType(PyType t)
    {
        t.HasWeakref = true;
        t.New = (type, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("GenericAlias() takes no keyword arguments");
            if (args.Length != 2) throw PyErr.TypeError($"GenericAlias expected 2 arguments, got {args.Length}");
            return new PyGenericAlias(type, args[0], args[1]);
        };
        t.Repr = o =>
        {
            var g = Self(o);
            var sb = new System.Text.StringBuilder();
            if (g.Starred) sb.Append('*');
            sb.Append(ReprItem(g.Origin)).Append('[');
            for (int i = 0; i < g.Args.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(ReprItem(g.Args[i]));
            }
            if (g.Args.Count == 0) sb.Append("()");
            return new PyStr(sb.Append(']').ToString());
        };
        t.Call = (o, args, kw) =>
        {
            var r = Ops.Call(Self(o).Origin, args, kw);
            try { Ops.SetAttr(r, PyStr.Intern("__orig_class__"), o); }
            catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.AttributeError) || e.Value.Type.IsSubtype(PyExc.TypeError)) { }
            return r;
        };
        // ga_getattro: every name but a few is looked up on the origin.
        t.GetAttr = (o, name) =>
        {
            if (Array.IndexOf(s_own, name.Value) >= 0) return PyBaseObject.GenericGetAttr(o, name);
            try { return Ops.GetAttr(Self(o).Origin, name); }
            catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.AttributeError))
            {
                Ops.t_pendingAttributeError = e;
                return null;
            }
        };
        t.RichCompare = (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyGenericAlias gb) return PyNotImplemented.Instance;
            var ga = Self(a);
            bool eq = ga.Starred == gb.Starred && Ops.RichCompareBool(ga.Origin, gb.Origin, CompareOp.Eq);
            if (!eq) return PyBool.From(op == CompareOp.Ne);
            if (op == CompareOp.Eq) return Ops.RichCompare(ga.Args, gb.Args, CompareOp.Eq);
            return PyBool.From(!Ops.IsTrue(Ops.RichCompare(ga.Args, gb.Args, CompareOp.Eq)));
        };
        t.Number[(int)NumberOp.Or] = (a, b) => PyUnionType.Or(a, b);
        t.Hash = o => { var g = Self(o); return Ops.Hash(g.Origin) ^ Ops.Hash(g.Args); };
        // ga_getitem: substitution of the type variables; the result is a plain GenericAlias, starred as this one.
        t.GetItem = (o, item) =>
        {
            var g = Self(o);
            var newArgs = TypeParams.SubsParameters(o, g.Args, g.Parameters, item);
            return new PyGenericAlias(g.Origin, newArgs) { Starred = g.Starred };
        };
        t.Iter = o => new GenericAliasIterator(o);
        TypeBuilder.GetSet(t, "__origin__", o => Self(o).Origin, null);
        TypeBuilder.GetSet(t, "__args__", o => Self(o).Args, null);
        TypeBuilder.GetSet(t, "__unpacked__", o => PyBool.From(Self(o).Starred), null);
        TypeBuilder.GetSet(t, "__parameters__", o => Self(o).Parameters, null);
        TypeBuilder.GetSet(t, "__typing_unpacked_tuple_args__", o =>
            Self(o) is { Starred: true } g && ReferenceEquals(g.Origin, PyType.TupleType) ? g.Args : PyNone.Instance, null);
        TypeBuilder.Method(t, "__mro_entries__", (self, args, kw) =>
        {
            ArgBinder.One("__mro_entries__", args, kw);
            return PyTuple.Create([Self(self).Origin]);
        });
        TypeBuilder.Method(t, "__instancecheck__", (self, args, kw) =>
        {
            ArgBinder.One("__instancecheck__", args, kw);
            throw PyErr.TypeError("isinstance() argument 2 cannot be a parameterized generic");
        });
        TypeBuilder.Method(t, "__subclasscheck__", (self, args, kw) =>
        {
            ArgBinder.One("__subclasscheck__", args, kw);
            throw PyErr.TypeError("issubclass() argument 2 cannot be a parameterized generic");
        });
        // ga_reduce: a starred alias is rebuilt as next(iter(alias)).
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            ArgBinder.None("__reduce__", args, kw);
            var g = Self(self);
            if (g.Starred)
                return PyTuple.Create([BuiltinObj("next"), PyTuple.Create([new GenericAliasIterator(new PyGenericAlias(g.Origin, g.Args))])]);
            return PyTuple.Create([g.Type, PyTuple.Create([g.Origin, g.Args])]);
        });
        // ga_dir: the origin's names plus the alias's own.
        TypeBuilder.Method(t, "__dir__", (self, args, kw) =>
        {
            ArgBinder.None("__dir__", args, kw);
            var dir = (PyList)Ops.Call(BuiltinObj("dir"), [Self(self).Origin]);
            foreach (var name in s_own)
            {
                var s = new PyStr(name);
                if (!Ops.Contains(dir, s)) dir.Append(s);
            }
            return dir;
        });
    }

    private static PyObject BuiltinObj(string name) => PythonRuntime.BuiltinsDict.GetItemStr(PyStr.Intern(name))!;

    /// <summary>generic_alias_iterator: yields the starred alias once (<c>*tuple[int]</c>).</summary>
    private sealed class GenericAliasIterator(PyObject alias) : PyObject(IteratorType)
    {
        public PyObject? Alias = alias;
    }

    private static void InitIteratorType(PyType t)
    {
        t.Iter = o => o;
        t.IterNext = o =>
        {
            var it = (GenericAliasIterator)o;
            if (it.Alias is not PyGenericAlias g) return null;
            it.Alias = null;
            return new PyGenericAlias(g.Origin, g.Args) { Starred = true };
        };
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            ArgBinder.None("__reduce__", args, kw);
            var it = (GenericAliasIterator)self!;
            return PyTuple.Create([BuiltinObj("iter"), PyTuple.Create([it.Alias ?? PyTuple.Empty])]);
        });
    }
}
