namespace Krait.Runtime;

/// <summary>StopIteration: <c>value</c> is the first argument (None without one).</summary>
public sealed class PyStopIteration(PyType type, PyTuple args) : PyBaseException(type, args)
{
    public PyObject Value = args.Count > 0 ? args[0] : PyNone.Instance;

    /// <summary>StopIteration(value) as a generator's return raises it (the value is the single argument).</summary>
    public static PyBaseException Create(PyObject value) => PyErr.Make(PyExc.StopIteration, value);

    /// <summary>The value carried by a StopIteration (None for other exceptions).</summary>
    public static PyObject ValueOf(PyBaseException e) => e is PyStopIteration s ? s.Value : PyNone.Instance;

    internal static new void InitType(PyType t)
    {
        t.New = (type, args, kw) => new PyStopIteration(type, ArgsOf(args, kw));
        t.Init = (self, args, kw) =>
        {
            NoKeywords(self, kw);
            var e = (PyStopIteration)self;
            e.Args = ArgsOf(args, kw);
            e.Value = e.Args.Count > 0 ? e.Args[0] : PyNone.Instance;
        };
        GetSet(t, "value", o => ((PyStopIteration)o).Value, (o, v) => ((PyStopIteration)o).Value = v ?? PyNone.Instance);
    }
}
