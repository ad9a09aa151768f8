using System.Text;
using Krait.Syntax.Text;

namespace Krait.Syntax.Parser;

/// <summary>One STRING token taken apart (CPython's _PyPegen_parsestr): its prefix flags and the span
/// of its body between the quotes, plus the escape decoding of str and bytes bodies
/// (Objects/unicodeobject.c _PyUnicode_DecodeUnicodeEscapeInternal, Objects/bytesobject.c
/// _PyBytes_DecodeEscape).</summary>
internal readonly struct StringLiteral
{
    public readonly bool IsBytes;
    public readonly bool IsRaw;
    public readonly bool IsFString;
    /// <summary>The first character of the token is a lower-case 'u' (gives Constant.kind 'u').</summary>
    public readonly bool IsU;
    public readonly int BodyStart;
    public readonly int BodyEnd;

    private StringLiteral(bool isBytes, bool isRaw, bool isFString, bool isU, int bodyStart, int bodyEnd)
    {
        IsBytes = isBytes;
        IsRaw = isRaw;
        IsFString = isFString;
        IsU = isU;
        BodyStart = bodyStart;
        BodyEnd = bodyEnd;
    }

    /// <summary>Splits a whole string token (prefix, quotes, body).</summary>
    public static StringLiteral Parse(ReadOnlySpan<char> token)
    {
        bool b = false, r = false, f = false;
        int i = 0;
        for (; i < token.Length; i++)
        {
            char c = token[i];
            if (c == 'b' || c == 'B') b = true;
            else if (c == 'r' || c == 'R') r = true;
            else if (c == 'f' || c == 'F') f = true;
            else if (c != 'u' && c != 'U') break;
        }
        char quote = token[i];
        int quoteLen = token.Length - i >= 6 && token[i + 1] == quote && token[i + 2] == quote ? 3 : 1;
        return new StringLiteral(b, r, f, token.Length > 0 && token[0] == 'u', i + quoteLen, token.Length - quoteLen);
    }

    /// <summary>The text with CR LF and lone CR turned into LF, as CPython's tokenizer hands strings
    /// to the parser.</summary>
    public static string NormalizeNewlines(string s)
    {
        if (!s.Contains('\r')) return s;
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < s.Length && s[i + 1] == '\n') i++;
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    // ---- str ----------------------------------------------------------------------------------

    /// <summary>Decodes a non-raw str body. Throws <see cref="LiteralDecodeError"/> with CPython's
    /// "(unicode error) …" message; positions in it count bytes of CPython's intermediate buffer, in
    /// which a non-ASCII character takes 10 bytes (see <see cref="EscapeBufferOffset"/>).</summary>
    public static string DecodeStr(ReadOnlySpan<char> s)
    {
        List<int>? lone = null;
        return DecodeStr(s, ref lone);
    }

    /// <summary>As <see cref="DecodeStr(ReadOnlySpan{char})"/>, adding to <paramref name="loneSurrogates"/>
    /// (created on first need) the index in the result of each surrogate code point a \u or \U escape
    /// gave: such a char stands alone even where the next one would pair with it in UTF-16.</summary>
    public static string DecodeStr(ReadOnlySpan<char> s, ref List<int>? loneSurrogates)
    {
        string? invalidEscape = null;
        return DecodeStr(s, ref loneSurrogates, ref invalidEscape);
    }

    /// <summary>As above; <paramref name="invalidEscape"/> gets the DeprecationWarning message of the first
    /// invalid escape (string_parser.c warn_invalid_escape_sequence), if there is one and it is still null.</summary>
    public static string DecodeStr(ReadOnlySpan<char> s, ref List<int>? loneSurrogates, ref string? invalidEscape)
    {
        int bs = s.IndexOf('\\');
        if (bs < 0) return DecodeRaw(s);
        if (s.IndexOfAnyInRange('\uDC80', '\uDCFF') >= 0) CheckUtf8Runs(s);
        var sb = new StringBuilder(s.Length);
        sb.Append(s[..bs]);
        int i = bs;
        while (i < s.Length)
        {
            char c = s[i];
            if (c != '\\')
            {
                sb.Append(c);
                i++;
                continue;
            }
            int start = i++;
            // A backslash before a non-ASCII character, or at the end, stays a backslash.
            if (i >= s.Length || s[i] >= 0x80)
            {
                sb.Append('\\');
                continue;
            }
            c = s[i++];
            switch (c)
            {
                case '\n': break;
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 't': sb.Append('\t'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 'v': sb.Append('\v'); break;
                case 'a': sb.Append('\a'); break;
                case >= '0' and <= '7':
                {
                    int v = c - '0';
                    if (i < s.Length && s[i] >= '0' && s[i] <= '7')
                    {
                        v = v * 8 + (s[i++] - '0');
                        if (i < s.Length && s[i] >= '0' && s[i] <= '7') v = v * 8 + (s[i++] - '0');
                    }
                    if (v > 0xFF) invalidEscape ??= InvalidOctal(s.Slice(start + 1, 3));
                    sb.Append((char)v);    // up to 0o777; above 0o377 is only a DeprecationWarning
                    break;
                }
                case 'x': AppendCodePoint(sb, HexEscape(s, ref i, start, 2, "truncated \\xXX escape")); break;
                case 'u':
                {
                    int cp = HexEscape(s, ref i, start, 4, "truncated \\uXXXX escape");
                    if (cp >= 0xD800 && cp <= 0xDFFF) (loneSurrogates ??= new List<int>()).Add(sb.Length);
                    sb.Append((char)cp);
                    break;
                }
                case 'U':
                {
                    int cp = HexEscape(s, ref i, start, 8, "truncated \\UXXXXXXXX escape");
                    if (cp >= 0xD800 && cp <= 0xDFFF) (loneSurrogates ??= new List<int>()).Add(sb.Length);
                    AppendCodePoint(sb, cp);
                    break;
                }
                case 'N': AppendCodePoint(sb, NamedEscape(s, ref i, start)); break;
                default:
                    // An invalid escape keeps its backslash (3.11 only warns, DeprecationWarning).
                    invalidEscape ??= Invalid(c);
                    sb.Append('\\').Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    private static string Invalid(char c) => $"invalid escape sequence '\\{c}'";

    private static string InvalidOctal(ReadOnlySpan<char> digits) => $"invalid octal escape sequence '\\{digits}'";

    /// <summary>A body taken as it is (raw, or without backslashes): only its bytes must be UTF-8.</summary>
    public static string DecodeRaw(ReadOnlySpan<char> s)
    {
        if (s.IndexOfAnyInRange('\uDC80', '\uDCFF') >= 0 && SourceText.Utf8DecodeError(s) is string error)
            throw new LiteralDecodeError("(unicode error) " + error);
        return s.ToString();
    }

    /// <summary>Undecodable source bytes (kept by the tokenizer as U+DC80..U+DCFF) fail as CPython's
    /// decode_utf8 does: on each run of non-ASCII bytes, positions counted from the run's start,
    /// before any escape is looked at.</summary>
    private static void CheckUtf8Runs(ReadOnlySpan<char> s)
    {
        int i = 0;
        while (i < s.Length)
        {
            if (s[i] < 0x80)
            {
                i++;
                continue;
            }
            int j = i;
            while (j < s.Length && s[j] >= 0x80) j++;
            if (SourceText.Utf8DecodeError(s[i..j]) is string error)
                throw new LiteralDecodeError("(unicode error) " + error);
            i = j;
        }
    }

    private static int HexEscape(ReadOnlySpan<char> s, ref int i, int start, int count, string message)
    {
        int v = 0;
        for (; count > 0; count--, i++)
        {
            if (i >= s.Length) throw UnicodeError(s, start, i, message);
            int d = HexDigit(s[i]);
            if (d < 0) throw UnicodeError(s, start, i, message);
            v = (v << 4) + d;
        }
        if ((uint)v > 0x10FFFF) throw UnicodeError(s, start, i, "illegal Unicode character");
        return v;
    }

    private static int NamedEscape(ReadOnlySpan<char> s, ref int i, int start)
    {
        const string malformed = "malformed \\N character escape";
        if (i >= s.Length) throw UnicodeError(s, start, i, malformed);
        if (s[i] != '{') throw UnicodeError(s, start, i, malformed);
        int nameStart = ++i;
        while (i < s.Length && s[i] != '}') i++;
        if (i >= s.Length) throw UnicodeError(s, start, i, malformed);
        if (i == nameStart) throw UnicodeError(s, start, i, malformed);
        var name = s[nameStart..i];
        i++;
        int cp = UnicodeNames.Lookup(name);
        if (cp < 0) throw UnicodeError(s, start, i, "unknown Unicode character name");
        return cp;
    }

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);    // lone surrogates included, as Python allows
        else sb.Append(char.ConvertFromUtf32(cp));
    }

    private static LiteralDecodeError UnicodeError(ReadOnlySpan<char> s, int start, int end, string reason)
    {
        int p0 = EscapeBufferOffset(s, start), p1 = EscapeBufferOffset(s, end);
        string where = p1 == p0 + 1
            ? $"can't decode byte 0x5c in position {p0}"
            : $"can't decode bytes in position {p0}-{p1 - 1}";
        return new LiteralDecodeError($"(unicode error) 'unicodeescape' codec {where}: {reason}");
    }

    /// <summary>Where character <paramref name="index"/> of <paramref name="s"/> lands in the ASCII
    /// buffer CPython decodes (string_parser.c decode_unicode_with_escapes): each non-ASCII code
    /// point becomes a 10-byte \U escape, and a backslash before one (or at the end) becomes \u005c.</summary>
    public static int EscapeBufferOffset(ReadOnlySpan<char> s, int index)
    {
        int n = 0, i = 0;
        while (i < index && i < s.Length)
        {
            char c = s[i];
            if (c == '\\')
            {
                n++;
                i++;
                if (i >= s.Length || s[i] >= 0x80) n += 5;
                else if (i < index) { n++; i++; }
                continue;
            }
            if (c >= 0x80)
            {
                n += 10;
                i += char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
                continue;
            }
            n++;
            i++;
        }
        return n;
    }

    // ---- bytes --------------------------------------------------------------------------------

    /// <summary>Decodes a non-raw bytes body (ASCII only: checked by the caller).</summary>
    public static byte[] DecodeBytes(ReadOnlySpan<char> s)
    {
        string? invalidEscape = null;
        return DecodeBytes(s, ref invalidEscape);
    }

    /// <summary>As above, with the DeprecationWarning message of the first invalid escape (see DecodeStr).</summary>
    public static byte[] DecodeBytes(ReadOnlySpan<char> s, ref string? invalidEscape)
    {
        var result = new List<byte>(s.Length);
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (c != '\\')
            {
                result.Add((byte)c);
                i++;
                continue;
            }
            i++;
            if (i >= s.Length) throw new LiteralDecodeError("(value error) Trailing \\ in string");
            c = s[i++];
            switch (c)
            {
                case '\n': break;
                case '\\': result.Add((byte)'\\'); break;
                case '\'': result.Add((byte)'\''); break;
                case '"': result.Add((byte)'"'); break;
                case 'b': result.Add(8); break;
                case 'f': result.Add(12); break;
                case 't': result.Add(9); break;
                case 'n': result.Add(10); break;
                case 'r': result.Add(13); break;
                case 'v': result.Add(11); break;
                case 'a': result.Add(7); break;
                case >= '0' and <= '7':
                {
                    int v = c - '0';
                    if (i < s.Length && s[i] >= '0' && s[i] <= '7')
                    {
                        v = v * 8 + (s[i++] - '0');
                        if (i < s.Length && s[i] >= '0' && s[i] <= '7') v = v * 8 + (s[i++] - '0');
                    }
                    if (v > 0xFF) invalidEscape ??= InvalidOctal(s.Slice(i - 3, 3));
                    result.Add((byte)v);    // 0o400..0o777 wrap, as in CPython
                    break;
                }
                case 'x':
                    if (i + 1 < s.Length && HexDigit(s[i]) >= 0 && HexDigit(s[i + 1]) >= 0)
                    {
                        result.Add((byte)(HexDigit(s[i]) * 16 + HexDigit(s[i + 1])));
                        i += 2;
                        break;
                    }
                    throw new LiteralDecodeError($"(value error) invalid \\x escape at position {i - 2}");
                default:
                    invalidEscape ??= Invalid(c);
                    result.Add((byte)'\\');
                    i--;
                    break;
            }
        }
        return result.ToArray();
    }
}

/// <summary>A literal CPython's codecs reject; <see cref="Exception.Message"/> is the whole
/// SyntaxError message (e.g. "(unicode error) 'unicodeescape' codec can't decode …").</summary>
internal sealed class LiteralDecodeError(string message) : Exception(message);
