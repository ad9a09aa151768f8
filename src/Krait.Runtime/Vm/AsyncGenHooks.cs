namespace Krait.Runtime;

/// <summary>The thread's async generator hooks (sys.set_asyncgen_hooks / sys.get_asyncgen_hooks): firstiter is
/// called with each async generator on its first iteration; the finalizer is remembered by the generator then.</summary>
internal static class AsyncGenHooks
{
    [ThreadStatic] internal static PyObject? FirstIter;
    [ThreadStatic] internal static PyObject? Finalizer;

    /// <summary>sys.set_asyncgen_hooks([firstiter[, finalizer]]): an argument left out keeps its hook, None clears it.
    /// The finalizer is checked and set before firstiter, as in CPython 3.11.</summary>
    internal static PyObject Set(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int kwCount = kwnames?.Count ?? 0;
        int npos = args.Length - kwCount;
        if (args.Length > 2) throw PyErr.TypeError($"function takes at most 2 arguments ({args.Length} given)");
        PyObject? firstIter = npos > 0 ? args[0] : null, finalizer = npos > 1 ? args[1] : null;
        for (int i = 0; i < kwCount; i++)
        {
            var name = ((PyStr)kwnames![i]).Value;
            var value = args[npos + i];
            if (name == "firstiter" && npos < 1) firstIter = value;
            else if (name == "finalizer" && npos < 2) finalizer = value;
            else if (name is "firstiter" or "finalizer")
                throw PyErr.TypeError($"argument for function given by name ('{name}') and position ({(name == "firstiter" ? 1 : 2)})");
            else throw PyErr.TypeError($"'{name}' is an invalid keyword argument for this function");
        }
        if (finalizer is not null) Finalizer = Checked(finalizer, "finalizer");
        if (firstIter is not null) FirstIter = Checked(firstIter, "firstiter");
        return PyNone.Instance;
    }

    private static PyObject? Checked(PyObject hook, string what)
    {
        if (hook is PyNone) return null;
        if (hook.Type.Call is null) throw PyErr.TypeError($"callable {what} expected, got {hook.Type.Name}");
        return hook;
    }
}
