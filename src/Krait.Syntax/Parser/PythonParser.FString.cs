using Krait.Syntax.Ast;
using Krait.Syntax.Text;
using Krait.Syntax.Tokenizer;

namespace Krait.Syntax.Parser;

// f-strings as CPython 3.11 parses them (Parser/string_parser.c): the literal text and replacement
// fields are found by scanning the token's text; each field's expression is parsed by a second parser
// in ParseMode.FString over "(expr)", whose token positions are shifted onto the f-string's.
public sealed partial class PythonParser
{
    /// <summary>MAXLEVEL of string_parser.c: bracket nesting inside one replacement field.</summary>
    private const int FStringMaxLevel = 200;

    /// <summary>Marks an exception already given its f-string form by a nested parser.</summary>
    private const string FStringErrorDoneKey = "Krait.FStringErrorDone";

    /// <summary>Warnings from the tokenizers of replacement-field parsers (e.g. SyntaxWarning "invalid
    /// decimal literal" in <c>f'{1if x else y}'</c>), with the f-string's line numbers, and the invalid escapes of
    /// string literals (DeprecationWarning). CPython prints them as the strings are parsed; they are not in
    /// <see cref="Tokenizer"/>'s own list.</summary>
    internal List<TokenizerWarning>? FStringWarnings { get; private set; }

    /// <summary>The SyntaxWarnings of this parse, the tokenizer's and those of f-string replacement
    /// fields, in line order (as CPython emits them while it reads the file).</summary>
    public IReadOnlyList<TokenizerWarning> Warnings
    {
        get
        {
            var all = new List<TokenizerWarning>();
            if (_tokenizer.Warnings is { } own) all.AddRange(own);
            if (FStringWarnings is { } fs) all.AddRange(fs);
            // A stable sort by line (insertion sort: there are few warnings).
            for (int i = 1; i < all.Count; i++)
            {
                var w = all[i];
                int j = i - 1;
                for (; j >= 0 && all[j].Lineno > w.Lineno; j--) all[j + 1] = all[j];
                all[j + 1] = w;
            }
            return all;
        }
    }

    /// <summary>fstring: star_expressions — the start rule of a replacement field's parser.</summary>
    private ModNode? FStringRule()
    {
        var e = StarExpressions();
        return e is null ? null : new Expression { Body = e };
    }

    /// <summary>_PyPegen_FstringParser_ConcatFstring: parses the f-string text
    /// <c>text[pos..end)</c> (no prefix or quotes) into <paramref name="state"/>.</summary>
    private void ConcatFString(FStringState state, string text, ref int pos, int end, bool raw, int recurseLevel,
        in Token first, in Token t, in Token last)
    {
        state.FMode = true;
        while (true)
        {
            int result = FindLiteral(text, ref pos, end, raw, recurseLevel, out string? literal, out var lone);
            if (literal is not null) state.Concat(literal, lone);
            if (result == 1) continue;    // a doubled brace: the literal goes on

            if (pos >= end || text[pos] == '}') break;    // end of the string or of a format spec

            var expression = FindExpr(text, ref pos, end, raw, recurseLevel, first, t, last, out string? exprText);
            if (exprText is not null) state.Concat(exprText);
            var pending = state.TakeLastStr();
            if (pending is not null) state.Values.Add(MakeStrNode(pending, first, last));
            state.Values.Add(expression);
        }

        if (recurseLevel == 0 && pos < end - 1) throw RaiseSyntaxError("f-string: unexpected end of string");
        if (recurseLevel != 0 && (pos >= end || text[pos] != '}')) throw RaiseSyntaxError("f-string: expecting '}'");
    }

    /// <summary>fstring_find_literal: literal text up to an undoubled brace. Returns 1 after a doubled
    /// brace (the literal then ends with one brace and scanning resumes past the other).</summary>
    private int FindLiteral(string text, ref int pos, int end, bool raw, int recurseLevel, out string? literal,
        out List<int>? lone)
    {
        int s = pos, literalStart = pos, result = 0;
        literal = null;
        lone = null;
        while (s < end)
        {
            char ch = text[s++];
            if (!raw && ch == '\\' && s < end)
            {
                ch = text[s++];
                if (ch == 'N')
                {
                    // Skip "\N{NAME}" so its brace does not start a field.
                    if (s < end && text[s++] == '{')
                        while (s < end && text[s++] != '}') { }
                    continue;
                }
                // "\{" warns (DeprecationWarning) and then counts as a brace.
                if (ch == '{') WarnInvalidEscape("invalid escape sequence '\\{'");
            }
            if (ch == '{' || ch == '}')
            {
                if (recurseLevel == 0)
                {
                    if (s < end && text[s] == ch)
                    {
                        pos = s + 1;
                        result = 1;
                        goto done;
                    }
                    if (ch == '}')
                    {
                        pos = s - 1;
                        throw RaiseSyntaxError("f-string: single '}' is not allowed");
                    }
                }
                s--;
                break;
            }
        }
        pos = s;
    done:
        if (s != literalStart)
        {
            var piece = text.AsSpan(literalStart, s - literalStart);
            literal = raw ? DecodeRaw(piece) : DecodeStr(piece, ref lone);
        }
        return result;
    }

    /// <summary>fstring_find_expr: one replacement field <c>{expr[=][!c][:spec]}</c> starting at the
    /// '{' at <paramref name="pos"/>.</summary>
    private FormattedValue FindExpr(string text, ref int pos, int end, bool raw, int recurseLevel,
        in Token first, in Token t, in Token last, out string? exprText)
    {
        exprText = null;
        if (recurseLevel >= 2) throw RaiseSyntaxError("f-string: expressions nested too deeply");
        pos++;
        int exprStart = pos;
        char quoteChar = '\0';
        int stringType = 0, depth = 0;
        Span<char> parens = stackalloc char[FStringMaxLevel];

        for (; pos < end; pos++)
        {
            char ch = text[pos];
            if (ch == '\\') throw RaiseSyntaxError("f-string expression part cannot include a backslash");
            if (quoteChar != '\0')
            {
                // Inside a string of the expression: only its end matters here.
                if (ch == quoteChar)
                {
                    if (stringType == 3)
                    {
                        if (pos + 2 < end && text[pos + 1] == ch && text[pos + 2] == ch)
                        {
                            pos += 2;
                            stringType = 0;
                            quoteChar = '\0';
                        }
                    }
                    else
                    {
                        stringType = 0;
                        quoteChar = '\0';
                    }
                }
            }
            else if (ch == '\'' || ch == '"')
            {
                if (pos + 2 < end && text[pos + 1] == ch && text[pos + 2] == ch)
                {
                    stringType = 3;
                    pos += 2;
                }
                else stringType = 1;
                quoteChar = ch;
            }
            else if (ch == '[' || ch == '{' || ch == '(')
            {
                if (depth >= FStringMaxLevel) throw RaiseSyntaxError("f-string: too many nested parenthesis");
                parens[depth++] = ch;
            }
            else if (ch == '#')
            {
                throw RaiseSyntaxError("f-string expression part cannot include '#'");
            }
            else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<'))
            {
                if (pos + 1 < end)
                {
                    char next = text[pos + 1];
                    if (next == '=' && (ch == '!' || ch == '=' || ch == '<' || ch == '>'))
                    {
                        pos++;
                        continue;
                    }
                }
                if (ch == '>' || ch == '<') continue;
                break;
            }
            else if (ch == ']' || ch == '}' || ch == ')')
            {
                if (depth == 0) throw RaiseSyntaxError($"f-string: unmatched '{ch}'");
                char opening = parens[--depth];
                if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}')))
                    throw RaiseSyntaxError($"f-string: closing parenthesis '{ch}' does not match opening parenthesis '{opening}'");
            }
        }
        int exprEnd = pos;
        if (quoteChar != '\0') throw RaiseSyntaxError("f-string: unterminated string");
        if (depth != 0) throw RaiseSyntaxError($"f-string: unmatched '{parens[depth - 1]}'");
        if (pos >= end) throw ExpectingBrace();

        // The expression is compiled first, so its errors come before those of what follows it.
        var value = FStringCompileExpr(text, exprStart, exprEnd, t);

        if (text[pos] == '=')
        {
            pos++;
            while (pos < text.Length && IsCSpace(text[pos])) pos++;
            if (pos >= end) throw ExpectingBrace();
            exprText = text[exprStart..pos];
        }

        int conversion = -1;
        if (text[pos] == '!')
        {
            pos++;
            if (pos >= end) throw ExpectingBrace();
            conversion = text[pos++];
            if (conversion != 's' && conversion != 'r' && conversion != 'a')
                throw RaiseSyntaxError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }

        if (pos >= end) throw ExpectingBrace();
        ExprNode? formatSpec = null;
        if (text[pos] == ':')
        {
            pos++;
            if (pos >= end) throw ExpectingBrace();
            // fstring_parse: the spec's JoinedStr and its trailing literal take t's position.
            var specState = new FStringState();
            ConcatFString(specState, text, ref pos, end, raw, recurseLevel + 1, first, t, last);
            formatSpec = FinishFString(specState, t, t);
        }

        if (pos >= end || text[pos] != '}') throw ExpectingBrace();
        pos++;

        // "=" without a conversion or format spec means !r.
        if (exprText is not null && formatSpec is null && conversion == -1) conversion = 'r';

        var node = new FormattedValue { Value = value, Conversion = conversion, FormatSpec = formatSpec };
        node.SetLocation(first.Lineno, first.ColOffset, last.EndLineno, last.EndColOffset);
        return node;
    }

    private PythonSyntaxError ExpectingBrace() => RaiseSyntaxError("f-string: expecting '}'");

    /// <summary>Py_ISSPACE: the C locale's whitespace.</summary>
    private static bool IsCSpace(char c) => c == ' ' || (c >= '\t' && c <= '\r');

    /// <summary>fstring_compile_expr: parses <c>text[exprStart..exprEnd)</c> as "(expr)" with a
    /// parser whose positions start where the expression stands in token <paramref name="t"/>.</summary>
    private ExprNode FStringCompileExpr(string text, int exprStart, int exprEnd, in Token t)
    {
        int k = exprStart;
        while (k < exprEnd && (text[k] == ' ' || text[k] == '\t' || text[k] == '\n' || text[k] == '\f')) k++;
        if (k == exprEnd)
        {
            char c = text[exprEnd];
            if (c == '!' || c == ':' || c == '=') throw RaiseSyntaxError($"f-string: expression required before '{c}'");
            throw RaiseSyntaxError("f-string: empty expression not allowed");
        }

        FindExprLocation(text, exprStart - 1, out int lines, out int cols);
        int lineBase = t.Lineno + lines - 1;
        int startCol = lines != 0 ? cols : t.ColOffset + cols;
        string source = string.Concat("(", text.AsSpan(exprStart, exprEnd - exprStart), ")");
        return ParseFStringExpression(source, lineBase, startCol);
    }

    /// <summary>fstring_find_expr_location: how many lines precede the '{' at <paramref name="brace"/>
    /// in the token, and the UTF-8 column shift of the expression — 0 when only blanks separate the
    /// brace from a newline; the brace's column on its line after a newline; else its offset in the token.</summary>
    private static void FindExprLocation(string text, int brace, out int lines, out int cols)
    {
        lines = 0;
        cols = 0;
        bool newlineAfterBrace = true;
        for (int s = brace + 1; s < text.Length && text[s] != '}' && text[s] != '\n'; s++)
        {
            char c = text[s];
            if (c != ' ' && c != '\t' && c != '\f')
            {
                newlineAfterBrace = false;
                break;
            }
        }
        if (!newlineAfterBrace)
        {
            int start = brace;
            while (start > 0 && text[start] != '\n') start--;
            cols = Utf8Length(text.AsSpan(start, brace - start));
            if (text[start] == '\n') cols--;
        }
        for (int p = 0; p < brace; p++)
            if (text[p] == '\n') lines++;
    }

    private static int Utf8Length(ReadOnlySpan<char> s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c < 0x80) n++;
            else if (c < 0x800) n += 2;
            else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { n += 4; i++; }
            else n += 3;
        }
        return n;
    }

    /// <summary>Runs a ParseMode.FString parser over <paramref name="source"/> ("(expr)"). Its tokens are
    /// numbered from line <paramref name="lineBase"/>+1, and those ending on the first line are shifted
    /// right by <paramref name="startCol"/> (CPython's starting_lineno / starting_col_offset).</summary>
    private ExprNode ParseFStringExpression(string source, int lineBase, int startCol)
    {
        string fileName = _source.FileName;
        var sub = new PythonParser(SourceText.FromString(source, fileName), ParseMode.FString);
        try
        {
            sub.FillShiftedTokens(sub._tokenizer, lineBase, startCol, 0);
        }
        catch (PythonSyntaxError e) when (!e.Data.Contains(FStringErrorDoneKey))
        {
            throw FStringTokenizerError(e, lineBase);
        }

        try
        {
            var body = ((Expression)sub.Run()).Body;
            CollectFStringWarnings(sub, lineBase);
            return body;
        }
        catch (PythonSyntaxError e) when (!e.Data.Contains(FStringErrorDoneKey))
        {
            throw FStringParserError(source, fileName, lineBase, startCol, e);
        }
    }

    private void CollectFStringWarnings(PythonParser sub, int lineBase)
    {
        if (sub._tokenizer.Warnings is { } own)
            foreach (var w in own)
                (FStringWarnings ??= new()).Add(w with { Lineno = w.Lineno + lineBase });
        if (sub.FStringWarnings is { } nested) (FStringWarnings ??= new()).AddRange(nested);
    }

    /// <summary>Reads every token of <paramref name="tokenizer"/> into this parser, shifted as
    /// <see cref="ParseFStringExpression"/> describes; token text offsets move by <paramref name="indexShift"/>.</summary>
    private void FillShiftedTokens(PythonTokenizer tokenizer, int lineBase, int startCol, int indexShift)
    {
        while (true)
        {
            var tok = tokenizer.Next();
            bool firstLine = tok.EndLineno == 1;
            EnsureTokenRoom();
            _tokens[_fill++] = new Token(tok.Kind, tok.Start + indexShift, tok.End + indexShift,
                tok.Lineno + lineBase, firstLine ? tok.ColOffset + startCol : tok.ColOffset,
                tok.EndLineno + lineBase, firstLine ? tok.EndColOffset + startCol : tok.EndColOffset);
            if (tok.Kind == TokenKind.EndMarker) break;
        }
    }

    /// <summary>A tokenizer error inside a replacement field: CPython reports it on the f-string's line
    /// numbering, with the column in "(expr)" and no "f-string: " prefix.</summary>
    private static PythonSyntaxError FStringTokenizerError(PythonSyntaxError e, int lineBase)
    {
        var err = new PythonSyntaxError(e.ErrorType, e.Msg, e.FileName, e.Lineno + lineBase, e.Offset,
            e.EndLineno + lineBase, e.EndOffset, e.Text);
        err.Data[FStringErrorDoneKey] = true;
        return err;
    }

    /// <summary>A parser error inside a replacement field, as _PyPegen_raise_error_known_location
    /// gives it for the f-string start rule: "f-string: " before the message, byte columns, and the
    /// start column shift taken off again (also from tokens not on the first line, which never had
    /// it: a CPython quirk). The parse is run once more, reading tokens lazily as CPython does (the
    /// furthest token read places generic errors), over "(expr)" moved down to its real line, so
    /// that its tokens have the f-string's line numbers and their own columns.</summary>
    private static PythonSyntaxError FStringParserError(string source, string fileName, int lineBase, int startCol,
        PythonSyntaxError first)
    {
        string padded = lineBase > 0 ? new string('\n', lineBase) + source : source;
        // CPython's sub-parser has no encoding, so its columns stay UTF-8 bytes.
        var sub = new PythonParser(SourceText.FromString(padded, fileName), ParseMode.FString) { ConvertErrorOffsets = false };
        PythonSyntaxError e = first;    // kept only if the second run unexpectedly succeeds
        try
        {
            sub.Run();
        }
        catch (PythonSyntaxError inner)
        {
            if (inner.Data.Contains(FStringErrorDoneKey)) return inner;
            e = inner;
        }

        var lines = source.Split('\n');
        int firstLine = lineBase + 1;
        int offset = e.Offset - (e.Lineno == firstLine ? 0 : startCol);
        int endOffset = e.EndOffset - (e.EndLineno == firstLine ? 0 : startCol);

        // The error line: the tokenizer's last line ends with the newline it adds.
        int index = Math.Clamp(e.Lineno - firstLine, 0, lines.Length - 1);
        string text = index == lines.Length - 1 ? lines[index] + "\n" : lines[index];

        var err = new PythonSyntaxError(e.ErrorType, "f-string: " + e.Msg, fileName, e.Lineno, offset,
            e.EndLineno, endOffset, text);
        err.Data[FStringErrorDoneKey] = true;
        return err;
    }
}
