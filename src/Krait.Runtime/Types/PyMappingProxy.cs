namespace Krait.Runtime;

/// <summary>mappingproxy: a read-only view of a mapping (what <c>C.__dict__</c> returns; types.MappingProxyType).</summary>
public sealed class PyMappingProxy : PyObject
{
    public static readonly PyType MappingProxyType = PyType.NewBuiltin("mappingproxy", PyType.ObjectType, TypeFlags.MatchMapping, InitType);

    public readonly PyObject Mapping;

    public PyMappingProxy(PyObject mapping) : base(MappingProxyType) => Mapping = mapping;

    private static PyObject M(PyObject? self) => ((PyMappingProxy)self!).Mapping;

    private static void InitType(PyType t)
    {
        PyGenericAlias.AddClassGetItem(t);
        t.New = (type, args, kw) =>
        {
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos == 0 && kw is { Count: 1 } && kw[0] is PyStr { Value: "mapping" }) npos = 1;
            else if (kw is { Count: > 0 }) throw PyErr.TypeError($"mappingproxy() got an unexpected keyword argument '{((PyStr)kw[0]).Value}'");
            if (npos != 1) throw PyErr.TypeError($"mappingproxy() missing required argument 'mapping' (pos 1)");
            var m = args[0];
            if (m.Type.GetItem is null || (m.Type.Flags & TypeFlags.Sequence) != 0 || m is PyTuple || m is PyList)
                throw PyErr.TypeError($"mappingproxy() argument must be a mapping, not {m.Type.Name}");
            return new PyMappingProxy(m);
        };
        t.GetItem = (o, key) => Ops.GetItem(M(o), key);
        // mappingproxy_contains: only an exact dict skips the mapping's own __contains__.
        t.Contains = (o, key) => M(o) is PyDict d && ReferenceEquals(d.Type, PyType.DictType) ? d.ContainsKey(key) : Ops.Contains(M(o), key);
        t.Len = o => Ops.Len(M(o));
        t.Iter = o => Ops.GetIter(M(o));
        t.Repr = o => new PyStr($"mappingproxy({Ops.Repr(M(o)).Value})");
        t.Str = o => Ops.Str(M(o));
        t.RichCompare = (a, b, op) => Ops.RichCompare(M(a), b, op);
        t.Hash = SlotDefs.HashNotImplemented;
        t.Number[(int)NumberOp.Or] = (a, b) =>
        {
            if (a is PyMappingProxy pa) a = pa.Mapping;
            if (b is PyMappingProxy pb) b = pb.Mapping;
            return Ops.BinaryOp(a, b, NumberOp.Or);
        };
        t.InPlace[(int)NumberOp.Or] = (a, b) => throw PyErr.TypeError($"'|=' is not supported by mappingproxy; use '|' instead");
        TypeBuilder.Method(t, "get", (self, args, kw) =>
        {
            TypeBuilder.ArgRange("get", args, kw, 1, 2);
            return Ops.CallMethod(M(self), "get", args);
        });
        TypeBuilder.Method(t, "keys", (self, args, kw) => { TypeBuilder.ExactArgs("keys", args, kw, 0); return Ops.CallMethod(M(self), "keys", []); });
        TypeBuilder.Method(t, "values", (self, args, kw) => { TypeBuilder.ExactArgs("values", args, kw, 0); return Ops.CallMethod(M(self), "values", []); });
        TypeBuilder.Method(t, "items", (self, args, kw) => { TypeBuilder.ExactArgs("items", args, kw, 0); return Ops.CallMethod(M(self), "items", []); });
        TypeBuilder.Method(t, "copy", (self, args, kw) => { TypeBuilder.ExactArgs("copy", args, kw, 0); return Ops.CallMethod(M(self), "copy", []); });
        TypeBuilder.Method(t, "__reversed__", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("__reversed__", args, kw, 0);
            return Ops.CallMethod(M(self), "__reversed__", []);
        });
    }
}
