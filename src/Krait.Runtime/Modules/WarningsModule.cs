namespace Krait.Runtime;

/// <summary>_warnings (Python/_warnings.c): the warning filters, registries and the default display, used
/// both by Python code (warnings.py imports filters, warn and warn_explicit from here) and by the runtime
/// (<see cref="Warn"/>, <see cref="WarnExplicit"/>: compiler SyntaxWarnings, deprecations). When the
/// warnings module has been imported, its filters/defaultaction/onceregistry and _showwarnmsg are used,
/// so user changes made through it take effect.</summary>
public static partial class WarningsModule
{
    private static PyModule? s_module;
    private static readonly PyList s_filters = new();
    private static readonly PyDict s_onceRegistry = new();
    private static readonly PyStr s_defaultAction = PyStr.Intern("default");
    /// <summary>Bumped by _filters_mutated(); registries remember the version they were filled under.</summary>
    private static long s_filtersVersion = 1;

    private static readonly PyStr s_version = PyStr.Intern("version"), s_registryName = PyStr.Intern("__warningregistry__");

    /// <summary>The module object (one per runtime: its lists are shared with warnings.py).</summary>
    public static PyModule Module => s_module ??= Create();

    private static PyModule Create()
    {
        var m = new PyModule("_warnings", "_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up.");
        InitDefaultFilters();
        m.Add("filters", s_filters);
        m.Add("_defaultaction", s_defaultAction);
        m.Add("_onceregistry", s_onceRegistry);
        m.AddFunction("warn", WarnFunction);
        m.AddFunction("warn_explicit", WarnExplicitFunction);
        m.AddFunction("_filters_mutated", (self, args, kw) =>
        {
            ArgBinder.None("_filters_mutated", args, kw);
            s_filtersVersion++;
            return PyNone.Instance;
        });
        return m;
    }

    /// <summary>init_filters: the release build's defaults.</summary>
    private static void InitDefaultFilters()
    {
        if (s_filters.Count > 0) return;
        s_filters.Append(Filter("default", PyExc.DeprecationWarning, new PyStr("__main__")));
        s_filters.Append(Filter("ignore", PyExc.DeprecationWarning, PyNone.Instance));
        s_filters.Append(Filter("ignore", PyExc.PendingDeprecationWarning, PyNone.Instance));
        s_filters.Append(Filter("ignore", PyExc.ImportWarning, PyNone.Instance));
        s_filters.Append(Filter("ignore", PyExc.ResourceWarning, PyNone.Instance));
    }

    private static PyTuple Filter(string action, PyType category, PyObject module) =>
        PyTuple.Create([PyStr.Intern(action), PyNone.Instance, category, module, PyInt.FromLong(0)]);

    /// <summary>PyErr_WarnEx: warns as if from the Python code <paramref name="stacklevel"/> frames up.</summary>
    public static void Warn(PyType category, string message, int stacklevel = 1) =>
        WarnCore(new PyStr(message), category, stacklevel, null);

    /// <summary>PyErr_WarnExplicitObject: a warning about <paramref name="filename"/>:<paramref name="lineno"/>
    /// (module derived from the file name when null; no registry unless given).</summary>
    public static void WarnExplicit(PyType category, string message, string filename, int lineno, string? module = null, PyObject? registry = null)
    {
        InitDefaultFilters();
        WarnExplicitCore(category, new PyStr(message), new PyStr(filename), lineno,
            module is null ? null : new PyStr(module), registry, null, null);
    }
}
