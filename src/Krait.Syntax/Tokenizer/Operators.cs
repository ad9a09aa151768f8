namespace Krait.Syntax.Tokenizer;

/// <summary>Operator tokens (CPython's generated Parser/token.c: PyToken_OneChar, TwoChars,
/// ThreeChars). An unknown character is <see cref="TokenKind.Op"/>, which no grammar rule accepts.</summary>
internal static class Operators
{
    public static TokenKind OneChar(int c) => c switch
    {
        '%' => TokenKind.Percent,
        '&' => TokenKind.Amper,
        '(' => TokenKind.LPar,
        ')' => TokenKind.RPar,
        '*' => TokenKind.Star,
        '+' => TokenKind.Plus,
        ',' => TokenKind.Comma,
        '-' => TokenKind.Minus,
        '.' => TokenKind.Dot,
        '/' => TokenKind.Slash,
        ':' => TokenKind.Colon,
        ';' => TokenKind.Semi,
        '<' => TokenKind.Less,
        '=' => TokenKind.Equal,
        '>' => TokenKind.Greater,
        '@' => TokenKind.At,
        '[' => TokenKind.LSqb,
        ']' => TokenKind.RSqb,
        '^' => TokenKind.Circumflex,
        '{' => TokenKind.LBrace,
        '|' => TokenKind.VBar,
        '}' => TokenKind.RBrace,
        '~' => TokenKind.Tilde,
        _ => TokenKind.Op,
    };

    /// <summary>Note <c>&lt;&gt;</c> is NOTEQUAL, as in CPython (the parser rejects it unless
    /// barry_as_FLUFL).</summary>
    public static TokenKind TwoChars(int c1, int c2)
    {
        switch (c1)
        {
            case '!': if (c2 == '=') return TokenKind.NotEqual; break;
            case '%': if (c2 == '=') return TokenKind.PercentEqual; break;
            case '&': if (c2 == '=') return TokenKind.AmperEqual; break;
            case '*':
                if (c2 == '*') return TokenKind.DoubleStar;
                if (c2 == '=') return TokenKind.StarEqual;
                break;
            case '+': if (c2 == '=') return TokenKind.PlusEqual; break;
            case '-':
                if (c2 == '=') return TokenKind.MinEqual;
                if (c2 == '>') return TokenKind.RArrow;
                break;
            case '/':
                if (c2 == '/') return TokenKind.DoubleSlash;
                if (c2 == '=') return TokenKind.SlashEqual;
                break;
            case ':': if (c2 == '=') return TokenKind.ColonEqual; break;
            case '<':
                if (c2 == '<') return TokenKind.LeftShift;
                if (c2 == '=') return TokenKind.LessEqual;
                if (c2 == '>') return TokenKind.NotEqual;
                break;
            case '=': if (c2 == '=') return TokenKind.EqEqual; break;
            case '>':
                if (c2 == '=') return TokenKind.GreaterEqual;
                if (c2 == '>') return TokenKind.RightShift;
                break;
            case '@': if (c2 == '=') return TokenKind.AtEqual; break;
            case '^': if (c2 == '=') return TokenKind.CircumflexEqual; break;
            case '|': if (c2 == '=') return TokenKind.VBarEqual; break;
        }
        return TokenKind.Op;
    }

    public static TokenKind ThreeChars(int c1, int c2, int c3)
    {
        if (c3 != '=') return c1 == '.' && c2 == '.' && c3 == '.' ? TokenKind.Ellipsis : TokenKind.Op;
        if (c1 == '*' && c2 == '*') return TokenKind.DoubleStarEqual;
        if (c1 == '/' && c2 == '/') return TokenKind.DoubleSlashEqual;
        if (c1 == '<' && c2 == '<') return TokenKind.LeftShiftEqual;
        if (c1 == '>' && c2 == '>') return TokenKind.RightShiftEqual;
        return TokenKind.Op;
    }
}
