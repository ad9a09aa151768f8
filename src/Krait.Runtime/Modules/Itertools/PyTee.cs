namespace Krait.Runtime;

/// <summary>itertools._tee: one of the iterators tee() returns. Tees made from one another share a buffer
/// of the items read from the underlying iterator; each keeps its own position in it.</summary>
public sealed class PyTee : SubclassableIterator
{
    public static readonly PyType TeeType = PyType.NewBuiltin("itertools._tee", PyType.ObjectType, 0, InitType);

    /// <summary>The shared state: the source and the items read from it so far.</summary>
    private sealed class Buffer(PyObject it)
    {
        public readonly PyObject It = it;
        public readonly List<PyObject> Items = [];
        public bool Running, Done;
    }

    private readonly Buffer _buf;
    private int _index;

    private PyTee(Buffer buf, int index) : base(TeeType)
    {
        _buf = buf;
        _index = index;
    }

    public override PyObject? Next()
    {
        var b = _buf;
        if (_index < b.Items.Count) return b.Items[_index++];
        if (b.Done) return null;
        if (b.Running) throw PyErr.RuntimeError("cannot re-enter the tee iterator");
        PyObject? item;
        b.Running = true;
        try { item = Ops.Next(b.It); }
        finally { b.Running = false; }
        if (item is null) { b.Done = true; return null; }
        b.Items.Add(item);
        _index++;
        return item;
    }

    private static PyTee FromIterable(PyObject iterable)
    {
        var it = Ops.GetIter(iterable);
        return it is PyTee t ? t.Copy() : new PyTee(new Buffer(it), 0);
    }

    private PyTee Copy() => new(_buf, _index);

    /// <summary>tee(iterable, n): n independent iterators (n ≥ 1). An iterator with __copy__ is copied instead of
    /// wrapped, like CPython.</summary>
    internal static PyTuple Split(PyObject iterable, int n)
    {
        var it = Ops.GetIter(iterable);
        var result = new PyObject[n];
        PyObject? copy = null;
        try { copy = Ops.GetAttr(it, "__copy__"); }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.AttributeError)) { }
        result[0] = copy is null ? new PyTee(new Buffer(it), 0) : it;
        for (int i = 1; i < n; i++) result[i] = Ops.CallMethod(result[i - 1], "__copy__", []);
        return PyTuple.Wrap(result);
    }

    private static void InitType(PyType t)
    {
        InitIter(t);
        t.New = (type, args, kw) =>
        {
            var a = ItertoolsModule.Positional("_tee", type, TeeType, args, kw, 1, 1);
            return FromIterable(a[0]);
        };
        TypeBuilder.Method(t, "__copy__", (self, args, kw) =>
        {
            ArgBinder.None("__copy__", args, kw);
            return ((PyTee)self!).Copy();
        });
        ItertoolsModule.Doc(t, "Iterator wrapped to make it copyable.");
    }
}
