namespace Krait.Runtime;

/// <summary>_sre.SRE_Scanner: successive matches or searches over one subject (Pattern.scanner, finditer).</summary>
public sealed class PySreScanner : PyObject
{
    public static readonly PyType ScannerType = PyType.NewBuiltin("_sre.SRE_Scanner", PyType.ObjectType, 0, InitType);

    private readonly PyPattern _pattern;
    private readonly SreState _state;
    private bool _done;

    internal PySreScanner(PyPattern pattern, SreState state) : base(ScannerType)
    {
        _pattern = pattern;
        _state = state;
    }

    private PyObject Next(bool search)
    {
        if (_done) return PyNone.Instance;
        var st = _state;
        st.Reset();
        st.Ptr = st.Start;
        int status = search ? st.DoSearch() : st.DoMatch(false);
        if (status <= 0)
        {
            _done = true;
            return PyNone.Instance;
        }
        var m = new PyMatch(_pattern, st);
        st.MustAdvance = st.Ptr == st.Start;
        st.Start = st.Ptr;
        return m;
    }

    private static PySreScanner Self(PyObject? o, string name) =>
        o as PySreScanner ?? throw PyErr.TypeError($"descriptor '{name}' for '_sre.SRE_Scanner' objects doesn't apply to a '{o?.Type.Name}' object");

    /// <summary>3.11's clinic (defining_class, no parameters) refuses positional arguments and ignores keywords.</summary>
    private static void NoArgs(string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (args.Length - (kw?.Count ?? 0) > 0) throw PyErr.TypeError($"{name}() takes no arguments");
    }

    private static void InitType(PyType t)
    {
        TypeBuilder.Method(t, "match", (self, args, kw) =>
        {
            NoArgs("match", args, kw);
            return Self(self, "match").Next(false);
        });
        TypeBuilder.Method(t, "search", (self, args, kw) =>
        {
            NoArgs("search", args, kw);
            return Self(self, "search").Next(true);
        });
        TypeBuilder.GetSet(t, "pattern", o => ((PySreScanner)o)._pattern, null);
    }
}
