namespace Krait.Runtime.Tests;

/// <summary>The builtin names MiniEval knows (the real builtins module comes with the VM).</summary>
internal static class Builtins
{
    private static readonly Dictionary<string, PyObject> s_names = Build();

    public static PyObject? Get(string name) => s_names.GetValueOrDefault(name);

    private static void Fn(Dictionary<string, PyObject> d, string name, BuiltinFn fn) => d[name] = new PyBuiltinFunction(name, fn);

    private static Dictionary<string, PyObject> Build()
    {
        var d = new Dictionary<string, PyObject>
        {
            ["int"] = PyType.IntType, ["float"] = PyType.FloatType, ["str"] = PyType.StrType, ["bool"] = PyType.BoolType,
            ["tuple"] = PyType.TupleType, ["list"] = PyType.ListType, ["dict"] = PyType.DictType, ["set"] = PyType.SetType,
            ["frozenset"] = PyType.FrozenSetType, ["range"] = PyType.RangeType, ["slice"] = PyType.SliceType,
            ["type"] = PyType.TypeType, ["object"] = PyType.ObjectType, ["property"] = PyType.PropertyType,
            ["staticmethod"] = PyType.StaticMethodType, ["classmethod"] = PyType.ClassMethodType,
            ["NotImplemented"] = PyNotImplemented.Instance, ["super"] = PyType.SuperType,
        };
        foreach (var t in PyExc.All) d[t.Name] = t;
        Fn(d, "hash", (s, a, k) => PyInt.FromLong(Ops.Hash(a[0])));
        Fn(d, "repr", (s, a, k) => Ops.Repr(a[0]));
        Fn(d, "len", (s, a, k) => PyInt.FromLong(Ops.Len(a[0])));
        Fn(d, "abs", (s, a, k) => Ops.Absolute(a[0]));
        Fn(d, "divmod", (s, a, k) => Ops.BinaryOp(a[0], a[1], NumberOp.DivMod));
        Fn(d, "pow", (s, a, k) => Ops.BinaryOp(a[0], a[1], NumberOp.Power));
        Fn(d, "iter", (s, a, k) => Ops.GetIter(a[0]));
        Fn(d, "next", (s, a, k) => Ops.Next(a[0]) ?? (a.Length > 1 ? a[1] : throw PyErr.New(PyExc.StopIteration)));
        Fn(d, "isinstance", (s, a, k) => PyBool.From(Ops.IsInstance(a[0], (PyType)a[1])));
        Fn(d, "issubclass", (s, a, k) => PyBool.From(((PyType)a[0]).IsSubtype((PyType)a[1])));
        Fn(d, "getattr", (s, a, k) => a.Length > 2 ? Ops.TryGetAttr(a[0], Ops.AttrName(a[1])) ?? a[2] : Ops.GetAttr(a[0], Ops.AttrName(a[1])));
        Fn(d, "setattr", (s, a, k) => { Ops.SetAttr(a[0], Ops.AttrName(a[1]), a[2]); return PyNone.Instance; });
        Fn(d, "hasattr", (s, a, k) => PyBool.From(Ops.TryGetAttr(a[0], Ops.AttrName(a[1])) is not null));
        return d;
    }
}
