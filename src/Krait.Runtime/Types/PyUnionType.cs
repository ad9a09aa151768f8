namespace Krait.Runtime;

/// <summary>types.UnionType: what <c>int | str</c> returns (Objects/unionobject.c). isinstance/issubclass
/// accept it like a tuple of its members.</summary>
public sealed class PyUnionType : PyObject
{
    public static readonly PyType UnionTypeType = PyType.NewBuiltin("types.UnionType", PyType.ObjectType, 0, InitType);

    public readonly PyTuple Args;
    private PyTuple? _parameters;

    private PyUnionType(PyTuple args) : base(UnionTypeType) => Args = args;

    private static bool IsUnionable(PyObject o) => o is PyNone or PyType or PyGenericAlias or PyUnionType;

    /// <summary>_Py_union_type_or: the nb_or of type, GenericAlias and UnionType.</summary>
    internal static PyObject Or(PyObject a, PyObject b)
    {
        if (!IsUnionable(a) || !IsUnionable(b)) return PyNotImplemented.Instance;
        var args = new List<PyObject>();
        Add(args, a);
        Add(args, b);
        return args.Count == 1 ? args[0] : new PyUnionType(PyTuple.Wrap([.. args]));
    }

    // flatten_args + dedup_and_flatten_args: members of unions are spliced in, None becomes NoneType.
    private static void Add(List<PyObject> args, PyObject o)
    {
        if (o is PyUnionType u)
        {
            foreach (var x in u.Args.AsSpan()) Add(args, x);
            return;
        }
        if (o is PyNone) o = PyType.NoneType;
        foreach (var x in args)
            if (ReferenceEquals(x, o) || (x is PyGenericAlias && o is PyGenericAlias && Ops.RichCompareBool(x, o, CompareOp.Eq))) return;
        args.Add(o);
    }

    private static PyTuple Parameters(PyUnionType u) => u._parameters ??= TypeParams.MakeParameters(u.Args);

    private static string ReprItem(PyObject p)
    {
        if (ReferenceEquals(p, PyType.NoneType)) return "None";
        if (p is PyType t) return t.ModuleName == "builtins" ? t.QualName : $"{t.ModuleName}.{t.QualName}";
        return Ops.Repr(p).Value;
    }

    private static void InitType(PyType t)
    {
        t.Repr = o =>
        {
            var u = (PyUnionType)o;
            var parts = new string[u.Args.Count];
            for (int i = 0; i < parts.Length; i++) parts[i] = ReprItem(u.Args[i]);
            return new PyStr(string.Join(" | ", parts));
        };
        t.Number[(int)NumberOp.Or] = Or;
        t.RichCompare = (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyUnionType ub) return PyNotImplemented.Instance;
            var ua = (PyUnionType)a;
            bool eq = ua.Args.Count == ub.Args.Count;
            if (eq)
                foreach (var x in ua.Args.AsSpan())
                {
                    bool found = false;
                    foreach (var y in ub.Args.AsSpan()) if (Ops.RichCompareBool(x, y, CompareOp.Eq)) { found = true; break; }
                    if (!found) { eq = false; break; }
                }
            return PyBool.From(eq == (op == CompareOp.Eq));
        };
        // union_hash: the hash of frozenset(args).
        t.Hash = o => Ops.Hash(Ops.Call(PyType.FrozenSetType, [((PyUnionType)o).Args]));
        TypeBuilder.GetSet(t, "__args__", o => ((PyUnionType)o).Args, null);
        TypeBuilder.GetSet(t, "__parameters__", o => Parameters((PyUnionType)o), null);
        // union_getitem: the arguments with their type variables substituted, joined again with |.
        t.GetItem = (o, item) =>
        {
            var u = (PyUnionType)o;
            var newArgs = TypeParams.SubsParameters(o, u.Args, Parameters(u), item);
            if (newArgs.Count == 0) return new PyUnionType(newArgs);
            var res = newArgs[0];
            for (int i = 1; i < newArgs.Count; i++) res = Ops.BinaryOp(res, newArgs[i], NumberOp.Or);
            return res;
        };
    }
}
