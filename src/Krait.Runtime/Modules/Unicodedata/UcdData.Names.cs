namespace Krait.Runtime;

// Character names: the stored names, the algorithmic PREFIX-XXXX ranges and Hangul syllables, aliases and named
// sequences, with the case rules of CPython 3.11's _getcode (stored names match in any case; Hangul and CJK unified
// ideograph names only in upper case).
internal sealed partial class UcdData
{
    private const int SBase = 0xAC00, LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    private static readonly string[] s_jamoL = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
    private static readonly string[] s_jamoV = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
    private static readonly string[] s_jamoT = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

    private Dictionary<string, int>? _byName;

    /// <summary>The character's name, or null when it has none.</summary>
    internal string? Name(int cp)
    {
        if (cp >= SBase && cp < SBase + SCount)
        {
            int s = cp - SBase;
            return "HANGUL SYLLABLE " + s_jamoL[s / NCount] + s_jamoV[s % NCount / TCount] + s_jamoT[s % TCount];
        }
        foreach (var (start, end, prefix) in _nameRanges)
            if (cp >= start && cp <= end) return $"{prefix}-{cp:X4}";
        return _names.GetValueOrDefault(cp);
    }

    private static bool IsUnifiedIdeograph(int cp) =>
        cp is (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0x20000 and <= 0x2A6DF) or (>= 0x2A700 and <= 0x2B738)
            or (>= 0x2B740 and <= 0x2B81D) or (>= 0x2B820 and <= 0x2CEA1) or (>= 0x2CEB0 and <= 0x2EBE0) or (>= 0x30000 and <= 0x3134A);

    private static int FindSyllable(string s, int pos, string[] table, out int len)
    {
        int best = -1;
        len = -1;
        for (int i = 0; i < table.Length; i++)
        {
            string j = table[i];
            if (j.Length <= len) continue;
            if (string.CompareOrdinal(s, pos, j, 0, j.Length) == 0 && pos + j.Length <= s.Length) { len = j.Length; best = i; }
        }
        if (len < 0) len = 0;
        return best;
    }

    /// <summary>_getcode: the code points a name stands for (one, or several for a named sequence when
    /// <paramref name="withAliases"/>), or null.</summary>
    internal int[]? Lookup(string name, bool withAliases, bool v32)
    {
        if (name.StartsWith("HANGUL SYLLABLE ", StringComparison.Ordinal))
        {
            int pos = 16;
            int l = FindSyllable(name, pos, s_jamoL, out int len); pos += len;
            int v = FindSyllable(name, pos, s_jamoV, out len); pos += len;
            int t = FindSyllable(name, pos, s_jamoT, out len); pos += len;
            if (l >= 0 && v >= 0 && t >= 0 && pos == name.Length) return [SBase + (l * VCount + v) * TCount + t];
            return null;
        }
        if (name.StartsWith("CJK UNIFIED IDEOGRAPH-", StringComparison.Ordinal))
        {
            if (name.Length != 26 && name.Length != 27) return null;
            int cp = 0;
            for (int i = 22; i < name.Length; i++)
            {
                char c = name[i];
                if (c is >= '0' and <= '9') cp = cp * 16 + (c - '0');
                else if (c is >= 'A' and <= 'F') cp = cp * 16 + (c - 'A' + 10);
                else return null;
            }
            return IsUnifiedIdeograph(cp) ? [cp] : null;
        }
        // Py_TOUPPER: ASCII letters only.
        var chars = name.ToCharArray();
        for (int i = 0; i < chars.Length; i++) if (chars[i] is >= 'a' and <= 'z') chars[i] = (char)(chars[i] - 32);
        string upper = new(chars);
        if (ByName().TryGetValue(upper, out int code))
        {
            if (v32 && UnassignedIn32(code)) return null;
            return [code];
        }
        if (!withAliases || v32) return null;
        if (_aliases.TryGetValue(upper, out code)) return [code];
        return _sequences.TryGetValue(upper, out var seq) ? seq : null;
    }

    private Dictionary<string, int> ByName()
    {
        if (_byName is not null) return _byName;
        var d = new Dictionary<string, int>(_names.Count + 2000, StringComparer.Ordinal);
        foreach (var (cp, n) in _names) d[n] = cp;
        // The stored PREFIX-XXXX names other than CJK unified ideographs (compatibility ideographs, Khitan, Nushu).
        foreach (var (start, end, prefix) in _nameRanges)
            if (prefix != "CJK UNIFIED IDEOGRAPH")
                for (int cp = start; cp <= end; cp++) d[$"{prefix}-{cp:X4}"] = cp;
        return _byName = d;
    }
}
