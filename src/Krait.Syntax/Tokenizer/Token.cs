namespace Krait.Syntax.Tokenizer;

/// <summary>One token. <see cref="Start"/>/<see cref="End"/> index the decoded source text
/// (<see cref="Text.SourceText.Text"/>); lines are 1-based and columns are 0-based UTF-8 byte offsets
/// within their line, exactly as CPython's tokenizer reports them.</summary>
public readonly record struct Token(
    TokenKind Kind, int Start, int End, int Lineno, int ColOffset, int EndLineno, int EndColOffset)
{
    public int Length => End - Start;
    public bool IsKeyword => Kind >= TokenKind.False;
}
