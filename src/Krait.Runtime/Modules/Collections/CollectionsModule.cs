namespace Krait.Runtime;

/// <summary>The _collections module: deque, defaultdict, _count_elements, _tuplegetter (OrderedDict is the
/// pure-Python one from collections/__init__.py).</summary>
public static class CollectionsModule
{
    public static PyModule Create()
    {
        var m = new PyModule("_collections", "High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n");
        m.Add("deque", PyDeque.DequeType);
        m.Add("defaultdict", PyDefaultDict.DefaultDictType);
        m.Add("_deque_iterator", PyDequeIterator.ForwardType);
        m.Add("_deque_reverse_iterator", PyDequeIterator.ReverseType);
        m.Add("_tuplegetter", PyTupleGetter.TupleGetterType);
        m.AddFunction("_count_elements", (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("_collections._count_elements() takes no keyword arguments");
            if (args.Length != 2) throw PyErr.TypeError($"_count_elements expected 2 arguments, got {args.Length}");
            CountElements(args[0], args[1]);
            return PyNone.Instance;
        });
        return m;
    }

    /// <summary>Counter's tally: mapping[elem] = mapping.get(elem, 0) + 1, straight on the dict when the mapping
    /// keeps dict's get and __setitem__.</summary>
    private static void CountElements(PyObject mapping, PyObject iterable)
    {
        var it = Ops.GetIter(iterable);
        var one = PyInt.FromLong(1);
        var dictType = PyType.DictType;
        var getName = PyStr.Intern("get");
        var setName = PyStr.Intern("__setitem__");
        if (mapping is PyDict d && ReferenceEquals(mapping.Type.Lookup(getName), dictType.Lookup(getName))
            && ReferenceEquals(mapping.Type.Lookup(setName), dictType.Lookup(setName)))
        {
            while (Ops.Next(it) is { } key)
            {
                var old = d.GetItem(key);
                d.SetItem(key, old is null ? one : Ops.BinaryOp(old, one, NumberOp.Add));
            }
            return;
        }
        var get = Ops.GetAttr(mapping, getName);
        var zero = PyInt.FromLong(0);
        while (Ops.Next(it) is { } key)
        {
            var old = Ops.Call(get, [key, zero]);
            Ops.SetItem(mapping, key, Ops.BinaryOp(old, one, NumberOp.Add));
        }
    }
}
