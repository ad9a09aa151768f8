namespace Krait.Syntax.Tokenizer;

/// <summary>Token types: CPython's (Include/token.h, same order up to <see cref="Op"/>), then one
/// kind per hard keyword, which the tokenizer tells apart from NAME so the parser compares kinds.
/// Soft keywords (<c>match</c>, <c>case</c>, <c>_</c>) stay <see cref="Name"/>.</summary>
public enum TokenKind : byte
{
    EndMarker, Name, Number, String, Newline, Indent, Dedent,
    LPar, RPar, LSqb, RSqb, Colon, Comma, Semi, Plus, Minus, Star, Slash, VBar, Amper,
    Less, Greater, Equal, Dot, Percent, LBrace, RBrace, EqEqual, NotEqual, LessEqual, GreaterEqual,
    Tilde, Circumflex, LeftShift, RightShift, DoubleStar, PlusEqual, MinEqual, StarEqual, SlashEqual,
    PercentEqual, AmperEqual, VBarEqual, CircumflexEqual, LeftShiftEqual, RightShiftEqual,
    DoubleStarEqual, DoubleSlash, DoubleSlashEqual, At, AtEqual, RArrow, Ellipsis, ColonEqual,
    /// <summary>Any other operator-like character sequence (e.g. <c>!</c>, <c>$</c>, <c>?</c>, <c>`</c>).</summary>
    Op,
    TypeComment,
    /// <summary>A token the tokenizer could not classify; the parser reports it.</summary>
    ErrorToken,

    // Hard keywords (keyword.kwlist in 3.11).
    False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif, Else,
    Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or, Pass, Raise,
    Return, Try, While, With, Yield,
}
