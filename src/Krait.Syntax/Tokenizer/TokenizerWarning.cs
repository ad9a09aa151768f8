namespace Krait.Syntax.Tokenizer;

/// <summary>A warning CPython's tokenizer emits (category name, message, line). When <see cref="Text"/> is set,
/// a warnings filter that turns the warning into an exception makes it a SyntaxError at <see cref="Offset"/> of
/// that line instead (parser_warn); <see cref="EndLineno"/> and <see cref="EndOffset"/>, when set, end that error's
/// range (an invalid escape's SyntaxError covers its whole string token). A class, not a struct: collections of it
/// then share the framework's precompiled code for reference types instead of being compiled by the JIT at start-up.</summary>
public sealed record TokenizerWarning(string Category, string Message, int Lineno, int Offset = 0, string? Text = null,
    int EndLineno = 0, int EndOffset = 0);
