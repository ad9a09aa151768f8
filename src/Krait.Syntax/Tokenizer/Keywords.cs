namespace Krait.Syntax.Tokenizer;

/// <summary>Hard keywords (keyword.kwlist of 3.11) get their own token kinds.</summary>
internal static class Keywords
{
    public static TokenKind Classify(ReadOnlySpan<char> s)
    {
        if (s.Length < 2 || s.Length > 8) return TokenKind.Name;
        return s switch
        {
            "False" => TokenKind.False,
            "None" => TokenKind.None,
            "True" => TokenKind.True,
            "and" => TokenKind.And,
            "as" => TokenKind.As,
            "assert" => TokenKind.Assert,
            "async" => TokenKind.Async,
            "await" => TokenKind.Await,
            "break" => TokenKind.Break,
            "class" => TokenKind.Class,
            "continue" => TokenKind.Continue,
            "def" => TokenKind.Def,
            "del" => TokenKind.Del,
            "elif" => TokenKind.Elif,
            "else" => TokenKind.Else,
            "except" => TokenKind.Except,
            "finally" => TokenKind.Finally,
            "for" => TokenKind.For,
            "from" => TokenKind.From,
            "global" => TokenKind.Global,
            "if" => TokenKind.If,
            "import" => TokenKind.Import,
            "in" => TokenKind.In,
            "is" => TokenKind.Is,
            "lambda" => TokenKind.Lambda,
            "nonlocal" => TokenKind.Nonlocal,
            "not" => TokenKind.Not,
            "or" => TokenKind.Or,
            "pass" => TokenKind.Pass,
            "raise" => TokenKind.Raise,
            "return" => TokenKind.Return,
            "try" => TokenKind.Try,
            "while" => TokenKind.While,
            "with" => TokenKind.With,
            "yield" => TokenKind.Yield,
            _ => TokenKind.Name,
        };
    }
}
