namespace Krait.Runtime;

/// <summary>callable_iterator: iter(callable, sentinel) calls callable() until it returns the sentinel.</summary>
public sealed class PyCallableIterator : PyObject
{
    public static readonly PyType CallableIteratorType = PyType.NewBuiltin("callable_iterator", PyType.ObjectType, 0, InitType);

    private PyObject? _func;
    private readonly PyObject _sentinel;

    public PyCallableIterator(PyObject func, PyObject sentinel) : base(CallableIteratorType)
    {
        _func = func;
        _sentinel = sentinel;
    }

    public PyObject? Next()
    {
        var f = _func;
        if (f is null) return null;
        PyObject r;
        try
        {
            r = Ops.Call(f, []);
        }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.StopIteration))
        {
            _func = null;
            return null;
        }
        if (Ops.RichCompareBool(r, _sentinel, CompareOp.Eq))
        {
            _func = null;
            return null;
        }
        return r;
    }

    private static void InitType(PyType t)
    {
        t.Iter = o => o;
        t.IterNext = o => ((PyCallableIterator)o).Next();
    }
}
