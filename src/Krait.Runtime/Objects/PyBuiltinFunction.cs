namespace Krait.Runtime;

/// <summary>builtin_function_or_method: a C# function, optionally bound to <see cref="Self"/>.</summary>
public sealed class PyBuiltinFunction : PyObject
{
    public readonly string Name;
    public string QualName;
    public readonly BuiltinFn Fn;
    /// <summary>The bound object (<c>__self__</c>); null for a module-level function.</summary>
    public readonly PyObject? Self;
    public string? Module;
    /// <summary>Set on a builtin type's <c>__new__</c>: heap types whose <c>__new__</c> resolves here reuse the slot.</summary>
    internal PyType? NewOwner;

    public PyBuiltinFunction(string name, BuiltinFn fn, PyObject? self = null) : base(PyType.BuiltinFunctionType)
    {
        Name = name; QualName = name; Fn = fn; Self = self;
    }

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
    }
}

