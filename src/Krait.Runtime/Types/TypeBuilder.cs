namespace Krait.Runtime;

/// <summary>Helpers that put builtin attributes into a type's dict while it is being built.</summary>
internal static class TypeBuilder
{
    public static void GetSet(PyType t, string name, Func<PyObject, PyObject> get, Action<PyObject, PyObject?>? set) =>
        t.TypeDict.SetItem(PyStr.Intern(name), new PyGetSetDescriptor(t, name, get, set));

    public static void Method(PyType t, string name, BuiltinFn fn) =>
        t.TypeDict.SetItem(PyStr.Intern(name), new PyMethodDescriptor(t, name, fn));

    /// <summary>A method whose failures CALL takes pending (see <see cref="PendingFn"/>).</summary>
    internal static void PendingMethod(PyType t, string name, PendingFn fn) =>
        t.TypeDict.SetItem(PyStr.Intern(name), new PyMethodDescriptor(t, name, fn));

    public static void ClassMethod(PyType t, string name, BuiltinFn fn) =>
        t.TypeDict.SetItem(PyStr.Intern(name), new PyClassMethodDescriptor(t, name, fn));

    /// <summary>Checks a builtin method's positional argument count with CPython's wording.</summary>
    public static void ExactArgs(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, int n)
    {
        if (kw is not null && kw.Count > 0) throw PyErr.TypeError($"{name}() takes no keyword arguments");
        if (args.Length == n) return;
        if (n == 0) throw PyErr.TypeError($"{name}() takes no arguments ({args.Length} given)");
        if (n == 1) throw PyErr.TypeError($"{name}() takes exactly one argument ({args.Length} given)");
        throw PyErr.TypeError($"{name} expected {n} arguments, got {args.Length}");
    }

    public static void ArgRange(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, int min, int max)
    {
        if (kw is not null && kw.Count > 0) throw PyErr.TypeError($"{name}() takes no keyword arguments");
        if (args.Length < min) throw PyErr.TypeError($"{name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {args.Length}");
        if (args.Length > max) throw PyErr.TypeError($"{name} expected at most {max} argument{(max == 1 ? "" : "s")}, got {args.Length}");
    }
}
