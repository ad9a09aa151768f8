namespace Krait.Runtime;

/// <summary>super(type, obj_or_type): attribute look-up that starts after <see cref="ThisType"/> in the MRO of
/// the instance's type (typeobject.c super_getattro). The zero-argument form needs the VM's frame (__class__
/// cell and first argument) and is resolved there before calling this type.</summary>
public sealed class PySuper : PyObject
{
    public PyType? ThisType;
    public PyObject? Obj;
    public PyType? ObjType;

    public PySuper(PyType type) : base(type) { }

    /// <summary>supercheck: the type whose MRO is searched.</summary>
    private static PyType Check(PyType type, PyObject obj)
    {
        if (obj is PyType t && t.IsSubtype(type)) return t;
        if (obj.Type.IsSubtype(type)) return obj.Type;
        var cls = Ops.TryGetAttr(obj, PyStr.Intern("__class__"));
        if (cls is PyType c && c.IsSubtype(type)) return c;
        throw PyErr.TypeError("super(type, obj): obj must be an instance or subtype of type");
    }

    /// <summary>super_init_without_args: the calling frame's first argument (through its cell when captured)
    /// and its <c>__class__</c> free variable.</summary>
    private static (PyType, PyObject) FromFrame()
    {
        var frame = ThreadState.Current.Frame ?? throw PyErr.RuntimeError("super(): no current frame");
        var co = frame.Code;
        if (co.ArgCount == 0) throw PyErr.RuntimeError("super(): no arguments");
        var first = frame.Slots[0];
        if (first is PyCell c0 && (co.LocalsPlusKinds[0] & Krait.Compiler.Bytecode.CodeObject.FastCell) != 0) first = c0.Contents;
        if (first is null) throw PyErr.RuntimeError("super(): arg[0] deleted");
        for (int i = 0; i < co.NLocalsPlus; i++)
        {
            if ((co.LocalsPlusKinds[i] & Krait.Compiler.Bytecode.CodeObject.FastFree) == 0 || co.LocalsPlusNames[i].Value != "__class__") continue;
            if (frame.Slots[i] is not PyCell cell) throw PyErr.RuntimeError("super(): bad __class__ cell");
            var type = cell.Contents ?? throw PyErr.RuntimeError("super(): empty __class__ cell");
            if (type is not PyType tp) throw PyErr.RuntimeError($"super(): __class__ is not a type ({type.Type.Name})");
            return (tp, first);
        }
        throw PyErr.RuntimeError("super(): __class__ cell not found");
    }

    /// <summary>super_getattro's search: <paramref name="name"/> in the MRO of the object's type after ThisType
    /// (not __class__, which is the super object's own); null when not found there.</summary>
    private PyObject? FindAfterThisType(PyStr name)
    {
        if (ObjType is null || name.Value == "__class__") return null;
        var mro = ObjType.Mro;
        int i = 0;
        while (i < mro.Length && !ReferenceEquals(mro[i], ThisType)) i++;
        for (i++; i < mro.Length; i++)
            if (mro[i].TypeDict.GetItemStr(name) is { } res) return res;
        return null;
    }

    /// <summary>LOAD_METHOD on an exact super object: a plain function found for an instance comes back unbound
    /// with <paramref name="self"/> set (what <c>super().__init__(…)</c> calls), without a bound-method object;
    /// anything else goes through the attribute look-up.</summary>
    internal PyObject? LoadMethod(PyStr name, out PyObject? self)
    {
        if (FindAfterThisType(name) is PyFunction f && Obj is not null && !ReferenceEquals(Obj, ObjType))
        {
            self = Obj;
            return f;
        }
        self = null;
        return Ops.GetAttrOrPending(this, name);
    }

    internal static void InitType(PyType t)
    {
        t.New = (type, args, kw) => new PySuper(type);
        t.Init = (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("super() takes no keyword arguments");
            if (args.Length > 2) throw PyErr.TypeError($"super() expected at most 2 arguments, got {args.Length}");
            PyType type;
            PyObject? obj = null;
            if (args.Length == 0) (type, obj) = FromFrame();
            else
            {
                type = args[0] as PyType ?? throw PyErr.TypeError($"super() argument 1 must be a type, not {args[0].Type.Name}");
                if (args.Length > 1 && args[1] is not PyNone) obj = args[1];
            }
            var s = (PySuper)self;
            s.ObjType = obj is null ? null : Check(type, obj);
            s.ThisType = type;
            s.Obj = obj;
        };
        t.GetAttr = (o, name) =>
        {
            var s = (PySuper)o;
            if (s.FindAfterThisType(name) is { } res)
                return res.Type.DescrGet is { } get ? get(res, ReferenceEquals(s.Obj, s.ObjType) ? null : s.Obj, s.ObjType) : res;
            return PyBaseObject.GenericGetAttr(o, name);
        };
        t.DescrGet = (o, inst, owner) =>
        {
            var s = (PySuper)o;
            if (inst is null || s.Obj is not null) return o;
            return new PySuper(s.Type) { ThisType = s.ThisType, Obj = inst, ObjType = Check(s.ThisType!, inst) };
        };
        t.Repr = o =>
        {
            var s = (PySuper)o;
            string name = s.ThisType?.Name ?? "NULL";
            return new PyStr(s.ObjType is not null
                ? $"<super: <class '{name}'>, <{s.ObjType.Name} object>>"
                : $"<super: <class '{name}'>, NULL>");
        };
        TypeBuilder.GetSet(t, "__thisclass__", o => (PyObject?)((PySuper)o).ThisType ?? PyNone.Instance, null);
        TypeBuilder.GetSet(t, "__self__", o => ((PySuper)o).Obj ?? PyNone.Instance, null);
        TypeBuilder.GetSet(t, "__self_class__", o => (PyObject?)((PySuper)o).ObjType ?? PyNone.Instance, null);
    }
}
