using System.Globalization;

namespace Krait.Syntax.Tokenizer;

/// <summary>PEP 3131 identifier characters: XID_Start and XID_Continue, derived from .NET's Unicode
/// categories with the Other_ID_* and NFKC-closure adjustments of DerivedCoreProperties. .NET's
/// Unicode version is newer than CPython 3.11's (14.0): characters added since are accepted here.</summary>
internal static class IdentifierChars
{
    public static bool IsXidStart(int cp)
    {
        if (cp < 0x80) return (uint)((cp | 0x20) - 'a') < 26u;
        switch (CharUnicodeInfo.GetUnicodeCategory(cp))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
                return !IsStartException(cp) && cp != 0x2E2F;
            default:
                return cp is 0x1885 or 0x1886 or 0x2118 or 0x212E;
        }
    }

    public static bool IsXidContinue(int cp)
    {
        if (cp < 0x80) return (uint)((cp | 0x20) - 'a') < 26u || (uint)(cp - '0') < 10u || cp == '_';
        switch (CharUnicodeInfo.GetUnicodeCategory(cp))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.ConnectorPunctuation:
                return !IsContinueException(cp) && cp != 0x2E2F;
            default:
                return cp is 0x1885 or 0x1886 or 0x2118 or 0x212E
                    or 0xB7 or 0x387 or (>= 0x1369 and <= 0x1371) or 0x19DA;
        }
    }

    // Characters in ID_Start whose NFKC form is not an identifier start (not XID_Start).
    private static bool IsStartException(int cp) =>
        cp is 0x037A or 0x0E33 or 0x0EB3 or 0x309B or 0x309C or (>= 0xFC5E and <= 0xFC63)
            or 0xFDFA or 0xFDFB or 0xFE70 or 0xFE72 or 0xFE74 or 0xFE76 or 0xFE78 or 0xFE7A
            or 0xFE7C or 0xFE7E or 0xFF9E or 0xFF9F;

    private static bool IsContinueException(int cp) =>
        cp is 0x037A or 0x309B or 0x309C or (>= 0xFC5E and <= 0xFC63) or 0xFDFA or 0xFDFB
            or 0xFE70 or 0xFE72 or 0xFE74 or 0xFE76 or 0xFE78 or 0xFE7A or 0xFE7C or 0xFE7E;
}
