using Krait.Syntax.Text;

namespace Krait.Syntax.Tokenizer;

// Tokenizer errors, with the positions CPython reports for each.
public sealed partial class PythonTokenizer
{
    private PythonSyntaxError Fail(TokenizerErrorKind kind, PythonSyntaxError e)
    {
        _error = e;
        _errorKind = kind;
        return e;
    }

    /// <summary>syntaxerror(): at the current position; the offset counts the characters from the
    /// line start to the current position; the text is the line without its newline.</summary>
    private PythonSyntaxError Error(string msg)
    {
        int col = CodePoints(_lineStart, _pos);
        return Fail(TokenizerErrorKind.Direct, new PythonSyntaxError("SyntaxError", msg, _source.FileName,
            _lineno, col, _lineno, col, LineText(_lineStart, withNewline: false)));
    }

    /// <summary>syntaxerror_known_range(): offsets given (as CPython passes them, in bytes).</summary>
    private PythonSyntaxError ErrorRange(int colOffset, int endColOffset, string msg) =>
        Fail(TokenizerErrorKind.Direct, new PythonSyntaxError("SyntaxError", msg, _source.FileName,
            _lineno, colOffset, _lineno, endColOffset, LineText(_lineStart, withNewline: false)));

    // ---- errors pegen raises from the tokenizer's state -------------------------------------------
    // CPython's tokenizer only sets tok->done for these; the parser (tokenizer_error in pegen.c)
    // raises them through _PyPegen_raise_error_known_location, which picks the error line's text
    // and converts byte columns to characters by its own rules. ParserErrorFactory lets the parser
    // build them with those rules; without it, the rules of string input apply (the text from the
    // tokenizer's buffers, columns converted when the encoding is known).

    /// <summary>Builds a SyntaxError from CPython's raw location: 1-based UTF-8 byte columns of the
    /// error line as _PyPegen_raise_error_known_location receives them (end column 0 or -1: none).</summary>
    public delegate PythonSyntaxError ParserErrorFactory(string errorType, string msg, int lineno, int byteColOffset,
        int endLineno, int byteEndColOffset);

    /// <summary>Set by the parser to raise the tokenizer-state errors (indentation, continuation
    /// line, end of input, unclosed bracket, undecodable identifier) as its own errors.</summary>
    public ParserErrorFactory? RaiseParserError { get; set; }

    private PythonSyntaxError ParserError(TokenizerErrorKind kind, string errorType, string msg, int lineno, int col,
        int endLineno, int endCol) =>
        Fail(kind, MakeParserError(errorType, msg, lineno, col, endLineno, endCol));

    private PythonSyntaxError MakeParserError(string errorType, string msg, int lineno, int col, int endLineno, int endCol)
    {
        if (RaiseParserError is { } factory) return factory(errorType, msg, lineno, col, endLineno, endCol);
        var (from, to) = ErrorLineFromBuffers(lineno);
        if (_source.DeclaredEncoding is not null)
        {
            col = CharOffsetFromByteOffset(from, col, to);
            if (endCol > 0) endCol = CharOffsetFromByteOffset(from, endCol, to);
        }
        return new PythonSyntaxError(errorType, msg, _source.FileName, lineno, col, endLineno, endCol,
            new string(_buf, from, to - from));
    }

    /// <summary>The error line of string input (_PyPegen_raise_error_known_location): on the
    /// tokenizer's current line, the buffer from tok->buf to the end of that line (which begins on
    /// an earlier line after a multi-line token); otherwise line <paramref name="lineno"/>.</summary>
    public (int Start, int End) ErrorLineFromBuffers(int lineno)
    {
        int inp = LineEnd(_lineStart, withNewline: true);
        if (_lineno <= lineno && inp > _bufStart) return (_bufStart, inp);
        int start = LineStartOf(lineno);
        return (start, LineEnd(start, withNewline: true));
    }

    /// <summary>The column _PyPegen_raise_error uses for a token without one (col_offset -1):
    /// 0 at the start of tok->buf, else the tokenizer's byte offset in its line.</summary>
    public int ErrorColumn => _pos == _bufStart ? 0 : ByteCol(_lineStart, Math.Min(_pos, _end));

    /// <summary>E_TABSPACE: at column 0 of the line.</summary>
    private PythonSyntaxError IndentError() =>
        ParserError(TokenizerErrorKind.TabSpace, "TabError", "inconsistent use of tabs and spaces in indentation",
            _lineno, 1, _lineno, 0);

    private PythonSyntaxError TooDeepError() =>
        ParserError(TokenizerErrorKind.TooDeep, "IndentationError", "too many levels of indentation",
            _lineno, 1, _lineno, 0);

    /// <summary>E_DEDENT: CPython moves to the end of the line and reports that position.</summary>
    private PythonSyntaxError DedentError()
    {
        _pos = LineEnd(_lineStart, withNewline: true);
        return ParserError(TokenizerErrorKind.Dedent, "IndentationError",
            "unindent does not match any outer indentation level", _lineno, ErrorColumn, _lineno, -1);
    }

    /// <summary>E_LINECONT: pegen reports tok->cur - tok->buf - 1 (+1), counted in bytes from
    /// tok->buf (which can be an earlier line, see <see cref="_bufStart"/>); the C tokenizer has
    /// read just the first byte of the character <paramref name="c"/> after the backslash.</summary>
    private PythonSyntaxError LineContinuationError(int c)
    {
        int col = c == Eof ? Utf8Bytes(_bufStart, _pos) : Utf8Bytes(_bufStart, _pos - 1) + 1;
        return ParserError(TokenizerErrorKind.LineContinuation, "SyntaxError",
            "unexpected character after line continuation character", _lineno, Math.Max(col - 1, 0) + 1, _lineno, 0);
    }

    /// <summary>UTF-8 length of <c>_buf[from..to)</c>.</summary>
    private int Utf8Bytes(int from, int to)
    {
        int bytes = 0;
        for (int i = from; i < to; i++)
        {
            char c = _buf[i];
            if (c < 0x80) bytes++;
            else if (c < 0x800) bytes += 2;
            else if (!char.IsSurrogate(c)) bytes += 3;
            else bytes += SurrogateWidth(_buf, i);
        }
        return bytes;
    }

    /// <summary>E_EOF right after a backslash continuation.</summary>
    private PythonSyntaxError UnexpectedEofError()
    {
        _pos = _end;
        _eof = true;
        if (_level > 0) return Fail(TokenizerErrorKind.Eof, UnclosedBracketError());
        return ParserError(TokenizerErrorKind.Eof, "SyntaxError", "unexpected EOF while parsing",
            _lineno, ErrorColumn, _lineno, -1);
    }

    /// <summary>E_EOF with brackets open.</summary>
    private PythonSyntaxError EofInBracketsError()
    {
        _eof = true;
        return Fail(TokenizerErrorKind.Eof, UnclosedBracketError());
    }

    /// <summary>raise_unclosed_parentheses_error(): "'(' was never closed" at the innermost open
    /// bracket.</summary>
    public PythonSyntaxError UnclosedBracketError()
    {
        int i = _level - 1;
        int lineno = _parenLineno[i];
        return MakeParserError("SyntaxError", $"'{_parenStack[i]}' was never closed", lineno, _parenCol[i] + 1, lineno, 0);
    }

    private PythonSyntaxError UnterminatedStringError(int start, int firstLineno, int multiLineStart, int quoteSize)
    {
        int detectedAt = _lineno;
        _pos = start + 1;
        _lineStart = multiLineStart;
        _lineno = firstLineno;
        _pendingLineStart = -1;
        return Error(quoteSize == 3
            ? $"unterminated triple-quoted string literal (detected at line {detectedAt})"
            : $"unterminated string literal (detected at line {detectedAt})");
    }

    private PythonSyntaxError NullByteError()
    {
        // As compile() reports it in 3.11.2, a ValueError (SourceText.FromBytes rejects such bytes already).
        return Fail(TokenizerErrorKind.Direct, new PythonSyntaxError("ValueError",
            "source code string cannot contain null bytes", _source.FileName, 0, 0, 0, 0, null));
    }

    /// <summary>verify_identifier(): an identifier with non-ASCII characters must be XID_Start
    /// XID_Continue*; the error points just past the first invalid character.</summary>
    private void VerifyIdentifier(int start)
    {
        var run = _buf.AsSpan(start, _pos - start);
        for (int k = 0; k < run.Length; k++)
        {
            if (SourceText.IsEscapedByte(run, k)) throw IdentifierDecodeError(run);
        }
        int i = start;
        bool first = true;
        while (i < _pos)
        {
            int cp = _buf[i];
            int len = 1;
            if (char.IsHighSurrogate(_buf[i]) && i + 1 < _pos && char.IsLowSurrogate(_buf[i + 1]))
            {
                cp = char.ConvertToUtf32(_buf[i], _buf[i + 1]);
                len = 2;
            }
            bool ok = first ? (cp == '_' || IdentifierChars.IsXidStart(cp)) : IdentifierChars.IsXidContinue(cp);
            if (!ok)
            {
                _pos = i + len;
                if (UnicodeInfo.IsPrintable(cp))
                    throw Error($"invalid character '{char.ConvertFromUtf32(IsSurrogate(cp) ? 0xFFFD : cp)}' (U+{cp:X4})");
                throw Error($"invalid non-printable character U+{cp:X4}");
            }
            first = false;
            i += len;
        }
    }

    /// <summary>An identifier with bytes that are not UTF-8: pegen's raise_decode_error, at the
    /// tokenizer's position (the end of the identifier).</summary>
    private PythonSyntaxError IdentifierDecodeError(ReadOnlySpan<char> run)
    {
        _decodeError = SourceText.Utf8DecodeError(run);
        return ParserError(TokenizerErrorKind.Decode, "SyntaxError", "(unicode error) " + _decodeError,
            _lineno, ErrorColumn, _lineno, -1);
    }

    private string? _decodeError;

    /// <summary>The UnicodeDecodeError CPython's tokenize-the-rest check lets through unconverted
    /// (type in ErrorType, no location).</summary>
    private PythonSyntaxError BareDecodeError() =>
        new("UnicodeDecodeError", _decodeError!, _source.FileName, 0, 0, 0, 0, null);

    private static bool IsSurrogate(int cp) => cp >= 0xD800 && cp <= 0xDFFF;

    // ---- helpers ------------------------------------------------------------------------------

    /// <summary>Code points in <c>_buf[from..to)</c>.</summary>
    private int CodePoints(int from, int to)
    {
        int n = 0;
        for (int i = from; i < to; i++)
        {
            if (char.IsHighSurrogate(_buf[i]) && i + 1 < to && char.IsLowSurrogate(_buf[i + 1])) i++;
            n++;
        }
        return n;
    }

    /// <summary>_PyPegen_byte_offset_to_character_offset on the line starting at
    /// <paramref name="lineStart"/>: how many characters the first <paramref name="byteOffset"/>
    /// bytes of the line decode to.</summary>
    private int CharOffsetFromByteOffset(int lineStart, int byteOffset, int lineEnd)
    {
        int bytes = 0, chars = 0;
        for (int i = lineStart; i < lineEnd && bytes < byteOffset; i++)
        {
            char c = _buf[i];
            if (c < 0x80) bytes++;
            else if (c < 0x800) bytes += 2;
            else if (char.IsHighSurrogate(c) && i + 1 < lineEnd && char.IsLowSurrogate(_buf[i + 1])) { bytes += 4; i++; }
            else if (c >= 0xDC80 && c <= 0xDCFF) bytes++; // an undecodable source byte
            else bytes += 3;
            chars++;
        }
        // Past the end of the line CPython stops at the line's length + 1.
        if (bytes < byteOffset) chars++;
        return chars;
    }

    private int LineEnd(int lineStart, bool withNewline)
    {
        int i = lineStart;
        while (i < _end && _buf[i] != '\n') i++;
        if (withNewline && i < _end) i++;
        return i;
    }

    private string LineText(int lineStart, bool withNewline) =>
        new(_buf, lineStart, LineEnd(lineStart, withNewline) - lineStart);

    private int LineStartOf(int lineno)
    {
        int line = 1, i = 0;
        while (line < lineno && i < _end)
        {
            if (_buf[i] == '\n') line++;
            i++;
        }
        return i;
    }
}
