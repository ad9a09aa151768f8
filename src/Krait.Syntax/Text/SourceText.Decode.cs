using System.Text;

namespace Krait.Syntax.Text;

// Decoding source bytes as CPython's string tokenizer does (decode_str in Parser/tokenizer.c):
// a UTF-8 BOM, then a PEP 263 coding declaration on line 1, or on line 2 if line 1 is blank or a
// comment. UTF-8 source is decoded leniently: CPython only complains about undecodable bytes where
// it decodes a token (an identifier or a string literal), and accepts them in comments. Each
// undecodable byte 0xXY becomes the lone surrogate U+DCXY (Python's surrogateescape), which the
// tokenizer counts as one byte wide; <see cref="Utf8DecodeError"/> rebuilds CPython's message.
// Any other codec decodes the whole text up front, and its failure is a SyntaxError at line 0.
public sealed partial class SourceText
{
    // The code-page encodings (System.Text.Encoding.CodePages) and the codec tables are set up on the first coding
    // declaration that needs them, not on every start-up (~1.5 ms).
    private static partial class CodecTables
    {
        static CodecTables() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        internal static void EnsureProviders() { }
    }

    /// <summary>Decodes source bytes (BOM, PEP 263 coding declaration) and translates newlines.
    /// Throws <see cref="PythonSyntaxError"/> as <c>compile(bytes, fileName, 'exec')</c> does.</summary>
    public static SourceText FromBytes(byte[] data, string fileName)
    {
        var span = data.AsSpan();
        if (span.IndexOf((byte)0) >= 0) throw NullBytesError(fileName);
        bool bom = span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        if (bom) span = span[3..];

        string? spec = FindCodingSpec(span);
        if (bom && spec is not null && spec != "utf-8")
            throw InitError(fileName, $"encoding problem: {spec} with BOM");

        string text;
        if (spec is null or "utf-8")
        {
            text = DecodeUtf8Escaped(span);
        }
        else
        {
            if (!TryGetCodec(spec, out var codec, out int codePage))
                throw InitError(fileName, $"unknown encoding: {spec}");
            text = DecodeStrict(span, codec, codePage, fileName);
        }
        return new SourceText(text, fileName, spec ?? (bom ? "utf-8" : null), bom);
    }

    /// <summary>A SyntaxError raised while setting up the tokenizer
    /// (_PyPegen_raise_tokenizer_init_error): line 0, offset -1, no text.</summary>
    private static PythonSyntaxError InitError(string fileName, string msg) =>
        new("SyntaxError", msg, fileName, 0, -1, 0, 0, null);

    /// <summary>compile()'s check: source with a NUL byte is rejected before tokenizing — with a
    /// ValueError in 3.11.2 (the error type is carried in <see cref="PythonSyntaxError.ErrorType"/>).</summary>
    private static PythonSyntaxError NullBytesError(string fileName) =>
        new("ValueError", "source code string cannot contain null bytes", fileName, 0, 0, 0, 0, null);

    // ---- PEP 263 --------------------------------------------------------------------------------

    /// <summary>The normalised coding spec of line 1, or of line 2 when line 1 holds only
    /// whitespace or a comment (check_coding_spec); null when there is none.</summary>
    private static string? FindCodingSpec(ReadOnlySpan<byte> s)
    {
        int nl1 = IndexOfNewline(s, 0);
        if (nl1 < 0) nl1 = s.Length; // CPython appends a newline to file input
        var line1 = s[..nl1];
        string? spec = CodingSpecOfLine(line1, out bool onlyComment);
        if (spec is not null || !onlyComment || nl1 >= s.Length) return spec;
        int start2 = nl1 + (s[nl1] == '\r' && nl1 + 1 < s.Length && s[nl1 + 1] == '\n' ? 2 : 1);
        int nl2 = IndexOfNewline(s, start2);
        if (nl2 < 0) nl2 = s.Length;
        // CPython passes line 2 with its newline, which only matters for the length bound.
        var line2 = s[start2..Math.Min(s.Length, nl2 + 1)];
        return CodingSpecOfLine(line2, out _);
    }

    private static int IndexOfNewline(ReadOnlySpan<byte> s, int from)
    {
        int i = s[from..].IndexOfAny((byte)'\n', (byte)'\r');
        return i < 0 ? -1 : from + i;
    }

    /// <summary>get_coding_spec on one line: a comment (only whitespace before it) containing
    /// <c>coding[:=]</c>, spaces/tabs, then the name ([A-Za-z0-9-_.]+).</summary>
    private static string? CodingSpecOfLine(ReadOnlySpan<byte> line, out bool onlyComment)
    {
        onlyComment = true;
        int size = line.Length;
        for (int k = 0; k < size; k++)
        {
            byte b = line[k];
            if (b == '#' || b == '\n' || b == '\r') break;
            if (b != ' ' && b != '\t' && b != '\f') { onlyComment = false; break; }
        }
        int i = 0;
        for (; i < size - 6; i++)
        {
            if (line[i] == '#') break;
            if (line[i] != ' ' && line[i] != '\t' && line[i] != '\f') return null;
        }
        for (; i < size - 6; i++)
        {
            if (!line[i..].StartsWith("coding"u8)) continue;
            int t = i + 6;
            if (t >= size || (line[t] != ':' && line[t] != '=')) continue;
            do t++; while (t < size && (line[t] == ' ' || line[t] == '\t'));
            int begin = t;
            while (t < size && (char.IsAsciiLetterOrDigit((char)line[t]) || line[t] == '-' || line[t] == '_' || line[t] == '.'))
                t++;
            if (begin < t) return NormalName(Encoding.ASCII.GetString(line[begin..t]));
        }
        return null;
    }

    /// <summary>get_normal_name: utf-8 and latin-1 spellings get their canonical names.</summary>
    private static string NormalName(string s)
    {
        var sb = new StringBuilder(12);
        for (int i = 0; i < s.Length && i < 12; i++) sb.Append(s[i] == '_' ? '-' : char.ToLowerInvariant(s[i]));
        string b = sb.ToString();
        if (b == "utf-8" || b.StartsWith("utf-8-", StringComparison.Ordinal)) return "utf-8";
        if (b is "latin-1" or "iso-8859-1" or "iso-latin-1" || b.StartsWith("latin-1-", StringComparison.Ordinal) ||
            b.StartsWith("iso-8859-1-", StringComparison.Ordinal) || b.StartsWith("iso-latin-1-", StringComparison.Ordinal))
            return "iso-8859-1";
        return s;
    }

    /// <summary>Python's codec look-up: lower case, encodings.normalize_encoding, then the aliases.</summary>
    private static bool TryGetCodec(string name, out string codec, out int codePage)
    {
        var sb = new StringBuilder(name.Length);
        bool punct = false;
        foreach (char c in name.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c == '.')
            {
                if (punct && sb.Length > 0) sb.Append('_');
                if (c < 0x80) sb.Append(c);
                punct = false;
            }
            else punct = true;
        }
        string norm = sb.ToString();
        if (CodecTables.Codecs.TryGetValue(norm, out var e) || CodecTables.Codecs.TryGetValue(norm.Replace('.', '_'), out e))
        {
            codec = e.Codec;
            codePage = e.CodePage;
            return true;
        }
        codec = "";
        codePage = 0;
        return false;
    }

    private static string DecodeStrict(ReadOnlySpan<byte> data, string codec, int codePage, string fileName)
    {
        if (codePage == 65001) return DecodeUtf8Escaped(data);
        CodecTables.EnsureProviders();
        if (CodecTables.UndefinedBytes.TryGetValue(codec, out var undefined))
        {
            int bad = data.IndexOfAny(undefined);
            if (bad >= 0)
                throw InitError(fileName, $"'charmap' codec can't decode byte 0x{data[bad]:x2} in position {TranslatedPosition(data, bad)}: character maps to <undefined>");
        }
        var enc = Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try
        {
            return enc.GetString(data);
        }
        catch (DecoderFallbackException e)
        {
            int pos = Math.Max(0, e.Index);
            byte b = e.BytesUnknown is { Length: > 0 } u ? u[0] : data[Math.Min(pos, data.Length - 1)];
            string reason = codec == "ascii" ? "ordinal not in range(128)" : "character maps to <undefined>";
            string name = codec == "ascii" ? "ascii" : "charmap";
            throw InitError(fileName, $"'{name}' codec can't decode byte 0x{b:x2} in position {TranslatedPosition(data, pos)}: {reason}");
        }
    }

    /// <summary>CPython decodes after translating CRLF to LF: a byte position as it counts it.</summary>
    private static int TranslatedPosition(ReadOnlySpan<byte> data, int pos)
    {
        int n = pos;
        for (int i = 0; i + 1 < pos; i++)
        {
            if (data[i] == '\r' && data[i + 1] == '\n') n--;
        }
        return n;
    }

    // ---- UTF-8 ----------------------------------------------------------------------------------

    /// <summary>UTF-8 with each undecodable byte 0xXY mapped to U+DCXY.</summary>
    private static string DecodeUtf8Escaped(ReadOnlySpan<byte> data)
    {
        var strict = new UTF8Encoding(false, true);
        try
        {
            return strict.GetString(data); // the common case
        }
        catch (DecoderFallbackException)
        {
        }
        var sb = new StringBuilder(data.Length);
        int i = 0;
        while (i < data.Length)
        {
            int n = ValidSequenceLength(data, i, out _, out _);
            if (n > 0)
            {
                // Copy the run of valid sequences at once.
                int j = i + n;
                while (j < data.Length && (n = ValidSequenceLength(data, j, out _, out _)) > 0) j += n;
                sb.Append(strict.GetString(data[i..j]));
                i = j;
            }
            else
            {
                sb.Append((char)(0xDC00 | data[i]));
                i++;
            }
        }
        return sb.ToString();
    }

    /// <summary>Length of the valid UTF-8 sequence at <paramref name="i"/>, or 0 if it is invalid;
    /// then <paramref name="errorLength"/> is the length of the maximal valid prefix CPython reports,
    /// and <paramref name="truncated"/> tells whether the data ended inside the sequence.</summary>
    private static int ValidSequenceLength(ReadOnlySpan<byte> s, int i, out int errorLength, out bool truncated)
    {
        byte b = s[i];
        errorLength = 1;
        truncated = false;
        if (b < 0x80) return 1;
        int need;
        byte lo = 0x80, hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) need = 1;
        else if (b >= 0xE0 && b <= 0xEF)
        {
            need = 2;
            if (b == 0xE0) lo = 0xA0;
            else if (b == 0xED) hi = 0x9F;
        }
        else if (b >= 0xF0 && b <= 0xF4)
        {
            need = 3;
            if (b == 0xF0) lo = 0x90;
            else if (b == 0xF4) hi = 0x8F;
        }
        else return 0;
        for (int k = 1; k <= need; k++)
        {
            if (i + k >= s.Length) { errorLength = k; truncated = true; return 0; }
            byte c = s[i + k];
            if (c < lo || c > hi) { errorLength = k; return 0; }
            lo = 0x80;
            hi = 0xBF;
        }
        return need + 1;
    }

    /// <summary>The message of CPython's UnicodeDecodeError for decoding <paramref name="text"/>'s
    /// original bytes as UTF-8 (undecodable bytes are escaped as U+DC80..U+DCFF), e.g.
    /// <c>'utf-8' codec can't decode byte 0xff in position 0: invalid start byte</c>; null if the
    /// bytes are valid. Positions count bytes from the start of <paramref name="text"/>.</summary>
    public static string? Utf8DecodeError(ReadOnlySpan<char> text)
    {
        int pos = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (IsEscapedByte(text, i))
            {
                // Rebuild the bytes from here on, to classify the error as CPython does.
                Span<byte> bytes = stackalloc byte[8];
                int n = 0, k = i;
                for (; k < text.Length && n < 4; k++)
                {
                    if (IsEscapedByte(text, k)) { bytes[n++] = (byte)text[k]; continue; }
                    int w = char.IsHighSurrogate(text[k]) && k + 1 < text.Length ? 2 : 1;
                    n += Encoding.UTF8.GetBytes(text.Slice(k, w), bytes[n..]);
                    k += w - 1;
                }
                ValidSequenceLength(bytes[..n], 0, out int len, out bool truncated);
                string reason = bytes[0] < 0xC2 || bytes[0] > 0xF4 ? "invalid start byte"
                    : truncated && k >= text.Length ? "unexpected end of data"
                    : "invalid continuation byte";
                return len > 1
                    ? $"'utf-8' codec can't decode bytes in position {pos}-{pos + len - 1}: {reason}"
                    : $"'utf-8' codec can't decode byte 0x{bytes[0]:x2} in position {pos}: {reason}";
            }
            if (c < 0x80) pos++;
            else if (c < 0x800) pos += 2;
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { pos += 4; i++; }
            else pos += 3;
        }
        return null;
    }

    /// <summary>True if <c>text[i]</c> stands for an undecodable source byte (a lone U+DC80..U+DCFF).</summary>
    public static bool IsEscapedByte(ReadOnlySpan<char> text, int i) =>
        text[i] >= 0xDC80 && text[i] <= 0xDCFF && !(i > 0 && char.IsHighSurrogate(text[i - 1]));
}
