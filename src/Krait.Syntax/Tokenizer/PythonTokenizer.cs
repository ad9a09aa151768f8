using System.Runtime.CompilerServices;
using Krait.Syntax.Text;

namespace Krait.Syntax.Tokenizer;

/// <summary>CPython 3.11's tokenizer (Parser/tokenizer.c), producing tokens on demand.
///
/// It reads the source the way CPython's string tokenizer does: newlines already translated to
/// <c>\n</c> (SourceText does that), and for file input a <c>\n</c> implied at the end when the
/// text lacks one. Token positions are CPython's: lines 1-based, columns 0-based UTF-8 byte offsets;
/// NEWLINE is zero-width at its <c>\n</c> (or spans a trailing comment), and INDENT, DEDENT and
/// ENDMARKER have column -1 as in CPython (their C start pointer is NULL).
///
/// Errors are thrown as <see cref="PythonSyntaxError"/> with the values CPython reports; once an
/// error is thrown, every later <see cref="Next"/> throws it again (CPython's tok->done stays set).
/// The error-reporting API for the parser is in PythonTokenizer.State.cs.</summary>
public sealed partial class PythonTokenizer
{
    /// <summary>CPython's MAXINDENT: indentation levels allowed.</summary>
    public const int MaxIndent = 100;
    /// <summary>CPython's MAXLEVEL: bracket nesting allowed.</summary>
    public const int MaxLevel = 200;
    private const int TabSize = 8;
    private const int Eof = -1;

    private readonly SourceText _source;
    // The text plus the implied final '\n' (file input) and a '\0' sentinel.
    private readonly char[] _buf;
    // Index of the end of input within _buf (the sentinel's index).
    private readonly int _end;

    private int _pos;                // CPython's tok->cur
    private int _lineStart;          // tok->line_start
    private int _lineno;             // tok->lineno
    private int _pendingLineStart;   // after a '\n' was read: where the next line starts (else -1)
    private bool _atBol = true;
    private int _pendin;
    private int _indent;
    private readonly int[] _indStack = new int[MaxIndent];
    private readonly int[] _altIndStack = new int[MaxIndent];
    private int _level;
    private readonly char[] _parenStack = new char[MaxLevel];
    private readonly int[] _parenLineno = new int[MaxLevel];
    private readonly int[] _parenCol = new int[MaxLevel];
    private bool _eof;
    private PythonSyntaxError? _error;
    private readonly bool _singleInput;
    private bool _parsingStarted;
    private TokenizerErrorKind _errorKind;
    // CPython's tok->buf: the start of the line being read, except that it stays at the line a
    // token began on while the token continues onto more lines (tok->start != NULL when a line is
    // read: a multi-line string, a backslash continuation). Error offsets count from it.
    private int _bufStart;
    private bool _inToken;           // tok->start != NULL
    private int _nullByteAt = -1;

    // Incremental UTF-8 column cache for the current line.
    private int _colLineStart = -1;
    private int _colPos;
    private int _colBytes;

    public PythonTokenizer(SourceText source) : this(source, execInput: true) { }

    /// <param name="source">The source.</param>
    /// <param name="execInput">True for file input (<c>compile(…, 'exec')</c>, and an f-string's
    /// expressions): a final newline is implied when the text lacks one, as CPython's
    /// translate_newlines does. False for 'eval', 'single' and 'func_type'.</param>
    /// <param name="singleInput">True for <c>compile(…, 'single')</c>: an ENDMARKER that follows
    /// other tokens becomes a NEWLINE and the DEDENTs still open follow it (what
    /// _PyPegen_fill_token does for Py_single_input, so that <c>if x:\n  y</c> is complete).</param>
    public PythonTokenizer(SourceText source, bool execInput, bool singleInput = false)
    {
        _source = source;
        _singleInput = singleInput;
        string text = source.Text;
        int n = text.Length;
        bool addNewline = execInput && (n == 0 || text[n - 1] != '\n');
        _buf = new char[n + 2];
        text.CopyTo(0, _buf, 0, n);
        _end = n;
        if (addNewline) _buf[_end++] = '\n';
        _buf[_end] = '\0';
        _nullByteAt = text.IndexOf('\0');
        _pendingLineStart = 0;
        _indStack[0] = 0;
        _altIndStack[0] = 0;
    }

    public SourceText Source => _source;

    /// <summary>Warnings CPython's tokenizer would emit (SyntaxWarning "invalid decimal literal"
    /// for <c>1if x else y</c> …), in order; null when there were none.</summary>
    public List<TokenizerWarning>? Warnings { get; private set; }

    // ---- character reading (tok_nextc / tok_backup) -------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int NextChar()
    {
        int p = _pos;
        if (p == _pendingLineStart)
        {
            if (p >= _end)
            {
                _eof = true; // tok->done = E_EOF: reading found no more input
                return Eof;
            }
            _lineno++;
            _lineStart = p;
            if (!_inToken) _bufStart = p;
            _pendingLineStart = -1;
        }
        else if (p >= _end)
        {
            _eof = true;
            return Eof;
        }
        char c = _buf[p];
        _pos = p + 1;
        if (c == '\n') _pendingLineStart = p + 1;
        return c;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Backup(int c)
    {
        if (c != Eof) _pos--;
    }

    // ---- columns ------------------------------------------------------------------------------

    /// <summary>UTF-8 byte offset of <paramref name="pos"/> from <paramref name="lineStart"/>.</summary>
    private int ByteCol(int lineStart, int pos)
    {
        if (lineStart != _colLineStart || pos < _colPos)
        {
            _colLineStart = lineStart;
            _colPos = lineStart;
            _colBytes = 0;
        }
        int bytes = _colBytes;
        var buf = _buf;
        for (int i = _colPos; i < pos; i++)
        {
            char c = buf[i];
            if (c < 0x80) bytes++;
            else if (c < 0x800) bytes += 2;
            else if (!char.IsSurrogate(c)) bytes += 3;
            else bytes += SurrogateWidth(buf, i);
        }
        _colPos = pos;
        _colBytes = bytes;
        return bytes;
    }

    /// <summary>UTF-8 width of a surrogate: a pair is 4 bytes (counted on its high half); a lone
    /// U+DC80..U+DCFF is one undecodable source byte.</summary>
    private static int SurrogateWidth(char[] buf, int i)
    {
        if (char.IsHighSurrogate(buf[i])) return 4;
        return i > 0 && char.IsHighSurrogate(buf[i - 1]) ? 0 : 1;
    }

    private Token MakeToken(TokenKind kind, int start, int end)
    {
        int col = ByteCol(_lineStart, start);
        int endCol = ByteCol(_lineStart, end);
        return new Token(kind, start, end, _lineno, col, _lineno, endCol);
    }

    /// <summary>A token without a text position (INDENT, DEDENT, ENDMARKER).</summary>
    private Token MakeMarker(TokenKind kind) => new(kind, _pos, _pos, _lineno, -1, _lineno, -1);

    // ---- the tokenizer (tok_get) --------------------------------------------------------------

    /// <summary>The next token; throws <see cref="PythonSyntaxError"/> for tokenizer errors.</summary>
    public Token Next()
    {
        if (_error is not null) throw _error;
        if (_nullByteAt >= 0) throw NullByteError();
        var t = GetToken();
        if (_singleInput)
        {
            if (t.Kind == TokenKind.EndMarker && _parsingStarted)
            {
                // The end of an interactive statement: an extra NEWLINE, then the DEDENTs.
                t = t with { Kind = TokenKind.Newline };
                _parsingStarted = false;
                _pendin = -_indent;
                _indent = 0;
            }
            else _parsingStarted = true;
        }
        return t;
    }

    private Token GetToken()
    {
        int c;
        bool blankline;
    nextline:
        _inToken = false;
        blankline = false;
        if (_atBol)
        {
            int col = 0, altcol = 0, contLineCol = 0;
            _atBol = false;
            for (;;)
            {
                c = NextChar();
                if (c == ' ') { col++; altcol++; }
                else if (c == '\t')
                {
                    col = (col / TabSize + 1) * TabSize;
                    altcol++;
                }
                else if (c == '\f') col = altcol = 0;
                else if (c == '\\')
                {
                    // The first backslash after whitespace decides the indentation.
                    contLineCol = contLineCol != 0 ? contLineCol : col;
                    c = ContinuationLine();
                }
                else break;
            }
            Backup(c);
            if (c == '#' || c == '\n') blankline = true;
            if (!blankline && _level == 0)
            {
                if (contLineCol != 0) { col = contLineCol; altcol = contLineCol; }
                if (col == _indStack[_indent])
                {
                    if (altcol != _altIndStack[_indent]) throw IndentError();
                }
                else if (col > _indStack[_indent])
                {
                    if (_indent + 1 >= MaxIndent) throw TooDeepError();
                    if (altcol <= _altIndStack[_indent]) throw IndentError();
                    _pendin++;
                    _indStack[++_indent] = col;
                    _altIndStack[_indent] = altcol;
                }
                else
                {
                    while (_indent > 0 && col < _indStack[_indent])
                    {
                        _pendin--;
                        _indent--;
                    }
                    if (col != _indStack[_indent]) throw DedentError();
                    if (altcol != _altIndStack[_indent]) throw IndentError();
                }
            }
        }

        _inToken = true;
        if (_pendin != 0)
        {
            if (_pendin < 0)
            {
                _pendin++;
                return MakeMarker(TokenKind.Dedent);
            }
            _pendin--;
            return MakeMarker(TokenKind.Indent);
        }

    again:
        _inToken = false;
        do
        {
            c = NextChar();
        } while (c == ' ' || c == '\t' || c == '\f');

        int start = c == Eof ? _pos : _pos - 1;
        _inToken = true;

        if (c == '#')
        {
            // Skip to the end of the line at once ('#' was read, so no line start is pending).
            int nl = _buf.AsSpan(_pos, _end - _pos).IndexOf('\n');
            _pos = nl < 0 ? _end : _pos + nl;
            c = NextChar();
        }

        if (c == Eof)
        {
            if (_level > 0) throw EofInBracketsError();
            _eof = true;
            return MakeMarker(TokenKind.EndMarker);
        }

        if (c < 0x80 ? CharClass.IsIdentifierStart((char)c) : true)
        {
            return IdentifierOrString(c, start);
        }

        if (c == '\n')
        {
            _atBol = true;
            if (blankline || _level > 0) goto nextline;
            // The NEWLINE token leaves the '\n' out (and spans a comment before it).
            return MakeToken(TokenKind.Newline, start, _pos - 1);
        }

        if (c == '.')
        {
            c = NextChar();
            if (CharClass.IsDigit(c)) return Fraction(c, start);
            if (c == '.')
            {
                c = NextChar();
                if (c == '.') return MakeToken(TokenKind.Ellipsis, start, _pos);
                Backup(c);
                Backup('.');
            }
            else
            {
                Backup(c);
            }
            return MakeToken(TokenKind.Dot, start, _pos);
        }

        if (CharClass.IsDigit(c)) return Number(c, start);

        if (c == '"' || c == '\'') return StringLiteral(c, start);

        if (c == '\\')
        {
            ContinuationLine();
            goto again;
        }

        return Operator(c, start);
    }

    /// <summary>tok_continuation_line: after a backslash, the line must end.</summary>
    private int ContinuationLine()
    {
        int c = NextChar();
        if (c != '\n') throw LineContinuationError(c);
        c = NextChar();
        if (c == Eof) throw UnexpectedEofError();
        Backup(c);
        return c;
    }

    private Token IdentifierOrString(int c, int start)
    {
        // String prefixes: b, r, u, f in the combinations CPython allows.
        bool sawB = false, sawR = false, sawU = false, sawF = false;
        for (;;)
        {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) sawB = true;
            else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) sawU = true;
            else if (!(sawR || sawU) && (c == 'r' || c == 'R')) sawR = true;
            else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) sawF = true;
            else break;
            c = NextChar();
            if (c == '"' || c == '\'') return StringLiteral(c, start);
        }
        bool nonAscii = false;
        if (c >= 0x80 || (c >= 0 && CharClass.IsIdentifierChar((char)c)))
        {
            // The rest of the identifier, scanned in place (it cannot contain a newline).
            nonAscii = c >= 0x80;
            var buf = _buf;
            int p = _pos, end = _end;
            for (; p < end; p++)
            {
                char ch = buf[p];
                if (ch >= 0x80) nonAscii = true;
                else if (!CharClass.IsIdentifierChar(ch)) break;
            }
            _pos = p;
            if (p == end) _eof = true; // CPython read past the identifier
        }
        else
        {
            Backup(c);
        }
        if (nonAscii) VerifyIdentifier(start);
        return MakeToken(Keywords.Classify(_buf.AsSpan(start, _pos - start)), start, _pos);
    }

    private Token StringLiteral(int quote, int start)
    {
        int firstLineno = _lineno;
        int multiLineStart = _lineStart;
        int quoteSize = 1, endQuoteSize = 0;
        int c = NextChar();
        if (c == quote)
        {
            c = NextChar();
            if (c == quote) quoteSize = 3;
            else endQuoteSize = 1; // empty string
        }
        if (c != quote) Backup(c);

        while (endQuoteSize != quoteSize)
        {
            if (endQuoteSize == 0 && _pos != _pendingLineStart)
            {
                // Jump to the next character that matters.
                int k = _buf.AsSpan(_pos, _end - _pos).IndexOfAny((char)quote, '\\', '\n');
                _pos = k < 0 ? _end : _pos + k;
            }
            c = NextChar();
            if (c == Eof || (quoteSize == 1 && c == '\n'))
                throw UnterminatedStringError(start, firstLineno, multiLineStart, quoteSize);
            if (c == quote)
            {
                endQuoteSize++;
            }
            else
            {
                endQuoteSize = 0;
                if (c == '\\') NextChar();
            }
        }
        int col = ByteCol(multiLineStart, start);
        int endCol = ByteCol(_lineStart, _pos);
        return new Token(TokenKind.String, start, _pos, firstLineno, col, _lineno, endCol);
    }

    private Token Operator(int c, int start)
    {
        int c2 = NextChar();
        var kind = Operators.TwoChars(c, c2);
        if (kind != TokenKind.Op)
        {
            int c3 = NextChar();
            var kind3 = Operators.ThreeChars(c, c2, c3);
            if (kind3 != TokenKind.Op) kind = kind3;
            else Backup(c3);
            return MakeToken(kind, start, _pos);
        }
        Backup(c2);

        switch (c)
        {
            case '(':
            case '[':
            case '{':
                if (_level >= MaxLevel) throw Error("too many nested parentheses");
                _parenStack[_level] = (char)c;
                _parenLineno[_level] = _lineno;
                _parenCol[_level] = ByteCol(_lineStart, start);
                _level++;
                break;
            case ')':
            case ']':
            case '}':
                if (_level == 0) throw Error($"unmatched '{(char)c}'");
                _level--;
                int opening = _parenStack[_level];
                if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}')))
                {
                    if (_parenLineno[_level] != _lineno)
                        throw Error($"closing parenthesis '{(char)c}' does not match opening parenthesis '{(char)opening}' on line {_parenLineno[_level]}");
                    throw Error($"closing parenthesis '{(char)c}' does not match opening parenthesis '{(char)opening}'");
                }
                break;
        }

        if (!UnicodeInfo.IsPrintable(c))
            throw Error($"invalid non-printable character U+{c:X4}");
        return MakeToken(Operators.OneChar(c), start, _pos);
    }
}
