using System.Text;

namespace Krait.Runtime;

/// <summary>The _json module (CPython's Modules/_json.c): the accelerators json.decoder and json.encoder use
/// (scanstring, make_scanner, make_encoder, encode_basestring(_ascii)).</summary>
public static class JsonModule
{
    public static PyModule Create()
    {
        var m = new PyModule("_json", "json speedups\n");
        m.Add("make_scanner", PyJsonScanner.ScannerType);
        m.Add("make_encoder", PyJsonEncoder.EncoderType);
        m.AddFunction("scanstring", (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("scanstring() takes no keyword arguments");
            if (args.Length < 2) throw PyErr.TypeError($"scanstring() takes at least 2 arguments ({args.Length} given)");
            if (args.Length > 3) throw PyErr.TypeError($"scanstring() takes at most 3 arguments ({args.Length} given)");
            long end = Ops.AsSsize(args[1], PyExc.OverflowError);
            if (args[0] is not PyStr s) throw PyErr.TypeError($"first argument must be a string, not {args[0].Type.Name}");
            bool strict = args.Length < 3 || Ops.IsTrue(args[2]);
            var r = ScanString(s.Value, end, strict, out long next);
            return PyTuple.Pair(r, PyInt.FromLong(next));
        });
        m.AddFunction("encode_basestring_ascii", (self, args, kw) =>
            EncodeBasestringAscii(ArgBinder.One("encode_basestring_ascii", args, kw)));
        m.AddFunction("encode_basestring", (self, args, kw) =>
            EncodeBasestring(ArgBinder.One("encode_basestring", args, kw)));
        return m;
    }

    /// <summary>json.decoder.JSONDecodeError(msg, doc, pos).</summary>
    internal static PythonException DecodeError(string msg, string doc, long pos)
    {
        var decoder = Importer.ImportModuleLevel(new PyStr("json.decoder"), null, PyTuple.Create([new PyStr("JSONDecodeError")]), 0);
        var cls = Ops.GetAttr(decoder, "JSONDecodeError");
        return new PythonException((PyBaseException)Ops.Call(cls, [new PyStr(msg), new PyStr(doc), PyInt.FromLong(pos)]));
    }

    private static int Hex(char c) => c switch
    {
        >= '0' and <= '9' => c - '0', >= 'a' and <= 'f' => c - 'a' + 10, >= 'A' and <= 'F' => c - 'A' + 10, _ => -1,
    };

    // Krait's str is UTF-16: indices here are UTF-16 positions, which equal code point positions for the BMP
    // strings JSON text nearly always is (PyStrIndex converts at the boundary when they differ).

    /// <summary>scanstring_unicode: the JSON string whose body starts at <paramref name="end"/> (just after the
    /// opening quote); <paramref name="next"/> is set past the closing quote.</summary>
    internal static PyStr ScanString(string s, long end, bool strict, out long next)
    {
        var map = CpIndex.For(s);
        if (end < 0 || map.Length < end) throw PyErr.ValueError("end is out of bounds");
        var r = ScanString(s, map.ToUnit((int)end), strict, map, out int nextUnit);
        next = map.ToCp(nextUnit);
        return r;
    }

    /// <summary>ScanString in UTF-16 positions (the scanner's), with the string's index map for error positions.</summary>
    internal static PyStr ScanString(string s, int pos, bool strict, in CpIndex map, out int next)
    {
        int begin = map.ToCp(pos) - 1;
        StringBuilder? sb = null;
        while (true)
        {
            int i = pos;
            char c = '\0';
            for (; i < s.Length; i++)
            {
                c = s[i];
                if (c == '"' || c == '\\') break;
                if (c <= 0x1f && strict) throw DecodeError("Invalid control character at", s, map.ToCp(i));
            }
            if (i == s.Length || !(c == '"' || c == '\\')) throw DecodeError("Unterminated string starting at", s, begin);
            if (c == '"' && sb is null)
            {
                next = i + 1;
                return new PyStr(s[pos..i]);
            }
            sb ??= new StringBuilder();
            sb.Append(s, pos, i - pos);
            i++;
            if (c == '"') { pos = i; break; }
            if (i == s.Length) throw DecodeError("Unterminated string starting at", s, begin);
            c = s[i];
            if (c != 'u')
            {
                pos = i + 1;
                char r = c switch { '"' => '"', '\\' => '\\', '/' => '/', 'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t', _ => '\0' };
                if (r == '\0') throw DecodeError("Invalid \\escape", s, map.ToCp(pos - 2));
                sb.Append(r);
                continue;
            }
            i++;
            int stop = i + 4;
            if (stop >= s.Length) throw DecodeError("Invalid \\uXXXX escape", s, map.ToCp(i - 1));
            int u = 0;
            for (; i < stop; i++)
            {
                int h = Hex(s[i]);
                if (h < 0) throw DecodeError("Invalid \\uXXXX escape", s, map.ToCp(stop - 5));
                u = u * 16 + h;
            }
            pos = stop;
            // A high surrogate followed by an escaped low one makes one character.
            if (u is >= 0xD800 and <= 0xDBFF && stop + 6 < s.Length && s[stop] == '\\' && s[stop + 1] == 'u')
            {
                int u2 = 0, j = stop + 2, stop2 = stop + 6;
                for (; j < stop2; j++)
                {
                    int h = Hex(s[j]);
                    if (h < 0) throw DecodeError("Invalid \\uXXXX escape", s, map.ToCp(stop2 - 5));
                    u2 = u2 * 16 + h;
                }
                if (u2 is >= 0xDC00 and <= 0xDFFF)
                {
                    sb.Append((char)u).Append((char)u2);
                    pos = stop2;
                    continue;
                }
            }
            sb.Append((char)u);
        }
        next = pos;
        return new PyStr(sb.ToString());
    }

    private const string HexDigits = "0123456789abcdef";

    private static void AppendU(StringBuilder sb, char c) =>
        sb.Append("\\u").Append(HexDigits[c >> 12]).Append(HexDigits[(c >> 8) & 15]).Append(HexDigits[(c >> 4) & 15]).Append(HexDigits[c & 15]);

    internal static PyStr EncodeBasestringAscii(PyObject o)
    {
        if (o is not PyStr ps) throw PyErr.TypeError($"first argument must be a string, not {o.Type.Name}");
        var sb = new StringBuilder(ps.Value.Length + 2);
        AppendQuoted(sb, ps.Value, true);
        return new PyStr(sb.ToString());
    }

    internal static PyStr EncodeBasestring(PyObject o)
    {
        if (o is not PyStr ps) throw PyErr.TypeError($"first argument must be a string, not {o.Type.Name}");
        var sb = new StringBuilder(ps.Value.Length + 2);
        AppendQuoted(sb, ps.Value, false);
        return new PyStr(sb.ToString());
    }

    /// <summary>The JSON string literal of <paramref name="s"/>: only '"', '\\' and control characters escaped, or
    /// (<paramref name="ascii"/>) everything outside printable ASCII as \uXXXX (UTF-16 units, so astral
    /// characters become surrogate pairs).</summary>
    internal static void AppendQuoted(StringBuilder sb, string s, bool ascii)
    {
        sb.Append('"');
        int run = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c >= ' ' && c != '\\' && c != '"' && (!ascii || c <= '~')) continue;
            sb.Append(s, run, i - run);
            run = i + 1;
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '"': sb.Append("\\\""); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default: AppendU(sb, c); break;
            }
        }
        sb.Append(s, run, s.Length - run).Append('"');
    }
}

/// <summary>Converts between code point indices (Python's) and UTF-16 indices of a string; the identity when the
/// string has no surrogate pairs.</summary>
internal readonly struct CpIndex
{
    private readonly int[]? _unitOfCp;
    private readonly int[]? _cpOfUnit;
    public readonly int Length;

    private CpIndex(int[]? unitOfCp, int[]? cpOfUnit, int length) { _unitOfCp = unitOfCp; _cpOfUnit = cpOfUnit; Length = length; }

    public static CpIndex For(string s)
    {
        bool pairs = false;
        for (int i = 0; i + 1 < s.Length; i++)
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1])) { pairs = true; break; }
        if (!pairs) return new CpIndex(null, null, s.Length);
        var units = new List<int>(s.Length + 1);
        var cps = new int[s.Length + 1];
        int cp = 0;
        for (int i = 0; i < s.Length; i++)
        {
            units.Add(i);
            cps[i] = cp;
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; cps[i] = cp; }
            cp++;
        }
        units.Add(s.Length);
        cps[s.Length] = cp;
        return new CpIndex(units.ToArray(), cps, cp);
    }

    public int ToUnit(int cp) => _unitOfCp is null ? cp : _unitOfCp[cp];
    public int ToCp(int unit) => _cpOfUnit is null ? unit : _cpOfUnit[unit];
}
