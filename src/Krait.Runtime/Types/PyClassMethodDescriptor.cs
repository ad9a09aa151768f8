namespace Krait.Runtime;

/// <summary>classmethod_descriptor: a builtin class method (<c>dict.fromkeys</c>); binds to the class.</summary>
public sealed class PyClassMethodDescriptor : PyObject
{
    public readonly PyType Owner;
    public readonly string Name;
    public readonly BuiltinFn Fn;

    public PyClassMethodDescriptor(PyType owner, string name, BuiltinFn fn) : base(PyType.ClassMethodDescriptorType)
    {
        Owner = owner; Name = name; Fn = fn;
    }

    internal static void InitType(PyType t)
    {
        t.DescrGet = (o, inst, owner) =>
        {
            var d = (PyClassMethodDescriptor)o;
            return new PyBuiltinFunction(d.Name, d.Fn, owner ?? inst!.Type);
        };
        t.Repr = o => { var d = (PyClassMethodDescriptor)o; return new PyStr($"<method '{d.Name}' of '{d.Owner.Name}' objects>"); };
        t.Call = (o, args, kw) =>
        {
            var d = (PyClassMethodDescriptor)o;
            if (args.Length - (kw?.Count ?? 0) < 1)
                throw PyErr.TypeError($"descriptor '{d.Name}' of '{d.Owner.Name}' object needs an argument");
            if (args[0] is not PyType cls)
                throw PyErr.TypeError($"descriptor '{d.Name}' for type '{d.Owner.Name}' needs a type, not a '{args[0].Type.Name}' as arg 2");
            if (!cls.IsSubtype(d.Owner))
                throw PyErr.TypeError($"descriptor '{d.Name}' requires a subtype of '{d.Owner.Name}' but received '{cls.Name}'");
            return d.Fn(cls, args[1..], kw);
        };
        DescriptorAttrs.Add(t, o => ((PyClassMethodDescriptor)o).Owner, o => ((PyClassMethodDescriptor)o).Name, callable: true);
    }
}
