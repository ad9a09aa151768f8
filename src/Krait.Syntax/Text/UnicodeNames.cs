using System.IO.Compression;

namespace Krait.Syntax.Text;

/// <summary>Unicode character names for <c>\N{NAME}</c> escapes, as CPython 3.11's unicodedata
/// name lookup (<c>_getcode</c> without named sequences) accepts them: the names and aliases of the
/// Unicode Character Database, case-insensitively, plus the algorithmic names of Hangul syllables and
/// CJK unified ideographs.
///
/// The table is generated at build time (UnicodeNames.targets) and loaded on the first lookup: a
/// deflated blob of <c>count:int32</c> then, sorted by name, <c>len:byte name:ASCII cp:3 bytes</c>.</summary>
public static class UnicodeNames
{
    private static Table? _table;

    /// <summary>The code point named <paramref name="name"/>, or -1.</summary>
    public static int Lookup(ReadOnlySpan<char> name)
    {
        // The algorithmic names are matched case-sensitively (strncmp in CPython's _getcode); the
        // table lookup is not.
        if (name.StartsWith("HANGUL SYLLABLE ", StringComparison.Ordinal)) return HangulSyllable(name[16..]);
        if (name.StartsWith("CJK UNIFIED IDEOGRAPH-", StringComparison.Ordinal)) return UnifiedIdeograph(name[22..]);
        return (_table ??= Table.Load()).Find(name);
    }

    private static char ToUpperAscii(char c) => c >= 'a' && c <= 'z' ? (char)(c - 32) : c;

    // ---- CJK unified ideographs: 4 or 5 upper-case hex digits, in Unicode 14.0's ranges ----------

    private static int UnifiedIdeograph(ReadOnlySpan<char> hex)
    {
        if (hex.Length != 4 && hex.Length != 5) return -1;
        int v = 0;
        foreach (char c in hex)
        {
            if (c >= '0' && c <= '9') v = v * 16 + (c - '0');
            else if (c >= 'A' && c <= 'F') v = v * 16 + (c - 'A' + 10);
            else return -1;    // CPython accepts upper-case hex digits only
        }
        return IsUnifiedIdeograph(v) ? v : -1;
    }

    private static bool IsUnifiedIdeograph(int c) =>
        (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
        (c >= 0x20000 && c <= 0x2A6DF) || (c >= 0x2A700 && c <= 0x2B738) ||
        (c >= 0x2B740 && c <= 0x2B81D) || (c >= 0x2B820 && c <= 0x2CEA1) ||
        (c >= 0x2CEB0 && c <= 0x2EBE0) || (c >= 0x30000 && c <= 0x3134A);

    // ---- Hangul syllables (Unicode §3.12): leading consonant + vowel + optional trailing consonant --

    private static readonly string[] JamoL =
        ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
    private static readonly string[] JamoV =
        ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
    private static readonly string[] JamoT =
        ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

    private static int HangulSyllable(ReadOnlySpan<char> rest)
    {
        // Like CPython, the jamo are matched case-sensitively (longest match) though the prefix is not.
        int pos = 0;
        int l = LongestJamo(rest, ref pos, JamoL);
        int v = LongestJamo(rest, ref pos, JamoV);
        int t = LongestJamo(rest, ref pos, JamoT);
        if (l < 0 || v < 0 || t < 0 || pos != rest.Length) return -1;
        return 0xAC00 + (l * JamoV.Length + v) * JamoT.Length + t;
    }

    private static int LongestJamo(ReadOnlySpan<char> s, ref int pos, string[] table)
    {
        int best = -1, bestLen = -1;
        var rest = s[pos..];
        for (int i = 0; i < table.Length; i++)
        {
            string j = table[i];
            if (j.Length > bestLen && rest.StartsWith(j, StringComparison.Ordinal))
            {
                best = i;
                bestLen = j.Length;
            }
        }
        if (best >= 0) pos += bestLen;
        return best;
    }

    // ---- the generated table --------------------------------------------------------------------

    private sealed class Table
    {
        private readonly byte[] _data;
        private readonly int[] _offsets;

        private Table(byte[] data, int[] offsets)
        {
            _data = data;
            _offsets = offsets;
        }

        public static Table Load()
        {
            using var resource = typeof(UnicodeNames).Assembly.GetManifestResourceStream("Krait.Syntax.UnicodeNames.bin")
                ?? throw new InvalidOperationException("the Unicode name table is missing from Krait.Syntax");
            using var inflate = new DeflateStream(resource, CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            inflate.CopyTo(buffer);
            byte[] data = buffer.ToArray();
            int count = BitConverter.ToInt32(data, 0);
            var offsets = new int[count];
            int p = 4;
            for (int i = 0; i < count; i++)
            {
                offsets[i] = p;
                p += 1 + data[p] + 3;
            }
            return new Table(data, offsets);
        }

        /// <summary>Binary search; the query is upper-cased (ASCII) as CPython's _cmpname does.</summary>
        public int Find(ReadOnlySpan<char> name)
        {
            int lo = 0, hi = _offsets.Length - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >>> 1;
                int c = Compare(_offsets[mid], name);
                if (c == 0)
                {
                    int p = _offsets[mid] + 1 + _data[_offsets[mid]];
                    return (_data[p] << 16) | (_data[p + 1] << 8) | _data[p + 2];
                }
                if (c < 0) lo = mid + 1; else hi = mid - 1;
            }
            return -1;
        }

        private int Compare(int offset, ReadOnlySpan<char> name)
        {
            int len = _data[offset];
            int n = Math.Min(len, name.Length);
            for (int i = 0; i < n; i++)
            {
                int a = _data[offset + 1 + i];
                int b = ToUpperAscii(name[i]);
                if (a != b) return a - b;
            }
            return len - name.Length;
        }
    }
}
