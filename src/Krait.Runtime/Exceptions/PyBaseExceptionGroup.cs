namespace Krait.Runtime;

/// <summary>BaseExceptionGroup(message, exceptions) / ExceptionGroup (PEP 654; Objects/exceptions.c of 3.11).
/// split/subgroup live in PyBaseExceptionGroup.Split.cs.</summary>
public sealed partial class PyBaseExceptionGroup(PyType type, PyTuple args) : PyBaseException(type, args)
{
    public PyStr Message = PyStr.Empty;
    public PyTuple Exceptions = PyTuple.Empty;

    /// <summary>_PyExc_CreateExceptionGroup: <c>BaseExceptionGroup(message, excs)</c>, which is an
    /// ExceptionGroup when every member is an Exception.</summary>
    public static PyBaseExceptionGroup Create(string message, PyObject excs) =>
        (PyBaseExceptionGroup)Ops.Call(PyExc.BaseExceptionGroup, [new PyStr(message), excs]);

    internal static new void InitType(PyType t)
    {
        t.New = (type, args, kw) =>
        {
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos != 2)
                throw PyErr.TypeError($"BaseExceptionGroup.__new__() takes exactly 2 arguments ({npos} given)");
            if (args[0] is not PyStr message)
                throw PyErr.TypeError($"BaseExceptionGroup.__new__() argument 1 must be str, not {args[0].Type.Name}");
            // PySequence_Check: indexable and not a mapping.
            if (args[1].Type.GetItem is null || args[1] is PyDict)
                throw PyErr.TypeError("second argument (exceptions) must be a sequence");
            var excs = PyTuple.FromIterable(args[1]);
            if (excs.Count == 0) throw PyErr.ValueError("second argument (exceptions) must be a non-empty sequence");
            bool nestedBase = false;
            for (int i = 0; i < excs.Count; i++)
            {
                if (excs[i] is not PyBaseException) throw PyErr.ValueError($"Item {i} of second argument (exceptions) is not an exception");
                if (!excs[i].Type.IsSubtype(PyExc.Exception)) nestedBase = true;
            }
            if (ReferenceEquals(type, PyExc.ExceptionGroup))
            {
                if (nestedBase) throw PyErr.TypeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
            else if (ReferenceEquals(type, PyExc.BaseExceptionGroup))
            {
                if (!nestedBase) type = PyExc.ExceptionGroup;
            }
            else if (nestedBase && type.IsSubtype(PyExc.Exception))
                throw PyErr.TypeError($"Cannot nest BaseExceptions in '{type.Name}'");
            return new PyBaseExceptionGroup(type, PyTuple.Create(args[..npos])) { Message = message, Exceptions = excs };
        };
        t.Init = (self, args, kw) =>
        {
            NoKeywords(self, kw);
            ((PyBaseException)self).Args = ArgsOf(args, kw);
        };
        t.Str = o =>
        {
            var g = (PyBaseExceptionGroup)o;
            int n = g.Exceptions.Count;
            return new PyStr($"{Ops.Str(g.Message).Value} ({n} sub-exception{(n > 1 ? "s" : "")})");
        };
        GetSet(t, "message", o => ((PyBaseExceptionGroup)o).Message, ReadOnly);
        GetSet(t, "exceptions", o => ((PyBaseExceptionGroup)o).Exceptions, ReadOnly);
        Method(t, "derive", (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("BaseExceptionGroup.derive() takes no keyword arguments");
            if (args.Length != 1) throw PyErr.TypeError($"function takes exactly 1 argument ({args.Length} given)");
            return Ops.Call(PyExc.BaseExceptionGroup, [((PyBaseExceptionGroup)self!).Message, args[0]]);
        });
        Method(t, "split", (self, args, kw) =>
        {
            var matcher = OneMatcherArg("split", args, kw);
            var (match, rest) = SplitRecursive(self!, matcher, constructRest: true);
            return PyTuple.Create([match ?? PyNone.Instance, rest ?? PyNone.Instance]);
        });
        Method(t, "subgroup", (self, args, kw) =>
        {
            var matcher = OneMatcherArg("subgroup", args, kw);
            var (match, _) = SplitRecursive(self!, matcher, constructRest: false);
            return match ?? PyNone.Instance;
        });
    }

    private static void ReadOnly(PyObject o, PyObject? v) => throw PyErr.AttributeError("readonly attribute");

    private static Matcher OneMatcherArg(string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is not null && kw.Count > 0) throw PyErr.TypeError($"BaseExceptionGroup.{name}() takes no keyword arguments");
        if (args.Length != 1) throw PyErr.TypeError($"{name} expected 1 argument, got {args.Length}");
        return Matcher.From(args[0]);
    }
}
