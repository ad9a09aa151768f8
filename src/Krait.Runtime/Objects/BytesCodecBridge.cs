using System.Text;

namespace Krait.Runtime;

/// <summary>Temporary seam until Codecs/ (branch str) lands: utf-8, latin-1 and ascii only.</summary>
internal static class BytesCodecBridge
{
    private static string Normalize(string encoding) => encoding.ToLowerInvariant().Replace('_', '-').Replace(' ', '-');

    public static PyStr Decode(ReadOnlySpan<byte> b, string encoding, string errors)
    {
        switch (Normalize(encoding))
        {
            case "utf-8" or "utf8" or "u8" or "utf":
                return new PyStr(Utf8Codec.Decode(b, errors, true, out _));
            case "latin-1" or "latin1" or "iso-8859-1" or "iso8859-1" or "l1" or "latin":
                return new PyStr(Encoding.Latin1.GetString(b));
            case "ascii" or "us-ascii":
                var sb = new StringBuilder(b.Length);
                for (int i = 0; i < b.Length; i++)
                {
                    if (b[i] < 128) { sb.Append((char)b[i]); continue; }
                    switch (errors)
                    {
                        case "ignore": break;
                        case "replace": sb.Append('\uFFFD'); break;
                        case "surrogateescape": sb.Append((char)(0xDC00 + b[i])); break;
                        case "backslashreplace": sb.Append($"\\x{b[i]:x2}"); break;
                        default:
                            throw new PythonException((PyBaseException)Ops.Call(PyExc.UnicodeDecodeError, [new PyStr("ascii"),
                                new PyBytes(b.ToArray()), PyInt.FromLong(i), PyInt.FromLong(i + 1), new PyStr("ordinal not in range(128)")]));
                    }
                }
                return new PyStr(sb.ToString());
        }
        throw PyErr.New(PyExc.LookupError, $"unknown encoding: {encoding}");
    }

    public static byte[] Encode(PyStr s, string encoding, string errors)
    {
        switch (Normalize(encoding))
        {
            case "utf-8" or "utf8" or "u8" or "utf":
                return Utf8Codec.Encode(s.Value, errors);
            case "latin-1" or "latin1" or "iso-8859-1" or "iso8859-1" or "l1" or "latin":
                return Narrow(s, 256, "latin-1", errors);
            case "ascii" or "us-ascii":
                return Narrow(s, 128, "ascii", errors);
        }
        throw PyErr.New(PyExc.LookupError, $"unknown encoding: {encoding}");
    }

    private static byte[] Narrow(PyStr s, int limit, string name, string errors)
    {
        var r = new List<byte>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            int c = s.CodePointAt(i);
            if (c < limit) { r.Add((byte)c); continue; }
            switch (errors)
            {
                case "ignore": break;
                case "replace": r.Add((byte)'?'); break;
                default:
                    throw new PythonException((PyBaseException)Ops.Call(PyExc.UnicodeEncodeError, [new PyStr(name),
                        s, PyInt.FromLong(i), PyInt.FromLong(i + 1), new PyStr($"ordinal not in range({limit})")]));
            }
        }
        return [.. r];
    }
}
