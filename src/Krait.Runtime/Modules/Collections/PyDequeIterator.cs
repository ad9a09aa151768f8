namespace Krait.Runtime;

/// <summary>_collections._deque_iterator and _deque_reverse_iterator: raise RuntimeError once the deque's size
/// has changed since the iterator was made.</summary>
public sealed class PyDequeIterator : PyObject
{
    public static readonly PyType ForwardType = PyType.NewBuiltin("_collections._deque_iterator", PyType.ObjectType, 0, t => InitType(t, false));
    public static readonly PyType ReverseType = PyType.NewBuiltin("_collections._deque_reverse_iterator", PyType.ObjectType, 0, t => InitType(t, true));

    private readonly PyDeque _deque;
    private readonly ulong _state;
    private readonly bool _reverse;
    private int _pos;        // items already produced
    private long _counter;   // items left

    internal PyDequeIterator(PyType type, PyDeque d) : base(type)
    {
        _deque = d;
        _state = d.State;
        _reverse = ReferenceEquals(type, ReverseType);
        _counter = d.Count;
    }

    internal PyObject? Next()
    {
        if (_deque.State != _state)
        {
            _counter = 0;
            throw PyErr.RuntimeError("deque mutated during iteration");
        }
        if (_counter == 0) return null;
        var x = _deque[_reverse ? _deque.Count - 1 - _pos : _pos];
        _pos++;
        _counter--;
        return x;
    }

    private static void InitType(PyType t, bool reverse)
    {
        t.Iter = o => o;
        t.IterNext = o => ((PyDequeIterator)o).Next();
        t.New = (type, args, kw) =>
        {
            string name = reverse ? "_deque_reverse_iterator" : "_deque_iterator";
            ArgBinder.Positional(name, args, kw, 1, 2);
            if (args[0] is not PyDeque d) throw PyErr.TypeError($"argument 1 must be collections.deque, not {args[0].Type.Name}");
            long index = args.Length > 1 ? ArgBinder.Ssize(args[1]) : 0;
            var it = new PyDequeIterator(type, d);
            for (long i = 0; i < index && it.Next() is not null; i++) { }
            return it;
        };
        TypeBuilder.Method(t, "__length_hint__", (self, args, kw) => PyInt.FromLong(((PyDequeIterator)self!)._counter));
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var it = (PyDequeIterator)self!;
            return PyTuple.Pair(it.Type, PyTuple.Pair(it._deque, PyInt.FromLong(it._deque.Count - it._counter)));
        });
    }
}
