namespace Krait.Runtime;

// The table of str's methods; each is implemented in the partial file of its concern.
public partial class PyStr
{
    private static void InitMethods(PyType t)
    {
        TypeBuilder.Method(t, "encode", Encode);

        TypeBuilder.Method(t, "find", (self, args, kw) => Find("find", self, args, kw, false, false));
        TypeBuilder.Method(t, "rfind", (self, args, kw) => Find("rfind", self, args, kw, true, false));
        TypeBuilder.Method(t, "index", (self, args, kw) => Find("index", self, args, kw, false, true));
        TypeBuilder.Method(t, "rindex", (self, args, kw) => Find("rindex", self, args, kw, true, true));
        TypeBuilder.Method(t, "count", Count);
        TypeBuilder.Method(t, "startswith", (self, args, kw) => Affix(self, args, kw, true));
        TypeBuilder.Method(t, "endswith", (self, args, kw) => Affix(self, args, kw, false));
        TypeBuilder.Method(t, "replace", Replace);
        TypeBuilder.Method(t, "removeprefix", (self, args, kw) => RemoveAffix(self, args, kw, true));
        TypeBuilder.Method(t, "removesuffix", (self, args, kw) => RemoveAffix(self, args, kw, false));

        TypeBuilder.Method(t, "split", (self, args, kw) => Split(self, args, kw, false));
        TypeBuilder.Method(t, "rsplit", (self, args, kw) => Split(self, args, kw, true));
        TypeBuilder.Method(t, "splitlines", SplitLines);
        TypeBuilder.Method(t, "partition", (self, args, kw) => Partition(self, args, kw, false));
        TypeBuilder.Method(t, "rpartition", (self, args, kw) => Partition(self, args, kw, true));
        TypeBuilder.Method(t, "join", Join);
        TypeBuilder.Method(t, "strip", (self, args, kw) => Strip("strip", self, args, kw, 3));
        TypeBuilder.Method(t, "lstrip", (self, args, kw) => Strip("lstrip", self, args, kw, 1));
        TypeBuilder.Method(t, "rstrip", (self, args, kw) => Strip("rstrip", self, args, kw, 2));

        TypeBuilder.Method(t, "lower", (self, args, kw) => CaseMethod("lower", self, args, kw, CaseOp.Lower));
        TypeBuilder.Method(t, "upper", (self, args, kw) => CaseMethod("upper", self, args, kw, CaseOp.Upper));
        TypeBuilder.Method(t, "casefold", (self, args, kw) => CaseMethod("casefold", self, args, kw, CaseOp.Fold));
        TypeBuilder.Method(t, "swapcase", (self, args, kw) => CaseMethod("swapcase", self, args, kw, CaseOp.Swap));
        TypeBuilder.Method(t, "capitalize", (self, args, kw) => CaseMethod("capitalize", self, args, kw, CaseOp.Capitalize));
        TypeBuilder.Method(t, "title", (self, args, kw) => CaseMethod("title", self, args, kw, CaseOp.Title));

        TypeBuilder.Method(t, "isalnum", (self, args, kw) => Predicate("isalnum", self, args, kw, static s => s.IsAlnum()));
        TypeBuilder.Method(t, "isalpha", (self, args, kw) => Predicate("isalpha", self, args, kw, static s => s.IsAlpha()));
        TypeBuilder.Method(t, "isascii", (self, args, kw) => Predicate("isascii", self, args, kw, static s => s.IsAscii()));
        TypeBuilder.Method(t, "isdecimal", (self, args, kw) => Predicate("isdecimal", self, args, kw, static s => s.IsDecimal()));
        TypeBuilder.Method(t, "isdigit", (self, args, kw) => Predicate("isdigit", self, args, kw, static s => s.IsDigit()));
        TypeBuilder.Method(t, "isidentifier", (self, args, kw) => Predicate("isidentifier", self, args, kw, static s => s.IsIdentifier()));
        TypeBuilder.Method(t, "islower", (self, args, kw) => Predicate("islower", self, args, kw, static s => s.IsCase(true)));
        TypeBuilder.Method(t, "isnumeric", (self, args, kw) => Predicate("isnumeric", self, args, kw, static s => s.IsNumeric()));
        TypeBuilder.Method(t, "isprintable", (self, args, kw) => Predicate("isprintable", self, args, kw, static s => s.IsPrintable()));
        TypeBuilder.Method(t, "isspace", (self, args, kw) => Predicate("isspace", self, args, kw, static s => s.IsSpace()));
        TypeBuilder.Method(t, "istitle", (self, args, kw) => Predicate("istitle", self, args, kw, static s => s.IsTitle()));
        TypeBuilder.Method(t, "isupper", (self, args, kw) => Predicate("isupper", self, args, kw, static s => s.IsCase(false)));

        TypeBuilder.Method(t, "center", (self, args, kw) => Pad("center", self, args, kw, 1));
        TypeBuilder.Method(t, "ljust", (self, args, kw) => Pad("ljust", self, args, kw, 0));
        TypeBuilder.Method(t, "rjust", (self, args, kw) => Pad("rjust", self, args, kw, 2));
        TypeBuilder.Method(t, "zfill", ZFill);
        TypeBuilder.Method(t, "expandtabs", ExpandTabs);

        TypeBuilder.Method(t, "translate", Translate);
        t.TypeDict.SetItem(Intern("maketrans"),
            new PyStaticMethod(PyType.StaticMethodType, new PyBuiltinFunction("maketrans", MakeTrans)));

        // Krait's own size (sys.getsizeof's number, docs/differences.md), not CPython's.
        TypeBuilder.Method(t, "__sizeof__", (self, args, kw) =>
        {
            NoArgs("__sizeof__", args, kw);
            return PyInt.FromLong(KraitSizes.SizeOf(Self(self)));
        });
        TypeBuilder.Method(t, "__getnewargs__", (self, args, kw) =>
        {
            NoArgs("__getnewargs__", args, kw);
            return PyTuple.Create([new PyStr(Self(self).Value)]);
        });
    }
}
