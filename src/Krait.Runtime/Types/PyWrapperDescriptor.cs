namespace Krait.Runtime;

/// <summary>wrapper_descriptor: a builtin type's slot seen as a dunder (<c>int.__add__</c>). Binding gives a
/// method-wrapper (<see cref="PyMethodWrapper"/>).</summary>
public sealed class PyWrapperDescriptor : PyObject
{
    public readonly PyType Owner;
    public readonly string Name;
    public readonly SlotKind Kind;
    public readonly BuiltinFn Fn;

    public PyWrapperDescriptor(PyType owner, string name, SlotKind kind, BuiltinFn fn) : base(PyType.WrapperDescriptorType)
    {
        Owner = owner; Name = name; Kind = kind; Fn = fn;
    }

    internal void CheckSelf(PyObject self)
    {
        if (!self.Type.IsSubtype(Owner))
            throw PyErr.TypeError($"descriptor '{Name}' requires a '{Owner.Name}' object but received a '{self.Type.Name}'");
    }

    internal static void InitTypes(PyType wrapper, PyType methodWrapper)
    {
        wrapper.Call = (o, args, kw) =>
        {
            var d = (PyWrapperDescriptor)o;
            if (args.Length - (kw?.Count ?? 0) < 1)
                throw PyErr.TypeError($"descriptor '{d.Name}' of '{d.Owner.Name}' object needs an argument");
            d.CheckSelf(args[0]);
            return d.Fn(args[0], args[1..], kw);
        };
        wrapper.DescrGet = (o, inst, owner) =>
        {
            if (inst is null) return o;
            var d = (PyWrapperDescriptor)o;
            d.CheckSelf(inst);
            return new PyMethodWrapper(d, inst);
        };
        wrapper.Repr = o => { var d = (PyWrapperDescriptor)o; return new PyStr($"<slot wrapper '{d.Name}' of '{d.Owner.Name}' objects>"); };
        DescriptorAttrs.Add(wrapper, o => ((PyWrapperDescriptor)o).Owner, o => ((PyWrapperDescriptor)o).Name, callable: true);
        DescriptorAttrs.Add(methodWrapper, o => ((PyMethodWrapper)o).Descr.Owner, o => ((PyMethodWrapper)o).Descr.Name, callable: true);
        TypeBuilder.GetSet(methodWrapper, "__self__", o => ((PyMethodWrapper)o).Self, PyMethod.ReadOnly);
        methodWrapper.RichCompare = (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyMethodWrapper mb) return PyNotImplemented.Instance;
            var ma = (PyMethodWrapper)a;
            bool eq = ReferenceEquals(ma.Descr, mb.Descr) && ReferenceEquals(ma.Self, mb.Self);
            return PyBool.From(op == CompareOp.Eq ? eq : !eq);
        };
        methodWrapper.Hash = o =>
        {
            var m = (PyMethodWrapper)o;
            long h = Ops.IdentityHash(m.Self) ^ Ops.IdentityHash(m.Descr);
            return h == -1 ? -2 : h;
        };
        methodWrapper.Call = (o, args, kw) => { var m = (PyMethodWrapper)o; return m.Descr.Fn(m.Self, args, kw); };
        methodWrapper.Repr = o =>
        {
            var m = (PyMethodWrapper)o;
            return new PyStr($"<method-wrapper '{m.Descr.Name}' of {m.Self.Type.Name} object at 0x{Ops.Id(m.Self):x}>");
        };
    }
}
