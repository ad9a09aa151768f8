using System.Text;

namespace Krait.Runtime;

/// <summary>latin-1 and ascii (CPython's unicode_encode_ucs1 and the ascii/latin-1 decoders): code points below
/// the limit map to one byte; unencodable code points go to the error handler in runs.</summary>
internal static class Latin1Codec
{
    public static string DecodeLatin1(ReadOnlySpan<byte> data) => Encoding.Latin1.GetString(data);

    public static string DecodeAscii(ReadOnlySpan<byte> data, string errors)
    {
        int bad = data.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
        if (bad < 0) return Encoding.Latin1.GetString(data);
        var sb = new StringBuilder(data.Length);
        sb.Append(Encoding.Latin1.GetString(data[..bad]));
        for (int i = bad; i < data.Length;)
        {
            byte b = data[i];
            if (b < 0x80) { sb.Append((char)b); i++; }
            else i = CodecErrors.HandleDecode("ascii", data, i, i + 1, "ordinal not in range(128)", errors, sb);
        }
        return sb.ToString();
    }

    public static byte[] Encode(PyStr str, int limit, string errors)
    {
        string s = str.Value;
        char max = (char)(limit - 1);
        int bad = s.AsSpan().IndexOfAnyExceptInRange('\0', max);
        if (bad < 0) return Encoding.Latin1.GetBytes(s);
        var codec = limit == 0x100 ? Codec.Latin1 : Codec.Ascii;
        string reason = limit == 0x100 ? "ordinal not in range(256)" : "ordinal not in range(128)";
        var outp = new List<byte>(s.Length);
        for (int k = 0; k < bad; k++) outp.Add((byte)s[k]);
        int cpIndex = str.IsAllBmp ? bad : CodePointIndex(s, bad);
        for (int i = bad; i < s.Length;)
        {
            int cp = Codecs.NextCodePoint(s, ref i);
            if (cp < limit) { outp.Add((byte)cp); cpIndex++; continue; }
            int start = cpIndex++;
            while (i < s.Length)
            {
                int j = i;
                if (Codecs.NextCodePoint(s, ref j) < limit) break;
                i = j;
                cpIndex++;
            }
            CodecErrors.HandleEncode(codec, str, start, cpIndex, reason, errors, outp, WriteByte, null);
        }
        return outp.ToArray();
    }

    private static int CodePointIndex(string s, int utf16Index)
    {
        int n = 0;
        for (int i = 0; i < utf16Index; n++) Codecs.NextCodePoint(s, ref i);
        return n;
    }

    // Handlers write ASCII replacements only.
    private static void WriteByte(List<byte> outp, int cp) => outp.Add((byte)cp);
}
