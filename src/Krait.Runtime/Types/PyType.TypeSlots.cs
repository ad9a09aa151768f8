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
        // str(x), the most common conversion: unicode_new is PyObject_Str, and an exact str result needs no more
        // (str's __init__ is object's, which accepts the arguments when __new__ is overridden).
        if (ReferenceEquals(type, StrType) && args.Length == 1 && kw is null)
        {
            PyObject s = Ops.Str(args[0]);
            if (!ReferenceEquals(s.Type, StrType))
            {
                // A str subclass's instance from __str__: what NewForCall and the rest of type_call do with it.
                if (s.Type.HasFinalizer && s is not PyInstance) Finalization.Register(s);
                s.Type.Init?.Invoke(s, args, kw);
            }
            return s;
        }
        var obj = NewForCall(type, args, kw);
        if (!obj.Type.IsSubtype(type)) return obj;
        obj.Type.Init?.Invoke(obj, args, kw);
        return obj;
    };

    /// <summary>type.__call__ (type_call) of every class whose metaclass doesn't override it.</summary>
    internal static CallSlot DefaultTypeCall => s_typeCall;

    /// <summary>type_call's first half (after the type(x) case): the new object from __new__, its __init__ not yet run.</summary>
    internal static PyObject NewForCall(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var newSlot = type.New ?? throw PyErr.TypeError($"cannot create '{type.Name}' instances");
        var obj = newSlot(type, args, kw);
        // PyInstance registers itself; instances of builtins' subclasses with __del__ are registered here.
        if (obj.Type.HasFinalizer && obj is not PyInstance) Finalization.Register(obj);
        return obj;
    }

    /// <summary>check_set_special_type_attr plus the str check of __name__/__qualname__.</summary>
    private static PyStr CheckSpecialSet(PyType tp, string attr, PyObject? v)
    {
        if (!tp.IsHeapType) throw PyErr.TypeError($"cannot set '{attr}' attribute of immutable type '{tp.Name}'");
        if (v is null) throw PyErr.TypeError($"cannot delete '{attr}' attribute of immutable type '{tp.Name}'");
        return v as PyStr ?? throw PyErr.TypeError($"can only assign string to {tp.Name}.{attr}, not '{v.Type.Name}'");
    }

    /// <summary>type.__bases__ = (...) (type_set_bases): checks, then the new MRO here and in every subclass.</summary>
    private void SetBases(PyObject? v)
    {
        if (!IsHeapType) throw PyErr.TypeError($"cannot set '__bases__' attribute of immutable type '{Name}'");
        if (v is null) throw PyErr.TypeError($"cannot delete '__bases__' attribute of immutable type '{Name}'");
        if (v is not PyTuple tuple) throw PyErr.TypeError($"can only assign tuple to {Name}.__bases__, not {v.Type.Name}");
        if (tuple.Count == 0) throw PyErr.TypeError($"can only assign non-empty tuple to {Name}.__bases__, not ()");
        var bases = new PyType[tuple.Count];
        for (int i = 0; i < bases.Length; i++)
        {
            if (tuple[i] is not PyType b) throw PyErr.TypeError($"{Name}.__bases__ must be tuple of classes, not '{tuple[i].Type.Name}'");
            if (b.IsSubtype(this)) throw PyErr.TypeError("a __bases__ item causes an inheritance cycle");
            bases[i] = b;
        }
        var best = TypeNew.BestBasePublic(bases);
        PyBaseObject.CheckCompatible(Base!, best, "__bases__");
        var oldBases = Bases;
        var oldBase = Base;
        Bases = bases;
        Base = best;
        try { RecomputeMro(this); }
        catch
        {
            Bases = oldBases;
            Base = oldBase;
            RecomputeMro(this);
            throw;
        }
        foreach (var b in oldBases) b.RemoveSubclass(this);
        foreach (var b in bases) b.AddSubclass(this);
    }

    private static void RecomputeMro(PyType t)
    {
        t.Mro = Krait.Runtime.Mro.Compute(t, t.Bases);
        t.Modified();
        if (t.IsHeapType) SlotDefs.FixupSlots(t);
        foreach (var sub in t.Subclasses()) RecomputeMro(sub);
    }

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
        t.Number[(int)NumberOp.Or] = (a, b) => PyUnionType.Or(a, b);
        // A heap type's __name__ is its whole name, dots included (typing sets re.__name__ = 'typing.re');
        // a static type's is tp_name after the module prefix.
        // A heap type returns the same str object on every read, as CPython's ht_name/ht_qualname
        // (inspect.classify_class_attrs finds where __name__ lives by identity); a static type a new one.
        TypeBuilder.GetSet(t, "__name__", o =>
        {
            var tp = (PyType)o;
            if (!tp.IsHeapType) return new PyStr(tp.Name[(tp.Name.LastIndexOf('.') + 1)..]);
            return tp._nameObj is { } c && c.Value == tp.Name ? c : tp._nameObj = new PyStr(tp.Name);
        }, (o, v) =>
        {
            var tp = (PyType)o;
            var s = CheckSpecialSet(tp, "__name__", v);
            TypeNew.CheckUtf8(s);
            if (s.Value.Contains('\0')) throw PyErr.ValueError("type name must not contain null characters");
            tp.Name = s.Value;
        });
        TypeBuilder.GetSet(t, "__qualname__", o =>
        {
            var tp = (PyType)o;
            if (!tp.IsHeapType) return new PyStr(tp.QualName[(tp.QualName.LastIndexOf('.') + 1)..]);
            return tp._qualNameObj is { } c && c.Value == tp.QualName ? c : tp._qualNameObj = new PyStr(tp.QualName);
        }, (o, v) =>
        {
            var tp = (PyType)o;
            tp.QualName = CheckSpecialSet(tp, "__qualname__", v).Value;
        });
        TypeBuilder.GetSet(t, "__module__", o =>
        {
            var tp = (PyType)o;
            if (tp.IsHeapType) return tp.TypeDict.GetItemStr(PyStr.Intern("__module__")) ?? throw PyErr.AttributeError("__module__");
            return new PyStr(tp.ModuleName);
        }, (o, v) => ((PyType)o).SetTypeAttr(PyStr.Intern("__module__"), v));
        TypeBuilder.GetSet(t, "__bases__", o => PyTuple.Create(((PyType)o).Bases), (o, v) => ((PyType)o).SetBases(v));
        TypeBuilder.GetSet(t, "__base__", o => (PyObject?)((PyType)o).Base ?? PyNone.Instance, null);
        TypeBuilder.GetSet(t, "__mro__", o => PyTuple.Create(((PyType)o).Mro), ReadOnly);
        TypeBuilder.GetSet(t, "__dict__", o => new PyMappingProxy(((PyType)o).TypeDict), null);
        TypeBuilder.GetSet(t, "__abstractmethods__", o =>
        {
            // type itself has the descriptor in its dict but no abstract methods
            var tp = (PyType)o;
            var v = ReferenceEquals(tp, TypeType) ? null : tp.TypeDict.GetItemStr(PyStr.Intern("__abstractmethods__"));
            return v ?? throw PyErr.AttributeError("__abstractmethods__");
        }, (o, v) =>
        {
            var tp = (PyType)o;
            var key = PyStr.Intern("__abstractmethods__");
            bool abs = false;
            if (v is null)
            {
                if (ReferenceEquals(tp, TypeType) || !tp.TypeDict.DelItemStr(key)) throw PyErr.AttributeError("__abstractmethods__");
            }
            else
            {
                abs = Ops.IsTrue(v);
                tp.TypeDict.SetItem(key, v);
            }
            tp.Modified();
            if (abs) tp.Flags |= TypeFlags.IsAbstract; else tp.Flags &= ~TypeFlags.IsAbstract;
        });
        TypeBuilder.Method(t, "__dir__", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("__dir__", args, kw, 0);
            var d = new PyDict();
            PyBaseObject.MergeClassDict(d, self!);
            return PyBaseObject.KeysList(d);
        });
        TypeBuilder.ClassMethod(t, "__prepare__", (self, args, kw) => new PyDict());
        TypeBuilder.GetSet(t, "__doc__", o =>
        {
            var tp = (PyType)o;
            var d = tp.TypeDict.GetItemStr(PyStr.Intern("__doc__")) ?? PyNone.Instance;
            if (!tp.IsHeapType && d is PyStr ds) return StripSignature(tp, ds);
            return d.Type.DescrGet is { } get ? get(d, null, tp) : d;
        }, (o, v) => ((PyType)o).SetTypeAttr(PyStr.Intern("__doc__"), v));
        AddIntrospection(t);
        TypeBuilder.Method(t, "mro", (self, args, kw) => new PyList(Krait.Runtime.Mro.Compute((PyType)self!, ((PyType)self!).Bases)));
        TypeBuilder.Method(t, "__subclasses__", (self, args, kw) => new PyList(((PyType)self!).Subclasses().ToArray()));
        TypeBuilder.Method(t, "__instancecheck__", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("type.__instancecheck__", args, kw, 1);
            return PyBool.From(Ops.RealIsInstance(args[0], self!));
        });
        TypeBuilder.Method(t, "__subclasscheck__", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("type.__subclasscheck__", args, kw, 1);
            return PyBool.From(Ops.RealIsSubclass(args[0], self!));
        });
    }
}
