namespace Krait.Syntax.Tokenizer;

// The tokenizer state the parser's error reporting needs (CPython's pegen reads these fields of
// struct tok_state directly):
//  - Level, OpenBracket(i): the open brackets, innermost last, with where they were opened
//    (tok->level, parenstack, parenlinenostack, parencolstack).
//  - ReachedEof: reading found the end of input (tok->done == E_EOF).
//  - Lineno, CurrentColumn: where the tokenizer is (tok->lineno, tok->cur - tok->line_start).
//  - ErrorColumn: the column _PyPegen_raise_error uses for a token without one (INDENT, DEDENT and
//    ENDMARKER have column -1): 0 when tok->cur == tok->buf, else CurrentColumn.
//  - ErrorLineFromBuffers(lineno): the error line of string input (from tok->buf, which stays on
//    the line a multi-line token began on) — what CPython uses when it cannot re-read the file.
//  - RaiseParserError: a factory the parser sets so that the errors pegen raises from tokenizer
//    states (TabError, IndentationError, continuation line, EOF, "'(' was never closed",
//    undecodable identifier) go through its own _PyPegen_raise_error_known_location.
//  - LastError, ErrorKind: the tokenizer error already thrown, if any.
//  - CheckRestForErrors(line): _PyPegen_tokenize_full_source_to_check_for_errors, called after a
//    generic "invalid syntax": tokenizes the rest and throws the first error the tokenizer raises
//    itself, or "'(' was never closed" for a bracket opened before the error line.
public sealed partial class PythonTokenizer
{
    /// <summary>A bracket that is open: the character, its line and its 0-based UTF-8 column.</summary>
    public readonly record struct OpenBracketInfo(char Bracket, int Lineno, int ColOffset);

    /// <summary>How many brackets are open (tok->level).</summary>
    public int Level => _level;

    /// <summary>The <paramref name="i"/>-th open bracket, 0 = outermost, Level-1 = innermost.</summary>
    public OpenBracketInfo OpenBracket(int i)
    {
        if ((uint)i >= (uint)_level) throw new ArgumentOutOfRangeException(nameof(i));
        return new OpenBracketInfo(_parenStack[i], _parenLineno[i], _parenCol[i]);
    }

    /// <summary>True once reading found the end of input (CPython's tok->done == E_EOF): at the
    /// ENDMARKER, the DEDENTs before it, or a token that ends the input without a newline.</summary>
    public bool ReachedEof => _eof;

    /// <summary>The tokenizer's current line (tok->lineno).</summary>
    public int Lineno => _lineno;

    /// <summary>UTF-8 byte offset of the tokenizer's position within its current line
    /// (tok->cur - tok->line_start).</summary>
    public int CurrentColumn => _pos >= _lineStart ? ByteCol(_lineStart, Math.Min(_pos, _end)) : 0;

    /// <summary>The error already thrown by <see cref="Next"/>, or null.</summary>
    public PythonSyntaxError? LastError => _error;

    public TokenizerErrorKind ErrorKind => _errorKind;

    /// <summary>_PyPegen_tokenize_full_source_to_check_for_errors: reads the rest of the input.
    /// Throws the first error the tokenizer raises itself (bad number, unterminated string,
    /// unmatched bracket …; an identifier that is not UTF-8 as a bare UnicodeDecodeError, the type
    /// in <see cref="PythonSyntaxError.ErrorType"/>); at the end of input with brackets open, throws "'(' was never closed"
    /// if the innermost open bracket is on a line before <paramref name="errorLineno"/> (the line of
    /// the syntax error being reported) — also when the input stops with another error state inside
    /// brackets (a bad continuation line). Returns normally otherwise: CPython ignores indentation
    /// errors and a bad continuation line here.</summary>
    public void CheckRestForErrors(int errorLineno)
    {
        if (_error is null)
        {
            try
            {
                while (Next().Kind != TokenKind.EndMarker) { }
                return;
            }
            catch (PythonSyntaxError)
            {
            }
        }
        if (_errorKind == TokenizerErrorKind.Direct) throw _error!;
        // pegen converts a decode error into "(unicode error) …" only for tokens the parser reads.
        if (_errorKind == TokenizerErrorKind.Decode) throw BareDecodeError();
        // Any other error state (end of input, bad continuation line …) inside brackets.
        if (_level > 0 && errorLineno > _parenLineno[_level - 1]) throw UnclosedBracketError();
    }
}
