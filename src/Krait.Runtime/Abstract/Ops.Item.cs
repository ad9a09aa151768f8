namespace Krait.Runtime;

// Subscription.
public static partial class Ops
{
    public static PyObject GetItem(PyObject o, PyObject key)
    {
        if (o.Type.GetItem is { } f) return f(o, key);
        if (o is PyType t)
        {
            // type[...] is special-cased (type has no __class_getitem__ of its own).
            if (ReferenceEquals(t, PyType.TypeType)) return new PyGenericAlias(t, key);
            var cg = t.Lookup(PyStr.Intern("__class_getitem__"));
            if (cg is not null)
            {
                var bound = cg.Type.DescrGet is { } get ? get(cg, null, t) : cg;
                return Call(bound, [key]);
            }
            throw PyErr.TypeError($"type '{t.Name}' is not subscriptable");
        }
        throw PyErr.TypeError($"'{o.Type.Name}' object is not subscriptable");
    }

    public static void SetItem(PyObject o, PyObject key, PyObject value)
    {
        var f = o.Type.SetItem ?? throw PyErr.TypeError($"'{o.Type.Name}' object does not support item assignment");
        f(o, key, value);
    }

    public static void DelItem(PyObject o, PyObject key)
    {
        // Heap types always have CPython's sequence methods table, so an index key takes PySequence_DelItem's wording.
        var f = o.Type.DelItem ?? throw PyErr.TypeError(((o.Type.Flags & TypeFlags.Sequence) != 0 || o.Type.IsHeapType) && key.Type.Index is not null
            ? $"'{o.Type.Name}' object doesn't support item deletion"
            : $"'{o.Type.Name}' object does not support item deletion");
        f(o, key);
    }
}
