namespace Krait.Runtime;

/// <summary>Argument checks of the container methods with CPython's wording: METH_NOARGS and METH_O name the
/// method with its type ("list.clear() takes no arguments (1 given)"), while the old-style count checks of
/// METH_FASTCALL methods use the bare name ("index expected at least 1 argument, got 0") and the keyword check
/// the qualified one ("list.index() takes no keyword arguments").</summary>
internal static class ContainerArgs
{
    public static void None(string qualName, ReadOnlySpan<PyObject> args, PyTuple? kw) => ArgBinder.None(qualName, args, kw);

    public static PyObject One(string qualName, ReadOnlySpan<PyObject> args, PyTuple? kw) => ArgBinder.One(qualName, args, kw);

    public static void NoKeywords(string qualName, PyTuple? kw)
    {
        if (kw is not null && kw.Count > 0) throw PyErr.TypeError($"{qualName}() takes no keyword arguments");
    }

    public static int Range(string qualName, string shortName, ReadOnlySpan<PyObject> args, PyTuple? kw, int min, int max)
    {
        NoKeywords(qualName, kw);
        int n = args.Length;
        if (min == max && n != min)
            throw PyErr.TypeError($"{shortName} expected {min} argument{(min == 1 ? "" : "s")}, got {n}");
        if (n < min) throw PyErr.TypeError($"{shortName} expected at least {min} argument{(min == 1 ? "" : "s")}, got {n}");
        if (n > max) throw PyErr.TypeError($"{shortName} expected at most {max} argument{(max == 1 ? "" : "s")}, got {n}");
        return n;
    }

    /// <summary>_PyEval_SliceIndexNotNone: an index-like start/stop argument of index(), clamped to the ssize range.</summary>
    public static long SliceIndex(PyObject o)
    {
        if (o.Type.Index is null) throw PyErr.TypeError("slice indices must be integers or have an __index__ method");
        return Ops.AsSsize(o);
    }

    /// <summary>The start/stop window of list.index / tuple.index normalised against <paramref name="len"/>.</summary>
    public static void IndexWindow(ReadOnlySpan<PyObject> args, int len, out long start, out long stop)
    {
        start = args.Length > 1 ? SliceIndex(args[1]) : 0;
        stop = args.Length > 2 ? SliceIndex(args[2]) : long.MaxValue;
        if (start < 0) { start += len; if (start < 0) start = 0; }
        if (stop < 0) { stop += len; if (stop < 0) stop = 0; }
    }

    /// <summary>PyLong_AsSsize_t after __index__: "Python int too large to convert to C ssize_t".</summary>
    public static long Ssize(PyObject o)
    {
        var i = Ops.Index(o);
        if (i.IsBig) throw PyErr.OverflowError("Python int too large to convert to C ssize_t");
        return i.Small;
    }

    /// <summary>PyObject_LengthHint: len(o) when o has one, else o.__length_hint__(), else <paramref name="dflt"/>.
    /// Called once by list(), tuple(), list.extend and sorted(), as CPython does (it is observable).</summary>
    public static long LengthHint(PyObject o, long dflt)
    {
        if (o.Type.Len is not null)
        {
            try { return Ops.Len(o); }
            catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.TypeError)) { }
        }
        var hint = Ops.LookupSpecial(o, "__length_hint__");
        if (hint is null) return dflt;
        PyObject r;
        // A TypeError from __length_hint__ (repeat(None): "len() of unsized object") means "no hint".
        try { r = Ops.Call(hint, []); }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.TypeError)) { return dflt; }
        if (r is PyNotImplemented) return dflt;
        if (r is not PyInt) throw PyErr.TypeError($"__length_hint__ must be an integer, not {r.Type.Name}");
        long n = Ops.AsSsize(r, PyExc.OverflowError);
        if (n < 0) throw PyErr.ValueError("__length_hint__() should return >= 0");
        return n;
    }

    /// <summary>The `iter` builtin (for the iterators' __reduce__).</summary>
    public static PyObject IterBuiltin => PythonRuntime.BuiltinsDict.GetItemStr(PyStr.Intern("iter"))!;

    public static PyObject ReversedBuiltin => PyReversed.ReversedType;

    /// <summary>PyLong_AsSsize_t for __setstate__ arguments (no __index__ conversion beyond ints).</summary>
    public static long StateIndex(PyObject o)
    {
        if (o is not PyInt i) throw PyErr.TypeError("an integer is required");
        if (i.IsBig) throw PyErr.OverflowError("Python int too large to convert to C ssize_t");
        return i.Small;
    }
}
