using System.Text;

namespace Krait.Runtime;

/// <summary>UTF-16 and UTF-32 with CPython's byte-order rules: the plain names read a BOM when decoding
/// (little-endian without one) and write one (little-endian) when encoding; errors are reported under the
/// byte order actually used ('utf-16-le' …) when decoding and under the codec's name when encoding.</summary>
internal static class Utf16Codec
{
    public static string Decode(ReadOnlySpan<byte> data, Codec codec, string errors)
    {
        bool be = codec == Codec.Utf16Be;
        int i = 0;
        if (codec == Codec.Utf16 && data.Length >= 2)
        {
            if (data[0] == 0xFF && data[1] == 0xFE) i = 2;
            else if (data[0] == 0xFE && data[1] == 0xFF) { i = 2; be = true; }
        }
        string name = be ? "utf-16-be" : "utf-16-le";
        var sb = new StringBuilder(data.Length / 2);
        while (i < data.Length)
        {
            if (data.Length - i < 2)
            {
                i = CodecErrors.HandleDecode(name, data, i, data.Length, "truncated data", errors, sb);
                continue;
            }
            char u = Unit(data, i, be);
            if (!char.IsSurrogate(u)) { sb.Append(u); i += 2; continue; }
            string reason;
            int end;
            if (char.IsLowSurrogate(u)) { reason = "illegal encoding"; end = i + 2; }
            else if (data.Length - i < 4) { reason = "unexpected end of data"; end = data.Length; }
            else
            {
                char lo = Unit(data, i + 2, be);
                if (char.IsLowSurrogate(lo)) { sb.Append(u).Append(lo); i += 4; continue; }
                reason = "illegal UTF-16 surrogate";
                end = i + 2;
            }
            if (errors == "surrogatepass") { sb.Append(u); i += 2; continue; }
            i = CodecErrors.HandleDecode(name, data, i, end, reason, errors, sb);
        }
        return sb.ToString();
    }

    private static char Unit(ReadOnlySpan<byte> d, int i, bool be) =>
        (char)(be ? (d[i] << 8) | d[i + 1] : d[i] | (d[i + 1] << 8));

    public static byte[] Encode(PyStr str, Codec codec, string errors)
    {
        string s = str.Value;
        bool be = codec == Codec.Utf16Be;
        var outp = new List<byte>(s.Length * 2 + 2);
        if (codec == Codec.Utf16) { outp.Add(0xFF); outp.Add(0xFE); }
        Action<List<byte>, int> write = be ? WriteBe : WriteLe;
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
        if (cp >= 0x10000)
        {
            cp -= 0x10000;
            WriteLe(o, 0xD800 + (cp >> 10));
            WriteLe(o, 0xDC00 + (cp & 0x3FF));
            return;
        }
        o.Add((byte)cp);
        o.Add((byte)(cp >> 8));
    }

    private static void WriteBe(List<byte> o, int cp)
    {
        if (cp >= 0x10000)
        {
            cp -= 0x10000;
            WriteBe(o, 0xD800 + (cp >> 10));
            WriteBe(o, 0xDC00 + (cp & 0x3FF));
            return;
        }
        o.Add((byte)(cp >> 8));
        o.Add((byte)cp);
    }
}
