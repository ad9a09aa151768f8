namespace Krait.Runtime;

/// <summary>_contextvars.ContextVar: a key into the current thread's <see cref="PyContext"/>.</summary>
public sealed class PyContextVar : PyObject
{
    public static readonly PyType ContextVarType = PyType.NewBuiltin("_contextvars.ContextVar", PyType.ObjectType, TypeFlags.None, InitType);

    internal readonly PyStr Name;
    internal readonly PyObject? Default;

    private PyContextVar(PyStr name, PyObject? dflt) : base(ContextVarType)
    {
        Name = name;
        Default = dflt;
    }

    /// <summary>ContextVar.get: the current context's value, else the argument, else the var's default, else
    /// LookupError(var).</summary>
    internal PyObject Get(PyObject? dflt)
    {
        var ctx = ThreadState.Current.Context;
        if (ctx is not null && ctx.Vars.TryGetValue(this, out var v)) return v;
        return dflt ?? Default ?? throw PyErr.New(PyExc.LookupError, this);
    }

    internal PyContextToken Set(PyObject value)
    {
        var ctx = PyContext.Current();
        var old = ctx.Vars.TryGetValue(this, out var o) ? o : null;
        ctx.Vars = ctx.Vars.SetItem(this, value);
        return new PyContextToken(ctx, this, old);
    }

    internal void Reset(PyObject tokenObj)
    {
        if (tokenObj is not PyContextToken token)
            throw PyErr.TypeError($"expected an instance of Token, got {Ops.Repr(tokenObj).Value}");
        if (token.Used) throw PyErr.RuntimeError($"{Ops.Repr(token).Value} has already been used once");
        if (!ReferenceEquals(token.Var, this)) throw PyErr.ValueError($"{Ops.Repr(token).Value} was created by a different ContextVar");
        var ctx = PyContext.Current();
        if (!ReferenceEquals(token.Context, ctx)) throw PyErr.ValueError($"{Ops.Repr(token).Value} was created in a different Context");
        token.Used = true;
        ctx.Vars = token.OldValue is null ? ctx.Vars.Remove(this) : ctx.Vars.SetItem(this, token.OldValue);
    }

    private static PyContextVar Self(PyObject? o) => (PyContextVar)o!;

    private static void InitType(PyType t)
    {
        t.New = (type, args, kw) =>
        {
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos > 1) throw PyErr.TypeError($"ContextVar() takes at most 1 positional argument ({npos} given)");
            Span<PyObject?> v = [null, null];
            ArgBinder.Bind("ContextVar", args, kw, ["", "default"], 1, 1, 1, v);
            if (v[0] is not PyStr name) throw PyErr.TypeError("context variable name must be a str");
            return new PyContextVar(name, v[1]);
        };
        t.Repr = o =>
        {
            var cv = Self(o);
            string dflt = cv.Default is null ? "" : $" default={Ops.Repr(cv.Default).Value}";
            return new PyStr($"<ContextVar name={Ops.Repr(cv.Name).Value}{dflt} at 0x{Ops.Id(o):x}>");
        };
        TypeBuilder.GetSet(t, "name", o => Self(o).Name, (o, v) => throw PyErr.AttributeError("readonly attribute"));
        TypeBuilder.Method(t, "get", (self, args, kw) =>
        {
            if (kw is { Count: > 0 }) throw PyErr.TypeError("ContextVar.get() takes no keyword arguments");
            if (args.Length > 1) throw PyErr.TypeError($"get expected at most 1 argument, got {args.Length}");
            return Self(self).Get(args.Length == 1 ? args[0] : null);
        });
        TypeBuilder.Method(t, "set", (self, args, kw) => Self(self).Set(ArgBinder.One("ContextVar.set", args, kw)));
        TypeBuilder.Method(t, "reset", (self, args, kw) =>
        {
            Self(self).Reset(ArgBinder.One("ContextVar.reset", args, kw));
            return PyNone.Instance;
        });
        PyGenericAlias.AddClassGetItem(t);
    }
}
