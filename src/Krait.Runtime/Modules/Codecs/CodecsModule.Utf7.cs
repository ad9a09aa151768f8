using System.Text;

namespace Krait.Runtime;

// UTF-7 (RFC 2152) as CPython writes and reads it: optional direct characters and white space go out as
// themselves, '+' as "+-", everything else in modified base64 shift sequences.
public static partial class CodecsModule
{
    private const string Base64Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private static void AddUtf7(PyModule m)
    {
        m.AddFunction("utf_7_encode", (self, args, kw) =>
        {
            NoKeywords("utf_7_encode", kw);
            ArgBinder.Positional("utf_7_encode", args, null, 1, 2);
            if (args[0] is not PyStr s) throw PyErr.TypeError($"utf_7_encode() argument 1 must be str, not {args[0].Type.Name}");
            ErrorsArg("utf_7_encode", args, 1);
            return Result(new PyBytes(Utf7Encode(s)), s.Length);
        });
        m.AddFunction("utf_7_decode", (self, args, kw) =>
        {
            var data = DecodeArgs("utf_7_decode", args, kw, 3, out string errors, out bool final);
            var bytes = data.ToArray();
            string text = Utf7Decode(bytes, errors, final, out int consumed);
            return Result(new PyStr(text), consumed);
        });
    }

    private static bool IsBase64(int c) => c < 128 && Base64Chars.IndexOf((char)c) >= 0;

    /// <summary>Characters written as themselves: letters, digits, white space and the RFC's direct and optional
    /// direct punctuation (not '+', '\\', '~', controls, DEL).</summary>
    private static bool EncodeDirect(int c) =>
        c > 0 && c < 128 && (char.IsAsciiLetterOrDigit((char)c) || "'(),-./:?!\"#$%&*;<=>@[]^_`{|} \t\r\n".IndexOf((char)c) >= 0);

    private static byte[] Utf7Encode(PyStr str)
    {
        var o = new List<byte>(str.Length + 8);
        bool inShift = false;
        int bits = 0;
        ulong buffer = 0;
        void Emit(int v) => o.Add((byte)Base64Chars[v & 0x3F]);
        void Push(int unit)
        {
            bits += 16;
            buffer = (buffer << 16) | (uint)unit;
            while (bits >= 6) { Emit((int)(buffer >> (bits - 6))); bits -= 6; }
        }
        string s = str.Value;
        for (int i = 0; i < s.Length; i++)
        {
            int ch = s[i];
            if (inShift)
            {
                if (EncodeDirect(ch))
                {
                    if (bits > 0) { Emit((int)(buffer << (6 - bits))); buffer = 0; bits = 0; }
                    inShift = false;
                    if (IsBase64(ch) || ch == '-') o.Add((byte)'-');
                    o.Add((byte)ch);
                    continue;
                }
            }
            else if (ch == '+') { o.Add((byte)'+'); o.Add((byte)'-'); continue; }
            else if (EncodeDirect(ch)) { o.Add((byte)ch); continue; }
            else { o.Add((byte)'+'); inShift = true; }
            Push(ch); // a surrogate pair is two UTF-16 units, as CPython encodes it
        }
        if (bits > 0) Emit((int)(buffer << (6 - bits)));
        if (inShift) o.Add((byte)'-');
        return o.ToArray();
    }

    private static string Utf7Decode(byte[] s, string errors, bool final, out int consumed)
    {
        var sb = new StringBuilder(s.Length);
        bool inShift = false;
        int bits = 0, startPos = 0, shiftOutStart = 0;
        ulong buffer = 0;
        int surrogate = 0;
        PyObject? dataObj = null;
        int i = 0;
        while (i < s.Length)
        {
            int ch = s[i];
            string? err = null;
            if (inShift)
            {
                if (IsBase64(ch))
                {
                    buffer = (buffer << 6) | (uint)Base64Chars.IndexOf((char)ch);
                    bits += 6;
                    i++;
                    if (bits >= 16)
                    {
                        int outCh = (int)(buffer >> (bits - 16)) & 0xFFFF;
                        bits -= 16;
                        buffer &= (1UL << bits) - 1;
                        if (surrogate != 0)
                        {
                            if (outCh >= 0xDC00 && outCh <= 0xDFFF)
                            {
                                sb.Append((char)surrogate).Append((char)outCh);
                                surrogate = 0;
                                continue;
                            }
                            sb.Append((char)surrogate);
                            surrogate = 0;
                        }
                        if (outCh >= 0xD800 && outCh <= 0xDBFF) surrogate = outCh;
                        else sb.Append((char)outCh);
                    }
                    continue;
                }
                inShift = false;
                if (bits > 0)
                {
                    if (bits >= 6) { i++; err = "partial character in shift sequence"; }
                    else if (buffer != 0) { i++; err = "non-zero padding bits in shift sequence"; }
                }
                if (err is null)
                {
                    if (surrogate != 0 && ch <= 127 && ch != '+') sb.Append((char)surrogate);
                    surrogate = 0;
                    if (ch == '-') i++;
                    continue;
                }
                surrogate = 0;
            }
            else if (ch == '+')
            {
                startPos = i;
                i++;
                if (i < s.Length && s[i] == '-') { i++; sb.Append('+'); continue; }
                if (i < s.Length && !IsBase64(s[i])) { i++; err = "ill-formed sequence"; }
                else
                {
                    inShift = true;
                    surrogate = 0;
                    shiftOutStart = sb.Length;
                    bits = 0;
                    buffer = 0;
                    continue;
                }
            }
            else if (ch <= 127) { sb.Append((char)ch); i++; continue; }
            else { startPos = i; i++; err = "unexpected special character"; }
            var (rep, pos) = DecodeCallback(errors, "utf7", dataObj ??= new PyBytes(s), s.Length, startPos, i, err!);
            sb.Append(rep);
            i = pos;
        }
        if (inShift && final)
        {
            inShift = false;
            if (surrogate != 0 || bits >= 6 || (bits > 0 && buffer != 0))
            {
                var (rep, pos) = DecodeCallback(errors, "utf7", dataObj ??= new PyBytes(s), s.Length, startPos, s.Length, "unterminated shift sequence");
                sb.Append(rep);
                i = pos;
            }
        }
        if (!final && inShift)
        {
            consumed = startPos;
            sb.Length = shiftOutStart;
        }
        else consumed = i;
        return sb.ToString();
    }
}
