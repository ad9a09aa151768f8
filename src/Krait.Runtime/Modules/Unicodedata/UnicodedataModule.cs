using System.Globalization;

namespace Krait.Runtime;

/// <summary>The unicodedata module (CPython's Modules/unicodedata.c): Unicode 14.0.0 character properties, names
/// and normalization; <c>ucd_3_2_0</c> answers as Unicode 3.2.0 (IDNA's stringprep uses it).</summary>
public static class UnicodedataModule
{
    private const string Doc = "This module provides access to the Unicode Character Database which\ndefines character properties for all Unicode characters. The data in\nthis database is based on the UnicodeData.txt file version\n14.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\nThe module uses the same names and symbols as defined by the\nUnicodeData File Format 14.0.0.";

    public static PyModule Create()
    {
        var m = new PyModule("unicodedata", Doc);
        foreach (var (name, fn) in Functions(false, "unicodedata.")) m.AddFunction(name, fn);
        m.Add("UCD", PyUcd.UcdType);
        m.Add("ucd_3_2_0", PyUcd.V320);
        m.Add("unidata_version", new PyStr("14.0.0"));
        m.Add("_ucnhash_CAPI", new PyCapsule("unicodedata._ucnhash_CAPI"));
        return m;
    }

    /// <summary>The functions, for the module (Unicode 14.0.0) or a UCD object (<paramref name="v32"/>: 3.2.0).
    /// <paramref name="owner"/> prefixes the METH_O wordings ("unicodedata.lookup()", "UCD.category()").</summary>
    internal static IEnumerable<(string, BuiltinFn)> Functions(bool v32, string owner)
    {
        var db = new Lazy<UcdData>(() => UcdData.Instance);
        yield return ("category", (self, args, kw) =>
        {
            int cp = Char("category", ArgBinder.One(owner + "category", args, kw));
            var d = db.Value;
            if (v32 && d.Old.TryGetValue(cp, out var o)) return new PyStr(o.Category == 255 ? "Cn" : d.Categories[o.Category]);
            return new PyStr(d.Categories[d.Get(cp).Category]);
        });
        yield return ("bidirectional", (self, args, kw) =>
        {
            int cp = Char("bidirectional", ArgBinder.One(owner + "bidirectional", args, kw));
            var d = db.Value;
            if (v32 && d.Old.TryGetValue(cp, out var o)) return new PyStr(d.BidiNames[o.Bidi]);
            return new PyStr(d.BidiNames[d.Get(cp).Bidi]);
        });
        yield return ("combining", (self, args, kw) =>
        {
            int cp = Char("combining", ArgBinder.One(owner + "combining", args, kw));
            return PyInt.FromLong(db.Value.Combining(cp, v32));
        });
        yield return ("east_asian_width", (self, args, kw) =>
        {
            int cp = Char("east_asian_width", ArgBinder.One(owner + "east_asian_width", args, kw));
            var d = db.Value;
            if (v32 && d.Old.TryGetValue(cp, out var o)) return new PyStr(d.EastAsianWidths[o.EastAsianWidth]);
            return new PyStr(d.EastAsianWidths[d.Get(cp).EastAsianWidth]);
        });
        yield return ("mirrored", (self, args, kw) =>
        {
            int cp = Char("mirrored", ArgBinder.One(owner + "mirrored", args, kw));
            var d = db.Value;
            if (v32 && d.Old.TryGetValue(cp, out var o)) return PyInt.FromLong(o.Mirrored);
            return PyInt.FromLong(d.Get(cp).Mirrored);
        });
        yield return ("decomposition", (self, args, kw) =>
        {
            int cp = Char("decomposition", ArgBinder.One(owner + "decomposition", args, kw));
            var d = db.Value;
            if (v32 && d.UnassignedIn32(cp)) return PyStr.Empty;
            return d.Decompositions.TryGetValue(cp, out var s) ? new PyStr(s) : PyStr.Empty;
        });
        yield return ("decimal", (self, args, kw) =>
        {
            NoKeywords(owner + "decimal", kw); ArgBinder.Positional("decimal", args, null, 1, 2);
            int cp = Char("decimal", args[0]);
            var d = db.Value;
            int value = d.Numerics.TryGetValue(cp, out var n) ? n.Decimal : -1;
            if (v32 && d.Old.TryGetValue(cp, out var o)) value = o.Decimal;
            if (value >= 0) return PyInt.FromLong(value);
            return args.Length > 1 ? args[1] : throw PyErr.ValueError("not a decimal");
        });
        yield return ("digit", (self, args, kw) =>
        {
            NoKeywords(owner + "digit", kw); ArgBinder.Positional("digit", args, null, 1, 2);
            int cp = Char("digit", args[0]);
            int value = db.Value.Numerics.TryGetValue(cp, out var n) ? n.Digit : -1;
            if (value >= 0) return PyInt.FromLong(value);
            return args.Length > 1 ? args[1] : throw PyErr.ValueError("not a digit");
        });
        yield return ("numeric", (self, args, kw) =>
        {
            NoKeywords(owner + "numeric", kw); ArgBinder.Positional("numeric", args, null, 1, 2);
            int cp = Char("numeric", args[0]);
            var d = db.Value;
            double value = d.Numerics.TryGetValue(cp, out var n) ? n.Numeric : -1.0;
            if (v32 && d.Old.TryGetValue(cp, out var o)) value = o.Numeric;
            if (value != -1.0) return new PyFloat(value);
            return args.Length > 1 ? args[1] : throw PyErr.ValueError("not a numeric character");
        });
        yield return ("name", (self, args, kw) =>
        {
            NoKeywords(owner + "name", kw); ArgBinder.Positional("name", args, null, 1, 2);
            int cp = Char("name", args[0]);
            var d = db.Value;
            string? name = v32 && d.UnassignedIn32(cp) ? null : d.Name(cp);
            if (name is not null) return new PyStr(name);
            return args.Length > 1 ? args[1] : throw PyErr.ValueError("no such name");
        });
        yield return ("lookup", (self, args, kw) =>
        {
            var arg = ArgBinder.One(owner + "lookup", args, kw);
            string name = arg is PyStr s ? s.Value : System.Text.Encoding.UTF8.GetString(Buffers.Get(arg));
            if (System.Text.Encoding.UTF8.GetByteCount(name) > 256) throw PyErr.New(PyExc.KeyError, "name too long");
            var cps = db.Value.Lookup(name, true, v32);
            if (cps is null) throw PyErr.New(PyExc.KeyError, $"undefined character name '{name}'");
            return PyStr.FromCodePoints(cps);
        });
        yield return ("normalize", (self, args, kw) =>
        {
            NoKeywords(owner + "normalize", kw); var (form, s) = FormArgs("normalize", args, null);
            if (s.Length == 0) return s;
            return PyStr.FromCodePoints(CollectionsMarshalSpan(db.Value.Normalize(s, form.Compose, form.Compat, v32)));
        });
        yield return ("is_normalized", (self, args, kw) =>
        {
            NoKeywords(owner + "is_normalized", kw); var (form, s) = FormArgs("is_normalized", args, null);
            var r = db.Value.Normalize(s, form.Compose, form.Compat, v32);
            if (r.Count != s.Length) return PyBool.False;
            for (int i = 0; i < r.Count; i++) if (r[i] != s.CodePointAt(i)) return PyBool.False;
            return PyBool.True;
        });
    }

    private static void NoKeywords(string fname, PyTuple? kw)
    {
        if (kw is not null && kw.Count > 0) throw PyErr.TypeError($"{fname}() takes no keyword arguments");
    }

    private static ReadOnlySpan<int> CollectionsMarshalSpan(List<int> l) => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(l);

    private static ((bool Compose, bool Compat) Form, PyStr S) FormArgs(string fname, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        ArgBinder.Positional(fname, args, kw, 2, 2);
        if (args[0] is not PyStr f) throw PyErr.TypeError($"{fname}() argument 1 must be str, not {args[0].Type.Name}");
        if (args[1] is not PyStr s) throw PyErr.TypeError($"{fname}() argument 2 must be str, not {args[1].Type.Name}");
        var form = f.Value switch
        {
            "NFC" => (true, false), "NFKC" => (true, true), "NFD" => (false, false), "NFKD" => (false, true),
            _ => throw PyErr.ValueError("invalid normalization form"),
        };
        return (form, s);
    }

    /// <summary>The "C" converter: a str of exactly one character.</summary>
    private static int Char(string fname, PyObject o)
    {
        if (o is not PyStr s || s.Length != 1)
            throw PyErr.TypeError($"{fname}() argument must be a unicode character, not {o.Type.Name}");
        return s.CodePointAt(0);
    }
}
