namespace Krait.Runtime;

/// <summary>builtin_function_or_method: a C# function, optionally bound to <see cref="Self"/>.</summary>
public sealed class PyBuiltinFunction : PyObject
{
    public readonly string Name;
    private string? _qualName;
    /// <summary>The type whose method this is when bound from a method descriptor: the qualname "Type.name" is made
    /// only when asked for (a bound builtin method is made per look-up, e.g. Handle._run's
    /// <c>self._context.run</c> for every callback asyncio runs).</summary>
    internal PyType? QualOwner;
    public string QualName
    {
        get => _qualName ??= QualOwner is { } t ? $"{t.Name}.{Name}" : Name;
        set => _qualName = value;
    }
    public readonly BuiltinFn Fn;
    /// <summary>The bound object (<c>__self__</c>); null for a module-level function.</summary>
    public readonly PyObject? Self;
    public string? Module;
    private PyObject? _moduleValue;
    private bool _moduleSet;

    /// <summary>__module__: the defining module's name for module functions, None for bound methods.</summary>
    internal PyObject? ModuleValue
    {
        get => _moduleSet ? _moduleValue : Module is null ? null : new PyStr(Module);
        set { _moduleValue = value; _moduleSet = true; }
    }

    /// <summary>meth_get__qualname__: the name, prefixed by the qualname of the bound type or of self's type.</summary>
    internal string QualifiedName()
    {
        if (Self is null or IPyModule) return Name;
        var type = Self as PyType ?? Self.Type;
        return Ops.Str(Ops.GetAttr(type, PyStr.Intern("__qualname__"))).Value + "." + Name;
    }
    /// <summary>Set on a builtin type's <c>__new__</c>: heap types whose <c>__new__</c> resolves here reuse the slot.</summary>
    internal PyType? NewOwner;

    /// <summary>The implementation that reports its failures pending (null), which CALL uses; Fn throws them.</summary>
    internal readonly PendingFn? Pending;

    public PyBuiltinFunction(string name, BuiltinFn fn, PyObject? self = null) : base(PyType.BuiltinFunctionType)
    {
        Name = name; Fn = fn; Self = self;
    }

    internal PyBuiltinFunction(string name, PendingFn fn, BuiltinFn throwing, PyObject? self) : this(name, throwing, self) => Pending = fn;

    /// <summary>tp_new_wrapper: <c>T.__new__(S, ...)</c> checks S is a subtype of T and calls T's new slot.</summary>
    internal static PyBuiltinFunction NewWrapper(PyType t) =>
        new("__new__", (self, args, kw) =>
        {
            var owner = (PyType)self!;
            if (args.Length - (kw?.Count ?? 0) < 1) throw PyErr.TypeError($"{owner.Name}.__new__(): not enough arguments");
            if (args[0] is not PyType sub)
                throw PyErr.TypeError($"{owner.Name}.__new__(X): X is not a type object ({args[0].Type.Name})");
            if (!sub.IsSubtype(owner))
                throw PyErr.TypeError($"{owner.Name}.__new__({sub.Name}): {sub.Name} is not a subtype of {owner.Name}");
            // object.__new__(dict) and the like would build the wrong kind of instance: the nearest base
            // whose __new__ isn't a Python one must be this type's.
            var staticBase = sub;
            while (staticBase is not null && ReferenceEquals(staticBase.New, SlotStubs.New)) staticBase = staticBase.Base;
            if (staticBase is not null && !ReferenceEquals(staticBase.New, owner.New))
                throw PyErr.TypeError($"{owner.Name}.__new__({sub.Name}) is not safe, use {staticBase.Name}.__new__()");
            return owner.New!(sub, args[1..], kw);
        }, t) { NewOwner = t, QualName = $"{t.Name}.__new__" };

    internal static void InitType(PyType t)
    {
        t.Call = (o, args, kw) => { var f = (PyBuiltinFunction)o; return f.Fn(f.Self, args, kw); };
        t.Repr = o =>
        {
            var f = (PyBuiltinFunction)o;
            if (f.Self is null or IPyModule) return new PyStr($"<built-in function {f.Name}>");
            return new PyStr($"<built-in method {f.Name} of {f.Self.Type.Name} object at 0x{Ops.Id(f.Self):x}>");
        };
        t.RichCompare = (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyBuiltinFunction fb) return PyNotImplemented.Instance;
            var fa = (PyBuiltinFunction)a;
            bool eq = ReferenceEquals(fa.Self, fb.Self) && (ReferenceEquals(fa.Fn, fb.Fn) || ReferenceEquals(fa, fb));
            return PyBool.From(op == CompareOp.Eq ? eq : !eq);
        };
        t.Hash = o =>
        {
            var f = (PyBuiltinFunction)o;
            long h = f.Self is null ? 0 : Ops.IdentityHash(f.Self);
            h ^= f.Fn.GetHashCode();
            return h == -1 ? -2 : h;
        };
        TypeBuilder.GetSet(t, "__name__", o => new PyStr(((PyBuiltinFunction)o).Name), null);
        TypeBuilder.GetSet(t, "__qualname__", o => new PyStr(((PyBuiltinFunction)o).QualifiedName()), null);
        TypeBuilder.GetSet(t, "__self__", o => ((PyBuiltinFunction)o).Self ?? PyNone.Instance, null);
        TypeBuilder.GetSet(t, "__module__", o => ((PyBuiltinFunction)o).ModuleValue ?? PyNone.Instance, (o, v) => ((PyBuiltinFunction)o).ModuleValue = v);
        // The builtins module's functions have CPython's docstrings (looked up on first use, not at start-up).
        TypeBuilder.GetSet(t, "__doc__", o => o is PyBuiltinFunction f
            && (f.Self is PyModule { Name: "builtins" } || (f.Name == "open" && f.Module is "io" or "_io"))
            && BuiltinFunctionDocs.Docs.TryGetValue(f.Name, out var doc) ? new PyStr(doc) : PyNone.Instance, null);
        TypeBuilder.GetSet(t, "__text_signature__", o => PyNone.Instance, null);
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("__reduce__", args, kw, 0);
            var f = (PyBuiltinFunction)self!;
            if (f.Self is null or IPyModule) return new PyStr(f.Name);
            var getattr = PythonRuntime.Builtins.ModuleDict.GetItemStr(PyStr.Intern("getattr")) ?? PyNone.Instance;
            return PyTuple.Pair(getattr, PyTuple.Pair(f.Self, new PyStr(f.Name)));
        });
    }
}

