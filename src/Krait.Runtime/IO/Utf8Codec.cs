using System.Text;

namespace Krait.Runtime;

/// <summary>UTF-8 encoding and decoding of Krait strings (UTF-16 with lone surrogates allowed) with CPython's
/// error handlers (strict, surrogateescape, surrogatepass, backslashreplace, replace, ignore, xmlcharrefreplace)
/// and CPython's UnicodeEncodeError / UnicodeDecodeError reasons and ranges.</summary>
internal static class Utf8Codec
{
    /// <summary>True when <paramref name="s"/> has any surrogate code unit (a pair or a lone one).</summary>
    public static bool HasSurrogates(string s)
    {
        foreach (char c in s)
            if (char.IsSurrogate(c)) return true;
        return false;
    }

    public static byte[] Encode(string s, string errors)
    {
        if (!HasSurrogates(s)) return Encoding.UTF8.GetBytes(s);

        var outp = new List<byte>(s.Length + 8);
        Span<byte> tmp = stackalloc byte[4];
        int cpIndex = 0;
        for (int i = 0; i < s.Length; i++, cpIndex++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                int n = new Rune(char.ConvertToUtf32(c, s[i + 1])).EncodeToUtf8(tmp);
                for (int k = 0; k < n; k++) outp.Add(tmp[k]);
                i++;
                continue;
            }
            if (!char.IsSurrogate(c))
            {
                int n = new Rune(c).EncodeToUtf8(tmp);
                for (int k = 0; k < n; k++) outp.Add(tmp[k]);
                continue;
            }
            // A lone surrogate.
            switch (errors)
            {
                case "surrogateescape" when c >= 0xDC80 && c <= 0xDCFF:
                    outp.Add((byte)(c - 0xDC00));
                    break;
                case "surrogatepass":
                    outp.Add((byte)(0xE0 | (c >> 12)));
                    outp.Add((byte)(0x80 | ((c >> 6) & 0x3F)));
                    outp.Add((byte)(0x80 | (c & 0x3F)));
                    break;
                case "backslashreplace":
                    foreach (char h in $"\\u{(int)c:x4}") outp.Add((byte)h);
                    break;
                case "xmlcharrefreplace":
                    foreach (char h in $"&#{(int)c};") outp.Add((byte)h);
                    break;
                case "replace":
                    outp.Add((byte)'?');
                    break;
                case "ignore":
                    break;
                default:
                    throw EncodeError(s, cpIndex, "surrogates not allowed");
            }
        }
        return outp.ToArray();
    }

    private static PythonException EncodeError(string s, int cpIndex, string reason) =>
        new(PyErr.Make(PyExc.UnicodeEncodeError, PyTuple.Create([new PyStr("utf-8"), new PyStr(s),
            PyInt.FromLong(cpIndex), PyInt.FromLong(cpIndex + 1), new PyStr(reason)])));

    /// <summary>Decodes <paramref name="b"/>; when not <paramref name="final"/>, an incomplete sequence at the end is
    /// left undecoded and <paramref name="consumed"/> stops before it.</summary>
    public static string Decode(ReadOnlySpan<byte> b, string errors, bool final, out int consumed)
    {
        var sb = new StringBuilder(b.Length);
        int i = 0;
        while (i < b.Length)
        {
            byte c = b[i];
            if (c < 0x80) { sb.Append((char)c); i++; continue; }
            int need, cp;
            byte lo = 0x80, hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 0x1F; }
            else if (c >= 0xE0 && c <= 0xEF)
            {
                need = 2; cp = c & 0x0F;
                if (c == 0xE0) lo = 0xA0; else if (c == 0xED) hi = 0x9F;
            }
            else if (c >= 0xF0 && c <= 0xF4)
            {
                need = 3; cp = c & 0x07;
                if (c == 0xF0) lo = 0x90; else if (c == 0xF4) hi = 0x8F;
            }
            else { i = Bad(sb, b, i, 1, "invalid start byte", errors); continue; }

            int j = 1;
            bool bad = false;
            for (; j <= need; j++)
            {
                if (i + j >= b.Length) break;
                byte cc = b[i + j];
                byte l = j == 1 ? lo : (byte)0x80, h = j == 1 ? hi : (byte)0xBF;
                if (cc < l || cc > h) { bad = true; break; }
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (bad) { i = Bad(sb, b, i, j, "invalid continuation byte", errors); continue; }
            if (j <= need)
            {
                // Ran out of input in the middle of a sequence.
                if (!final) break;
                i = Bad(sb, b, i, b.Length - i, "unexpected end of data", errors);
                continue;
            }
            sb.Append(char.ConvertFromUtf32(cp));
            i += need + 1;
        }
        consumed = i;
        return sb.ToString();
    }

    private static int Bad(StringBuilder sb, ReadOnlySpan<byte> b, int start, int len, string reason, string errors)
    {
        switch (errors)
        {
            case "surrogateescape":
                for (int k = 0; k < len; k++) sb.Append((char)(0xDC00 + b[start + k]));
                break;
            case "replace":
                sb.Append('\uFFFD');
                break;
            case "backslashreplace":
                for (int k = 0; k < len; k++) sb.Append($"\\x{b[start + k]:x2}");
                break;
            case "ignore":
                break;
            default:
                throw new PythonException(PyErr.Make(PyExc.UnicodeDecodeError, PyTuple.Create([new PyStr("utf-8"),
                    new PyBytes(b.ToArray()), PyInt.FromLong(start), PyInt.FromLong(start + len), new PyStr(reason)])));
        }
        return start + len;
    }
}
