namespace Krait.Runtime;

/// <summary>Type-variable collection and substitution shared by types.GenericAlias and types.UnionType
/// (_Py_make_parameters and _Py_subs_parameters in Objects/genericaliasobject.c, 3.11).</summary>
internal static class TypeParams
{
    private static readonly PyStr s_typingSubst = PyStr.Intern("__typing_subst__");
    private static readonly PyStr s_parameters = PyStr.Intern("__parameters__");
    private static readonly PyStr s_prepareSubst = PyStr.Intern("__typing_prepare_subst__");
    private static readonly PyStr s_unpackedTupleArgs = PyStr.Intern("__typing_unpacked_tuple_args__");
    private static readonly PyStr s_isUnpackedTypeVarTuple = PyStr.Intern("__typing_is_unpacked_typevartuple__");

    /// <summary>getattr(o, name) or null when it raises AttributeError (_PyObject_LookupAttr).</summary>
    private static PyObject? LookupAttr(PyObject o, PyStr name)
    {
        try { return Ops.TryGetAttr(o, name); }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.AttributeError)) { return null; }
    }

    private static int IndexOf(List<PyObject> items, PyObject o)
    {
        for (int i = 0; i < items.Count; i++)
            if (ReferenceEquals(items[i], o)) return i;
        return -1;
    }

    private static int IndexOf(PyTuple items, PyObject o)
    {
        for (int i = 0; i < items.Count; i++)
            if (ReferenceEquals(items[i], o)) return i;
        return -1;
    }

    /// <summary>_Py_make_parameters: the type variables of <paramref name="args"/> in order of first appearance:
    /// objects with <c>__typing_subst__</c> (TypeVar, ParamSpec …), and the <c>__parameters__</c> of the others
    /// (classes excepted).</summary>
    public static PyTuple MakeParameters(PyTuple args)
    {
        var parameters = new List<PyObject>();
        foreach (var t in args.AsSpan())
        {
            if (t is PyType) continue;
            if (LookupAttr(t, s_typingSubst) is not null)
            {
                if (IndexOf(parameters, t) < 0) parameters.Add(t);
                continue;
            }
            if (LookupAttr(t, s_parameters) is PyTuple sub)
                foreach (var t2 in sub.AsSpan())
                    if (IndexOf(parameters, t2) < 0) parameters.Add(t2);
        }
        return parameters.Count == 0 ? PyTuple.Empty : PyTuple.Wrap([.. parameters]);
    }

    /// <summary>The args of an unpacked tuple type (<c>*tuple[int, str]</c>), or null.</summary>
    private static PyTuple? UnpackedTupleArgs(PyObject arg)
    {
        if (arg is PyGenericAlias { Starred: true } g && ReferenceEquals(g.Origin, PyType.TupleType)) return g.Args;
        return LookupAttr(arg, s_unpackedTupleArgs) as PyTuple;
    }

    /// <summary>_unpack_args: unpacked fixed-length tuple types among the items are spliced in.</summary>
    private static PyTuple UnpackArgs(PyObject item)
    {
        var result = new List<PyObject>();
        ReadOnlySpan<PyObject> items = item is PyTuple t ? t.AsSpan() : [item];
        foreach (var x in items)
        {
            if (x is not PyType && UnpackedTupleArgs(x) is { } sub && !(sub.Count > 0 && sub[sub.Count - 1] is PyEllipsis))
            {
                foreach (var y in sub.AsSpan()) result.Add(y);
                continue;
            }
            result.Add(x);
        }
        return PyTuple.Wrap([.. result]);
    }

    private static bool IsUnpackedTypeVarTuple(PyObject arg) =>
        arg is not PyType && LookupAttr(arg, s_isUnpackedTypeVarTuple) is { } v && Ops.IsTrue(v);

    /// <summary>subs_tvars: <paramref name="obj"/> with its own parameters replaced (obj[new args]), or itself.</summary>
    private static PyObject SubsTvars(PyObject obj, PyTuple parameters, ReadOnlySpan<PyObject> argItems)
    {
        if (LookupAttr(obj, s_parameters) is not PyTuple sub || sub.Count == 0) return obj;
        var subArgs = new List<PyObject>(sub.Count);
        foreach (var p in sub.AsSpan())
        {
            var arg = p;
            int i = IndexOf(parameters, p);
            if (i >= 0)
            {
                var param = parameters[i];
                arg = argItems[i];
                // A TypeVarTuple (iterable) stands for several arguments.
                if (param.Type.Iter is not null && arg is PyTuple many)
                {
                    foreach (var x in many.AsSpan()) subArgs.Add(x);
                    continue;
                }
            }
            subArgs.Add(arg);
        }
        return Ops.GetItem(obj, PyTuple.Wrap([.. subArgs]));
    }

    /// <summary>_Py_subs_parameters: <paramref name="args"/> with every type variable of <paramref name="parameters"/>
    /// replaced by the matching item of <paramref name="item"/>.</summary>
    public static PyTuple SubsParameters(PyObject self, PyTuple args, PyTuple parameters, PyObject item)
    {
        int nparams = parameters.Count;
        if (nparams == 0) throw PyErr.TypeError($"{Ops.Repr(self).Value} is not a generic class");
        item = UnpackArgs(item);
        foreach (var param in parameters.AsSpan())
        {
            if (LookupAttr(param, s_prepareSubst) is { } prepare && prepare is not PyNone)
                item = Ops.Call(prepare, [self, item is PyTuple ? item : PyTuple.Create([item])]);
        }
        ReadOnlySpan<PyObject> argItems = item is PyTuple it ? it.AsSpan() : [item];
        if (argItems.Length != nparams)
            throw PyErr.TypeError($"Too {(argItems.Length > nparams ? "many" : "few")} arguments for {Ops.Repr(self).Value}; actual {argItems.Length}, expected {nparams}");
        var newArgs = new List<PyObject>(args.Count);
        foreach (var a in args.AsSpan())
        {
            if (a is PyType)
            {
                newArgs.Add(a);
                continue;
            }
            bool unpack = IsUnpackedTypeVarTuple(a);
            PyObject arg;
            if (LookupAttr(a, s_typingSubst) is { } subst)
                arg = Ops.Call(subst, [argItems[IndexOf(parameters, a)]]);
            else arg = SubsTvars(a, parameters, argItems);
            if (unpack)
            {
                var tuple = arg as PyTuple ?? throw PyErr.TypeError("expected a tuple");
                foreach (var x in tuple.AsSpan()) newArgs.Add(x);
            }
            else newArgs.Add(arg);
        }
        return PyTuple.Wrap([.. newArgs]);
    }
}
