namespace Krait.Syntax.Tokenizer;

/// <summary>ASCII character classes used by the tokenizer (a table look-up per character).</summary>
internal static class CharClass
{
    private const byte IdStart = 1, IdChar = 2, Digit = 4, HexDigit = 8;
    private static readonly byte[] Table = Build();

    private static byte[] Build()
    {
        var t = new byte[128];
        for (int c = 'a'; c <= 'z'; c++) t[c] = IdStart | IdChar;
        for (int c = 'A'; c <= 'Z'; c++) t[c] = IdStart | IdChar;
        t['_'] = IdStart | IdChar;
        for (int c = '0'; c <= '9'; c++) t[c] = IdChar | Digit | HexDigit;
        for (int c = 'a'; c <= 'f'; c++) t[c] |= HexDigit;
        for (int c = 'A'; c <= 'F'; c++) t[c] |= HexDigit;
        return t;
    }

    /// <summary>ASCII letter or underscore (non-ASCII is handled by the caller).</summary>
    public static bool IsIdentifierStart(char c) => c < 128 && (Table[c] & IdStart) != 0;

    /// <summary>ASCII letter, digit or underscore.</summary>
    public static bool IsIdentifierChar(char c) => c < 128 && (Table[c] & IdChar) != 0;

    public static bool IsDigit(int c) => (uint)(c - '0') <= 9;

    public static bool IsHexDigit(int c) => (uint)c < 128 && (Table[c] & HexDigit) != 0;
}
