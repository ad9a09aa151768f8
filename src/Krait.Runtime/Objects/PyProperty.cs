namespace Krait.Runtime;

/// <summary>property(fget=None, fset=None, fdel=None, doc=None): a data descriptor calling Python accessors
/// (descrobject.c property_*).</summary>
public sealed class PyProperty : PyObject
{
    public PyObject? Get, Set, Delete, Doc;
    /// <summary>Set by __set_name__; used in the error messages.</summary>
    public PyObject? Name;
    /// <summary>The doc came from the getter (so getter() takes the new getter's doc).</summary>
    private bool _getterDoc;
    private PyDict? _dict;

    public PyProperty(PyType type) : base(type)
    {
        if (type.HasDict) _dict = new PyDict();
    }

    public override PyDict? Dict
    {
        get => _dict;
        set => _dict = _dict is null ? throw PyErr.AttributeError($"'{Type.Name}' object has no attribute '__dict__'") : value;
    }

    private PythonException Missing(PyObject inst, string what)
    {
        string qn = Ops.Repr(new PyStr(inst.Type.QualName)).Value;
        return PyErr.AttributeError(Name is null
            ? $"property of {qn} object has no {what}"
            : $"property {Ops.Repr(Name).Value} of {qn} object has no {what}");
    }

    private static readonly string[] s_kwNames = ["fget", "fset", "fdel", "doc"];

    private void Init(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int npos = args.Length - (kw?.Count ?? 0);
        if (args.Length > 4) throw PyErr.TypeError($"property() takes at most 4 arguments ({args.Length} given)");
        Span<int> seen = stackalloc int[4];
        var values = new PyObject?[4];
        for (int i = 0; i < args.Length; i++)
        {
            int slot = i;
            if (i >= npos)
            {
                var k = ((PyStr)kw![i - npos]).Value;
                slot = Array.IndexOf(s_kwNames, k);
                if (slot < 0) throw PyErr.TypeError($"'{k}' is an invalid keyword argument for property()");
                if (seen[slot] != 0)
                    throw PyErr.TypeError($"argument for property() given by name ('{k}') and position ({slot + 1})");
            }
            seen[slot] = 1;
            values[slot] = args[i] is PyNone ? null : args[i];
        }
        Get = values[0]; Set = values[1]; Delete = values[2];
        Doc = null;
        Name = null;
        _getterDoc = false;
        PyObject? doc = values[3];
        bool exact = ReferenceEquals(Type, PyType.PropertyType);
        if (doc is null && Get is not null)
        {
            doc = Ops.TryGetAttr(Get, PyStr.Intern("__doc__"));
            if (!exact && doc is PyNone) doc = null;
            if (doc is not null) _getterDoc = true;
        }
        if (exact) Doc = doc;
        else
        {
            // A subclass keeps __doc__ in the instance dict: the class's own __doc__ would shadow the member.
            try { Ops.SetAttr(this, PyStr.Intern("__doc__"), doc ?? PyNone.Instance); }
            catch (PythonException e) when (!_getterDoc && e.Value.Type.IsSubtype(PyExc.AttributeError)) { }
        }
    }

    /// <summary>property_copy: a new property of the same type with one accessor replaced.</summary>
    private PyObject Copy(PyObject? get, PyObject? set, PyObject? del)
    {
        get ??= Get ?? PyNone.Instance;
        set ??= Set ?? PyNone.Instance;
        del ??= Delete ?? PyNone.Instance;
        PyObject doc = _getterDoc && get is not PyNone ? PyNone.Instance : Doc ?? PyNone.Instance;
        var r = Ops.Call(Type, [get, set, del, doc]);
        if (r is PyProperty p) p.Name = Name;
        return r;
    }

    private static PyProperty Self(PyObject? o) => (PyProperty)o!;

    internal static void InitType(PyType t)
    {
        t.New = (type, args, kw) => new PyProperty(type);
        t.Init = (o, args, kw) => ((PyProperty)o).Init(args, kw);
        t.DescrGet = (o, inst, owner) =>
        {
            var p = (PyProperty)o;
            if (inst is null or PyNone) return o;
            if (p.Get is null) throw p.Missing(inst, "getter");
            return Ops.Call(p.Get, [inst]);
        };
        t.DescrSet = (o, inst, value) =>
        {
            var p = (PyProperty)o;
            if (value is null)
            {
                if (p.Delete is null) throw p.Missing(inst, "deleter");
                Ops.Call(p.Delete, [inst]);
            }
            else
            {
                if (p.Set is null) throw p.Missing(inst, "setter");
                Ops.Call(p.Set, [inst, value]);
            }
        };
        TypeBuilder.Method(t, "__set_name__", (self, args, kw) =>
        {
            // METH_FASTCALL with _PyArg_CheckPositional-free counting: CPython's own wording.
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("property.__set_name__() takes no keyword arguments");
            if (args.Length != 2) throw PyErr.TypeError($"__set_name__() takes 2 positional arguments but {args.Length} were given");
            Self(self).Name = args[1];
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "getter", (self, args, kw) => { TypeBuilder.ExactArgs("property.getter", args, kw, 1); return Self(self).Copy(args[0], null, null); });
        TypeBuilder.Method(t, "setter", (self, args, kw) => { TypeBuilder.ExactArgs("property.setter", args, kw, 1); return Self(self).Copy(null, args[0], null); });
        TypeBuilder.Method(t, "deleter", (self, args, kw) => { TypeBuilder.ExactArgs("property.deleter", args, kw, 1); return Self(self).Copy(null, null, args[0]); });
        TypeBuilder.GetSet(t, "fget", o => Self(o).Get ?? PyNone.Instance, PyMethod.ReadOnly);
        TypeBuilder.GetSet(t, "fset", o => Self(o).Set ?? PyNone.Instance, PyMethod.ReadOnly);
        TypeBuilder.GetSet(t, "fdel", o => Self(o).Delete ?? PyNone.Instance, PyMethod.ReadOnly);
        TypeBuilder.GetSet(t, "__doc__", o => Self(o).Doc ?? PyNone.Instance, (o, v) => Self(o).Doc = v);
        TypeBuilder.GetSet(t, "__isabstractmethod__", o =>
        {
            var p = Self(o);
            foreach (var f in new[] { p.Get, p.Set, p.Delete })
                if (f is not null && Ops.TryGetAttr(f, PyStr.Intern("__isabstractmethod__")) is { } v && Ops.IsTrue(v)) return PyBool.True;
            return PyBool.False;
        }, null);
    }
}
