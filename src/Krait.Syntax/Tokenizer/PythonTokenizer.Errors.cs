using Krait.Syntax.Text;

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
}

/// <summary>A warning CPython's tokenizer emits (category name, message, line).</summary>
public readonly record struct TokenizerWarning(string Category, string Message, int Lineno);

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

    /// <summary>pegen's tokenizer_error() for E_TABSPACE: at column 0 of the line.</summary>
    private PythonSyntaxError IndentError() =>
        Fail(TokenizerErrorKind.TabSpace, new PythonSyntaxError("TabError",
            "inconsistent use of tabs and spaces in indentation", _source.FileName,
            _lineno, 1, _lineno, 0, LineText(_lineStart, withNewline: true)));

    private PythonSyntaxError TooDeepError() =>
        Fail(TokenizerErrorKind.TooDeep, new PythonSyntaxError("IndentationError",
            "too many levels of indentation", _source.FileName,
            _lineno, 1, _lineno, 0, LineText(_lineStart, withNewline: true)));

    /// <summary>E_DEDENT: CPython moves to the end of the line and reports that position.</summary>
    private PythonSyntaxError DedentError()
    {
        int lineEnd = LineEnd(_lineStart, withNewline: true);
        return Fail(TokenizerErrorKind.Dedent, new PythonSyntaxError("IndentationError",
            "unindent does not match any outer indentation level", _source.FileName,
            _lineno, CharOffsetFromByteOffset(_lineStart, ByteCol(_lineStart, lineEnd)), _lineno, -1, LineText(_lineStart, withNewline: true)));
    }

    /// <summary>E_LINECONT: at the character after the backslash, counted from tok->buf (which
    /// can be an earlier line, see <see cref="_bufStart"/>); the text runs from there too.</summary>
    private PythonSyntaxError LineContinuationError()
    {
        int lineEnd = LineEnd(_lineStart, withNewline: true);
        int col = CharOffsetFromByteOffset(_bufStart, Utf8Bytes(_bufStart, _pos), lineEnd);
        return Fail(TokenizerErrorKind.LineContinuation, new PythonSyntaxError("SyntaxError",
            "unexpected character after line continuation character", _source.FileName,
            _lineno, col, _lineno, 0, new string(_buf, _bufStart, lineEnd - _bufStart)));
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
        int col = CharOffsetFromByteOffset(_lineStart, ByteCol(_lineStart, _pos));
        return Fail(TokenizerErrorKind.Eof, new PythonSyntaxError("SyntaxError",
            "unexpected EOF while parsing", _source.FileName,
            _lineno, col, _lineno, -1, LineText(_lineStart, withNewline: true)));
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
        int lineStart = LineStartOf(lineno);
        int col = CharOffsetFromByteOffset(lineStart, _parenCol[i] + 1);
        return new PythonSyntaxError("SyntaxError", $"'{_parenStack[i]}' was never closed", _source.FileName,
            lineno, col, lineno, 0, LineText(lineStart, withNewline: true));
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
        // As compile() reports it (SourceText.FromBytes rejects such bytes already).
        return Fail(TokenizerErrorKind.Direct, new PythonSyntaxError("SyntaxError",
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
        string msg = "(unicode error) " + SourceText.Utf8DecodeError(run);
        int col = CharOffsetFromByteOffset(_lineStart, ByteCol(_lineStart, _pos));
        return Fail(TokenizerErrorKind.Direct, new PythonSyntaxError("SyntaxError", msg, _source.FileName,
            _lineno, col, _lineno, -1, LineText(_lineStart, withNewline: true)));
    }

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
    private int CharOffsetFromByteOffset(int lineStart, int byteOffset) =>
        CharOffsetFromByteOffset(lineStart, byteOffset, LineEnd(lineStart, withNewline: true));

    private int CharOffsetFromByteOffset(int lineStart, int byteOffset, int lineEnd)
    {
        // Like CPython, only when the source's encoding is known (see SourceText.DeclaredEncoding).
        if (_source.DeclaredEncoding is null) return byteOffset;
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
