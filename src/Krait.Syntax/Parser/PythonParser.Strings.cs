using System.Text;
using Krait.Syntax.Ast;
using Krait.Syntax.Tokenizer;

namespace Krait.Syntax.Parser;

// String and number literals: the `strings` rule and CPython's _PyPegen_concatenate_strings
// (Parser/action_helpers.c), and NUMBER values (Parser/pegen.c parsenumber).
public sealed partial class PythonParser
{
    /// <summary>Memo id of the <c>strings</c> rule ('S','T': kept clear of small rule ids).</summary>
    private const int StringsMemoId = 0x5354;

    /// <summary>strings (memo): STRING+ → Constant (str or bytes) or JoinedStr.</summary>
    internal ExprNode? Strings()
    {
        if (PeekKind() != TokenKind.String) return null;
        int start = _mark;
        if (TryMemo<ExprNode>(StringsMemoId, out var memo)) return memo;
        _mark++;
        // Like CPython's _loop1, this reads the token after the last string: errors raised while
        // building the node point there.
        while (PeekKind() == TokenKind.String) _mark++;
        return Memoize(StringsMemoId, start, ConcatenateStrings(start, _mark));
    }

    /// <summary>The value of a NUMBER token: BigInteger, double or Complex (imaginary). Throws
    /// CPython's SyntaxError for values CPython rejects (e.g. the int digit limit).</summary>
    internal object NumberValue(in Token t)
    {
        try
        {
            return NumberLiteral.Parse(TokenText(t));
        }
        catch (LiteralDecodeError e)
        {
            // pegen.c: reported without columns, "to avoid a wall of 1000s of '^'s".
            throw ErrorAt("SyntaxError",
                e.Message + " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                t.Lineno, 0, t.EndLineno, 0);
        }
    }

    /// <summary>_PyPegen_concatenate_strings over the tokens [first, end).</summary>
    private ExprNode ConcatenateStrings(int first, int end)
    {
        Token firstToken = _tokens[first], lastToken = _tokens[end - 1];
        bool bytesMode = false;
        List<byte>? bytes = null;
        var state = new FStringState();

        for (int i = first; i < end; i++)
        {
            Token t = _tokens[i];
            _stringToken = t;
            string text = StringLiteral.NormalizeNewlines(TokenString(t));
            var lit = StringLiteral.Parse(text);
            var body = text.AsSpan(lit.BodyStart, lit.BodyEnd - lit.BodyStart);

            if (lit.IsFString)
            {
                if (i != first && bytesMode) throw RaiseSyntaxError("cannot mix bytes and nonbytes literals");
                bytesMode = false;
                int pos = lit.BodyStart;
                ConcatFString(state, text, ref pos, lit.BodyEnd, lit.IsRaw, 0, firstToken, t, lastToken);
                continue;
            }

            if (lit.IsBytes)
            {
                // 3.11.2 reports this at the last token read (later 3.11 releases at the literal).
                for (int k = lit.BodyStart; k < text.Length; k++)
                    if (text[k] >= 0x80) throw RaiseSyntaxError("bytes can only contain ASCII literal characters");
                byte[] value = lit.IsRaw || body.IndexOf('\\') < 0 ? AsciiBytes(body) : DecodeBytes(body);
                if (i != first && !bytesMode) throw RaiseSyntaxError("cannot mix bytes and nonbytes literals");
                bytesMode = true;
                (bytes ??= new List<byte>(value.Length)).AddRange(value);
                continue;
            }

            List<int>? lone = null;
            string s = lit.IsRaw ? DecodeRaw(body) : DecodeStr(body, ref lone);
            if (i != first && bytesMode) throw RaiseSyntaxError("cannot mix bytes and nonbytes literals");
            bytesMode = false;
            state.Concat(s, lone);
        }

        if (bytesMode)
        {
            var node = new Constant { Value = bytes!.ToArray() };
            node.SetLocation(firstToken.Lineno, firstToken.ColOffset, lastToken.EndLineno, lastToken.EndColOffset);
            return node;
        }
        return FinishFString(state, firstToken, lastToken);
    }

    private static byte[] AsciiBytes(ReadOnlySpan<char> body)
    {
        var b = new byte[body.Length];
        for (int i = 0; i < body.Length; i++) b[i] = (byte)body[i];
        return b;
    }

    /// <summary>Decodes a str literal's escapes; a codec error becomes CPython's SyntaxError at the
    /// last token read (raise_decode_error). Surrogate code points from escapes are reported in
    /// <paramref name="lone"/> (see StringLiteral.DecodeStr).</summary>
    private string DecodeStr(ReadOnlySpan<char> body, ref List<int>? lone)
    {
        string? invalidEscape = null;
        string value;
        try
        {
            value = StringLiteral.DecodeStr(body, ref lone, ref invalidEscape);
        }
        catch (LiteralDecodeError e)
        {
            throw RaiseSyntaxError(e.Message);
        }
        if (invalidEscape is not null) WarnInvalidEscape(invalidEscape);
        return value;
    }

    /// <summary>The string token being decoded: where an invalid escape's warning points.</summary>
    private Token _stringToken;

    /// <summary>warn_invalid_escape_sequence (string_parser.c): a DeprecationWarning at the token's line, once per
    /// decoded piece (its first invalid escape); under a filter that makes it an error, a SyntaxError at the token.</summary>
    internal void WarnInvalidEscape(string message)
    {
        var e = RaiseAt(_stringToken, message);
        (FStringWarnings ??= new()).Add(new TokenizerWarning("DeprecationWarning", message, _stringToken.Lineno,
            e.Offset, e.Text, e.EndLineno, e.EndOffset));
    }

    private string DecodeRaw(ReadOnlySpan<char> body)
    {
        try
        {
            return StringLiteral.DecodeRaw(body);
        }
        catch (LiteralDecodeError e)
        {
            throw RaiseSyntaxError(e.Message);
        }
    }

    private byte[] DecodeBytes(ReadOnlySpan<char> body)
    {
        try
        {
            string? invalidEscape = null;
            var value = StringLiteral.DecodeBytes(body, ref invalidEscape);
            if (invalidEscape is not null) WarnInvalidEscape(invalidEscape);
            return value;
        }
        catch (LiteralDecodeError e)
        {
            throw RaiseSyntaxError(e.Message);
        }
    }

    /// <summary>A Constant for a run of literal text; kind 'u' when the token <paramref name="first"/>
    /// starts with a lower-case u (make_str_node_and_del).</summary>
    private Constant MakeStrNode(object value, in Token first, in Token last)
    {
        var node = new Constant { Value = value, Kind = _source.Text[first.Start] == 'u' ? "u" : null };
        node.SetLocation(first.Lineno, first.ColOffset, last.EndLineno, last.EndColOffset);
        return node;
    }

    /// <summary>CPython's FstringParser: literal text not yet turned into a Constant, the values
    /// so far, and whether any f-string took part.</summary>
    private sealed class FStringState
    {
        public StringBuilder? LastStr;
        /// <summary>Indices in <see cref="LastStr"/> of surrogate code points written as escapes (null:
        /// none, the usual case): they must not pair up with a neighbour into one astral character.</summary>
        public List<int>? LoneSurrogates;
        public readonly List<ExprNode> Values = new();
        public bool FMode;

        /// <summary>_PyPegen_FstringParser_ConcatAndDel: empty pieces are dropped.</summary>
        public void Concat(string s, List<int>? lone = null)
        {
            if (s.Length == 0) return;
            if (lone is not null)
            {
                int offset = LastStr?.Length ?? 0;
                LoneSurrogates ??= new List<int>(lone.Count);
                foreach (int k in lone) LoneSurrogates.Add(offset + k);
            }
            if (LastStr is null) LastStr = new StringBuilder(s);
            else LastStr.Append(s);
        }

        /// <summary>The pending literal text as a Constant value (string, or a CodePointString when
        /// escaped surrogates would otherwise pair up), or null when there is none.</summary>
        public object? TakeLastStr()
        {
            var s = LastStr?.ToString();
            LastStr = null;
            if (LoneSurrogates is null || s is null) return s;
            var value = Krait.Syntax.Text.CodePointString.Create(s, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(LoneSurrogates));
            LoneSurrogates = null;
            return value;
        }
    }

    /// <summary>_PyPegen_FstringParser_Finish: a Constant when no f-string took part, else a JoinedStr.</summary>
    private ExprNode FinishFString(FStringState state, in Token first, in Token last)
    {
        if (!state.FMode) return MakeStrNode(state.TakeLastStr() ?? "", first, last);
        var rest = state.TakeLastStr();
        if (rest is not null) state.Values.Add(MakeStrNode(rest, first, last));
        var node = new JoinedStr { Values = state.Values.ToArray() };
        node.SetLocation(first.Lineno, first.ColOffset, last.EndLineno, last.EndColOffset);
        return node;
    }
}
