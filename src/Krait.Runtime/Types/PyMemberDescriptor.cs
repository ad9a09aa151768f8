using System.Runtime.CompilerServices;

namespace Krait.Runtime;

/// <summary>member_descriptor: one <c>__slots__</c> entry of a class, stored by index in the instance
/// (descrobject.c member_get/member_set with T_OBJECT_EX semantics: an unset slot raises AttributeError).</summary>
public sealed class PyMemberDescriptor : PyObject
{
    public static readonly PyType MemberDescriptorType = PyType.NewBuiltin("member_descriptor", PyType.ObjectType, 0, InitType);

    public readonly PyType Owner;
    public readonly PyStr Name;
    public readonly int Index;

    public PyMemberDescriptor(PyType owner, PyStr name, int index) : base(MemberDescriptorType)
    {
        Owner = owner; Name = name; Index = index;
    }

    // A builtin type's PyMemberDef (function.__globals__ …): a field of the C# object, read-only without a setter.
    private readonly Func<PyObject, PyObject>? _get;
    private readonly Action<PyObject, PyObject?>? _set;

    public PyMemberDescriptor(PyType owner, string name, Func<PyObject, PyObject> get, Action<PyObject, PyObject?>? set = null)
        : base(MemberDescriptorType)
    {
        Owner = owner; Name = PyStr.Intern(name); Index = -1;
        _get = get;
        _set = set;
    }

    // Instances of Python subclasses of builtins keep their member values beside the object.
    private static readonly ConditionalWeakTable<PyObject, PyObject?[]> s_external = new();

    /// <summary>The member values of <paramref name="o"/>, sized by its type's layout.</summary>
    internal static PyObject?[] MembersOf(PyObject o)
    {
        if (o is PyInstance { Members: { } m }) return m;
        return s_external.GetValue(o, static x => new PyObject?[x.Type.MemberCount]);
    }

    private void CheckSelf(PyObject self)
    {
        if (!self.Type.IsSubtype(Owner))
            throw PyErr.TypeError($"descriptor '{Name.Value}' for '{Owner.Name}' objects doesn't apply to a '{self.Type.Name}' object");
    }

    private static void InitType(PyType t)
    {
        t.DescrGet = (o, inst, owner) =>
        {
            if (inst is null) return o;
            var d = (PyMemberDescriptor)o;
            d.CheckSelf(inst);
            if (d._get is not null) return d._get(inst);
            return MembersOf(inst)[d.Index] ?? throw PyErr.AttributeError($"'{inst.Type.Name}' object has no attribute '{d.Name.Value}'");
        };
        t.DescrSet = (o, inst, value) =>
        {
            var d = (PyMemberDescriptor)o;
            d.CheckSelf(inst);
            if (d._get is not null)
            {
                if (d._set is null) throw PyErr.AttributeError("readonly attribute");
                d._set(inst, value);
                return;
            }
            var members = MembersOf(inst);
            if (value is null && members[d.Index] is null) throw PyErr.AttributeError(d.Name.Value);
            members[d.Index] = value;
        };
        t.Repr = o => { var d = (PyMemberDescriptor)o; return new PyStr($"<member '{d.Name.Value}' of '{d.Owner.Name}' objects>"); };
        TypeBuilder.GetSet(t, "__name__", o => ((PyMemberDescriptor)o).Name, null);
        TypeBuilder.GetSet(t, "__qualname__", o => { var d = (PyMemberDescriptor)o; return new PyStr($"{d.Owner.QualName}.{d.Name.Value}"); }, null);
        TypeBuilder.GetSet(t, "__objclass__", o => ((PyMemberDescriptor)o).Owner, null);
        TypeBuilder.GetSet(t, "__doc__", o => PyNone.Instance, null);
    }
}
