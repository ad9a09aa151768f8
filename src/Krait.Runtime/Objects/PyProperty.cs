namespace Krait.Runtime;

/// <summary>property(fget, fset, fdel, doc): a data descriptor calling Python accessors.</summary>
public sealed class PyProperty(PyType type) : PyObject(type)
{
    public PyObject? Get, Set, Delete, Doc;
    /// <summary>Set by __set_name__; used in the error messages.</summary>
    public PyObject? Name;

    private string Describe(PyObject inst) =>
        Name is null ? $"property of '{inst.Type.Name}' object" : $"property {Ops.Repr(Name).Value} of '{inst.Type.Name}' object";

    internal static void InitType(PyType t)
    {
        t.New = (type, args, kw) => new PyProperty(type);
        t.Init = (o, args, kw) =>
        {
            var p = (PyProperty)o;
            int npos = args.Length - (kw?.Count ?? 0);
            for (int i = 0; i < args.Length; i++)
            {
                int slot = i < npos ? i : kw!.Items[i - npos] is PyStr k ? k.Value switch
                {
                    "fget" => 0, "fset" => 1, "fdel" => 2, "doc" => 3,
                    _ => throw PyErr.TypeError($"property() got an unexpected keyword argument '{k.Value}'"),
                } : -1;
                var v = args[i] is PyNone ? null : args[i];
                switch (slot) { case 0: p.Get = v; break; case 1: p.Set = v; break; case 2: p.Delete = v; break; case 3: p.Doc = v; break; }
            }
        };
        t.DescrGet = (o, inst, owner) =>
        {
            var p = (PyProperty)o;
            if (inst is null) return o;
            if (p.Get is null) throw PyErr.AttributeError($"{p.Describe(inst)} has no getter");
            return Ops.Call(p.Get, [inst]);
        };
        t.DescrSet = (o, inst, value) =>
        {
            var p = (PyProperty)o;
            if (value is null)
            {
                if (p.Delete is null) throw PyErr.AttributeError($"{p.Describe(inst)} has no deleter");
                Ops.Call(p.Delete, [inst]);
            }
            else
            {
                if (p.Set is null) throw PyErr.AttributeError($"{p.Describe(inst)} has no setter");
                Ops.Call(p.Set, [inst, value]);
            }
        };
        TypeBuilder.Method(t, "__set_name__", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("__set_name__", args, kw, 2);
            ((PyProperty)self!).Name = args[1];
            return PyNone.Instance;
        });
        t.TypeDict.SetItem(PyStr.Intern("fget"), new PyGetSetDescriptor(t, "fget", o => ((PyProperty)o).Get ?? PyNone.Instance, null));
        t.TypeDict.SetItem(PyStr.Intern("fset"), new PyGetSetDescriptor(t, "fset", o => ((PyProperty)o).Set ?? PyNone.Instance, null));
        t.TypeDict.SetItem(PyStr.Intern("fdel"), new PyGetSetDescriptor(t, "fdel", o => ((PyProperty)o).Delete ?? PyNone.Instance, null));
    }
}
