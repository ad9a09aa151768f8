namespace Krait.Runtime;

/// <summary>The _weakref module (Modules/_weakref.c): ref, proxy, the three types, getweakrefcount,
/// getweakrefs and _remove_dead_weakref. weakref.py builds WeakValueDictionary and friends on it.</summary>
public static class WeakrefModule
{
    public static PyModule Create()
    {
        var m = new PyModule("_weakref", "Weak-reference support module.");
        m.Add("ref", PyWeakref.ReferenceType);
        m.Add("ReferenceType", PyWeakref.ReferenceType);
        m.Add("ProxyType", PyWeakProxy.ProxyType);
        m.Add("CallableProxyType", PyWeakProxy.CallableProxyType);
        m.AddFunction("getweakrefcount", (self, args, kw) =>
        {
            var o = ArgBinder.One("_weakref.getweakrefcount", args, kw);
            return PyInt.FromLong(Finalization.ExistingWeakTarget(o)?.Count ?? 0);
        });
        m.AddFunction("getweakrefs", (self, args, kw) =>
        {
            var o = ArgBinder.One("_weakref.getweakrefs", args, kw);
            var list = new PyList();
            if (Finalization.ExistingWeakTarget(o) is { } target)
                foreach (var r in target.Live()) list.Append(r);
            return list;
        });
        m.AddFunction("proxy", (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("_weakref.proxy() takes no keyword arguments");
            ArgBinder.Positional("proxy", args, null, 1, 2);
            var cb = args.Length > 1 && args[1] is not PyNone ? args[1] : null;
            return PyWeakProxy.New(args[0], cb);
        });
        m.AddFunction("_remove_dead_weakref", (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("_remove_dead_weakref() takes no keyword arguments");
            if (args.Length != 2) throw PyErr.TypeError($"_remove_dead_weakref expected 2 arguments, got {args.Length}");
            if (args[0] is not PyDict d) throw PyErr.TypeError($"_remove_dead_weakref() argument 1 must be dict, not {args[0].Type.Name}");
            // _PyDict_DelItemIf: only a dead weakref is removed; a missing key is not an error.
            var v = d.GetItem(args[1]);
            if (v is null) return PyNone.Instance;
            if (v is not PyWeakrefBase r) throw PyErr.TypeError("not a weakref");
            if (r.Referent is null) d.DelItem(args[1]);
            return PyNone.Instance;
        });
        return m;
    }

    /// <summary>An object's <c>__weakref__</c>: the first weak reference to it, or None.</summary>
    public static PyObject FirstRef(PyObject o)
    {
        if (Finalization.ExistingWeakTarget(o) is { } target)
        {
            var live = target.Live();
            if (live.Count > 0) return live[0];
        }
        return PyNone.Instance;
    }
}
