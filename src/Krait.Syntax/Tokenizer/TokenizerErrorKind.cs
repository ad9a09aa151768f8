namespace Krait.Syntax.Tokenizer;

/// <summary>How a tokenizer error arose, which decides how CPython reports it: errors the C
/// tokenizer raises itself (syntaxerror()) versus error states the parser turns into an exception
/// (tokenizer_error in pegen.c). _PyPegen_tokenize_full_source_to_check_for_errors only reports
/// the first kind (and unclosed brackets).</summary>
public enum TokenizerErrorKind : byte
{
    None,
    /// <summary>Raised by the tokenizer itself (tok->done == E_ERROR).</summary>
    Direct,
    /// <summary>E_EOF: end of input inside brackets or after a backslash.</summary>
    Eof,
    /// <summary>E_DEDENT: unindent does not match any outer indentation level.</summary>
    Dedent,
    /// <summary>E_TABSPACE: inconsistent use of tabs and spaces.</summary>
    TabSpace,
    /// <summary>E_TOODEEP: too many levels of indentation.</summary>
    TooDeep,
    /// <summary>E_LINECONT: unexpected character after line continuation character.</summary>
    LineContinuation,
    /// <summary>E_DECODE: an identifier with bytes that are not UTF-8. The parser reports it as a
    /// SyntaxError "(unicode error) …"; when only found by CheckRestForErrors it surfaces as
    /// CPython's bare UnicodeDecodeError.</summary>
    Decode,
}
