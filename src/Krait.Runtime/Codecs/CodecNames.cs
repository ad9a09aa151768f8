namespace Krait.Runtime;

/// <summary>Encoding-name normalisation and aliases as CPython's <c>encodings</c> package does them
/// (<c>encodings.normalize_encoding</c> and the alias table in <c>encodings/aliases.py</c>), for the
/// codecs Krait has.</summary>
internal static class CodecNames
{
    private static readonly Dictionary<string, Codec> s_aliases = Build();

    // Binary-to-binary and str-to-str codecs exist in CPython but are not text encodings.
    private static readonly HashSet<string> s_nonText =
    [
        "base64_codec", "base64", "base_64", "bz2_codec", "bz2", "hex_codec", "hex", "quopri_codec", "quopri",
        "quotedprintable", "quoted_printable", "rot_13", "rot13", "uu_codec", "uu", "zlib_codec", "zip", "zlib",
    ];

    private static Dictionary<string, Codec> Build()
    {
        var d = new Dictionary<string, Codec>(StringComparer.Ordinal);
        void Add(Codec c, params string[] names) { foreach (var n in names) d[n] = c; }
        Add(Codec.Utf8, "utf_8", "u8", "utf", "utf8", "utf8_ucs2", "utf8_ucs4", "cp65001");
        Add(Codec.Utf8Sig, "utf_8_sig");
        Add(Codec.Latin1, "latin_1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso8859_1", "iso_8859_1",
            "iso_8859_1_1987", "iso_ir_100", "l1", "latin", "latin1");
        Add(Codec.Ascii, "ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii",
            "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii");
        Add(Codec.Utf16, "utf_16", "u16", "utf16");
        Add(Codec.Utf16Le, "utf_16_le", "unicodelittleunmarked", "utf_16le");
        Add(Codec.Utf16Be, "utf_16_be", "unicodebigunmarked", "utf_16be");
        Add(Codec.Utf32, "utf_32", "u32", "utf32");
        Add(Codec.Utf32Le, "utf_32_le", "utf_32le");
        Add(Codec.Utf32Be, "utf_32_be", "utf_32be");
        return d;
    }

    /// <summary>The codec for an encoding name; LookupError "unknown encoding: x" when Krait has none.</summary>
    public static Codec Lookup(string encoding)
    {
        if (TryLookup(encoding, out var c)) return c;
        string norm = Normalize(encoding);
        if (s_nonText.Contains(norm))
            throw PyErr.New(PyExc.LookupError, $"'{encoding}' is not a text encoding; use codecs.encode() to handle arbitrary codecs");
        throw PyErr.New(PyExc.LookupError, $"unknown encoding: {encoding}");
    }

    public static bool TryLookup(string encoding, out Codec codec)
    {
        // The common spellings without allocating.
        switch (encoding)
        {
            case "utf-8" or "utf8" or "UTF-8": codec = Codec.Utf8; return true;
            case "latin-1" or "latin1" or "iso-8859-1": codec = Codec.Latin1; return true;
            case "ascii": codec = Codec.Ascii; return true;
        }
        if (encoding.Contains('\0')) throw PyErr.ValueError("embedded null character");
        return s_aliases.TryGetValue(Normalize(encoding), out codec);
    }

    /// <summary>Lower case; every run of characters other than ASCII letters, digits and '.' becomes one '_';
    /// no leading or trailing '_'.</summary>
    public static string Normalize(string name)
    {
        var sb = new System.Text.StringBuilder(name.Length);
        bool punct = false;
        foreach (char c in name)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.')
            {
                if (punct && sb.Length > 0) sb.Append('_');
                sb.Append(char.ToLowerInvariant(c));
                punct = false;
            }
            else punct = true;
        }
        return sb.ToString();
    }

    /// <summary>The name in error messages (UnicodeError.encoding).</summary>
    public static string Name(Codec c) => c switch
    {
        Codec.Utf8 or Codec.Utf8Sig => "utf-8",
        Codec.Latin1 => "latin-1",
        Codec.Ascii => "ascii",
        Codec.Utf16 => "utf-16",
        Codec.Utf16Le => "utf-16-le",
        Codec.Utf16Be => "utf-16-be",
        Codec.Utf32 => "utf-32",
        Codec.Utf32Le => "utf-32-le",
        _ => "utf-32-be",
    };
}
