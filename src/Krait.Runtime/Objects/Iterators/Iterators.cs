namespace Krait.Runtime;

/// <summary>Slots and methods of the builtin iterator types (each iterator returns itself from iter()).</summary>
internal static class Iterators
{
    private static readonly Func<PyObject, PyObject> s_self = o => o;

    private static void Init(PyType t, Func<PyObject, PyObject?> next)
    {
        t.Iter = s_self;
        t.IterNext = next;
    }

    public static void InitTypes()
    {
        Init(PyType.ListIteratorType, o => ((ListIterator)o).Next());
        ListIterator.InitType(PyType.ListIteratorType);
        Init(PyType.TupleIteratorType, o => ((SequenceIterator)o).Next());
        SequenceIterator.InitType(PyType.TupleIteratorType);
        Init(PyType.StrIteratorType, o => ((StrIterator)o).Next());
        StrIterator.InitType(PyType.StrIteratorType);
        Init(PyType.StrAsciiIteratorType, o => ((StrIterator)o).Next());
        StrIterator.InitType(PyType.StrAsciiIteratorType);
        Init(PyType.RangeIteratorType, o => ((RangeIterator)o).Next());
        RangeIterator.InitType(PyType.RangeIteratorType);
        Init(PyType.DictKeyIteratorType, o => ((DictIterator)o).Next());
        Init(PyType.DictValueIteratorType, o => ((DictIterator)o).Next());
        Init(PyType.DictItemIteratorType, o => ((DictIterator)o).Next());
        DictIterator.InitType(PyType.DictKeyIteratorType);
        DictIterator.InitType(PyType.DictValueIteratorType);
        DictIterator.InitType(PyType.DictItemIteratorType);
        Init(PyType.SetIteratorType, o => ((SetIterator)o).Next());
        SetIterator.InitType(PyType.SetIteratorType);
        Init(PyType.SeqIteratorType, o => ((SeqIterator)o).Next());
        SeqIterator.InitType(PyType.SeqIteratorType);
    }

    /// <summary>(iter, (empty,)): what an exhausted iterator reduces to.</summary>
    public static PyTuple ReduceExhausted(PyObject empty) => new([ContainerArgs.IterBuiltin, new PyTuple([empty])]);

    /// <summary>A list of what is left in <paramref name="it"/>, from a copy so that the iterator itself does not move.</summary>
    public static PyList Remaining(Func<PyObject?> next)
    {
        var l = new PyList();
        while (next() is { } x) l.Append(x);
        return l;
    }
}
