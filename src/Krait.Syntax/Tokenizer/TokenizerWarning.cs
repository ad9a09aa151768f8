namespace Krait.Syntax.Tokenizer;

/// <summary>A warning CPython's tokenizer emits (category name, message, line). When <see cref="Text"/> is set,
/// a warnings filter that turns the warning into an exception makes it a SyntaxError at <see cref="Offset"/> of
/// that line instead (parser_warn); <see cref="EndLineno"/> and <see cref="EndOffset"/>, when set, end that error's
/// range (an invalid escape's SyntaxError covers its whole string token).</summary>
public readonly record struct TokenizerWarning(string Category, string Message, int Lineno, int Offset = 0, string? Text = null,
    int EndLineno = 0, int EndOffset = 0);
