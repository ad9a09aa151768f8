using System.Text;

namespace Krait.Runtime;

// escape_encode/escape_decode (bytes literals), unicode_escape and raw_unicode_escape.
public static partial class CodecsModule
{
    private static void AddEscapes(PyModule m)
    {
        m.AddFunction("escape_encode", (self, args, kw) =>
        {
            NoKeywords("escape_encode", kw);
            ArgBinder.Positional("escape_encode", args, null, 1, 2);
            if (args[0] is not PyBytes b) throw PyErr.TypeError($"escape_encode() argument 1 must be bytes, not {args[0].Type.Name}");
            ErrorsArg("escape_encode", args, 1);
            return Result(new PyBytes(EscapeEncode(b.Value)), b.Value.Length);
        });
        m.AddFunction("escape_decode", (self, args, kw) =>
        {
            NoKeywords("escape_decode", kw);
            ArgBinder.Positional("escape_decode", args, null, 1, 2);
            byte[] data = args[0] is PyStr s ? Utf8Codec.Encode(s, "strict") : Buffers.ToArray(args[0]);
            string errors = ErrorsArg("escape_decode", args, 1);
            return Result(new PyBytes(EscapeDecode(data, errors)), data.Length);
        });
        m.AddFunction("unicode_escape_encode", (self, args, kw) =>
        {
            NoKeywords("unicode_escape_encode", kw);
            ArgBinder.Positional("unicode_escape_encode", args, null, 1, 2);
            if (args[0] is not PyStr s) throw PyErr.TypeError($"unicode_escape_encode() argument 1 must be str, not {args[0].Type.Name}");
            ErrorsArg("unicode_escape_encode", args, 1);
            return Result(new PyBytes(UnicodeEscapeEncode(s, raw: false)), s.Length);
        });
        m.AddFunction("raw_unicode_escape_encode", (self, args, kw) =>
        {
            NoKeywords("raw_unicode_escape_encode", kw);
            ArgBinder.Positional("raw_unicode_escape_encode", args, null, 1, 2);
            if (args[0] is not PyStr s) throw PyErr.TypeError($"raw_unicode_escape_encode() argument 1 must be str, not {args[0].Type.Name}");
            ErrorsArg("raw_unicode_escape_encode", args, 1);
            return Result(new PyBytes(UnicodeEscapeEncode(s, raw: true)), s.Length);
        });
        foreach (bool raw in new[] { false, true })
        {
            string name = raw ? "raw_unicode_escape_decode" : "unicode_escape_decode";
            m.AddFunction(name, (self, args, kw) =>
            {
                NoKeywords(name, kw);
                ArgBinder.Positional(name, args, null, 1, 3);
                byte[] data = args[0] is PyStr s ? Utf8Codec.Encode(s, "strict") : Buffers.ToArray(args[0]);
                string errors = ErrorsArg(name, args, 1);
                bool final = args.Length <= 2 || Ops.IsTrue(args[2]);
                string text = raw ? RawUnicodeEscapeDecode(data, errors, final, out int consumed) : UnicodeEscapeDecode(data, errors, final, out consumed);
                return Result(new PyStr(text), consumed);
            });
        }
    }

    private static byte[] EscapeEncode(byte[] data)
    {
        var o = new List<byte>(data.Length + 8);
        void Ascii(string t) { foreach (char c in t) o.Add((byte)c); }
        foreach (byte b in data)
        {
            switch (b)
            {
                case (byte)'\\': Ascii("\\\\"); break;
                case (byte)'\'': Ascii("\\'"); break;
                case (byte)'\t': Ascii("\\t"); break;
                case (byte)'\n': Ascii("\\n"); break;
                case (byte)'\r': Ascii("\\r"); break;
                default:
                    if (b < 0x20 || b >= 0x7F) Ascii($"\\x{b:x2}");
                    else o.Add(b);
                    break;
            }
        }
        return o.ToArray();
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>The simple escapes shared by bytes and str literals, or -1.</summary>
    private static int SimpleEscape(byte c) => c switch
    {
        (byte)'\\' => '\\', (byte)'\'' => '\'', (byte)'"' => '"', (byte)'b' => '\b', (byte)'f' => '\f',
        (byte)'t' => '\t', (byte)'n' => '\n', (byte)'r' => '\r', (byte)'v' => '\v', (byte)'a' => '\a',
        _ => -1,
    };

    /// <summary>_PyBytes_DecodeEscape: bytes-literal escapes; an unknown one is kept (with a DeprecationWarning).</summary>
    private static byte[] EscapeDecode(byte[] s, string errors)
    {
        var o = new List<byte>(s.Length);
        int firstInvalid = -1;
        int i = 0;
        while (i < s.Length)
        {
            byte c = s[i++];
            if (c != '\\') { o.Add(c); continue; }
            if (i >= s.Length) throw PyErr.ValueError("Trailing \\ in string");
            c = s[i++];
            if (c == '\n') continue;
            int simple = SimpleEscape(c);
            if (simple >= 0) { o.Add((byte)simple); continue; }
            if (c >= '0' && c <= '7')
            {
                int v = c - '0';
                for (int k = 0; k < 2 && i < s.Length && s[i] >= '0' && s[i] <= '7'; k++) v = v * 8 + (s[i++] - '0');
                o.Add((byte)v);
                continue;
            }
            if (c == 'x')
            {
                if (i + 1 < s.Length && HexValue(s[i]) >= 0 && HexValue(s[i + 1]) >= 0)
                {
                    o.Add((byte)(HexValue(s[i]) * 16 + HexValue(s[i + 1])));
                    i += 2;
                    continue;
                }
                switch (errors)
                {
                    case "strict": throw PyErr.ValueError($"invalid \\x escape at position {i - 2}");
                    case "replace": o.Add((byte)'?'); break;
                    case "ignore": break;
                    default: throw PyErr.ValueError($"decoding error; unknown error handling code: {errors}");
                }
                // Skip the hex digits that were there.
                if (i < s.Length && HexValue(s[i]) >= 0) i++;
                continue;
            }
            if (firstInvalid < 0) firstInvalid = c;
            o.Add((byte)'\\');
            i--;
        }
        if (firstInvalid >= 0)
            WarningsModule.Warn(PyExc.DeprecationWarning, $"invalid escape sequence '\\{(char)firstInvalid}'");
        return o.ToArray();
    }

    private static byte[] UnicodeEscapeEncode(PyStr str, bool raw)
    {
        var o = new List<byte>(str.Length + 8);
        void Ascii(string t) { foreach (char c in t) o.Add((byte)c); }
        int n = str.Length;
        for (int i = 0; i < n; i++)
        {
            int cp = str.CodePointAt(i);
            if (raw)
            {
                if (cp < 0x100) o.Add((byte)cp);
                else if (cp < 0x10000) Ascii($"\\u{cp:x4}");
                else Ascii($"\\U{cp:x8}");
                continue;
            }
            if (cp == '\\') Ascii("\\\\");
            else if (cp == '\t') Ascii("\\t");
            else if (cp == '\n') Ascii("\\n");
            else if (cp == '\r') Ascii("\\r");
            else if (cp >= 0x20 && cp < 0x7F) o.Add((byte)cp);
            else if (cp < 0x100) Ascii($"\\x{cp:x2}");
            else if (cp < 0x10000) Ascii($"\\u{cp:x4}");
            else Ascii($"\\U{cp:x8}");
        }
        return o.ToArray();
    }

    private static string UnicodeEscapeDecode(byte[] s, string errors, bool final, out int consumed)
    {
        var sb = new StringBuilder(s.Length);
        PyObject? dataObj = null;
        PyObject Data() => dataObj ??= new PyBytes(s);
        int firstInvalid = -1;
        int i = 0;
        while (i < s.Length)
        {
            byte c = s[i];
            if (c != '\\') { sb.Append((char)c); i++; continue; }
            int start = i++;
            if (i >= s.Length)
            {
                if (!final) { i = start; break; }
                var (r0, p0) = DecodeCallback(errors, "unicodeescape", Data(), s.Length, start, s.Length, "\\ at end of string");
                sb.Append(r0); i = p0;
                continue;
            }
            c = s[i++];
            if (c == '\n') continue;
            int simple = SimpleEscape(c);
            if (simple >= 0) { sb.Append((char)simple); continue; }
            if (c >= '0' && c <= '7')
            {
                int v = c - '0';
                for (int k = 0; k < 2 && i < s.Length && s[i] >= '0' && s[i] <= '7'; k++) v = v * 8 + (s[i++] - '0');
                sb.Append((char)v);
                continue;
            }
            int digits = c switch { (byte)'x' => 2, (byte)'u' => 4, (byte)'U' => 8, _ => 0 };
            if (digits > 0)
            {
                int v = 0, k = 0;
                while (k < digits && i < s.Length && HexValue(s[i]) >= 0) { v = v * 16 + HexValue(s[i]); i++; k++; }
                if (k < digits)
                {
                    if (!final && i >= s.Length) { i = start; break; }
                    string what = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                    var (r1, p1) = DecodeCallback(errors, "unicodeescape", Data(), s.Length, start, i, what);
                    sb.Append(r1); i = p1;
                    continue;
                }
                if ((uint)v > 0x10FFFF)
                {
                    var (r2, p2) = DecodeCallback(errors, "unicodeescape", Data(), s.Length, start, i, "illegal Unicode character");
                    sb.Append(r2); i = p2;
                    continue;
                }
                sb.Append(CpToString(v));
                continue;
            }
            if (c == 'N')
            {
                int close = -1;
                if (i < s.Length && s[i] == '{')
                    for (int k = i + 1; k < s.Length; k++) if (s[k] == '}') { close = k; break; }
                if (close > i + 1)
                {
                    string name = Encoding.Latin1.GetString(s, i + 1, close - i - 1);
                    int cp = Krait.Syntax.Text.UnicodeNames.Lookup(name);
                    if (cp >= 0) { sb.Append(CpToString(cp)); i = close + 1; continue; }
                    var (r3, p3) = DecodeCallback(errors, "unicodeescape", Data(), s.Length, start, close + 1, "unknown Unicode character name");
                    sb.Append(r3); i = p3;
                    continue;
                }
                if (!final && close < 0) { i = start; break; }
                var (r4, p4) = DecodeCallback(errors, "unicodeescape", Data(), s.Length, start, close < 0 ? s.Length : close + 1, "malformed \\N character escape");
                sb.Append(r4); i = p4;
                continue;
            }
            if (firstInvalid < 0) firstInvalid = c;
            sb.Append('\\').Append((char)c);
        }
        consumed = i;
        if (firstInvalid >= 0)
            WarningsModule.Warn(PyExc.DeprecationWarning, $"invalid escape sequence '\\{(char)firstInvalid}'");
        return sb.ToString();
    }

    private static string RawUnicodeEscapeDecode(byte[] s, string errors, bool final, out int consumed)
    {
        var sb = new StringBuilder(s.Length);
        PyObject? dataObj = null;
        int i = 0;
        while (i < s.Length)
        {
            byte c = s[i];
            if (c != '\\') { sb.Append((char)c); i++; continue; }
            // A run of backslashes: only one preceded by an even number of them can start \u or \U.
            int run = 0;
            while (i + run < s.Length && s[i + run] == '\\') run++;
            int after = i + run;
            if (run % 2 == 0 || after >= s.Length || (s[after] != 'u' && s[after] != 'U'))
            {
                if (!final && run % 2 == 1 && after >= s.Length) { for (int k = 0; k < run - 1; k++) sb.Append('\\'); i += run - 1; break; }
                for (int k = 0; k < run; k++) sb.Append('\\');
                i = after;
                continue;
            }
            for (int k = 0; k < run - 1; k++) sb.Append('\\');
            int start = after - 1;
            int digits = s[after] == 'u' ? 4 : 8;
            int j = after + 1, v = 0, n = 0;
            while (n < digits && j < s.Length && HexValue(s[j]) >= 0) { v = v * 16 + HexValue(s[j]); j++; n++; }
            if (n < digits)
            {
                if (!final && j >= s.Length) { i = start; break; }
                var (r, p) = DecodeCallback(errors, "rawunicodeescape", dataObj ??= new PyBytes(s), s.Length, start, j,
                    digits == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
                sb.Append(r); i = p;
                continue;
            }
            if ((uint)v > 0x10FFFF)
            {
                var (r, p) = DecodeCallback(errors, "rawunicodeescape", dataObj ??= new PyBytes(s), s.Length, start, j, "\\Uxxxxxxxx out of range");
                sb.Append(r); i = p;
                continue;
            }
            sb.Append(CpToString(v));
            i = j;
        }
        consumed = i;
        return sb.ToString();
    }
}
