using System.Text;

namespace Krait.Runtime;

/// <summary>CPython's codec error handlers (Python/codecs.c) for the native codecs: raising
/// UnicodeEncodeError/UnicodeDecodeError with CPython's fields, and the replacements of ignore, replace,
/// backslashreplace, xmlcharrefreplace, namereplace, surrogateescape and surrogatepass.</summary>
internal static class CodecErrors
{
    public static PythonException EncodeError(Codec codec, PyStr s, int start, int end, string reason) =>
        new((PyBaseException)Ops.Call(PyExc.UnicodeEncodeError, [new PyStr(CodecNames.Name(codec)), s,
            PyInt.FromLong(start), PyInt.FromLong(end), new PyStr(reason)]));

    public static PythonException DecodeError(string encoding, ReadOnlySpan<byte> data, int start, int end, string reason) =>
        new((PyBaseException)Ops.Call(PyExc.UnicodeDecodeError, [new PyStr(encoding), new PyBytes(data.ToArray()),
            PyInt.FromLong(start), PyInt.FromLong(end), new PyStr(reason)]));

    public static PythonException UnknownHandler(string errors) =>
        PyErr.New(PyExc.LookupError, $"unknown error handler name '{errors}'");

    /// <summary>The code points [start, end) of <paramref name="s"/> could not be encoded: applies the handlers
    /// that replace with text (written through <paramref name="write"/>, the codec's own encoding of a code point)
    /// or with raw bytes (surrogateescape, surrogatepass via <paramref name="surrogatePass"/>), else raises.</summary>
    public static void HandleEncode(Codec codec, PyStr s, int start, int end, string reason, string errors,
        List<byte> outp, Action<List<byte>, int> write, Action<List<byte>, int>? surrogatePass)
    {
        switch (errors)
        {
            case "strict": throw EncodeError(codec, s, start, end, reason);
            case "ignore": return;
            case "replace":
                for (int i = start; i < end; i++) write(outp, '?');
                return;
            case "backslashreplace":
                for (int i = start; i < end; i++) WriteAscii(outp, Backslashed(s.CodePointAt(i)), write);
                return;
            case "xmlcharrefreplace":
                for (int i = start; i < end; i++) WriteAscii(outp, $"&#{s.CodePointAt(i)};", write);
                return;
            case "namereplace":
                for (int i = start; i < end; i++)
                {
                    int cp = s.CodePointAt(i);
                    string? name = UnicodeNames.Name(cp);
                    WriteAscii(outp, name is null ? Backslashed(cp) : $"\\N{{{name}}}", write);
                }
                return;
            case "surrogateescape":
            {
                // Single-byte results only fit byte-oriented codecs; elsewhere the handler's bytes are refused.
                bool byteCodec = codec is Codec.Utf8 or Codec.Utf8Sig or Codec.Latin1 or Codec.Ascii;
                for (int i = start; i < end; i++)
                {
                    int cp = s.CodePointAt(i);
                    if (!byteCodec || cp < 0xDC80 || cp > 0xDCFF) throw EncodeError(codec, s, byteCodec ? i : start, end, reason);
                    outp.Add((byte)(cp - 0xDC00));
                }
                return;
            }
            case "surrogatepass":
            {
                if (surrogatePass is null) throw EncodeError(codec, s, start, end, reason);
                for (int i = start; i < end; i++)
                {
                    int cp = s.CodePointAt(i);
                    if (cp < 0xD800 || cp > 0xDFFF) throw EncodeError(codec, s, i, end, reason);
                    surrogatePass(outp, cp);
                }
                return;
            }
            default:
                // A handler registered with codecs.register_error (the position it returns is not honoured).
                var handler = CodecsModule.CustomHandler(errors) ?? throw UnknownHandler(errors);
                CodecsModule.CustomEncode(handler, codec, s, start, end, reason, outp, write);
                return;
        }
    }

    private static void WriteAscii(List<byte> outp, string text, Action<List<byte>, int> write)
    {
        foreach (char c in text) write(outp, c);
    }

    public static string Backslashed(int cp) =>
        cp < 0x100 ? $"\\x{cp:x2}" : cp < 0x10000 ? $"\\u{cp:x4}" : $"\\U{cp:x8}";

    /// <summary>The bytes [start, end) could not be decoded: appends the handler's replacement and returns the
    /// position to resume at, or raises.</summary>
    public static int HandleDecode(string encoding, ReadOnlySpan<byte> data, int start, int end, string reason,
        string errors, StringBuilder sb)
    {
        switch (errors)
        {
            case "strict": throw DecodeError(encoding, data, start, end, reason);
            case "ignore": break;
            case "replace": sb.Append('\uFFFD'); break;
            case "backslashreplace":
                for (int k = start; k < end; k++) sb.Append("\\x").Append(data[k].ToString("x2"));
                break;
            case "surrogateescape":
                for (int k = start; k < end; k++)
                {
                    if (data[k] < 0x80) throw DecodeError(encoding, data, start, end, reason);
                }
                for (int k = start; k < end; k++) sb.Append((char)(0xDC00 + data[k]));
                break;
            case "surrogatepass": throw DecodeError(encoding, data, start, end, reason);
            case "xmlcharrefreplace" or "namereplace":
                throw PyErr.TypeError("don't know how to handle UnicodeDecodeError in error callback");
            default:
                var handler = CodecsModule.CustomHandler(errors) ?? throw UnknownHandler(errors);
                return CodecsModule.CustomDecode(handler, encoding, data, start, end, reason, sb);
        }
        return end;
    }
}
