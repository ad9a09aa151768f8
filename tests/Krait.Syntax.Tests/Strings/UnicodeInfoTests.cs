using System.Globalization;
using Krait.Syntax.Text;
using Assert = Xunit.Assert;

namespace Krait.Syntax.Tests.Strings;

/// <summary>UnicodeInfo against python3.11 for every code point (asked once).</summary>
public class UnicodeInfoTests
{
    [Fact]
    public void IsPrintableMatchesCPythonForEveryCodePoint()
    {
        string bitmap = Oracle.Run(
            "print(''.join('1' if chr(c).isprintable() else '0' for c in range(0x110000)))", "")[0];
        Assert.Equal(0x110000, bitmap.Length);
        var wrong = new List<string>();
        for (int c = 0; c < 0x110000; c++)
        {
            bool expected = bitmap[c] == '1';
            if (UnicodeInfo.IsPrintable(c) != expected && wrong.Count < 20) wrong.Add($"U+{c:X4} (CPython: {expected})");
        }
        Assert.True(wrong.Count == 0, "IsPrintable differs at " + string.Join(", ", wrong));
    }

    [Fact]
    public void CategoriesAreUnicode14()
    {
        Assert.Equal(UnicodeCategory.OtherNotAssigned, UnicodeInfo.GetCategory(0x2FFC));    // So in Unicode 15
        Assert.Equal(UnicodeCategory.UppercaseLetter, UnicodeInfo.GetCategory('A'));
        Assert.Equal(UnicodeCategory.OtherLetter, UnicodeInfo.GetCategory(0x4E00));
        Assert.Equal(UnicodeCategory.OtherLetter, UnicodeInfo.GetCategory(0x2A6DF));       // inside a First/Last range
        Assert.Equal(UnicodeCategory.PrivateUse, UnicodeInfo.GetCategory(0x10FFFD));
        Assert.Equal(UnicodeCategory.OtherNotAssigned, UnicodeInfo.GetCategory(0x10FFFF));
        Assert.Equal(UnicodeCategory.Surrogate, UnicodeInfo.GetCategory(0xDC80));
    }
}
