namespace Krait.Runtime;

/// <summary>getset_descriptor: a computed attribute of a builtin type (<c>BaseException.args</c>). A data
/// descriptor: it has a set slot even when read-only, as in CPython.</summary>
public sealed class PyGetSetDescriptor : PyObject
{
    public readonly PyType Owner;
    public readonly string Name;
    public readonly Func<PyObject, PyObject> Getter;
    public readonly Action<PyObject, PyObject?>? Setter;

    public PyGetSetDescriptor(PyType owner, string name, Func<PyObject, PyObject> getter, Action<PyObject, PyObject?>? setter)
        : base(PyType.GetSetDescriptorType)
    {
        Owner = owner; Name = name; Getter = getter; Setter = setter;
    }

    private void CheckSelf(PyObject self)
    {
        if (!self.Type.IsSubtype(Owner))
            throw PyErr.TypeError($"descriptor '{Name}' for '{Owner.Name}' objects doesn't apply to a '{self.Type.Name}' object");
    }

    internal static void InitType(PyType t)
    {
        t.DescrGet = (o, inst, owner) =>
        {
            if (inst is null) return o;
            var d = (PyGetSetDescriptor)o;
            d.CheckSelf(inst);
            return d.Getter(inst);
        };
        t.DescrSet = (o, inst, value) =>
        {
            var d = (PyGetSetDescriptor)o;
            d.CheckSelf(inst);
            if (d.Setter is null)
                throw PyErr.AttributeError($"attribute '{d.Name}' of '{d.Owner.Name}' objects is not writable");
            d.Setter(inst, value);
        };
        t.Repr = o => { var d = (PyGetSetDescriptor)o; return new PyStr($"<attribute '{d.Name}' of '{d.Owner.Name}' objects>"); };
        DescriptorAttrs.Add(t, o => ((PyGetSetDescriptor)o).Owner, o => ((PyGetSetDescriptor)o).Name, callable: false);
    }
}
