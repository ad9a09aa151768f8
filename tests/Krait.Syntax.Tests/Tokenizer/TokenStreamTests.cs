using System.Text;
using Krait.Syntax.Text;
using Krait.Syntax.Tokenizer;
using Assert = Xunit.Assert;

namespace Krait.Syntax.Tests.Tokenizer;

public class TokenStreamTests
{
    private static readonly System.Text.Json.JsonElement[] Cases = TokenizerData.Load("tokens.jsonl");

    public static IEnumerable<object[]> Indexes() => TokenizerData.Indexes("tokens.jsonl");

    /// <summary>Token kinds, positions and texts equal CPython 3.11's for each recorded snippet.</summary>
    [Theory]
    [MemberData(nameof(Indexes))]
    public void TokensMatchCPython(int index)
    {
        var c = Cases[index];
        string src = c.GetProperty("src").GetString()!;
        var expected = new StringBuilder();
        foreach (var t in c.GetProperty("tokens").EnumerateArray())
        {
            expected.Append($"{t[0].GetString()} {t[1].GetInt32()},{t[2].GetInt32()}-{t[3].GetInt32()},{t[4].GetInt32()}");
            string text = t[5].GetString()!;
            if (text.Length > 0) expected.Append(' ').Append(text);
            expected.Append('\n');
        }
        Assert.Equal(expected.ToString(), Dump(SourceText.FromBytes(Encoding.UTF8.GetBytes(src), "f")));
    }

    internal static string Dump(SourceText source)
    {
        var sb = new StringBuilder();
        var tok = new PythonTokenizer(source);
        for (;;)
        {
            var t = tok.Next();
            string kind = t.IsKeyword ? source.Text.Substring(t.Start, t.Length) : Name(t.Kind);
            sb.Append($"{kind} {t.Lineno},{t.ColOffset}-{t.EndLineno},{t.EndColOffset}");
            if (t.Kind is not (TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent or TokenKind.EndMarker))
                sb.Append(' ').Append(source.Text, t.Start, t.Length);
            sb.Append('\n');
            if (t.Kind == TokenKind.EndMarker) return sb.ToString();
        }
    }

    /// <summary>CPython's token name (token.tok_name) of a kind.</summary>
    private static string Name(TokenKind kind) => kind == TokenKind.Op ? "OP" : kind.ToString().ToUpperInvariant();

    [Fact]
    public void SoftKeywordsAreNames()
    {
        var src = SourceText.FromString("match case _ type\n");
        var tok = new PythonTokenizer(src);
        for (int i = 0; i < 4; i++) Assert.Equal(TokenKind.Name, tok.Next().Kind);
    }

    [Theory]
    [InlineData("False", TokenKind.False)]
    [InlineData("None", TokenKind.None)]
    [InlineData("async", TokenKind.Async)]
    [InlineData("await", TokenKind.Await)]
    [InlineData("nonlocal", TokenKind.Nonlocal)]
    [InlineData("yield", TokenKind.Yield)]
    [InlineData("print", TokenKind.Name)]
    [InlineData("Async", TokenKind.Name)]
    public void HardKeywordsHaveTheirOwnKind(string word, TokenKind kind) =>
        Assert.Equal(kind, new PythonTokenizer(SourceText.FromString(word)).Next().Kind);

    /// <summary>Characters that are no operator are single OP tokens (the parser reports
    /// "invalid syntax" at them, as CPython does for <c>a ! b</c>, <c>$</c>, <c>?</c>, backtick).</summary>
    [Theory]
    [InlineData("!")]
    [InlineData("$")]
    [InlineData("?")]
    [InlineData("`")]
    public void StrayCharactersAreOpTokens(string ch)
    {
        var tok = new PythonTokenizer(SourceText.FromString("a " + ch + " b\n"));
        Assert.Equal(TokenKind.Name, tok.Next().Kind);
        var t = tok.Next();
        Assert.Equal(TokenKind.Op, t.Kind);
        Assert.Equal((1, 2, 1, 3), (t.Lineno, t.ColOffset, t.EndLineno, t.EndColOffset));
        Assert.Equal(TokenKind.Name, tok.Next().Kind);
    }

    [Fact]
    public void LessGreaterIsNotEqual() =>
        Assert.Equal(TokenKind.NotEqual, new PythonTokenizer(SourceText.FromString("<>")).Next().Kind);

    /// <summary>A number directly followed by one of the keywords that may follow a number is
    /// tokenized, with CPython's SyntaxWarning recorded.</summary>
    [Fact]
    public void NumberBeforeKeywordWarns()
    {
        var tok = new PythonTokenizer(SourceText.FromString("x = 0x1for y in z\n"));
        var kinds = new List<TokenKind>();
        for (var t = tok.Next(); t.Kind != TokenKind.EndMarker; t = tok.Next()) kinds.Add(t.Kind);
        Assert.Equal([TokenKind.Name, TokenKind.Equal, TokenKind.Number, TokenKind.Or, TokenKind.Name, TokenKind.In,
            TokenKind.Name, TokenKind.Newline], kinds);
        Assert.NotNull(tok.Warnings);
        // Offset and text: where the SyntaxError goes when a filter makes the warning an error (CPython: 8).
        Assert.Equal(new TokenizerWarning("SyntaxWarning", "invalid hexadecimal literal", 1, 8, "x = 0x1for y in z"), Assert.Single(tok.Warnings!));
    }

    /// <summary>Eval input gets no implied newline at the end.</summary>
    [Fact]
    public void EvalInputHasNoImpliedNewline()
    {
        var tok = new PythonTokenizer(SourceText.FromString("1 + 2"), execInput: false);
        var kinds = new List<TokenKind>();
        for (var t = tok.Next(); t.Kind != TokenKind.EndMarker; t = tok.Next()) kinds.Add(t.Kind);
        Assert.Equal([TokenKind.Number, TokenKind.Plus, TokenKind.Number], kinds);
    }

    /// <summary>'single' input: the end of input after a statement is an extra NEWLINE followed by
    /// the open DEDENTs (pegen's _PyPegen_fill_token for Py_single_input); empty input is just
    /// ENDMARKER on line 0 (no newline is implied).</summary>
    [Theory]
    [InlineData("if x:\n    y", "If Name Colon Newline Indent Name Newline Dedent Newline EndMarker")]
    [InlineData("if x:\n    y\n", "If Name Colon Newline Indent Name Newline Dedent Newline EndMarker")]
    [InlineData("x = 1", "Name Equal Number Newline EndMarker")]
    [InlineData("", "EndMarker")]
    public void SingleInputEndsWithNewline(string src, string kinds)
    {
        var tok = new PythonTokenizer(SourceText.FromString(src), execInput: false, singleInput: true);
        var names = new List<string>();
        Token t;
        do
        {
            t = tok.Next();
            names.Add(t.Kind.ToString());
        } while (t.Kind != TokenKind.EndMarker);
        Assert.Equal(kinds, string.Join(' ', names));
        if (src.Length == 0) Assert.Equal(0, t.Lineno);
    }
}
