using Krait.Syntax.Text;
using Assert = Xunit.Assert;

namespace Krait.Syntax.Tests.Strings;

public class UnicodeNamesTests
{
    /// <summary>Every name CPython 3.11's unicodedata gives a code point (including the algorithmic
    /// Hangul and CJK names) looks up to that code point, in upper and lower case.</summary>
    [Fact]
    public void EveryNamePython311KnowsLooksUp()
    {
        var lines = Oracle.Run("""
            import unicodedata, sys
            for c in range(0x110000):
                n = unicodedata.name(chr(c), None)
                if n is not None:
                    print(f'{c:x};{n}')
            """, "");
        Assert.True(lines.Length > 130000);
        int checkedCount = 0;
        foreach (var line in lines)
        {
            int semi = line.IndexOf(';');
            int cp = Convert.ToInt32(line[..semi], 16);
            string name = line[(semi + 1)..];
            Assert.True(UnicodeNames.Lookup(name) == cp, $"{name} -> {UnicodeNames.Lookup(name):x}, expected {cp:x}");
            checkedCount++;
        }
        Assert.Equal(lines.Length, checkedCount);
    }

    /// <summary>What \N{...} accepts and rejects, as the oracle decides it (aliases yes, named
    /// sequences and Unicode 15 additions no, CJK hex upper-case only, Hangul jamo case-sensitive).</summary>
    [Fact]
    public void LookupAgreesWithPython311OnEdgeCases()
    {
        string[] names =
        [
            "NULL", "LF", "BYTE ORDER MARK", "latin small letter a", "Latin Small Letter A", "LATIN SMALL LETTER A ",
            "TANGUT IDEOGRAPH-17000", "cjk unified ideograph-4E00", "CJK UNIFIED IDEOGRAPH-4e00", "CJK UNIFIED IDEOGRAPH-4E00",
            "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-2B739", "CJK UNIFIED IDEOGRAPH-3134A", "CJK UNIFIED IDEOGRAPH-31350",
            "hangul syllable GA", "HANGUL SYLLABLE ga", "HANGUL SYLLABLE GA", "HANGUL SYLLABLE GGAG", "HANGUL SYLLABLE A",
            "HANGUL SYLLABLE HIH", "HANGUL SYLLABLE X", "HANGUL SYLLABLE ", "KHITAN SMALL SCRIPT CHARACTER-18B00",
            "NUSHU CHARACTER-1B170", "CJK COMPATIBILITY IDEOGRAPH-F900", "TAMIL SYLLABLE SAI", "LATIN CAPITAL LETTER GHA",
            "ARABIC SMALL HIGH WORD SALLALLAHOU ALAYHE WASALLAM", "EGYPTIAN HIEROGLYPH A001", "KANNADA SIGN COMBINING ANUSVARA ABOVE RIGHT",
            "", "A", "SPACE", "space", "NO-BREAK SPACE", "NBSP", "ZWJ", "VS1", "VARIATION SELECTOR-256", "END OF LINE",
        ];
        var lines = Oracle.Run("""
            import sys
            for n in sys.stdin.read().split('\n'):
                try:
                    v = eval("'\\N{" + n + "}'")
                    print(ord(v))
                except SyntaxError:
                    print(-1)
            """, string.Join("\n", names));
        for (int i = 0; i < names.Length; i++)
            Assert.True(int.Parse(lines[i]) == UnicodeNames.Lookup(names[i]), $"{names[i]}: python {lines[i]}, krait {UnicodeNames.Lookup(names[i])}");
    }
}
