namespace Krait.Runtime;

/// <summary>weakref.ProxyType and weakref.CallableProxyType (weakref.proxy): every operation is forwarded to the
/// referent (proxies among the operands are unwrapped); once the referent is dead each raises ReferenceError.
/// Unhashable; not subclassable.</summary>
public sealed class PyWeakProxy : PyWeakrefBase
{
    public static readonly PyType ProxyType = PyType.NewBuiltin("weakref.ProxyType", PyType.ObjectType, 0, t => InitType(t, false));
    public static readonly PyType CallableProxyType = PyType.NewBuiltin("weakref.CallableProxyType", PyType.ObjectType, 0, t => InitType(t, true));

    private PyWeakProxy(PyType type, WeakTarget target, PyObject? callback) : base(type, target, callback) { }

    /// <summary>PyWeakref_NewProxy: reuses the basic proxy when there is no callback.</summary>
    internal static PyWeakProxy New(PyObject ob, PyObject? callback)
    {
        if (!Supports(ob)) throw PyWeakref.CannotReference(ob);
        var target = Finalization.WeakTargetFor(ob);
        target.BasicRefs(out var basicRef, out var basicProxy);
        if (callback is null && basicProxy is not null) return basicProxy;
        var type = ob.Type.Call is not null ? CallableProxyType : ProxyType;
        var p = new PyWeakProxy(type, target, callback);
        target.Insert(p, callback is null ? basicRef : (PyWeakrefBase?)basicProxy ?? basicRef);
        return p;
    }

    /// <summary>The referent, or ReferenceError when it is dead.</summary>
    private static PyObject Live(PyObject proxy) =>
        ((PyWeakProxy)proxy).Referent ?? throw PyErr.New(PyExc.ReferenceError, "weakly-referenced object no longer exists");

    /// <summary>An operand: a proxy stands for its referent.</summary>
    private static PyObject Unwrap(PyObject o) => o is PyWeakProxy ? Live(o) : o;

    private static void InitType(PyType t, bool callable)
    {
        t.QualName = callable ? "CallableProxyType" : "ProxyType";
        t.GetAttr = (o, name) => Ops.GetAttr(Live(o), name);
        t.SetAttr = (o, name, v) =>
        {
            if (v is null) Ops.DelAttr(Live(o), name);
            else Ops.SetAttr(Live(o), name, v);
        };
        t.Repr = o =>
        {
            var obj = ((PyWeakProxy)o).Referent ?? PyNone.Instance;
            return new PyStr($"<weakproxy at 0x{Ops.Id(o):x} to {obj.Type.Name} at 0x{Ops.Id(obj):x}>");
        };
        t.Str = o => Ops.Str(Live(o));
        t.Hash = SlotDefs.HashNotImplemented;
        t.RichCompare = (a, b, op) => Ops.RichCompare(Unwrap(a), Unwrap(b), op);
        t.Bool = o => Ops.IsTrue(Live(o));
        t.Len = o => Ops.Len(Live(o));
        t.Iter = o => Ops.GetIter(Live(o));
        t.IterNext = o =>
        {
            var obj = Live(o);
            if (obj.Type.IterNext is null) throw PyErr.TypeError($"Weakref proxy referenced a non-iterator '{obj.Type.Name}' object");
            return Ops.Next(obj);
        };
        t.Contains = (o, item) => Ops.Contains(Live(o), item);
        t.GetItem = (o, key) => Ops.GetItem(Live(o), key);
        t.SetItem = (o, key, v) => Ops.SetItem(Live(o), key, v);
        t.DelItem = (o, key) => Ops.DelItem(Live(o), key);
        for (int i = 0; i < PyType.NumberOpCount; i++)
        {
            var op = (NumberOp)i;
            t.Number[i] = (a, b) => Ops.BinaryOp(Unwrap(a), Unwrap(b), op);
            if (op != NumberOp.DivMod) t.InPlace[i] = (a, b) => Ops.InPlaceOp(Unwrap(a), Unwrap(b), op);
        }
        t.Negative = o => Ops.Negative(Live(o));
        t.Positive = o => Ops.Positive(Live(o));
        t.Absolute = o => Ops.Absolute(Live(o));
        t.Invert = o => Ops.Invert(Live(o));
        t.Int = o => Ops.ToInt(Live(o));
        t.Float = o => new PyFloat(Ops.ToDouble(Live(o)));
        t.Index = o => Ops.Index(Live(o));
        if (callable) t.Call = (o, args, kw) => Ops.Call(Live(o), args, kw);
        TypeBuilder.Method(t, "__bytes__", (self, args, kw) =>
        {
            ArgBinder.None("__bytes__", args, kw);
            return Ops.Call(PyBytes.BytesType, [Live(self!)]);
        });
        TypeBuilder.Method(t, "__reversed__", (self, args, kw) =>
        {
            ArgBinder.None("__reversed__", args, kw);
            return Ops.Call(PyReversed.ReversedType, [Live(self!)]);
        });
    }
}
