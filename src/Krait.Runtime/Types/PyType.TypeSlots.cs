namespace Krait.Runtime;

// The slots of `type` itself: calling a type, type.__getattribute__/__setattr__, and its attributes.
public sealed partial class PyType
{
    /// <summary>type.__getattribute__, non-throwing: metatype data descriptors, then the type's own MRO
    /// (binding with instance None), then metatype non-data descriptors. Null when not found.</summary>
    public static readonly Func<PyObject, PyStr, PyObject?> TypeGetAttr = (o, name) =>
    {
        var type = (PyType)o;
        var meta = type.Type;
        var metaAttr = meta.Lookup(name);
        Func<PyObject, PyObject?, PyType?, PyObject>? metaGet = null;
        if (metaAttr is not null)
        {
            metaGet = metaAttr.Type.DescrGet;
            if (metaGet is not null && metaAttr.Type.DescrSet is not null) return metaGet(metaAttr, type, meta);
        }
        var attr = type.Lookup(name);
        if (attr is not null)
        {
            var localGet = attr.Type.DescrGet;
            return localGet is not null ? localGet(attr, null, type) : attr;
        }
        if (metaGet is not null) return metaGet(metaAttr!, type, meta);
        return metaAttr;
    };

    private static readonly Action<PyObject, PyStr, PyObject?> s_typeSetAttr = (o, name, value) =>
    {
        var type = (PyType)o;
        if ((type.Flags & TypeFlags.Immutable) != 0)
            throw PyErr.TypeError($"cannot set '{name.Value}' attribute of immutable type '{type.Name}'");
        var metaAttr = type.Type.Lookup(name);
        if (metaAttr?.Type.DescrSet is { } set) { set(metaAttr, type, value); return; }
        type.SetTypeAttr(name, value);
    };

    private static readonly CallSlot s_typeCall = (o, args, kw) =>
    {
        var type = (PyType)o;
        if (ReferenceEquals(type, TypeType) && args.Length == 1 && kw is null) return args[0].Type;
        var newSlot = type.New ?? throw PyErr.TypeError($"cannot create '{type.Name}' instances");
        var obj = newSlot(type, args, kw);
        if (!obj.Type.IsSubtype(type)) return obj;
        obj.Type.Init?.Invoke(obj, args, kw);
        return obj;
    };

    private static void InitTypeType(PyType t)
    {
        t.Call = s_typeCall;
        t.GetAttr = TypeGetAttr;
        t.SetAttr = s_typeSetAttr;
        t.Repr = o => new PyStr(((PyType)o).ReprString());
        t.New = (meta, args, kw) => TypeNew.Create(meta, args, kw);
        t.Init = (self, args, kw) =>
        {
            int n = args.Length - (kw?.Count ?? 0);
            if (n != 1 && n != 3) throw PyErr.TypeError("type.__init__() takes 1 or 3 arguments");
        };
        t.Number[(int)NumberOp.Or] = (a, b) => PyNotImplemented.Instance; // X | Y unions come with the typing support
        TypeBuilder.GetSet(t, "__name__", o => new PyStr(((PyType)o).Name[(((PyType)o).Name.LastIndexOf('.') + 1)..]), (o, v) =>
        {
            var tp = (PyType)o;
            if (!tp.IsHeapType) throw PyErr.TypeError($"cannot set '__name__' attribute of immutable type '{tp.Name}'");
            if (v is not PyStr s) throw PyErr.TypeError($"can only assign string to {tp.Name}.__name__, not '{v?.Type.Name ?? "NoneType"}'");
            tp.Name = s.Value;
        });
        TypeBuilder.GetSet(t, "__qualname__", o => new PyStr(((PyType)o).QualName), (o, v) =>
        {
            var tp = (PyType)o;
            if (!tp.IsHeapType) throw PyErr.TypeError($"cannot set '__qualname__' attribute of immutable type '{tp.Name}'");
            if (v is not PyStr s) throw PyErr.TypeError($"can only assign string to {tp.Name}.__qualname__, not '{v?.Type.Name ?? "NoneType"}'");
            tp.QualName = s.Value;
        });
        TypeBuilder.GetSet(t, "__module__", o =>
        {
            var tp = (PyType)o;
            if (tp.IsHeapType) return tp.TypeDict.GetItemStr(PyStr.Intern("__module__")) ?? throw PyErr.AttributeError("__module__");
            return new PyStr(tp.ModuleName);
        }, (o, v) => ((PyType)o).SetTypeAttr(PyStr.Intern("__module__"), v));
        TypeBuilder.GetSet(t, "__bases__", o => PyTuple.Create(((PyType)o).Bases), null);
        TypeBuilder.GetSet(t, "__base__", o => (PyObject?)((PyType)o).Base ?? PyNone.Instance, null);
        TypeBuilder.GetSet(t, "__mro__", o => PyTuple.Create(((PyType)o).Mro), null);
        TypeBuilder.GetSet(t, "__dict__", o => ((PyType)o).TypeDict, null);
        TypeBuilder.GetSet(t, "__doc__", o =>
        {
            var tp = (PyType)o;
            var d = tp.TypeDict.GetItemStr(PyStr.Intern("__doc__")) ?? PyNone.Instance;
            return d.Type.DescrGet is { } get ? get(d, null, tp) : d;
        }, (o, v) => ((PyType)o).SetTypeAttr(PyStr.Intern("__doc__"), v));
        TypeBuilder.Method(t, "mro", (self, args, kw) => new PyList(Krait.Runtime.Mro.Compute((PyType)self!, ((PyType)self!).Bases)));
        TypeBuilder.Method(t, "__subclasses__", (self, args, kw) => new PyList(((PyType)self!).Subclasses().ToArray()));
        TypeBuilder.Method(t, "__instancecheck__", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("__instancecheck__", args, kw, 1);
            return PyBool.From(Ops.RealIsInstance(args[0], self!));
        });
        TypeBuilder.Method(t, "__subclasscheck__", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("__subclasscheck__", args, kw, 1);
            return PyBool.From(Ops.RealIsSubclass(args[0], self!));
        });
    }
}
