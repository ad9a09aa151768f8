namespace Krait.Runtime;

/// <summary>The introspection attributes every builtin descriptor type shares (descrobject.c descr_members /
/// descr_getset): <c>__name__</c>, <c>__qualname__</c> ("Owner.name"), <c>__objclass__</c>, <c>__doc__</c> and,
/// for callables, <c>__text_signature__</c> (None: Krait's builtins carry no signature docs).</summary>
internal static class DescriptorAttrs
{
    public static void Add(PyType t, Func<PyObject, PyType> owner, Func<PyObject, string> name, bool callable)
    {
        TypeBuilder.GetSet(t, "__name__", o => new PyStr(name(o)), PyMethod.ReadOnly);
        TypeBuilder.GetSet(t, "__qualname__", o => new PyStr(QualName(owner(o), name(o))), null);
        TypeBuilder.GetSet(t, "__objclass__", o => owner(o), PyMethod.ReadOnly);
        TypeBuilder.GetSet(t, "__doc__", o => PyNone.Instance, null);
        if (callable) TypeBuilder.GetSet(t, "__text_signature__", o => PyNone.Instance, null);
    }

    public static string QualName(PyType owner, string name) =>
        Ops.Str(Ops.GetAttr(owner, PyStr.Intern("__qualname__"))).Value + "." + name;
}
