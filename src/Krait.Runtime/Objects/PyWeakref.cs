namespace Krait.Runtime;

/// <summary>weakref.ref (weakref.ReferenceType, Objects/weakrefobject.c): calling it returns the referent or
/// None once the referent is dead. Subclassable (weakref.KeyedRef); an instance of a subclass carries a dict
/// when its class has one.</summary>
public class PyWeakref : PyWeakrefBase
{
    public static readonly PyType ReferenceType = PyType.NewBuiltin("weakref.ReferenceType", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private long _hash = -1;
    private PyDict? _dict;

    internal PyWeakref(PyType type, WeakTarget target, PyObject? callback) : base(type, target, callback)
    {
        if (type.HasDict) _dict = new PyDict();
    }

    public override PyDict? Dict
    {
        get => _dict;
        set => _dict = _dict is null ? throw PyErr.NoAttribute(this, PyStr.Intern("__dict__")) : value;
    }

    /// <summary>parse_weakref_init_args: (object[, callback]) positionally; a None callback is no callback.
    /// __new__ ignores keyword arguments (a subclass's __init__ may take some); ref.__init__ refuses them.</summary>
    internal static (PyObject Ob, PyObject? Callback) ParseArgs(string fname, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (fname == "__init__" && kw is not null && kw.Count > 0) throw PyErr.TypeError("ref() takes no keyword arguments");
        args = args[..(args.Length - (kw?.Count ?? 0))];
        ArgBinder.Positional(fname, args, null, 1, 2);
        var cb = args.Length > 1 && args[1] is not PyNone ? args[1] : null;
        return (args[0], cb);
    }

    internal static PythonException CannotReference(PyObject o) =>
        PyErr.TypeError($"cannot create weak reference to '{o.Type.Name}' object");

    /// <summary>weakref___new__: reuses the basic ref (exact type, no callback) when there is one.</summary>
    internal static PyWeakref New(PyType type, PyObject ob, PyObject? callback)
    {
        if (!Supports(ob)) throw CannotReference(ob);
        var target = Finalization.WeakTargetFor(ob);
        target.BasicRefs(out var basicRef, out var basicProxy);
        bool basic = callback is null && ReferenceEquals(type, ReferenceType);
        if (basic && basicRef is not null) return basicRef;
        var r = new PyWeakref(type, target, callback);
        if (basic) target.Insert(r, null);
        else target.Insert(r, (PyWeakrefBase?)basicProxy ?? basicRef);
        return r;
    }

    private static void InitType(PyType t)
    {
        t.QualName = "ReferenceType";
        t.New = (type, args, kw) =>
        {
            var (ob, cb) = ParseArgs("__new__", args, kw);
            return New(type, ob, cb);
        };
        t.Init = (self, args, kw) => ParseArgs("__init__", args, kw);
        t.Call = (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("weakref() takes no keyword arguments");
            ArgBinder.Positional("weakref", args, null, 0, 0);
            return ((PyWeakref)self).Referent ?? PyNone.Instance;
        };
        t.Hash = o =>
        {
            var r = (PyWeakref)o;
            if (r._hash != -1) return r._hash;
            var obj = r.Referent ?? throw PyErr.TypeError("weak object has gone away");
            return r._hash = Ops.Hash(obj);
        };
        t.RichCompare = (a, b, op) =>
        {
            if ((op != CompareOp.Eq && op != CompareOp.Ne) || b is not PyWeakref rb) return PyNotImplemented.Instance;
            var x = ((PyWeakref)a).Referent;
            var y = rb.Referent;
            if (x is null || y is null)
            {
                bool same = ReferenceEquals(a, b);
                return PyBool.From(op == CompareOp.Eq ? same : !same);
            }
            return Ops.RichCompare(x, y, op);
        };
        t.Repr = o =>
        {
            var obj = ((PyWeakref)o).Referent;
            if (obj is null) return new PyStr($"<weakref at 0x{Ops.Id(o):x}; dead>");
            return new PyStr($"<weakref at 0x{Ops.Id(o):x}; to '{obj.Type.Name}' at 0x{Ops.Id(obj):x}{NameSuffix(obj)}>");
        };
        TypeBuilder.GetSet(t, "__callback__", o => ((PyWeakref)o).Callback ?? PyNone.Instance, null);
        PyGenericAlias.AddClassGetItem(t);
    }
}
