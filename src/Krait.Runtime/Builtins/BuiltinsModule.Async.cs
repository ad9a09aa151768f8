namespace Krait.Runtime;

// aiter() and anext() (Python/bltinmodule.c, PyObject_GetAIter).
public static partial class BuiltinsModule
{
    private static void AddAsyncFunctions(PyModule m)
    {
        m.AddFunction("aiter", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("aiter", args, kw, 1);
            return AIter(args[0]);
        });
        m.AddFunction("anext", (self, args, kw) =>
        {
            TypeBuilder.ArgRange("anext", args, kw, 1, 2);
            return ANext(args[0], args.Length > 1 ? args[1] : null);
        });
    }

    /// <summary>aiter(async_iterable): <c>__aiter__()</c>, which must return an async iterator.</summary>
    internal static PyObject AIter(PyObject o)
    {
        if (o is PyAsyncGenerator) return o;
        var aiter = o.Type.Lookup("__aiter__") is null ? null : Ops.LookupSpecial(o, "__aiter__");
        if (aiter is null) throw PyErr.TypeError($"'{o.Type.Name}' object is not an async iterable");
        var it = Ops.Call(aiter, []);
        if (it.Type.Lookup("__anext__") is null)
            throw PyErr.TypeError($"aiter() returned not an async iterator of type '{it.Type.Name}'");
        return it;
    }

    /// <summary>anext(async_iterator[, default]): the awaitable of <c>__anext__()</c>; with a default, wrapped so that
    /// StopAsyncIteration ends the await with the default instead.</summary>
    internal static PyObject ANext(PyObject it, PyObject? defaultValue)
    {
        PyObject awaitable;
        if (it is PyAsyncGenerator ag) awaitable = ag.ANext();
        else
        {
            var anext = it.Type.Lookup("__anext__") is null ? null : Ops.LookupSpecial(it, "__anext__");
            if (anext is null) throw PyErr.TypeError($"'{it.Type.Name}' object is not an async iterator");
            awaitable = Ops.Call(anext, []);
        }
        return defaultValue is null ? awaitable : new AsyncGenANextAwaitable(awaitable, defaultValue);
    }
}
