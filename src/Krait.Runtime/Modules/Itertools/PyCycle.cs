namespace Krait.Runtime;

/// <summary>itertools.cycle(iterable, /): yields the items, saving them, then repeats the saved copy forever.</summary>
public sealed class PyCycle : SubclassableIterator
{
    public static readonly PyType CycleType = PyType.NewBuiltin("itertools.cycle", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private PyObject? _it;
    private readonly List<PyObject> _saved = [];
    private int _index;

    private PyCycle(PyType type, PyObject it) : base(type) => _it = it;

    public override PyObject? Next()
    {
        if (_it is not null)
        {
            var item = Ops.Next(_it);
            if (item is not null) { _saved.Add(item); return item; }
            _it = null;
        }
        if (_saved.Count == 0) return null;
        var r = _saved[_index];
        if (++_index >= _saved.Count) _index = 0;
        return r;
    }

    private static void InitType(PyType t)
    {
        InitIter(t);
        t.New = (type, args, kw) =>
        {
            var a = ItertoolsModule.Positional("cycle", type, CycleType, args, kw, 1, 1);
            return new PyCycle(type, Ops.GetIter(a[0]));
        };
        ItertoolsModule.Doc(t, "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.");
    }
}
