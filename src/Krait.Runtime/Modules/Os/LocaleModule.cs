using System.Runtime.InteropServices;
using System.Text;

namespace Krait.Runtime;

/// <summary>The _locale module (Modules/_localemodule.c) on libc's setlocale/localeconv/nl_langinfo.</summary>
public static class LocaleModule
{
    private const int LC_CTYPE = 0, LC_ALL = 6, CHAR_MAX = 127;
    private static PyType? s_error;
    private static bool s_initialized;

    public static PyModule Create()
    {
        // CPython sets LC_CTYPE from the environment at start-up; the .NET host does not.
        if (!s_initialized) { Libc.SetLocale(LC_CTYPE, Libc.Z(""u8)); s_initialized = true; }
        var m = new PyModule("_locale", "Support for POSIX locales.");
        foreach (var (name, value) in PosixConstants.Locale) m.Add(name, PyInt.FromLong(value));
        m.Add("_DATE_FMT", PyInt.FromLong(0x2006C));
        if (s_error is null)
        {
            var d = new PyDict();
            d.SetItem(PyStr.Intern("__module__"), new PyStr("locale"));
            s_error = (PyType)Ops.Call(PyType.TypeType, [new PyStr("Error"), PyTuple.Create([PyExc.Exception]), d]);
        }
        m.Add("Error", s_error);
        m.AddFunction("setlocale", (self, args, kw) =>
        {
            ArgBinder.Positional("setlocale", args, kw, 1, 2);
            int cat = PosixModule.Int(args[0]);
            PyObject? loc = args.Length > 1 && args[1] is not PyNone ? args[1] : null;
            if (loc is not null && loc is not PyStr)
                throw PyErr.TypeError($"setlocale() argument 2 must be str or None, not {loc.Type.Name}");
            byte[]? z = null;
            if (loc is PyStr s)
            {
                var b = Encoding.UTF8.GetBytes(s.Value);
                if (b.AsSpan().IndexOf((byte)0) >= 0) throw PyErr.ValueError("embedded null character");
                z = Libc.Z(b);
            }
            nint r = Libc.SetLocale(cat, z);
            if (r == 0) throw PyErr.New(s_error!, z is null ? "locale query failed" : "unsupported locale setting");
            return Str(r);
        });
        m.AddFunction("localeconv", (self, args, kw) =>
        {
            ArgBinder.None("localeconv", args, kw);
            nint lc = Libc.LocaleConv();
            var d = new PyDict();
            PyObject P(int off) => Str(Marshal.ReadIntPtr(lc, off));
            PyObject C(int off) => PyInt.FromLong((sbyte)Marshal.ReadByte(lc, off) is var v && v < 0 ? (byte)v : v);
            d.SetItem(new PyStr("int_curr_symbol"), P(24));
            d.SetItem(new PyStr("currency_symbol"), P(32));
            d.SetItem(new PyStr("mon_decimal_point"), P(40));
            d.SetItem(new PyStr("mon_thousands_sep"), P(48));
            d.SetItem(new PyStr("mon_grouping"), Grouping(Marshal.ReadIntPtr(lc, 56)));
            d.SetItem(new PyStr("positive_sign"), P(64));
            d.SetItem(new PyStr("negative_sign"), P(72));
            string[] chars = ["int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space", "n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn"];
            for (int i = 0; i < chars.Length; i++) d.SetItem(new PyStr(chars[i]), C(80 + i));
            d.SetItem(new PyStr("decimal_point"), P(0));
            d.SetItem(new PyStr("thousands_sep"), P(8));
            d.SetItem(new PyStr("grouping"), Grouping(Marshal.ReadIntPtr(lc, 16)));
            return d;
        });
        m.AddFunction("nl_langinfo", (self, args, kw) =>
        {
            ArgBinder.Positional("nl_langinfo", args, kw, 1, 1);
            int item = PosixModule.Int(args[0]);
            foreach (var (n, v) in PosixConstants.Locale)
                if (v == item && !n.StartsWith("LC_") && n != "CHAR_MAX") return Str(Libc.NlLangInfo(item));
            throw PyErr.ValueError("unsupported langinfo constant");
        });
        m.AddFunction("getencoding", (self, args, kw) =>
        {
            ArgBinder.None("getencoding", args, kw);
            var cs = Libc.CBytes(Libc.NlLangInfo(14 /* CODESET */));
            return cs.Length == 0 ? new PyStr("utf-8") : new PyStr(Encoding.ASCII.GetString(cs));
        });
        m.AddFunction("strcoll", (self, args, kw) =>
        {
            ArgBinder.Positional("strcoll", args, kw, 2, 2);
            if (args[0] is not PyStr a) throw PyErr.TypeError($"strcoll() argument 1 must be str, not {args[0].Type.Name}");
            if (args[1] is not PyStr b) throw PyErr.TypeError($"strcoll() argument 2 must be str, not {args[1].Type.Name}");
            // The C and C.UTF-8 locales collate by code point.
            return PyInt.FromLong(Math.Sign(string.CompareOrdinal(a.Value, b.Value)));
        });
        m.AddFunction("strxfrm", (self, args, kw) =>
        {
            ArgBinder.Positional("strxfrm", args, kw, 1, 1);
            if (args[0] is not PyStr a) throw PyErr.TypeError($"strxfrm() argument must be str, not {args[0].Type.Name}");
            return a;
        });
        m.AddFunction("gettext", (self, args, kw) =>
        {
            ArgBinder.Positional("gettext", args, kw, 1, 1);
            return Str(Libc.GetText(Arg("gettext", args[0])));
        });
        m.AddFunction("dgettext", (self, args, kw) =>
        {
            ArgBinder.Positional("dgettext", args, kw, 2, 2);
            return Str(Libc.DGetText(OptArg("dgettext", args[0]), Arg("dgettext", args[1])));
        });
        m.AddFunction("dcgettext", (self, args, kw) =>
        {
            ArgBinder.Positional("dcgettext", args, kw, 3, 3);
            return Str(Libc.DCGetText(OptArg("dcgettext", args[0]), Arg("dcgettext", args[1]), PosixModule.Int(args[2])));
        });
        m.AddFunction("textdomain", (self, args, kw) =>
        {
            ArgBinder.Positional("textdomain", args, kw, 1, 1);
            nint r = Libc.TextDomain(OptArg("textdomain", args[0]));
            if (r == 0) throw Posix.Error(Posix.Errno);
            return Str(r);
        });
        m.AddFunction("bindtextdomain", (self, args, kw) =>
        {
            ArgBinder.Positional("bindtextdomain", args, kw, 2, 2);
            var dom = Arg("bindtextdomain", args[0]);
            if (dom.Length == 1) throw PyErr.ValueError("empty string");
            byte[]? dir = args[1] is PyNone ? null : PathArg.Convert("bindtextdomain", "dirname", args[1]).Narrow;
            nint r = Libc.BindTextDomain(dom, dir);
            if (r == 0) throw Posix.Error(Posix.Errno == 0 ? 12 : Posix.Errno);
            return PathArg.Decode(Libc.CBytes(r));
        });
        m.AddFunction("bind_textdomain_codeset", (self, args, kw) =>
        {
            ArgBinder.Positional("bind_textdomain_codeset", args, kw, 2, 2);
            nint r = Libc.BindTextDomainCodeset(Arg("bind_textdomain_codeset", args[0]), OptArg("bind_textdomain_codeset", args[1]));
            if (r == 0) { if (Posix.Errno != 0) throw Posix.Error(Posix.Errno); return PyNone.Instance; }
            return Str(r);
        });
        return m;
    }

    private static byte[] Arg(string fname, PyObject o) =>
        o is PyStr s ? Libc.Z(Encoding.UTF8.GetBytes(s.Value)) : throw PyErr.TypeError($"{fname}() argument must be str, not {o.Type.Name}");

    private static byte[]? OptArg(string fname, PyObject o) => o is PyNone ? null : Arg(fname, o);

    private static PyStr Str(nint p) => PathArg.Decode(Libc.CBytes(p));

    private static PyList Grouping(nint p)
    {
        var list = new PyList();
        if (p == 0 || Marshal.ReadByte(p) == 0) return list;
        for (int i = 0; ; i++)
        {
            byte b = Marshal.ReadByte(p, i);
            list.Append(PyInt.FromLong(b));
            if (b == 0 || b == CHAR_MAX) break;
        }
        return list;
    }
}
