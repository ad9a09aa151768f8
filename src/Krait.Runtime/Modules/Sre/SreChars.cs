using System.Runtime.CompilerServices;

namespace Krait.Runtime;

/// <summary>Character classes and case mappings of _sre: ASCII ones, the C locale's (Krait runs with the C/C.UTF-8
/// ctype tables, which only know ASCII) and Unicode ones from CPython's database.</summary>
internal static class SreChars
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(int ch) => (uint)(ch - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(int ch) => ch is ' ' or (>= '\t' and <= '\r');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWord(int ch) => ch < 128 && (IsDigit(ch) || (uint)((ch | 0x20) - 'a') <= 25 || ch == '_');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLinebreak(int ch) => ch == '\n';

    public static bool IsUniDigit(int ch) => ch < 128 ? IsDigit(ch) : UnicodeDb.Has(ch, UnicodeDb.Decimal);

    public static bool IsUniSpace(int ch) => UnicodeDb.Has(ch, UnicodeDb.Space);

    public static bool IsUniLinebreak(int ch) =>
        ch is >= 0x0A and <= 0x0D or >= 0x1C and <= 0x1E or 0x85 or 0x2028 or 0x2029;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUniWord(int ch) =>
        ch < 128 ? IsWord(ch) : (UnicodeDb.Flags(ch) & (UnicodeDb.Alpha | UnicodeDb.Decimal | UnicodeDb.Digit | UnicodeDb.Numeric)) != 0;

    /// <summary>The C locale's isalnum or '_' (bytes only).</summary>
    public static bool IsLocWord(int ch) => IsWord(ch);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int LowerAscii(int ch) => (uint)(ch - 'A') <= 25 ? ch + 32 : ch;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int UpperAscii(int ch) => (uint)(ch - 'a') <= 25 ? ch - 32 : ch;

    public static int LowerLocale(int ch) => LowerAscii(ch);

    public static int UpperLocale(int ch) => UpperAscii(ch);

    /// <summary>_PyUnicode_ToLowercase: the first code point of the lower-case mapping.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int LowerUnicode(int ch) => ch < 128 ? LowerAscii(ch) : MapSlow(ch, UnicodeDb.CaseKind.Lower);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int UpperUnicode(int ch) => ch < 128 ? UpperAscii(ch) : MapSlow(ch, UnicodeDb.CaseKind.Upper);

    private static int MapSlow(int ch, UnicodeDb.CaseKind kind)
    {
        if ((uint)ch > 0x10FFFF) return ch;
        Span<int> buf = stackalloc int[3];
        UnicodeDb.Map(ch, kind, buf);
        return buf[0];
    }

    /// <summary>char_loc_ignore: <paramref name="pattern"/> equals ch or one of its C-locale cases.</summary>
    public static bool CharLocIgnore(uint pattern, int ch) =>
        (uint)ch == pattern || (uint)LowerLocale(ch) == pattern || (uint)UpperLocale(ch) == pattern;

    public static bool Category(uint category, int ch) => category switch
    {
        SreOp.CATEGORY_DIGIT => IsDigit(ch),
        SreOp.CATEGORY_NOT_DIGIT => !IsDigit(ch),
        SreOp.CATEGORY_SPACE => IsSpace(ch),
        SreOp.CATEGORY_NOT_SPACE => !IsSpace(ch),
        SreOp.CATEGORY_WORD => IsWord(ch),
        SreOp.CATEGORY_NOT_WORD => !IsWord(ch),
        SreOp.CATEGORY_LINEBREAK => IsLinebreak(ch),
        SreOp.CATEGORY_NOT_LINEBREAK => !IsLinebreak(ch),
        SreOp.CATEGORY_LOC_WORD => IsLocWord(ch),
        SreOp.CATEGORY_LOC_NOT_WORD => !IsLocWord(ch),
        SreOp.CATEGORY_UNI_DIGIT => IsUniDigit(ch),
        SreOp.CATEGORY_UNI_NOT_DIGIT => !IsUniDigit(ch),
        SreOp.CATEGORY_UNI_SPACE => IsUniSpace(ch),
        SreOp.CATEGORY_UNI_NOT_SPACE => !IsUniSpace(ch),
        SreOp.CATEGORY_UNI_WORD => IsUniWord(ch),
        SreOp.CATEGORY_UNI_NOT_WORD => !IsUniWord(ch),
        SreOp.CATEGORY_UNI_LINEBREAK => IsUniLinebreak(ch),
        SreOp.CATEGORY_UNI_NOT_LINEBREAK => !IsUniLinebreak(ch),
        _ => false,
    };
}
