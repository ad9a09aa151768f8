namespace Krait.Runtime;

// Registration of the shared methods on bytes and bytearray, and decode.
internal static partial class ByteSeq
{
    /// <summary>"bytes.join" / "bytearray.join": the qualified name CPython puts in METH_O/METH_NOARGS errors.</summary>
    internal static string Q(PyObject? self, string name) => (self is PyByteArray ? "bytearray." : "bytes.") + name;

    internal static void NoKeywords(PyObject? self, string name, PyTuple? kw)
    {
        if (kw is not null && kw.Count > 0) throw PyErr.TypeError($"{Q(self, name)}() takes no keyword arguments");
    }

    /// <summary>The "name expected at most N arguments, got M" check of positional-only clinic methods.</summary>
    internal static void Positional(PyObject? self, string name, ReadOnlySpan<PyObject> args, PyTuple? kw, int min, int max)
    {
        NoKeywords(self, name, kw);
        TypeBuilder.ArgRange(name, args, null, min, max);
    }

    internal static void AddMethods(PyType t, bool mutable)
    {
        TypeBuilder.Method(t, "count", CountMethod);
        TypeBuilder.Method(t, "find", (s, a, k) => FindMethod(s, a, k, "find", 1, false));
        TypeBuilder.Method(t, "rfind", (s, a, k) => FindMethod(s, a, k, "rfind", -1, false));
        TypeBuilder.Method(t, "index", (s, a, k) => FindMethod(s, a, k, "index", 1, true));
        TypeBuilder.Method(t, "rindex", (s, a, k) => FindMethod(s, a, k, "rindex", -1, true));
        TypeBuilder.Method(t, "startswith", (s, a, k) => TailMatchMethod(s, a, k, "startswith", -1));
        TypeBuilder.Method(t, "endswith", (s, a, k) => TailMatchMethod(s, a, k, "endswith", 1));
        TypeBuilder.Method(t, "split", (s, a, k) => SplitMethod(s, a, k, false));
        TypeBuilder.Method(t, "rsplit", (s, a, k) => SplitMethod(s, a, k, true));
        TypeBuilder.Method(t, "splitlines", SplitLinesMethod);
        TypeBuilder.Method(t, "partition", (s, a, k) => PartitionMethod(s, a, k, false));
        TypeBuilder.Method(t, "rpartition", (s, a, k) => PartitionMethod(s, a, k, true));
        TypeBuilder.Method(t, "join", JoinMethod);
        TypeBuilder.Method(t, "strip", (s, a, k) => StripMethod(s, a, k, "strip", true, true));
        TypeBuilder.Method(t, "lstrip", (s, a, k) => StripMethod(s, a, k, "lstrip", true, false));
        TypeBuilder.Method(t, "rstrip", (s, a, k) => StripMethod(s, a, k, "rstrip", false, true));
        TypeBuilder.Method(t, "removeprefix", (s, a, k) => AffixRemoveMethod(s, a, k, true));
        TypeBuilder.Method(t, "removesuffix", (s, a, k) => AffixRemoveMethod(s, a, k, false));
        TypeBuilder.Method(t, "replace", ReplaceMethod);
        TypeBuilder.Method(t, "translate", TranslateMethod);
        t.TypeDict.SetItem(PyStr.Intern("maketrans"),
            new PyStaticMethod(PyType.StaticMethodType, new PyBuiltinFunction("maketrans", MakeTransFunction, t)));
        TypeBuilder.Method(t, "center", (s, a, k) => PadMethod(s, a, k, "center", 0));
        TypeBuilder.Method(t, "ljust", (s, a, k) => PadMethod(s, a, k, "ljust", 1));
        TypeBuilder.Method(t, "rjust", (s, a, k) => PadMethod(s, a, k, "rjust", 2));
        TypeBuilder.Method(t, "zfill", ZFillMethod);
        TypeBuilder.Method(t, "expandtabs", ExpandTabsMethod);
        TypeBuilder.Method(t, "lower", (s, a, k) => CaseMethod(s, a, k, "lower", 0));
        TypeBuilder.Method(t, "upper", (s, a, k) => CaseMethod(s, a, k, "upper", 1));
        TypeBuilder.Method(t, "swapcase", (s, a, k) => CaseMethod(s, a, k, "swapcase", 2));
        TypeBuilder.Method(t, "capitalize", (s, a, k) => CaseMethod(s, a, k, "capitalize", 3));
        TypeBuilder.Method(t, "title", (s, a, k) => CaseMethod(s, a, k, "title", 4));
        foreach (var p in new[] { "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper" })
        {
            string name = p;
            TypeBuilder.Method(t, name, (s, a, k) => PredicateMethod(s, a, k, name));
        }
        TypeBuilder.Method(t, "decode", DecodeMethod);
        TypeBuilder.Method(t, "hex", (s, a, k) => HexMethod(Span(s), a, k, () => Span(s)));
        TypeBuilder.ClassMethod(t, "fromhex", (c, a, k) => FromHexClassMethod(c, a, k, mutable));
    }

    private static readonly string[] s_decodeNames = ["encoding", "errors"];

    private static PyObject DecodeMethod(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        ArgBinder.Bind("decode", args, kw, s_decodeNames, 0, 2, 0, a);
        string encoding = OptStrArg("decode", "encoding", a[0]) ?? "utf-8";
        string errors = OptStrArg("decode", "errors", a[1]) ?? "strict";
        return Decode(Span(self), encoding, errors);
    }
}
