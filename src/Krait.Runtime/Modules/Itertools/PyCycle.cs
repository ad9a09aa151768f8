namespace Krait.Runtime;

/// <summary>itertools.cycle(iterable, /): yields the items, saving them, then repeats the saved copy forever.</summary>
public sealed class PyCycle : SubclassableIterator
{
    public static readonly PyType CycleType = PyType.NewBuiltin("itertools.cycle", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private PyObject? _it;
    private PyList _saved = new();
    private bool _firstPass;
    private int _index;

    private PyCycle(PyType type, PyObject it) : base(type) => _it = it;

    public override PyObject? Next()
    {
        if (_it is not null)
        {
            var item = Ops.Next(_it);
            if (item is not null)
            {
                if (!_firstPass) _saved.Append(item);
                return item;
            }
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
        t.Repr = ItertoolsModule.ObjectRepr;
        t.New = (type, args, kw) =>
        {
            var a = ItertoolsModule.Positional("cycle", type, CycleType, args, kw, 1, 1);
            return new PyCycle(type, Ops.GetIter(a[0]));
        };
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var c = (PyCycle)self!;
            if (c._it is null)
            {
                var it = Ops.GetIter(c._saved);
                if (c._index != 0) Ops.CallMethod(it, "__setstate__", [PyInt.FromLong(c._index)]);
                return PyTuple.Create([c.Type, PyTuple.Create([it]), PyTuple.Pair(c._saved, PyBool.True)]);
            }
            return PyTuple.Create([c.Type, PyTuple.Create([c._it]), PyTuple.Pair(c._saved, PyBool.From(c._firstPass))]);
        });
        TypeBuilder.Method(t, "__setstate__", (self, args, kw) =>
        {
            var state = ArgBinder.One("__setstate__", args, kw);
            if (state is not PyTuple tp) throw PyErr.TypeError("state is not a tuple");
            // PyArg_ParseTuple(state, "O!i", &PyList_Type, ...) and its messages.
            if (tp.Count != 2) throw PyErr.TypeError($"function takes exactly 2 arguments ({tp.Count} given)");
            if (tp[0] is not PyList saved) throw PyErr.TypeError($"argument 1 must be list, not {tp[0].Type.Name}");
            if (tp[1] is PyFloat || tp[1].Type.Index is null)
                throw PyErr.TypeError($"'{tp[1].Type.Name}' object cannot be interpreted as an integer");
            var first = Ops.Index(tp[1]);
            if (first.IsBig) throw PyErr.OverflowError("Python int too large to convert to C long");
            if (first.Small > int.MaxValue) throw PyErr.OverflowError("signed integer is greater than maximum");
            if (first.Small < int.MinValue) throw PyErr.OverflowError("signed integer is less than minimum");
            var c = (PyCycle)self!;
            c._saved = saved;
            c._firstPass = first.Small != 0;
            c._index = 0;
            return PyNone.Instance;
        });
        ItertoolsModule.Doc(t, "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.");
    }
}
