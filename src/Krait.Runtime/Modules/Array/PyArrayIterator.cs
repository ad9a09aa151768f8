namespace Krait.Runtime;

/// <summary>array.arrayiterator: iterates an array by index (the array may change while it runs).</summary>
public sealed class PyArrayIterator : PyObject
{
    public static readonly PyType ArrayIteratorType = PyType.NewBuiltin("array.arrayiterator", PyType.ObjectType, TypeFlags.None, InitType);

    private PyArray? _array;
    private long _index;

    internal PyArrayIterator(PyArray a) : base(ArrayIteratorType) => _array = a;

    private PyObject? Next()
    {
        if (_array is null) return null;
        if (_index < _array.Count) return _array.GetItem((int)_index++);
        _array = null;
        return null;
    }

    private static void InitType(PyType t)
    {
        t.Iter = o => o;
        t.IterNext = o => ((PyArrayIterator)o).Next();
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            ArgBinder.None("arrayiterator.__reduce__", args, kw);
            var it = (PyArrayIterator)self!;
            var iter = PythonRuntime.Builtins.ModuleDict.GetItemStr(PyStr.Intern("iter"))!;
            if (it._array is null) return PyTuple.Pair(iter, PyTuple.Create([PyTuple.Empty]));
            return PyTuple.Create([iter, PyTuple.Create([it._array]), PyInt.FromLong(it._index)]);
        });
        TypeBuilder.Method(t, "__setstate__", (self, args, kw) =>
        {
            var state = ArgBinder.One("arrayiterator.__setstate__", args, kw);
            var it = (PyArrayIterator)self!;
            if (state is not PyInt && state.Type.Index is null) throw PyErr.TypeError("an integer is required");
            long index = Ops.AsSsize(state, PyExc.OverflowError);
            if (it._array is not null)
            {
                if (index < 0) index = 0;
                else if (index > it._array.Count) index = it._array.Count;
                it._index = index;
            }
            return PyNone.Instance;
        });
    }
}
