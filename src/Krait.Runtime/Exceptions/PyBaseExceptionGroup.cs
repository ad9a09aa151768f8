namespace Krait.Runtime;

/// <summary>BaseExceptionGroup(message, exceptions) / ExceptionGroup (PEP 654).</summary>
public sealed class PyBaseExceptionGroup(PyType type, PyTuple args) : PyBaseException(type, args)
{
    public PyStr Message = PyStr.Empty;
    public PyTuple Exceptions = PyTuple.Empty;

    internal static new void InitType(PyType t)
    {
        t.New = (type, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError($"{type.Name}() takes no keyword arguments");
            if (args.Length != 2)
                throw PyErr.TypeError($"BaseExceptionGroup.__new__() takes exactly 2 arguments ({args.Length} given)");
            if (args[0] is not PyStr message)
                throw PyErr.TypeError($"BaseExceptionGroup.__new__() argument 1 must be str, not {args[0].Type.Name}");
            if (args[1].Type.GetItem is null || args[1] is PyDict || args[1].Type.Len is null)
                throw PyErr.TypeError("second argument (exceptions) must be a sequence");
            var excs = PyTuple.FromIterable(args[1]);
            if (excs.Count == 0) throw PyErr.ValueError("second argument (exceptions) must be a non-empty sequence");
            bool allExceptions = true;
            for (int i = 0; i < excs.Count; i++)
            {
                if (excs[i] is not PyBaseException) throw PyErr.ValueError($"Item {i} of second argument (exceptions) is not an exception");
                if (!excs[i].Type.IsSubtype(PyExc.Exception)) allExceptions = false;
            }
            if (ReferenceEquals(type, PyExc.BaseExceptionGroup))
            {
                if (allExceptions) type = PyExc.ExceptionGroup;
            }
            else if (ReferenceEquals(type, PyExc.ExceptionGroup))
            {
                if (!allExceptions) throw PyErr.TypeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
            else if (!allExceptions && type.IsSubtype(PyExc.Exception))
                throw PyErr.TypeError($"Cannot nest BaseExceptions in '{type.Name}'");
            return new PyBaseExceptionGroup(type, PyTuple.Create(args)) { Message = message, Exceptions = excs };
        };
        t.Init = (self, args, kw) => NoKeywords(self, kw);
        t.Str = o =>
        {
            var g = (PyBaseExceptionGroup)o;
            int n = g.Exceptions.Count;
            return new PyStr($"{g.Message.Value} ({n} sub-exception{(n > 1 ? "s" : "")})");
        };
        GetSet(t, "message", o => ((PyBaseExceptionGroup)o).Message, null);
        GetSet(t, "exceptions", o => ((PyBaseExceptionGroup)o).Exceptions, null);
    }
}
