namespace Krait.Runtime;

/// <summary>itertools._tee: one of the iterators tee() returns. Tees made from one another share a buffer
/// of the items read from the underlying iterator; each keeps its own position in it.</summary>
public sealed class PyTee : SubclassableIterator
{
    public static readonly PyType TeeType = PyType.NewBuiltin("itertools._tee", PyType.ObjectType, 0, InitType);

    /// <summary>The source shared by all tees of one family.</summary>
    private sealed class Source(PyObject it)
    {
        public readonly PyObject It = it;
        public bool Running;
    }

    /// <summary>A chunk of the items read so far; chunks are linked so that those every tee has passed are freed
    /// (CPython's teedataobject).</summary>
    private sealed class Chunk(Source src)
    {
        public const int Size = 57;
        public readonly Source Src = src;
        public readonly PyObject[] Values = new PyObject[Size];
        public int NumRead;
        private Chunk? _next;

        public Chunk NextChunk() => _next ??= new Chunk(Src);
    }

    private Chunk _data;
    private int _index;

    private PyTee(Chunk data, int index) : base(TeeType)
    {
        _data = data;
        _index = index;
    }

    public override PyObject? Next()
    {
        if (_index >= Chunk.Size)
        {
            _data = _data.NextChunk();
            _index = 0;
        }
        var d = _data;
        if (_index < d.NumRead) return d.Values[_index++];
        var src = d.Src;
        if (src.Running) throw PyErr.RuntimeError("cannot re-enter the tee iterator");
        PyObject? item;
        src.Running = true;
        try { item = Ops.Next(src.It); }
        finally { src.Running = false; }
        if (item is null) return null;
        d.Values[d.NumRead++] = item;
        _index++;
        return item;
    }

    private static PyTee FromIterable(PyObject iterable)
    {
        var it = Ops.GetIter(iterable);
        return it is PyTee t ? t.Copy() : new PyTee(new Chunk(new Source(it)), 0);
    }

    private PyTee Copy() => new(_data, _index);

    /// <summary>tee(iterable, n): n independent iterators (n ≥ 1). An iterator with __copy__ is copied instead of
    /// wrapped, like CPython.</summary>
    internal static PyTuple Split(PyObject iterable, int n)
    {
        var it = Ops.GetIter(iterable);
        var result = new PyObject[n];
        PyObject? copy = null;
        try { copy = Ops.GetAttr(it, "__copy__"); }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.AttributeError)) { }
        result[0] = copy is null ? new PyTee(new Chunk(new Source(it)), 0) : it;
        for (int i = 1; i < n; i++) result[i] = Ops.CallMethod(result[i - 1], "__copy__", []);
        return PyTuple.Wrap(result);
    }

    private static void InitType(PyType t)
    {
        InitIter(t);
        t.Repr = ItertoolsModule.ObjectRepr;
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
