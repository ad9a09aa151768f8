namespace Krait.Runtime;

/// <summary>Argument binding for the import system's builtin callables (positional-or-keyword parameters,
/// optionally keyword-only ones), with CPython's argument-clinic wording.</summary>
internal static class ImportArgs
{
    /// <summary>Binds <paramref name="args"/> to <paramref name="names"/>; the first <paramref name="required"/>
    /// are required, parameters from <paramref name="kwOnlyFrom"/> on are keyword-only. Missing optional ones are null.</summary>
    public static PyObject?[] Bind(string func, ReadOnlySpan<PyObject> args, PyTuple? kw, string[] names, int required, int kwOnlyFrom = int.MaxValue)
    {
        int nkw = kw?.Count ?? 0;
        int npos = args.Length - nkw;
        int maxPos = Math.Min(names.Length, kwOnlyFrom);
        if (npos > maxPos)
        {
            if (maxPos == required)
                throw PyErr.TypeError($"{func}() takes {(maxPos == 1 ? "exactly one argument" : $"exactly {maxPos} positional arguments")} ({npos} given)");
            throw PyErr.TypeError($"{func}() takes at most {maxPos} argument{(maxPos == 1 ? "" : "s")} ({npos} given)");
        }
        var values = new PyObject?[names.Length];
        for (int i = 0; i < npos; i++) values[i] = args[i];
        for (int i = 0; i < nkw; i++)
        {
            string k = ((PyStr)kw![i]).Value;
            int at = Array.IndexOf(names, k);
            if (at < 0) throw PyErr.TypeError($"'{k}' is an invalid keyword argument for {func}()");
            if (values[at] is not null) throw PyErr.TypeError($"argument for {func}() given by name ('{k}') and position ({at + 1})");
            values[at] = args[npos + i];
        }
        for (int i = 0; i < required; i++)
            if (values[i] is null) throw PyErr.TypeError($"{func}() missing required argument '{names[i]}' (pos {i + 1})");
        return values;
    }
}
