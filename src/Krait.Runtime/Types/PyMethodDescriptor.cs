namespace Krait.Runtime;

/// <summary>method_descriptor: a builtin type's method in its dict (<c>list.append</c>); binding yields a
/// builtin_function_or_method with <c>__self__</c>.</summary>
public sealed class PyMethodDescriptor : PyObject
{
    public readonly PyType Owner;
    public readonly string Name;
    public readonly BuiltinFn Fn;

    /// <summary>The implementation that reports its failures pending (null), which CALL uses; Fn throws them.</summary>
    internal readonly PendingFn? Pending;

    public PyMethodDescriptor(PyType owner, string name, BuiltinFn fn) : base(PyType.MethodDescriptorType)
    {
        Owner = owner; Name = name; Fn = fn;
    }

    internal PyMethodDescriptor(PyType owner, string name, PendingFn fn) : this(owner, name, Interpreter.Throwing(fn)) => Pending = fn;

    private void CheckSelf(PyObject self)
    {
        if (!self.Type.IsSubtype(Owner))
            throw PyErr.TypeError($"descriptor '{Name}' for '{Owner.Name}' objects doesn't apply to a '{self.Type.Name}' object");
    }

    internal static void InitType(PyType t)
    {
        t.Call = (o, args, kw) =>
        {
            var d = (PyMethodDescriptor)o;
            if (args.Length - (kw?.Count ?? 0) < 1)
                throw PyErr.TypeError($"unbound method {d.Owner.Name}.{d.Name}() needs an argument");
            d.CheckSelf(args[0]);
            return d.Fn(args[0], args[1..], kw);
        };
        t.DescrGet = (o, inst, owner) =>
        {
            if (inst is null) return o;
            var d = (PyMethodDescriptor)o;
            d.CheckSelf(inst);
            return d.Pending is { } p
                ? new PyBuiltinFunction(d.Name, p, d.Fn, inst) { QualOwner = d.Owner }
                : new PyBuiltinFunction(d.Name, d.Fn, inst) { QualOwner = d.Owner };
        };
        t.Repr = o => { var d = (PyMethodDescriptor)o; return new PyStr($"<method '{d.Name}' of '{d.Owner.Name}' objects>"); };
        DescriptorAttrs.Add(t, o => ((PyMethodDescriptor)o).Owner, o => ((PyMethodDescriptor)o).Name, callable: true);
    }
}
