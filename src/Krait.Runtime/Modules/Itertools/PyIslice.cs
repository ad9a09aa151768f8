namespace Krait.Runtime;

/// <summary>itertools.islice(iterable, stop) / islice(iterable, start, stop[, step]).</summary>
public sealed class PyIslice : SubclassableIterator
{
    public static readonly PyType IsliceType = PyType.NewBuiltin("itertools.islice", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private PyObject? _it;
    private long _next, _stop, _step, _cnt; // _stop == -1: no limit

    private PyIslice(PyType type, PyObject it, long start, long stop, long step) : base(type)
    {
        _it = it;
        _next = start;
        _stop = stop;
        _step = step;
    }

    public override PyObject? Next()
    {
        var it = _it;
        if (it is null) return null;
        while (_cnt < _next)
        {
            if (Ops.Next(it) is null) { _it = null; return null; }
            _cnt++;
        }
        if (_stop != -1 && _cnt >= _stop) { _it = null; return null; }
        var item = Ops.Next(it);
        if (item is null) { _it = null; return null; }
        _cnt++;
        long old = _next;
        _next += _step;
        if (_next < old || (_stop != -1 && _next > _stop)) _next = _stop;
        return item;
    }

    /// <summary>None → dflt; an int 0 ≤ x ≤ sys.maxsize; anything else raises ValueError(msg).</summary>
    private static long Arg(PyObject o, long dflt, string msg)
    {
        if (o is PyNone) return dflt;
        if (o.Type.Index is null) throw PyErr.ValueError(msg);
        long v;
        try { v = Ops.AsSsize(o); }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.OverflowError)) { v = -1; }
        if (v < 0) throw PyErr.ValueError(msg);
        return v;
    }

    private const string StopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    private const string IndexMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

    private static void InitType(PyType t)
    {
        InitIter(t);
        t.Repr = ItertoolsModule.ObjectRepr;
        t.New = (type, args, kw) =>
        {
            var a = ItertoolsModule.Positional("islice", type, IsliceType, args, kw, 2, 4);
            long start = 0, stop, step = 1;
            if (a.Length == 2)
                stop = Arg(a[1], -1, StopMsg);
            else
            {
                start = Arg(a[1], 0, IndexMsg);
                stop = Arg(a[2], -1, IndexMsg);
                if (a.Length == 4)
                {
                    const string stepMsg = "Step for islice() must be a positive integer or None.";
                    if (a[3] is not PyNone)
                    {
                        if (a[3].Type.Index is null) throw PyErr.ValueError(stepMsg);
                        long s;
                        try { s = Ops.AsSsize(a[3]); }
                        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.OverflowError)) { s = -1; }
                        if (s < 1) throw PyErr.ValueError(stepMsg);
                        step = s;
                    }
                }
            }
            return new PyIslice(type, Ops.GetIter(a[0]), start, stop, step);
        };
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var s = (PyIslice)self!;
            if (s._it is null)
                return PyTuple.Create([s.Type, PyTuple.Pair(Ops.GetIter(new PyList()), PyInt.FromLong(0)), PyInt.FromLong(0)]);
            PyObject stop = s._stop == -1 ? PyNone.Instance : PyInt.FromLong(s._stop);
            return PyTuple.Create([s.Type, PyTuple.Create([s._it, PyInt.FromLong(s._next), stop, PyInt.FromLong(s._step)]), PyInt.FromLong(s._cnt)]);
        });
        TypeBuilder.Method(t, "__setstate__", (self, args, kw) =>
        {
            ((PyIslice)self!)._cnt = Ops.AsSsize(ArgBinder.One("__setstate__", args, kw));
            return PyNone.Instance;
        });
        ItertoolsModule.Doc(t, "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object\n\nReturn an iterator whose next() method returns selected values from an\niterable.  If start is specified, will skip all preceding elements;\notherwise, start defaults to zero.  Step defaults to one.  If\nspecified as another value, step determines how many values are\nskipped between successive calls.  Works like a slice() on a list\nbut returns an iterator.");
    }
}
