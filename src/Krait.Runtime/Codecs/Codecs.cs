using System.Text;

namespace Krait.Runtime;

/// <summary>The text codecs Krait implements natively (CPython's built-in ones: utf-8, utf-8-sig, latin-1, ascii,
/// utf-16/-le/-be, utf-32/-le/-be) with CPython's error handlers and exceptions. This is the API that
/// str.encode, bytes.decode, str(b, encoding) and the io layer call.</summary>
public static class Codecs
{
    /// <summary>Decodes <paramref name="data"/> like <c>bytes.decode(encoding, errors)</c>.</summary>
    public static PyStr Decode(ReadOnlySpan<byte> data, string encoding, string errors)
    {
        if (SysConfig.DevMode) CheckEncodingErrors(encoding, errors);
        // PyUnicode_Decode: no data, no codec look-up.
        if (data.Length == 0) return PyStr.Empty;
        if (CodecNames.TryLookup(encoding, out _)) return new(DecodeString(data, encoding, errors));
        var bytes = new PyBytes(data.ToArray());
        return (PyStr)ViaRegistry(encoding, () => CodecsModule.RegistryDecode(bytes, encoding, errors));
    }

    /// <summary>Encodes <paramref name="s"/> like <c>str.encode(encoding, errors)</c>; encodings without a native
    /// codec go through the codec registry (encodings/*.py).</summary>
    public static byte[] Encode(PyStr s, string encoding, string errors)
    {
        if (SysConfig.DevMode) CheckEncodingErrors(encoding, errors);
        return CodecNames.TryLookup(encoding, out var codec) ? EncodeWith(s, codec, errors)
            : ((PyBytes)ViaRegistry(encoding, () => CodecsModule.RegistryEncode(s, encoding, errors))).Value;
    }

    /// <summary>unicode_check_encoding_errors: in development mode (-X dev) the encoding and the error handler
    /// are looked up even when the data never needs them (LookupError for a bad name), except the common ones.</summary>
    private static void CheckEncodingErrors(string encoding, string errors)
    {
        if (encoding is not ("utf-8" or "utf8" or "ascii")) CodecsModule.Lookup(encoding);
        if (errors is not ("strict" or "ignore" or "replace" or "surrogateescape" or "surrogatepass")) CodecsModule.LookupError(errors);
    }

    /// <summary>Decoding into a .NET string (the io layer's form).</summary>
    public static string DecodeString(ReadOnlySpan<byte> data, string encoding, string errors)
    {
        if (!CodecNames.TryLookup(encoding, out var codec))
        {
            var bytes = new PyBytes(data.ToArray());
            return ((PyStr)ViaRegistry(encoding, () => CodecsModule.RegistryDecode(bytes, encoding, errors))).Value;
        }
        if (codec == Codec.Utf8Sig && data.StartsWith(Utf8Bom)) data = data[3..];
        return codec switch
        {
            Codec.Utf8 or Codec.Utf8Sig => Utf8Codec.Decode(data, errors, true, out _),
            Codec.Latin1 => Latin1Codec.DecodeLatin1(data),
            Codec.Ascii => Latin1Codec.DecodeAscii(data, errors),
            Codec.Utf16 or Codec.Utf16Le or Codec.Utf16Be => Utf16Codec.Decode(data, codec, errors),
            _ => Utf32Codec.Decode(data, codec, errors),
        };
    }

    /// <summary>A registry codec; when the registry knows no such encoding, CodecNames' message (which names the
    /// binary codecs, e.g. hex, whose modules may not import here, as not text encodings).</summary>
    private static PyObject ViaRegistry(string encoding, Func<PyObject> call)
    {
        try { return call(); }
        catch (PythonException e) when (ReferenceEquals(e.Value.Type, PyExc.LookupError)
            && Ops.Str(e.Value).Value == $"unknown encoding: {encoding}")
        {
            CodecNames.Lookup(encoding);
            throw;
        }
    }

    internal static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    internal static byte[] EncodeWith(PyStr s, Codec codec, string errors)
    {
        switch (codec)
        {
            case Codec.Utf8: return Utf8Codec.Encode(s, errors);
            case Codec.Utf8Sig:
            {
                byte[] body = Utf8Codec.Encode(s, errors);
                var r = new byte[body.Length + 3];
                Utf8Bom.CopyTo(r);
                body.CopyTo(r, 3);
                return r;
            }
            case Codec.Latin1: return Latin1Codec.Encode(s, 0x100, errors);
            case Codec.Ascii: return Latin1Codec.Encode(s, 0x80, errors);
            case Codec.Utf16 or Codec.Utf16Le or Codec.Utf16Be: return Utf16Codec.Encode(s, codec, errors);
            default: return Utf32Codec.Encode(s, codec, errors);
        }
    }

    /// <summary>Reads the code point at UTF-16 index <paramref name="i"/> (a pair or a lone surrogate) and advances.</summary>
    internal static int NextCodePoint(string s, ref int i)
    {
        char c = s[i++];
        if (char.IsHighSurrogate(c) && i < s.Length && char.IsLowSurrogate(s[i])) return char.ConvertToUtf32(c, s[i++]);
        return c;
    }

    internal static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else
        {
            cp -= 0x10000;
            sb.Append((char)(0xD800 + (cp >> 10))).Append((char)(0xDC00 + (cp & 0x3FF)));
        }
    }
}

/// <summary>The codecs of <see cref="Codecs"/>; the name is CPython's canonical one (<see cref="CodecNames.Name"/>).</summary>
internal enum Codec { Utf8, Utf8Sig, Latin1, Ascii, Utf16, Utf16Le, Utf16Be, Utf32, Utf32Le, Utf32Be }
