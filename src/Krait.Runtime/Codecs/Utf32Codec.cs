using System.Text;

namespace Krait.Runtime;

/// <summary>UTF-32 (see <see cref="Utf16Codec"/> for the byte-order rules).</summary>
internal static class Utf32Codec
{
    public static string Decode(ReadOnlySpan<byte> data, Codec codec, string errors)
    {
        bool be = codec == Codec.Utf32Be;
        int i = 0;
        if (codec == Codec.Utf32 && data.Length >= 4)
        {
            if (data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0) i = 4;
            else if (data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF) { i = 4; be = true; }
        }
        string name = be ? "utf-32-be" : "utf-32-le";
        var sb = new StringBuilder(data.Length / 4);
        while (i < data.Length)
        {
            if (data.Length - i < 4)
            {
                i = CodecErrors.HandleDecode(name, data, i, data.Length, "truncated data", errors, sb);
                continue;
            }
            uint cp = be ? (uint)(data[i] << 24 | data[i + 1] << 16 | data[i + 2] << 8 | data[i + 3])
                         : (uint)(data[i] | data[i + 1] << 8 | data[i + 2] << 16 | data[i + 3] << 24);
            if (cp >= 0xD800 && cp <= 0xDFFF)
            {
                if (errors == "surrogatepass") { sb.Append((char)cp); i += 4; continue; }
                i = CodecErrors.HandleDecode(name, data, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)", errors, sb);
                continue;
            }
            if (cp > 0x10FFFF)
            {
                i = CodecErrors.HandleDecode(name, data, i, i + 4, "code point not in range(0x110000)", errors, sb);
                continue;
            }
            Codecs.AppendCodePoint(sb, (int)cp);
            i += 4;
        }
        return sb.ToString();
    }

    public static byte[] Encode(PyStr str, Codec codec, string errors)
    {
        string s = str.Value;
        var outp = new List<byte>(s.Length * 4 + 4);
        if (codec == Codec.Utf32) { outp.Add(0xFF); outp.Add(0xFE); outp.Add(0); outp.Add(0); }
        Action<List<byte>, int> write = codec == Codec.Utf32Be ? WriteBe : WriteLe;
        int cpIndex = 0;
        for (int i = 0; i < s.Length; cpIndex++)
        {
            int cp = Codecs.NextCodePoint(s, ref i);
            if (cp >= 0xD800 && cp <= 0xDFFF)
                CodecErrors.HandleEncode(codec, str, cpIndex, cpIndex + 1, "surrogates not allowed", errors, outp, write, write);
            else write(outp, cp);
        }
        return outp.ToArray();
    }

    private static void WriteLe(List<byte> o, int cp)
    {
        o.Add((byte)cp); o.Add((byte)(cp >> 8)); o.Add((byte)(cp >> 16)); o.Add((byte)(cp >> 24));
    }

    private static void WriteBe(List<byte> o, int cp)
    {
        o.Add((byte)(cp >> 24)); o.Add((byte)(cp >> 16)); o.Add((byte)(cp >> 8)); o.Add((byte)cp);
    }
}
