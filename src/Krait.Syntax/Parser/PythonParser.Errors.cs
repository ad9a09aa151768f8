using Krait.Syntax.Ast;
using Krait.Syntax.Tokenizer;

namespace Krait.Syntax.Parser;

/// <summary>CPython's error-raising helpers (Parser/pegen_errors.c and the RAISE_* macros of
/// Parser/pegen.h). Column arguments are 0-based UTF-8 byte offsets as in tokens and nodes; the
/// exception gets 1-based character offsets, as CPython's SyntaxError does.</summary>
public sealed partial class PythonParser
{
    /// <summary>Marks "the current position" for an end location (CPython's CURRENT_POS).</summary>
    internal const int CurrentPos = -5;

    /// <summary>RAISE_SYNTAX_ERROR: at the last token read from the tokenizer.</summary>
    internal PythonSyntaxError RaiseSyntaxError(string msg) => RaiseError("SyntaxError", msg);

    /// <summary>RAISE_INDENTATION_ERROR: at the last token read from the tokenizer.</summary>
    internal PythonSyntaxError RaiseIndentationError(string msg) => RaiseError("IndentationError", msg);

    private PythonSyntaxError RaiseError(string errorType, string msg)
    {
        if (_fill == 0) return ErrorAt(errorType, msg, 0, 0, 0, -1);
        var t = _tokens[_fill - 1];
        return ErrorAt(errorType, msg, t.Lineno, t.ColOffset + 1, t.EndLineno, t.EndColOffset + 1);
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

    /// <summary>The exception for the generic failure of both passes (_PyPegen_set_syntax_error).</summary>
    private PythonSyntaxError GenericSyntaxError(Token lastToken)
    {
        if (lastToken.Kind == TokenKind.Indent)
            return ErrorAt("IndentationError", "unexpected indent", lastToken.Lineno, lastToken.ColOffset + 1, lastToken.EndLineno, lastToken.EndColOffset + 1);
        if (lastToken.Kind == TokenKind.Dedent)
            return ErrorAt("IndentationError", "unexpected unindent", lastToken.Lineno, lastToken.ColOffset + 1, lastToken.EndLineno, lastToken.EndColOffset + 1);
        return ErrorAt("SyntaxError", "invalid syntax", lastToken.Lineno, lastToken.ColOffset + 1, lastToken.EndLineno, lastToken.EndColOffset + 1);
    }

    /// <summary>_PyPegen_raise_error_known_location: builds the exception, converting byte columns
    /// (1-based here) to character columns of the error line.</summary>
    internal PythonSyntaxError ErrorAt(string errorType, string msg, int lineno, int colOffset, int endLineno, int endColOffset)
    {
        if (endLineno == CurrentPos) endLineno = _tokens[Math.Max(_fill - 1, 0)].EndLineno;
        if (endColOffset == CurrentPos) endColOffset = _tokens[Math.Max(_fill - 1, 0)].EndColOffset;
        string line = _source.GetLine(lineno);
        int col = ByteOffsetToCharacterOffset(line, colOffset);
        int endCol = endColOffset > 0 ? ByteOffsetToCharacterOffset(_source.GetLine(endLineno), endColOffset) : endColOffset;
        return new PythonSyntaxError(errorType, msg, _source.FileName, lineno, col, endLineno, endCol, line);
    }

    /// <summary>_PyPegen_byte_offset_to_character_offset: a 1-based UTF-8 byte column to a 1-based
    /// code point column.</summary>
    internal static int ByteOffsetToCharacterOffset(string line, int colOffset)
    {
        if (colOffset <= 0) return colOffset;
        int bytes = 0, chars = 0;
        for (int i = 0; i < line.Length && bytes < colOffset - 1; i++)
        {
            char c = line[i];
            if (c < 0x80) bytes++;
            else if (c < 0x800) bytes += 2;
            else if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1])) { bytes += 4; i++; }
            else bytes += 3;
            chars++;
        }
        return chars + 1 + Math.Max(0, colOffset - 1 - bytes);
    }
}
