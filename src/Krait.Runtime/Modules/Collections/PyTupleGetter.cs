namespace Krait.Runtime;

/// <summary>_collections._tuplegetter(index, doc): the read-only field descriptor of namedtuple classes.</summary>
public sealed class PyTupleGetter : PyObject
{
    public static readonly PyType TupleGetterType = PyType.NewBuiltin("_collections._tuplegetter", PyType.ObjectType, 0, InitType);

    private readonly long _index;
    private PyObject _doc;

    private PyTupleGetter(PyType type, long index, PyObject doc) : base(type) { _index = index; _doc = doc; }

    private static void InitType(PyType t)
    {
        t.New = (type, args, kw) =>
        {
            if (kw is not null && kw.Count > 0 && ReferenceEquals(type, TupleGetterType))
                throw PyErr.TypeError("_tuplegetter() takes no keyword arguments");
            ArgBinder.Positional("_tuplegetter", args, null, 2, 2);
            return new PyTupleGetter(type, ContainerArgs.Ssize(args[0]), args[1]);
        };
        t.DescrGet = (self, obj, owner) =>
        {
            var g = (PyTupleGetter)self;
            if (obj is null or PyNone) return self;
            if (obj is not PyTuple tup)
                throw PyErr.TypeError($"descriptor for index '{g._index}' for tuple subclasses doesn't apply to '{obj.Type.Name}' object");
            if (g._index < 0 || g._index >= tup.Count) throw PyErr.IndexError("tuple index out of range");
            return tup[(int)g._index];
        };
        t.DescrSet = (self, obj, value) =>
            throw PyErr.AttributeError(value is null ? "can't delete attribute" : "can't set attribute");
        TypeBuilder.GetSet(t, "__doc__", o => ((PyTupleGetter)o)._doc, (o, v) => ((PyTupleGetter)o)._doc = v ?? PyNone.Instance);
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var g = (PyTupleGetter)self!;
            return PyTuple.Pair(g.Type, PyTuple.Pair(PyInt.FromLong(g._index), g._doc));
        });
    }
}
