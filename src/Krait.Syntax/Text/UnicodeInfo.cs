using System.Globalization;

namespace Krait.Syntax.Text;

/// <summary>Unicode character properties as Python uses them. Categories come from .NET's tables
/// (see docs/differences.md for the Unicode version).</summary>
public static class UnicodeInfo
{
    /// <summary>Python's <c>str.isprintable</c> for one code point: not Cc, Cf, Cs, Co, Cn, Zl, Zp or Zs,
    /// except the ASCII space.</summary>
    public static bool IsPrintable(int c)
    {
        if (c == ' ') return true;
        if (c >= 0xD800 && c <= 0xDFFF) return false;
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.SpaceSeparator:
                return false;
            default:
                return true;
        }
    }
}
