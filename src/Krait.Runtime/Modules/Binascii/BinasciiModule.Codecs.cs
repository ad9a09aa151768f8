namespace Krait.Runtime;

// The encoders and decoders, byte for byte as binascii.c (including its quirks: a2b_uu of an empty line reads
// the terminating NUL of the bytes object as the length byte).
public static partial class BinasciiModule
{
    private const string B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private const int MaxLineSize = 76;

    private static readonly sbyte[] s_b64Decode = MakeB64Decode();

    private static sbyte[] MakeB64Decode()
    {
        var t = new sbyte[256];
        Array.Fill(t, (sbyte)-1);
        for (int i = 0; i < 64; i++) t[B64[i]] = (sbyte)i;
        return t;
    }

    private static byte[] A2bUu(ReadOnlySpan<byte> ascii)
    {
        int pos = 0, len = ascii.Length;
        int first = len > 0 ? ascii[0] : 0;
        int binLen = (first - ' ') & 0x3f;
        pos = 1; len--;
        var bin = new byte[binLen];
        int o = 0, leftbits = 0;
        uint leftchar = 0;
        for (; binLen > 0; len--, pos++)
        {
            int ch = len > 0 ? ascii[pos] : 0;
            if (ch == '\n' || ch == '\r' || len <= 0) ch = 0;
            else
            {
                // '`' (space + 64) is accepted as zero: some uuencoders use it instead of space.
                if (ch < ' ' || ch > ' ' + 64) throw Error("Illegal char");
                ch = (ch - ' ') & 0x3f;
            }
            leftchar = (leftchar << 6) | (uint)ch;
            leftbits += 6;
            if (leftbits >= 8)
            {
                leftbits -= 8;
                bin[o++] = (byte)(leftchar >> leftbits);
                leftchar &= (1u << leftbits) - 1;
                binLen--;
            }
        }
        while (len-- > 0)
        {
            int ch = ascii[pos++];
            if (ch != ' ' && ch != ' ' + 64 && ch != '\n' && ch != '\r') throw Error("Trailing garbage");
        }
        return bin;
    }

    private static byte[] B2aUu(ReadOnlySpan<byte> bin, bool backtick)
    {
        if (bin.Length > 45) throw Error("At most 45 bytes at once");
        var r = new List<byte>(2 + (bin.Length + 2) / 3 * 4) { (byte)(backtick && bin.Length == 0 ? '`' : ' ' + bin.Length) };
        int leftbits = 0, i = 0, n = bin.Length;
        uint leftchar = 0;
        for (; n > 0 || leftbits != 0; n--, i++)
        {
            leftchar = n > 0 ? (leftchar << 8) | bin[i] : leftchar << 8;
            leftbits += 8;
            while (leftbits >= 6)
            {
                int ch = (int)(leftchar >> (leftbits - 6)) & 0x3f;
                leftbits -= 6;
                r.Add((byte)(backtick && ch == 0 ? '`' : ch + ' '));
            }
        }
        r.Add((byte)'\n');
        return r.ToArray();
    }

    private static ReadOnlySpan<byte> A2bBase64(ReadOnlySpan<byte> ascii, bool strict)
    {
        var bin = new byte[(ascii.Length + 3) / 4 * 3];
        int o = 0;
        if (strict && ascii.Length > 0 && ascii[0] == '=') throw Error("Leading padding not allowed");
        int quadPos = 0, pads = 0;
        int leftchar = 0;
        bool paddingStarted = false;
        for (int i = 0; i < ascii.Length; i++)
        {
            int ch = ascii[i];
            if (ch == '=')
            {
                paddingStarted = true;
                if (quadPos >= 2 && quadPos + ++pads >= 4)
                {
                    // A complete pad sequence ends the data.
                    if (strict && i + 1 < ascii.Length) throw Error("Excess data after padding");
                    return bin.AsSpan(0, o);
                }
                continue;
            }
            int v = s_b64Decode[ch];
            if (v < 0)
            {
                if (strict) throw Error("Only base64 data is allowed");
                continue;
            }
            if (strict && paddingStarted) throw Error("Discontinuous padding not allowed");
            pads = 0;
            switch (quadPos)
            {
                case 0: quadPos = 1; leftchar = v; break;
                case 1: quadPos = 2; bin[o++] = (byte)((leftchar << 2) | (v >> 4)); leftchar = v & 0x0f; break;
                case 2: quadPos = 3; bin[o++] = (byte)((leftchar << 4) | (v >> 2)); leftchar = v & 0x03; break;
                default: quadPos = 0; bin[o++] = (byte)((leftchar << 6) | v); leftchar = 0; break;
            }
        }
        if (quadPos == 1)
            throw Error($"Invalid base64-encoded string: number of data characters ({o / 3 * 4 + 1}) cannot be 1 more than a multiple of 4");
        if (quadPos != 0) throw Error("Incorrect padding");
        return bin.AsSpan(0, o);
    }

    private static byte[] B2aBase64(ReadOnlySpan<byte> bin, bool newline)
    {
        int full = bin.Length / 3, rest = bin.Length % 3;
        var r = new byte[(full + (rest > 0 ? 1 : 0)) * 4 + (newline ? 1 : 0)];
        int o = 0, i = 0;
        for (int k = 0; k < full; k++, i += 3)
        {
            int v = (bin[i] << 16) | (bin[i + 1] << 8) | bin[i + 2];
            r[o++] = (byte)B64[v >> 18];
            r[o++] = (byte)B64[(v >> 12) & 63];
            r[o++] = (byte)B64[(v >> 6) & 63];
            r[o++] = (byte)B64[v & 63];
        }
        if (rest == 1)
        {
            r[o++] = (byte)B64[bin[i] >> 2];
            r[o++] = (byte)B64[(bin[i] & 3) << 4];
            r[o++] = (byte)'=';
            r[o++] = (byte)'=';
        }
        else if (rest == 2)
        {
            r[o++] = (byte)B64[bin[i] >> 2];
            r[o++] = (byte)B64[((bin[i] & 3) << 4) | (bin[i + 1] >> 4)];
            r[o++] = (byte)B64[(bin[i + 1] & 15) << 2];
            r[o++] = (byte)'=';
        }
        if (newline) r[o] = (byte)'\n';
        return r;
    }

    private static readonly ushort[] s_crcHqx = MakeCrcHqx();

    private static ushort[] MakeCrcHqx()
    {
        // CRC-CCITT (polynomial 0x1021, MSB first), the table binascii.c spells out.
        var t = new ushort[256];
        for (int i = 0; i < 256; i++)
        {
            int c = i << 8;
            for (int k = 0; k < 8; k++) c = (c & 0x8000) != 0 ? (c << 1) ^ 0x1021 : c << 1;
            t[i] = (ushort)c;
        }
        return t;
    }

    private static uint CrcHqx(ReadOnlySpan<byte> data, uint crc)
    {
        crc &= 0xffff;
        foreach (byte b in data) crc = ((crc << 8) & 0xff00) ^ s_crcHqx[(crc >> 8) ^ b];
        return crc;
    }

    private static int HexDigit(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static byte[] A2bHex(ReadOnlySpan<byte> hex)
    {
        if (hex.Length % 2 != 0) throw Error("Odd-length string");
        var r = new byte[hex.Length / 2];
        for (int i = 0; i < hex.Length; i += 2)
        {
            int top = HexDigit(hex[i]), bot = HexDigit(hex[i + 1]);
            if (top < 0 || bot < 0) throw Error("Non-hexadecimal digit found");
            r[i / 2] = (byte)((top << 4) | bot);
        }
        return r;
    }

    private static ReadOnlySpan<byte> A2bQp(ReadOnlySpan<byte> a, bool header)
    {
        var o = new byte[a.Length];
        int i = 0, n = 0, len = a.Length;
        while (i < len)
        {
            if (a[i] == '=')
            {
                i++;
                if (i >= len) break;
                if (a[i] == '\n' || a[i] == '\r')
                {
                    // Soft line break: skip to just past the newline.
                    if (a[i] != '\n') while (i < len && a[i] != '\n') i++;
                    if (i < len) i++;
                }
                else if (a[i] == '=')
                {
                    o[n++] = (byte)'=';
                    i++;
                }
                else if (i + 1 < len && HexDigit(a[i]) >= 0 && HexDigit(a[i + 1]) >= 0)
                {
                    o[n++] = (byte)((HexDigit(a[i]) << 4) | HexDigit(a[i + 1]));
                    i += 2;
                }
                else o[n++] = (byte)'=';
            }
            else if (header && a[i] == '_')
            {
                o[n++] = (byte)' ';
                i++;
            }
            else o[n++] = a[i++];
        }
        return o.AsSpan(0, n);
    }

    private static bool QpMustQuote(ReadOnlySpan<byte> d, int i, int linelen, bool quotetabs, bool istext, bool header)
    {
        byte c = d[i];
        return c > 126 || c == '=' || (header && c == '_')
            || (c == '.' && linelen == 0 && (i + 1 == d.Length || d[i + 1] == '\n' || d[i + 1] == '\r' || d[i + 1] == 0))
            || (!istext && (c == '\r' || c == '\n'))
            || ((c == '\t' || c == ' ') && i + 1 == d.Length)
            || (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')));
    }

    private static ReadOnlySpan<byte> B2aQp(ReadOnlySpan<byte> d, bool quotetabs, bool istext, bool header)
    {
        const string Hex = "0123456789ABCDEF";
        int nl = d.IndexOf((byte)'\n');
        bool crlf = nl > 0 && d[nl - 1] == '\r';
        var o = new List<byte>(d.Length * 3 / 2 + 8);
        int i = 0, linelen = 0;

        void SoftBreak()
        {
            o.Add((byte)'=');
            if (crlf) o.Add((byte)'\r');
            o.Add((byte)'\n');
            linelen = 0;
        }

        while (i < d.Length)
        {
            if (QpMustQuote(d, i, linelen, quotetabs, istext, header))
            {
                if (linelen + 3 >= MaxLineSize) SoftBreak();
                o.Add((byte)'=');
                o.Add((byte)Hex[d[i] >> 4]);
                o.Add((byte)Hex[d[i] & 15]);
                i++;
                linelen += 3;
            }
            else if (istext && (d[i] == '\n' || (i + 1 < d.Length && d[i] == '\r' && d[i + 1] == '\n')))
            {
                linelen = 0;
                // Whitespace at the end of a line is protected by quoting it.
                if (o.Count > 0 && (o[^1] == ' ' || o[^1] == '\t'))
                {
                    byte ch = o[^1];
                    o[^1] = (byte)'=';
                    o.Add((byte)Hex[ch >> 4]);
                    o.Add((byte)Hex[ch & 15]);
                }
                if (crlf) o.Add((byte)'\r');
                o.Add((byte)'\n');
                i += d[i] == '\r' ? 2 : 1;
            }
            else
            {
                if (i + 1 != d.Length && d[i + 1] != '\n' && linelen + 1 >= MaxLineSize) SoftBreak();
                linelen++;
                if (header && d[i] == ' ') { o.Add((byte)'_'); i++; }
                else o.Add(d[i++]);
            }
        }
        return o.ToArray();
    }
}
