namespace Krait.Syntax.Tokenizer;

/// <summary>A warning CPython's tokenizer emits (category name, message, line).</summary>
public readonly record struct TokenizerWarning(string Category, string Message, int Lineno);
