namespace Krait.Runtime;

/// <summary>Binds a builtin's (args, kwnames) to named parameter slots with the wording of CPython's
/// Argument Clinic (_PyArg_UnpackKeywords): "'x' is an invalid keyword argument for f()",
/// "f() missing required argument 'x' (pos 1)", "argument for f() given by name ('x') and position (1)".</summary>
internal static class ArgBinder
{
    /// <summary>Fills <paramref name="slots"/> (one per name, null = not given). The first <paramref name="posOnly"/>
    /// parameters are positional-only, parameters at index ≥ <paramref name="maxPos"/> keyword-only, and the first
    /// <paramref name="required"/> parameters must be given.</summary>
    public static void Bind(string fname, ReadOnlySpan<PyObject> args, PyTuple? kw, ReadOnlySpan<string> names,
        int posOnly, int maxPos, int required, Span<PyObject?> slots)
    {
        int nkw = kw?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos > maxPos)
        {
            if (maxPos == 0) throw PyErr.TypeError($"{fname}() takes no positional arguments");
            bool exact = required >= maxPos;
            throw PyErr.TypeError($"{fname}() takes {(exact ? "exactly" : "at most")} {maxPos} {(maxPos < names.Length ? "positional " : "")}argument{(maxPos == 1 ? "" : "s")} ({npos} given)");
        }
        for (int i = 0; i < npos; i++) slots[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            string key = ((PyStr)kw![k]).Value;
            int j = -1;
            for (int i = posOnly; i < names.Length; i++)
                if (names[i] == key) { j = i; break; }
            if (j < 0) throw PyErr.TypeError($"'{key}' is an invalid keyword argument for {fname}()");
            if (slots[j] is not null) throw PyErr.TypeError($"argument for {fname}() given by name ('{key}') and position ({j + 1})");
            slots[j] = args[npos + k];
        }
        for (int i = 0; i < required; i++)
        {
            if (slots[i] is not null) continue;
            if (i < posOnly)
                throw PyErr.TypeError($"{fname}() takes {(required == maxPos ? "exactly" : "at least")} {required} positional argument{(required == 1 ? "" : "s")} ({npos} given)");
            throw PyErr.TypeError($"{fname}() missing required argument '{names[i]}' (pos {i + 1})");
        }
    }

    /// <summary>The old-style "f expected at most N arguments, got M" check of METH_VARARGS builtins with no keywords.</summary>
    public static int Positional(string fname, ReadOnlySpan<PyObject> args, PyTuple? kw, int min, int max)
    {
        if (kw is not null && kw.Count > 0) throw PyErr.TypeError($"{fname}() takes no keyword arguments");
        int n = args.Length;
        if (min == max && n != min)
            throw PyErr.TypeError($"{fname} expected {min} argument{(min == 1 ? "" : "s")}, got {n}");
        if (n < min) throw PyErr.TypeError($"{fname} expected at least {min} argument{(min == 1 ? "" : "s")}, got {n}");
        if (n > max) throw PyErr.TypeError($"{fname} expected at most {max} argument{(max == 1 ? "" : "s")}, got {n}");
        return n;
    }

    /// <summary>METH_O: exactly one positional argument, "f() takes exactly one argument (N given)".</summary>
    public static PyObject One(string fname, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is not null && kw.Count > 0) throw PyErr.TypeError($"{fname}() takes no keyword arguments");
        if (args.Length != 1) throw PyErr.TypeError($"{fname}() takes exactly one argument ({args.Length} given)");
        return args[0];
    }

    /// <summary>METH_NOARGS: "f() takes no arguments (N given)".</summary>
    public static void None(string fname, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is not null && kw.Count > 0) throw PyErr.TypeError($"{fname}() takes no keyword arguments");
        if (args.Length != 0) throw PyErr.TypeError($"{fname}() takes no arguments ({args.Length} given)");
    }

    /// <summary>An index-like argument (Py_ssize_t converter): "'float' object cannot be interpreted as an integer".</summary>
    public static long Ssize(PyObject o) => Ops.AsSsize(o, PyExc.OverflowError);
}
