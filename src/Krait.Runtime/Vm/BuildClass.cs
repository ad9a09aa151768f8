namespace Krait.Runtime;

/// <summary><c>__build_class__(func, name, *bases, metaclass=None, **kwds)</c>, what a class statement calls
/// (Python/bltinmodule.c builtin___build_class__).</summary>
internal static class BuildClass
{
    public static PyObject Call(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int npos = args.Length - (kwnames?.Count ?? 0);
        if (npos < 2) throw PyErr.TypeError("__build_class__: not enough arguments");
        if (args[0] is not PyFunction func) throw PyErr.TypeError("__build_class__: func must be a function");
        if (args[1] is not PyStr name) throw PyErr.TypeError("__build_class__: name is not a string");
        var origBases = PyTuple.Create(args[2..npos]);
        var bases = UpdateBases(origBases);

        PyObject? meta = null;
        var kwNames = new List<PyObject>();
        var kwValues = new List<PyObject>();
        for (int i = 0; i < (kwnames?.Count ?? 0); i++)
        {
            var k = (PyStr)kwnames![i];
            if (k.Value == "metaclass") meta = args[npos + i];
            else { kwNames.Add(k); kwValues.Add(args[npos + i]); }
        }
        bool isClass;
        if (meta is null)
        {
            meta = bases.Count == 0 ? PyType.TypeType : bases[0].Type;
            isClass = true;
        }
        else isClass = meta is PyType;
        if (isClass) meta = CalculateMetaclass((PyType)meta, bases);

        var kw = kwNames.Count == 0 ? null : PyTuple.Wrap([.. kwNames]);
        PyObject ns;
        var prepare = Ops.TryGetAttr(meta, PyStr.Intern("__prepare__"));
        if (prepare is null) ns = new PyDict();
        else
        {
            ns = Ops.Call(prepare, [name, bases, .. kwValues], kw);
            if (ns.Type.GetItem is null)
            {
                string metaName = isClass ? ((PyType)meta).Name : "<metaclass>";
                throw PyErr.TypeError($"{metaName}.__prepare__() must return a mapping, not {ns.Type.Name}");
            }
        }
        var cell = Interpreter.RunClassBody(func, ns);
        if (!ReferenceEquals(bases, origBases)) Ops.SetItem(ns, PyStr.Intern("__orig_bases__"), origBases);
        var cls = Ops.Call(meta, [name, bases, ns, .. kwValues], kw);
        if (cls is PyType && cell is PyCell c)
        {
            var cellCls = c.Contents;
            if (!ReferenceEquals(cellCls, cls))
            {
                if (cellCls is null)
                    throw PyErr.RuntimeError($"__class__ not set defining {Ops.Repr(name).Value} as {Ops.Repr(cls).Value}. Was __classcell__ propagated to type.__new__?");
                throw PyErr.TypeError($"__class__ set to {Ops.Repr(cellCls).Value} defining {Ops.Repr(name).Value} as {Ops.Repr(cls).Value}");
            }
        }
        return cls;
    }

    /// <summary>PEP 560: bases that are not types may supply <c>__mro_entries__</c>.</summary>
    private static PyTuple UpdateBases(PyTuple bases)
    {
        List<PyObject>? newBases = null;
        for (int i = 0; i < bases.Count; i++)
        {
            var b = bases[i];
            if (b is PyType)
            {
                newBases?.Add(b);
                continue;
            }
            var meth = Ops.TryGetAttr(b, PyStr.Intern("__mro_entries__"));
            if (meth is null)
            {
                newBases?.Add(b);
                continue;
            }
            var entries = Ops.Call(meth, [bases]);
            if (entries is not PyTuple et) throw PyErr.TypeError("__mro_entries__ must return a tuple");
            if (newBases is null)
            {
                newBases = [];
                for (int j = 0; j < i; j++) newBases.Add(bases[j]);
            }
            foreach (var e in et.AsSpan()) newBases.Add(e);
        }
        return newBases is null ? bases : PyTuple.Wrap([.. newBases]);
    }

    /// <summary>_PyType_CalculateMetaclass: the most derived metaclass of <paramref name="meta"/> and the bases'.</summary>
    internal static PyType CalculateMetaclass(PyType meta, PyTuple bases)
    {
        var winner = meta;
        foreach (var b in bases.AsSpan())
        {
            var bm = b.Type;
            if (winner.IsSubtype(bm)) continue;
            if (bm.IsSubtype(winner)) { winner = bm; continue; }
            throw PyErr.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }
}
