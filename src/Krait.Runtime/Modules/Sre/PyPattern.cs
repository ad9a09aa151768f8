using System.Text;

namespace Krait.Runtime;

/// <summary>re.Pattern (CPython's _sre PatternObject): a compiled regular expression.</summary>
public sealed partial class PyPattern : PyObject
{
    public static readonly PyType PatternType = PyType.NewBuiltin("re.Pattern", PyType.ObjectType, 0, InitType);

    /// <summary>The source: a str, a bytes-like object, or None (a pattern compiled from a parsed tree).</summary>
    public readonly PyObject Source;
    public readonly int Flags;
    internal readonly uint[] Code;
    public readonly int Groups;
    /// <summary>Name → group number (null when the pattern has no named groups).</summary>
    internal readonly PyDict? GroupIndex;
    /// <summary>Group number → name or None (null when there are no groups).</summary>
    internal readonly PyTuple? IndexGroup;
    /// <summary>1 for a bytes pattern, 0 for a str pattern, -1 when there is no source.</summary>
    internal readonly int IsBytes;

    internal PyPattern(PyObject source, int flags, uint[] code, int groups, PyDict? groupIndex, PyTuple? indexGroup, int isBytes)
        : base(PatternType)
    {
        Source = source;
        Flags = flags;
        Code = code;
        Groups = groups;
        GroupIndex = groupIndex;
        IndexGroup = indexGroup;
        IsBytes = isBytes;
    }

    private static readonly (string Name, int Value)[] s_flagNames =
    [
        ("re.TEMPLATE", SreOp.FLAG_TEMPLATE), ("re.IGNORECASE", SreOp.FLAG_IGNORECASE), ("re.LOCALE", SreOp.FLAG_LOCALE),
        ("re.MULTILINE", SreOp.FLAG_MULTILINE), ("re.DOTALL", SreOp.FLAG_DOTALL), ("re.UNICODE", SreOp.FLAG_UNICODE),
        ("re.VERBOSE", SreOp.FLAG_VERBOSE), ("re.DEBUG", SreOp.FLAG_DEBUG), ("re.ASCII", SreOp.FLAG_ASCII),
    ];

    private static PyStr Repr(PyObject o)
    {
        var p = (PyPattern)o;
        int flags = p.Flags;
        // re.UNICODE is implied for str patterns
        if (p.IsBytes == 0 && (flags & (SreOp.FLAG_LOCALE | SreOp.FLAG_UNICODE | SreOp.FLAG_ASCII)) == SreOp.FLAG_UNICODE)
            flags &= ~SreOp.FLAG_UNICODE;
        var names = new List<string>();
        foreach (var (name, value) in s_flagNames)
        {
            if ((flags & value) != 0)
            {
                names.Add(name);
                flags &= ~value;
            }
        }
        if (flags != 0) names.Add($"0x{flags:x}");
        string src = Truncate(Ops.Repr(p.Source).Value, 200);
        if (names.Count == 0) return new PyStr($"re.compile({src})");
        return new PyStr($"re.compile({src}, {string.Join("|", names)})");
    }

    /// <summary>The first <paramref name="n"/> code points of <paramref name="s"/> (PyUnicode_FromFormat's %.nR).</summary>
    internal static string Truncate(string s, int n)
    {
        if (s.Length <= n) return s;
        var sb = new StringBuilder();
        int count = 0;
        for (int i = 0; i < s.Length && count < n; i++, count++)
        {
            sb.Append(s[i]);
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) sb.Append(s[++i]);
        }
        return sb.ToString();
    }

    private static PyObject RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne)) return PyNotImplemented.Instance;
        if (b is not PyPattern y) return PyNotImplemented.Instance;
        var x = (PyPattern)a;
        bool eq = ReferenceEquals(x, y) ||
            (x.Flags == y.Flags && x.IsBytes == y.IsBytes && x.Code.AsSpan().SequenceEqual(y.Code) &&
             Ops.RichCompareBool(x.Source, y.Source, CompareOp.Eq));
        return PyBool.From(eq == (op == CompareOp.Eq));
    }

    private static long Hash(PyObject o)
    {
        var p = (PyPattern)o;
        long h = Ops.Hash(p.Source);
        long hc = 0x345678;
        foreach (uint c in p.Code) hc = (hc * 1000003) ^ c;
        h ^= hc;
        h ^= p.Flags;
        h ^= p.IsBytes;
        h ^= p.Code.Length;
        return h == -1 ? -2 : h;
    }

    private static PyPattern Self(PyObject? o, string name) =>
        o as PyPattern ?? throw PyErr.TypeError($"descriptor '{name}' for 're.Pattern' objects doesn't apply to a '{o?.Type.Name}' object");

    private static void InitType(PyType t)
    {
        t.Repr = Repr;
        t.RichCompare = RichCompare;
        t.Hash = Hash;
        t.TypeDict.SetItem(PyStr.Intern("__doc__"), new PyStr("Compiled regular expression object."));
        TypeBuilder.Method(t, "match", (self, args, kw) => Self(self, "match").MatchImpl("match", args, kw, false, false));
        TypeBuilder.Method(t, "fullmatch", (self, args, kw) => Self(self, "fullmatch").MatchImpl("fullmatch", args, kw, true, false));
        TypeBuilder.Method(t, "search", (self, args, kw) => Self(self, "search").MatchImpl("search", args, kw, false, true));
        TypeBuilder.Method(t, "findall", (self, args, kw) => Self(self, "findall").FindAll(args, kw));
        TypeBuilder.Method(t, "finditer", (self, args, kw) => Self(self, "finditer").FindIter(args, kw));
        TypeBuilder.Method(t, "scanner", (self, args, kw) => Self(self, "scanner").Scanner("scanner", args, kw));
        TypeBuilder.Method(t, "split", (self, args, kw) => Self(self, "split").Split(args, kw));
        TypeBuilder.Method(t, "sub", (self, args, kw) => Self(self, "sub").Sub("sub", args, kw, false));
        TypeBuilder.Method(t, "subn", (self, args, kw) => Self(self, "subn").Sub("subn", args, kw, true));
        TypeBuilder.Method(t, "__copy__", (self, args, kw) =>
        {
            ArgBinder.None("Pattern.__copy__", args, kw);
            return Self(self, "__copy__");
        });
        TypeBuilder.Method(t, "__deepcopy__", (self, args, kw) =>
        {
            ArgBinder.One("Pattern.__deepcopy__", args, kw);
            return Self(self, "__deepcopy__");
        });
        PyGenericAlias.AddClassGetItem(t);
        TypeBuilder.GetSet(t, "pattern", o => ((PyPattern)o).Source, null);
        TypeBuilder.GetSet(t, "flags", o => PyInt.FromLong(((PyPattern)o).Flags), null);
        TypeBuilder.GetSet(t, "groups", o => PyInt.FromLong(((PyPattern)o).Groups), null);
        TypeBuilder.GetSet(t, "groupindex", o =>
        {
            var p = (PyPattern)o;
            return new PyMappingProxy(p.GroupIndex ?? new PyDict());
        }, null);
    }
}
