namespace Krait.Runtime;

/// <summary>Slots of the builtin iterator types (each iterator returns itself from iter()).</summary>
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
        Init(PyType.TupleIteratorType, o => ((SequenceIterator)o).Next());
        Init(PyType.StrIteratorType, o => ((StrIterator)o).Next());
        Init(PyType.StrAsciiIteratorType, o => ((StrIterator)o).Next());
        Init(PyType.RangeIteratorType, o => ((RangeIterator)o).Next());
        Init(PyType.DictKeyIteratorType, o => ((DictIterator)o).Next());
        Init(PyType.DictValueIteratorType, o => ((DictIterator)o).Next());
        Init(PyType.DictItemIteratorType, o => ((DictIterator)o).Next());
        Init(PyType.SetIteratorType, o => ((SetIterator)o).Next());
        Init(PyType.SeqIteratorType, o => ((SeqIterator)o).Next());
    }
}
