namespace Krait.Runtime;

/// <summary>types.GenericAlias: what <c>list[int]</c> returns (Objects/genericaliasobject.c, without TypeVar
/// substitution). Attribute look-ups other than its own go to the origin class.</summary>
public sealed class PyGenericAlias : PyObject
{
    public static readonly PyType GenericAliasType = PyType.NewBuiltin("types.GenericAlias", PyType.ObjectType, TypeFlags.BaseType, InitType);

    public readonly PyObject Origin;
    public readonly PyTuple Args;

    public PyGenericAlias(PyObject origin, PyObject args) : base(GenericAliasType)
    {
        Origin = origin;
        Args = args as PyTuple ?? PyTuple.Create([args]);
    }

    private static readonly HashSet<string> s_own =
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

    private static string ReprItem(PyObject p)
    {
        if (p is PyEllipsis) return "...";
        if (p is PyGenericAlias) return Ops.Repr(p).Value;
        if (Ops.TryGetAttr(p, PyStr.Intern("__origin__")) is not null && Ops.TryGetAttr(p, PyStr.Intern("__args__")) is not null)
            return Ops.Repr(p).Value;
        var qn = Ops.TryGetAttr(p, PyStr.Intern("__qualname__"));
        var mod = Ops.TryGetAttr(p, PyStr.Intern("__module__"));
        if (qn is null || mod is null) return Ops.Repr(p).Value;
        if (mod is PyStr { Value: "builtins" }) return Ops.Str(qn).Value;
        return $"{Ops.Str(mod).Value}.{Ops.Str(qn).Value}";
    }

    private static void InitType(PyType t)
    {
        t.New = (type, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("GenericAlias() takes no keyword arguments");
            if (args.Length != 2) throw PyErr.TypeError($"GenericAlias expected 2 arguments, got {args.Length}");
            return new PyGenericAlias(args[0], args[1]);
        };
        t.Repr = o =>
        {
            var g = (PyGenericAlias)o;
            var sb = new System.Text.StringBuilder(ReprItem(g.Origin)).Append('[');
            if (g.Args.Count == 0) sb.Append("()");
            for (int i = 0; i < g.Args.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                var a = g.Args[i];
                if (a is PyList l)
                {
                    sb.Append('[');
                    for (int j = 0; j < l.Count; j++) sb.Append(j > 0 ? ", " : "").Append(ReprItem(l[j]));
                    sb.Append(']');
                }
                else sb.Append(ReprItem(a));
            }
            return new PyStr(sb.Append(']').ToString());
        };
        t.Call = (o, args, kw) =>
        {
            var g = (PyGenericAlias)o;
            var r = Ops.Call(g.Origin, args, kw);
            try { Ops.SetAttr(r, PyStr.Intern("__orig_class__"), o); }
            catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.AttributeError) || e.Value.Type.IsSubtype(PyExc.TypeError)) { }
            return r;
        };
        t.GetAttr = (o, name) =>
        {
            if (!s_own.Contains(name.Value)) return Ops.TryGetAttr(((PyGenericAlias)o).Origin, name);
            return PyBaseObject.GenericGetAttr(o, name);
        };
        t.RichCompare = (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyGenericAlias gb) return PyNotImplemented.Instance;
            var ga = (PyGenericAlias)a;
            bool eq = Ops.RichCompareBool(ga.Origin, gb.Origin, CompareOp.Eq) && Ops.RichCompareBool(ga.Args, gb.Args, CompareOp.Eq);
            return PyBool.From(eq == (op == CompareOp.Eq));
        };
        t.Number[(int)NumberOp.Or] = (a, b) => PyUnionType.Or(a, b);
        t.Hash = o => { var g = (PyGenericAlias)o; return Ops.Hash(g.Origin) ^ Ops.Hash(g.Args); };
        TypeBuilder.GetSet(t, "__origin__", o => ((PyGenericAlias)o).Origin, null);
        TypeBuilder.GetSet(t, "__args__", o => ((PyGenericAlias)o).Args, null);
        TypeBuilder.GetSet(t, "__parameters__", o => PyTuple.Empty, null);
        TypeBuilder.Method(t, "__mro_entries__", (self, args, kw) => PyTuple.Create([((PyGenericAlias)self!).Origin]));
        TypeBuilder.Method(t, "__instancecheck__", (self, args, kw) => throw PyErr.TypeError("isinstance() argument 2 cannot be a parameterized generic"));
        TypeBuilder.Method(t, "__subclasscheck__", (self, args, kw) => throw PyErr.TypeError("issubclass() argument 2 cannot be a parameterized generic"));
    }
}
