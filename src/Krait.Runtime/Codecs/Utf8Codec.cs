using System.Text;

namespace Krait.Runtime;

/// <summary>UTF-8 (Objects/stringlib/codecs.h): strict decoding by CPython's rules (no overlongs, no
/// surrogates, nothing above U+10FFFF) and its error reasons and ranges; encoding with lone surrogates
/// handed to the error handler in runs, as CPython does.</summary>
internal static class Utf8Codec
{
    /// <summary>True when <paramref name="s"/> has any surrogate code unit (a pair or a lone one).</summary>
    public static bool HasSurrogates(string s) => s.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;

    /// <summary>True when <paramref name="s"/> has a surrogate that is not half of a pair.</summary>
    public static bool HasLoneSurrogates(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            return true;
        }
        return false;
    }

    public static byte[] Encode(string s, string errors) =>
        HasLoneSurrogates(s) ? Encode(new PyStr(s), errors) : Encoding.UTF8.GetBytes(s);

    public static byte[] Encode(PyStr str, string errors)
    {
        string s = str.Value;
        if (!HasLoneSurrogates(s)) return Encoding.UTF8.GetBytes(s);
        var outp = new List<byte>(s.Length + 8);
        int cpIndex = 0;
        for (int i = 0; i < s.Length;)
        {
            int cp = Codecs.NextCodePoint(s, ref i);
            if (cp < 0xD800 || cp > 0xDFFF) { Write(outp, cp); cpIndex++; continue; }
            // A run of lone surrogates goes to the error handler at once.
            int start = cpIndex++;
            while (i < s.Length)
            {
                int j = i;
                int next = Codecs.NextCodePoint(s, ref j);
                if (next < 0xD800 || next > 0xDFFF) break;
                i = j;
                cpIndex++;
            }
            CodecErrors.HandleEncode(Codec.Utf8, str, start, cpIndex, "surrogates not allowed", errors, outp, Write, WriteRaw);
        }
        return outp.ToArray();
    }

    private static void Write(List<byte> outp, int cp)
    {
        if (cp >= 0xD800 && cp <= 0xDFFF) throw new InvalidOperationException("surrogate");
        WriteRaw(outp, cp);
    }

    private static void WriteRaw(List<byte> outp, int cp)
    {
        if (cp < 0x80) outp.Add((byte)cp);
        else if (cp < 0x800) { outp.Add((byte)(0xC0 | (cp >> 6))); outp.Add((byte)(0x80 | (cp & 0x3F))); }
        else if (cp < 0x10000)
        {
            outp.Add((byte)(0xE0 | (cp >> 12)));
            outp.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
            outp.Add((byte)(0x80 | (cp & 0x3F)));
        }
        else
        {
            outp.Add((byte)(0xF0 | (cp >> 18)));
            outp.Add((byte)(0x80 | ((cp >> 12) & 0x3F)));
            outp.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
            outp.Add((byte)(0x80 | (cp & 0x3F)));
        }
    }

    /// <summary>Encoding.UTF8.GetString (an invalid sequence becomes U+FFFD) with ASCII widened as latin-1, the same
    /// characters: the first use of .NET's UTF-8/ASCII decoders costs ~16 M instructions (type loads of their vectorised
    /// paths), which every start-up paid through strerror() (site's os.stat of a missing user site-packages).</summary>
    internal static string DecodeReplacing(ReadOnlySpan<byte> b) =>
        Latin1Codec.FirstNonAscii(b) < 0 ? Latin1Codec.DecodeLatin1(b) : Encoding.UTF8.GetString(b);

    /// <summary>Decodes <paramref name="b"/>; when not <paramref name="final"/>, an incomplete sequence at the end is
    /// left undecoded and <paramref name="consumed"/> stops before it.</summary>
    public static string Decode(ReadOnlySpan<byte> b, string errors, bool final, out int consumed)
    {
        int ascii = Latin1Codec.FirstNonAscii(b);
        if (ascii < 0) { consumed = b.Length; return Encoding.Latin1.GetString(b); }
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
            Codecs.AppendCodePoint(sb, cp);
            i += need + 1;
        }
        consumed = i;
        return sb.ToString();
    }

    private static int Bad(StringBuilder sb, ReadOnlySpan<byte> b, int start, int len, string reason, string errors)
    {
        // surrogatepass takes a three-byte encoded surrogate (ED A0..BF 80..BF).
        if (errors == "surrogatepass" && start + 2 < b.Length && b[start] == 0xED && b[start + 1] >= 0xA0
            && b[start + 1] <= 0xBF && b[start + 2] >= 0x80 && b[start + 2] <= 0xBF)
        {
            sb.Append((char)(0xD000 | ((b[start + 1] & 0x3F) << 6) | (b[start + 2] & 0x3F)));
            return start + 3;
        }
        return CodecErrors.HandleDecode("utf-8", b, start, start + len, reason, errors, sb);
    }
}
