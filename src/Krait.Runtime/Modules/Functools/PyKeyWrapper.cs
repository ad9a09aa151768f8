namespace Krait.Runtime;

/// <summary>functools.KeyWrapper: what cmp_to_key returns, and (when called) the key objects it makes, which
/// compare through the comparison function.</summary>
public sealed class PyKeyWrapper : PyObject
{
    public static readonly PyType KeyWrapperType = PyType.NewBuiltin("functools.KeyWrapper", PyType.ObjectType, 0, InitType);

    private readonly PyObject _cmp;
    private PyObject? _obj;

    internal PyKeyWrapper(PyObject cmp, PyObject? obj) : base(KeyWrapperType) { _cmp = cmp; _obj = obj; }

    private static void InitType(PyType t)
    {
        OperatorModule.SpecModule(t, "functools");
        t.Call = (o, args, kw) =>
        {
            var v = new PyObject?[1];
            ArgBinder.Bind("K", args, kw, ["obj"], 0, 1, 1, v);
            return new PyKeyWrapper(((PyKeyWrapper)o)._cmp, v[0]);
        };
        t.RichCompare = (a, b, op) =>
        {
            if (b is not PyKeyWrapper kb) throw PyErr.TypeError("other argument must be K instance");
            var ka = (PyKeyWrapper)a;
            if (ka._obj is null || kb._obj is null) throw PyErr.AttributeError("object");
            var res = Ops.Call(ka._cmp, [ka._obj, kb._obj]);
            return Ops.RichCompare(res, PyInt.FromLong(0), op);
        };
        t.Hash = SlotDefs.HashNotImplemented;
        t.TypeDict.SetItem(PyStr.Intern("__hash__"), PyNone.Instance);
        TypeBuilder.GetSet(t, "obj", o => ((PyKeyWrapper)o)._obj ?? PyNone.Instance,
            (o, v) => ((PyKeyWrapper)o)._obj = v);
    }
}
