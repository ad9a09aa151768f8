using System.Text;
using Krait.Syntax.Ast;
using Krait.Syntax.Tokenizer;

namespace Krait.Syntax.Parser;

/// <summary>CPython's error-raising helpers (Parser/pegen_errors.c and the RAISE_* macros of
/// Parser/pegen.h). Column arguments are 0-based UTF-8 byte offsets as in tokens and nodes; the
/// exception gets 1-based offsets as CPython's SyntaxError does: in characters when the source is
/// text or declares its encoding (cookie or BOM), in bytes otherwise (CPython converts only when
/// its tokenizer knows an encoding).</summary>
public sealed partial class PythonParser
{
    /// <summary>Marks "the current position" for an end location (CPython's CURRENT_POS).</summary>
    internal const int CurrentPos = -5;

    /// <summary>CPython's <c>p->known_err_token</c>: set by a rule that wants RAISE_SYNTAX_ERROR
    /// to point at a token other than the last one read.</summary>
    internal Token? KnownErrorToken { get; set; }

    /// <summary>Whether error columns are converted from bytes to characters: CPython does this
    /// only when the tokenizer has an encoding (str input, a coding cookie or a UTF-8 BOM).</summary>
    internal bool ConvertErrorOffsets { get; set; } = true;

    /// <summary>Whether the error's source line is read the way CPython re-reads a file
    /// (<c>err_programtext</c>: universal newlines, 1000-byte buffer): true for file input.</summary>
    internal bool ErrorTextFromFile { get; set; } = true;

    /// <summary>The source began with a UTF-8 BOM: CPython re-reads the error line from the file,
    /// BOM included, so line 1's text (and the columns converted on it) carry a U+FEFF.</summary>
    internal bool SourceHadBom { get; set; }

    /// <summary>RAISE_SYNTAX_ERROR: at the last token read from the tokenizer.</summary>
    internal PythonSyntaxError RaiseSyntaxError(string msg) => RaiseError("SyntaxError", msg);

    /// <summary>RAISE_INDENTATION_ERROR: at the last token read from the tokenizer.</summary>
    internal PythonSyntaxError RaiseIndentationError(string msg) => RaiseError("IndentationError", msg);

    /// <summary>_PyPegen_raise_error.</summary>
    private PythonSyntaxError RaiseError(string errorType, string msg)
    {
        if (_fill == 0) return ErrorAt(errorType, msg, 0, 0, 0, -1);
        var t = KnownErrorToken ?? _tokens[_fill - 1];
        int col;
        if (t.ColOffset == -1)
        {
            // A token without a position (INDENT, DEDENT, ENDMARKER): the tokenizer's column.
            col = TokenizerCurrentColumn();
        }
        else
        {
            col = t.ColOffset + 1;
        }
        int endCol = t.EndColOffset != -1 ? t.EndColOffset + 1 : -1;
        return ErrorAt(errorType, msg, t.Lineno, col, t.EndLineno, endCol);
    }

    /// <summary>RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg).</summary>
    internal PythonSyntaxError RaiseAt(LocatedNode a, string msg) =>
        ErrorAt("SyntaxError", msg, a.Lineno, a.ColOffset + 1, a.EndLineno, a.EndColOffset + 1);

    internal PythonSyntaxError RaiseAt(in Token a, string msg) =>
        ErrorAt("SyntaxError", msg, a.Lineno, a.ColOffset + 1, a.EndLineno, a.EndColOffset + 1);

    /// <summary>RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg).</summary>
    internal PythonSyntaxError RaiseRange(LocatedNode a, LocatedNode b, string msg) =>
        ErrorAt("SyntaxError", msg, a.Lineno, a.ColOffset + 1, b.EndLineno, b.EndColOffset + 1);

    internal PythonSyntaxError RaiseRange(in Token a, in Token b, string msg) =>
        ErrorAt("SyntaxError", msg, a.Lineno, a.ColOffset + 1, b.EndLineno, b.EndColOffset + 1);

    internal PythonSyntaxError RaiseRange(in Token a, LocatedNode b, string msg) =>
        ErrorAt("SyntaxError", msg, a.Lineno, a.ColOffset + 1, b.EndLineno, b.EndColOffset + 1);

    internal PythonSyntaxError RaiseRange(LocatedNode a, in Token b, string msg) =>
        ErrorAt("SyntaxError", msg, a.Lineno, a.ColOffset + 1, b.EndLineno, b.EndColOffset + 1);

    /// <summary>RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg): from <paramref name="a"/> to the
    /// tokenizer's current position.</summary>
    internal PythonSyntaxError RaiseStartingFrom(LocatedNode a, string msg) =>
        ErrorAt("SyntaxError", msg, a.Lineno, a.ColOffset + 1, CurrentPos, CurrentPos);

    internal PythonSyntaxError RaiseStartingFrom(in Token a, string msg) =>
        ErrorAt("SyntaxError", msg, a.Lineno, a.ColOffset + 1, CurrentPos, CurrentPos);

    /// <summary>RAISE_ERROR_KNOWN_LOCATION with an explicit error type (IndentationError, TabError…)
    /// and 0-based byte columns.</summary>
    internal PythonSyntaxError RaiseKnownLocation(string errorType, string msg, int lineno, int colOffset, int endLineno, int endColOffset) =>
        ErrorAt(errorType, msg, lineno, colOffset == CurrentPos ? CurrentPos : colOffset + 1,
            endLineno, endColOffset == CurrentPos ? CurrentPos : endColOffset + 1);

    /// <summary>_PyPegen_raise_error_known_location: builds the exception from 1-based byte
    /// columns (or <see cref="CurrentPos"/>): picks the error line's text the way CPython does and
    /// converts the columns to characters of that text when CPython would.</summary>
    internal PythonSyntaxError ErrorAt(string errorType, string msg, int lineno, int colOffset, int endLineno, int endColOffset)
    {
        if (endLineno == CurrentPos || endColOffset == CurrentPos)
        {
            var (curLine, curCol) = TokenizerCurrentPosition();
            if (endLineno == CurrentPos) endLineno = curLine;
            if (endColOffset == CurrentPos) endColOffset = curCol;
        }
        // (f-string replacement fields: PythonParser.FString.cs rewrites the sub-parser's error into
        // CPython's f-string form: prefix, columns in "(expr)", text.)
        string text = ErrorLineText(lineno);
        int col = colOffset, endCol = endColOffset;
        if (ConvertErrorOffsets)
        {
            col = ByteOffsetToCharacterOffset(text, colOffset);
            if (endCol > 0) endCol = ByteOffsetToCharacterOffset(text, endColOffset);
        }
        return new PythonSyntaxError(errorType, msg, _source.FileName, lineno, col, endLineno, endCol, text);
    }

    /// <summary>The text CPython puts in the SyntaxError for line <paramref name="lineno"/>.</summary>
    private string ErrorLineText(int lineno)
    {
        int lineCount = _source.LineStarts.Length;
        bool endsWithNewline = _source.Text.Length > 0 && _source.Text[^1] is '\n' or '\r';
        // A final line without a line end is still a line of the file; an empty last "line" is not.
        int fileLines = endsWithNewline || _source.Text.Length == 0 ? lineCount - 1 : lineCount;
        if (ErrorTextFromFile && lineno >= 1 && lineno <= fileLines)
            return FileLineAsReread(lineno == 1 && SourceHadBom ? "\ufeff" + _source.GetLine(1) : _source.GetLine(lineno));
        // String input (_PyPegen_raise_error_known_location): on the tokenizer's current line, tok->buf with its
        // newline (exec input implies one at the end of the source); on an earlier line, that line without it.
        if (lineno >= 1 && lineno <= fileLines)
        {
            string line = NormalizeNewline(ReplaceEscapes(_source.GetLine(lineno)));
            if (ErrorTextFromFile) return EnsureNewline(line);
            if (_tokenizer.Lineno > lineno) return line.TrimEnd('\n');
            return _mode == ParseMode.File ? EnsureNewline(line) : line;
        }
        // Past the end of the file (errors at EOF): the tokenizer's current line buffer.
        return LastLineOfSource();
    }

    /// <summary>The last line the string tokenizer read, with the newline it implies.</summary>
    private string LastLineOfSource()
    {
        var starts = _source.LineStarts;
        for (int i = starts.Length; i >= 1; i--)
        {
            string l = _source.GetLine(i);
            if (l.Length > 0) return EnsureNewline(NormalizeNewline(ReplaceEscapes(l)));
        }
        return "";
    }

    /// <summary>err_programtext reads the file again with a 1000-byte buffer and universal newlines:
    /// a line longer than 999 bytes comes back as its last buffer-full only.</summary>
    private static string FileLineAsReread(string line)
    {
        line = NormalizeNewline(line);
        bool escapes = HasEscapedBytes(line);
        if (!escapes && Encoding.UTF8.GetByteCount(line) <= 999) return line;
        byte[] b = Utf8Bytes(line);
        int start = b.Length <= 999 ? 0 : 999 * ((b.Length - 1) / 999);
        return DecodeReplace(b, start, b.Length - start);
    }

    /// <summary>SourceText keeps each byte it could not decode as the lone surrogate U+DC80..U+DCFF
    /// (surrogateescape).</summary>
    private static bool IsEscapedByte(string s, int i) =>
        s[i] is >= '\udc80' and <= '\udcff' && (i == 0 || !char.IsHighSurrogate(s[i - 1]));

    private static bool HasEscapedBytes(string s)
    {
        for (int i = 0; i < s.Length; i++)
            if (char.IsLowSurrogate(s[i]) && IsEscapedByte(s, i)) return true;
        return false;
    }

    /// <summary>The line's bytes as in the file: UTF-8, escaped bytes restored.</summary>
    private static byte[] Utf8Bytes(string s)
    {
        if (!HasEscapedBytes(s)) return Encoding.UTF8.GetBytes(s);
        var b = new List<byte>(s.Length + 8);
        Span<byte> buf = stackalloc byte[4];
        for (int i = 0; i < s.Length; i++)
        {
            if (IsEscapedByte(s, i))
            {
                b.Add((byte)(s[i] & 0xFF));
                continue;
            }
            int len = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
            int n = Encoding.UTF8.GetBytes(s.AsSpan(i, len), buf);
            for (int k = 0; k < n; k++) b.Add(buf[k]);
            i += len - 1;
        }
        return b.ToArray();
    }

    private static string NormalizeNewline(string line)
    {
        if (line.EndsWith("\r\n", StringComparison.Ordinal)) return line[..^2] + "\n";
        if (line.EndsWith('\r')) return line[..^1] + "\n";
        return line;
    }

    /// <summary>Undecodable bytes as the tokenizer's buffer decodes them for the text ("replace").</summary>
    private static string ReplaceEscapes(string line) =>
        HasEscapedBytes(line) ? DecodeReplace(Utf8Bytes(line), 0, Utf8Bytes(line).Length) : line;

    private static string EnsureNewline(string line) => line.EndsWith('\n') ? line : line + "\n";

    private static string DecodeReplace(byte[] b, int start, int count) =>
        new UTF8Encoding(false, false).GetString(b, start, count);

    /// <summary>_PyPegen_byte_offset_to_character_offset: decodes the first
    /// <paramref name="colOffset"/> bytes of the line (a 1-based byte column, clamped to the
    /// line's length + 1) with replacement and counts the code points.</summary>
    internal static int ByteOffsetToCharacterOffset(string line, int colOffset)
    {
        if (colOffset <= 0) return colOffset;
        // Fast path: ASCII up to the column.
        int n = Math.Min(colOffset, line.Length);
        bool ascii = true;
        for (int i = 0; i < n; i++)
        {
            if (line[i] >= 0x80) { ascii = false; break; }
        }
        if (ascii) return Math.Min(colOffset, line.Length + 1);

        byte[] b = Utf8Bytes(line);
        bool pastEnd = colOffset > b.Length;
        int count = pastEnd ? b.Length : colOffset;
        string s = DecodeReplace(b, 0, count);
        int cp = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            cp++;
        }
        // Clamped to len + 1, CPython decodes the terminating NUL as one more character.
        return pastEnd ? cp + 1 : cp;
    }

    // ---- the failure path of _PyPegen_run_parser -----------------------------------------------

    /// <summary>_PyPegen_run_parser: the first pass; on failure the error pass with the invalid_*
    /// rules, then CPython's choice of which error to report (_PyPegen_set_syntax_error).</summary>
    internal ModNode RunParser()
    {
        PythonSyntaxError? error = null;
        try
        {
            var result = RunStartRule();
            if (result is not null) return result;
        }
        catch (PythonSyntaxError e)
        {
            // An error raised in the first pass (by the tokenizer, or by a rule's action) leaves
            // CPython's error indicator set, so its error pass does nothing.
            error = e;
        }
        var lastToken = _fill > 0 ? _tokens[_fill - 1] : default;
        if (error is null)
        {
            ResetForErrorPass();
            try
            {
                RunStartRule();
            }
            catch (PythonSyntaxError e)
            {
                error = e;
            }
        }
        throw SetSyntaxError(error, lastToken);
    }

    /// <summary>_PyPegen_set_syntax_error. (Its case for an ERRORTOKEN at the end of input cannot
    /// arise here: Krait's tokenizer throws "'(' was never closed" or "unexpected EOF while
    /// parsing" itself, as pegen's tokenizer_error does when it fills that token.)</summary>
    private PythonSyntaxError SetSyntaxError(PythonSyntaxError? existing, Token lastToken)
    {
        if (existing is not null)
        {
            // Tokenizer errors later in the file win over errors the parser raised itself.
            if (TokenizerOk && IsSyntaxErrorFamily(existing.ErrorType))
                return TokenizeFullSourceToCheckForErrors(existing);
            return existing;
        }
        if (_fill == 0) return RaiseSyntaxError("error at start before reading any input");
        if (lastToken.Kind == TokenKind.Indent) return RaiseIndentationError("unexpected indent");
        if (lastToken.Kind == TokenKind.Dedent) return RaiseIndentationError("unexpected unindent");
        // The first pass's last token: the error pass may have read further.
        var generic = RaiseAt(lastToken, "invalid syntax");
        return TokenizeFullSourceToCheckForErrors(generic);
    }

    /// <summary>_PyPegen_tokenize_full_source_to_check_for_errors: reads the rest of the file; a
    /// tokenizer error there replaces <paramref name="current"/>, and so does the end of input
    /// inside a bracket opened on a line before the last token read.</summary>
    private PythonSyntaxError TokenizeFullSourceToCheckForErrors(PythonSyntaxError current)
    {
        var errToken = KnownErrorToken ?? _tokens[Math.Max(_fill - 1, 0)];
        try
        {
            _tokenizer.CheckRestForErrors(errToken.Lineno);
        }
        catch (PythonSyntaxError e)
        {
            return e;
        }
        return current;
    }

    private static bool IsSyntaxErrorFamily(string errorType) =>
        errorType is "SyntaxError" or "IndentationError" or "TabError";

    /// <summary>An exception CPython raises from compile() that is not a SyntaxError.</summary>
    internal static PythonSyntaxError NonSyntaxError(string type, string msg) =>
        new(type, msg, null, 0, 0, 0, 0, null);

    // ---- the tokenizer's state as pegen_errors.c reads it ------------------------------------
    // (Adapter over PythonTokenizer's error-state API.)

    /// <summary>tok->done is E_OK/E_DONE: the tokenizer has neither failed nor reached the end.</summary>
    private bool TokenizerOk => _tokenizer.LastError is null && !_tokenizer.ReachedEof;

    /// <summary>tok->cur - tok->line_start: the tokenizer's 0-based byte column, which pegen uses
    /// as the 1-based column of an error on a token without a position.</summary>
    private int TokenizerCurrentColumn() => _tokenizer.ErrorColumn;

    /// <summary>tok->lineno and tok->cur - tok->line_start, for CURRENT_POS.</summary>
    private (int Lineno, int Col) TokenizerCurrentPosition() => (_tokenizer.Lineno, _tokenizer.CurrentColumn);
}
