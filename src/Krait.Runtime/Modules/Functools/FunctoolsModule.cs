namespace Krait.Runtime;

/// <summary>The _functools module (CPython's Modules/_functoolsmodule.c).</summary>
public static class FunctoolsModule
{
    public static PyModule Create()
    {
        var m = new PyModule("_functools", "Tools that operate on functions.");
        m.Add("partial", PyPartial.PartialType);
        m.Add("_lru_cache_wrapper", PyLruCacheWrapper.LruCacheWrapperType);
        m.AddFunction("reduce", (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("reduce() takes no keyword arguments");
            ArgBinder.Positional("reduce", args, null, 2, 3);
            return Reduce(args[0], args[1], args.Length > 2 ? args[2] : null);
        });
        m.AddFunction("cmp_to_key", (self, args, kw) =>
        {
            var v = new PyObject?[1];
            ArgBinder.Bind("cmp_to_key", args, kw, ["mycmp"], 0, 1, 1, v);
            return new PyKeyWrapper(v[0]!, null);
        });
        return m;
    }

    private static PyObject Reduce(PyObject func, PyObject seq, PyObject? result)
    {
        PyObject it;
        try { it = Ops.GetIter(seq); }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.TypeError))
        {
            throw PyErr.TypeError("reduce() arg 2 must support iteration");
        }
        while (Ops.Next(it) is { } item)
            result = result is null ? item : Ops.Call(func, [result, item]);
        return result ?? throw PyErr.TypeError("reduce() of empty iterable with no initial value");
    }
}
