namespace Krait.Runtime;

/// <summary>PyErr_WarnEx for runtime code: issues a warning through the <c>warnings</c> module (so filters,
/// <c>-W</c> options and <c>catch_warnings</c> apply); "error" filters raise the warning as an exception.</summary>
public static class PyWarnings
{
    public static void Warn(PyType category, string message, int stackLevel = 1)
    {
        PyObject warnings;
        try { warnings = Importer.ImportModuleLevel(PyStr.Intern("warnings"), null, null, 0); }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.ImportError)) { return; }
        Ops.Call(Ops.GetAttr(warnings, "warn"), [new PyStr(message), category, PyInt.FromLong(stackLevel)]);
    }
}
