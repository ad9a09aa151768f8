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
    }
}
