using System.Text;

namespace Krait.Runtime;

/// <summary>latin-1 and ascii (CPython's unicode_encode_ucs1 and the ascii/latin-1 decoders): code points below
/// the limit map to one byte; unencodable code points go to the error handler in runs.</summary>
internal static class Latin1Codec
{
    public static string DecodeLatin1(ReadOnlySpan<byte> data) => Encoding.Latin1.GetString(data);

    /// <summary>The index of the first byte of <paramref name="data"/> past 0x7F, or -1. By hand with Vector128 rather
    /// than IndexOfAnyExceptInRange, whose AVX-512 paths keep it from being precompiled (a JIT compilation at
    /// start-up: the first UTF-8 decode); see PyStr.FirstSurrogate.</summary>
    internal static int FirstNonAscii(ReadOnlySpan<byte> data)
    {
        int i = 0;
        if (System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated)
        {
            ref byte start = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(data);
            for (; i <= data.Length - 16; i += 16)
                if (System.Runtime.Intrinsics.Vector128.ExtractMostSignificantBits(System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref start, (nuint)i)) != 0) break;
        }
        for (; i < data.Length; i++)
            if (data[i] >= 0x80) return i;
        return -1;
    }

    public static string DecodeAscii(ReadOnlySpan<byte> data, string errors)
    {
        int bad = FirstNonAscii(data);
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
