namespace Krait.Runtime;

/// <summary>memory_iterator: the items of a one-dimensional memoryview.</summary>
public sealed class PyMemoryViewIterator : PyObject
{
    public static readonly PyType MemoryIteratorType = PyType.NewBuiltin("memory_iterator", PyType.ObjectType, 0, InitType);

    private PyMemoryView? _view;
    private readonly char _format;
    private int _index;

    internal PyMemoryViewIterator(PyMemoryView view, char format) : base(MemoryIteratorType)
    {
        _view = view;
        _format = format;
    }

    private PyObject? Next()
    {
        if (_view is null) return null;
        var r = _view.ItemForIterator(_index, _format);
        if (r is null) { _view = null; return null; }
        _index++;
        return r;
    }

    private static void InitType(PyType t)
    {
        t.Iter = o => o;
        t.IterNext = o => ((PyMemoryViewIterator)o).Next();
    }
}
