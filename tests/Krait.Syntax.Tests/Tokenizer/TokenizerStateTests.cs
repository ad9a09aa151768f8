using Krait.Syntax.Text;
using Krait.Syntax.Tokenizer;
using Assert = Xunit.Assert;

namespace Krait.Syntax.Tests.Tokenizer;

/// <summary>The state the parser's error reporting reads.</summary>
public class TokenizerStateTests
{
    [Fact]
    public void OpenBracketsAreTracked()
    {
        var tok = new PythonTokenizer(SourceText.FromString("f(a,\n  [é, {"));
        for (int i = 0; i < 7; i++) tok.Next(); // f ( a , [ é ,
        Assert.Equal(2, tok.Level);
        Assert.Equal(new PythonTokenizer.OpenBracketInfo('(', 1, 1), tok.OpenBracket(0));
        Assert.Equal(new PythonTokenizer.OpenBracketInfo('[', 2, 2), tok.OpenBracket(1));
        tok.Next(); // {
        Assert.Equal(3, tok.Level);
        Assert.Equal(new PythonTokenizer.OpenBracketInfo('{', 2, 7), tok.OpenBracket(2));
        Assert.False(tok.ReachedEof);
        var e = Assert.Throws<PythonSyntaxError>(() => tok.Next());
        Assert.Equal("'{' was never closed", e.Msg);
        Assert.True(tok.ReachedEof);
        Assert.Equal(TokenizerErrorKind.Eof, tok.ErrorKind);
    }

    [Fact]
    public void EndMarkerSetsReachedEof()
    {
        var tok = new PythonTokenizer(SourceText.FromString("x\n"));
        while (tok.Next().Kind != TokenKind.EndMarker) Assert.False(tok.ReachedEof);
        Assert.True(tok.ReachedEof);
    }

    /// <summary>Like tok->done == E_EOF: set as soon as a read finds no more input, e.g. while
    /// scanning the last name of eval input, or at the DEDENTs before ENDMARKER.</summary>
    [Fact]
    public void ReachedEofWhenAReadFindsTheEnd()
    {
        var tok = new PythonTokenizer(SourceText.FromString("a b"), execInput: false);
        tok.Next();
        Assert.False(tok.ReachedEof);
        tok.Next();
        Assert.True(tok.ReachedEof);
        tok = new PythonTokenizer(SourceText.FromString("if x:\n  y\n"));
        while (tok.Next().Kind != TokenKind.Dedent) Assert.False(tok.ReachedEof);
        Assert.True(tok.ReachedEof);
    }

    [Fact]
    public void CurrentColumnIsInBytes()
    {
        var tok = new PythonTokenizer(SourceText.FromString("é = 1\n"));
        tok.Next();
        Assert.Equal(2, tok.CurrentColumn);
        Assert.Equal(1, tok.Lineno);
    }

    /// <summary>CheckRestForErrors throws errors the tokenizer raises itself.</summary>
    [Fact]
    public void CheckRestThrowsLaterTokenizerError()
    {
        var tok = new PythonTokenizer(SourceText.FromString("a b\nc = 0x\n"));
        tok.Next();
        tok.Next();
        var e = Assert.Throws<PythonSyntaxError>(() => tok.CheckRestForErrors(1));
        Assert.Equal(("invalid hexadecimal literal", 2, 6), (e.Msg, e.Lineno, e.Offset));
    }

    /// <summary>An identifier that is not UTF-8, found only by CheckRestForErrors, is CPython's bare
    /// UnicodeDecodeError (python3.11 -c "compile(b'%\xc7\n', 'f', 'exec')").</summary>
    [Fact]
    public void CheckRestGivesBareDecodeError()
    {
        var tok = new PythonTokenizer(SourceText.FromBytes([(byte)'%', 0xC7, (byte)'\n'], "f"));
        Assert.Equal(TokenKind.Percent, tok.Next().Kind);
        var e = Assert.Throws<PythonSyntaxError>(() => tok.CheckRestForErrors(1));
        Assert.Equal(("UnicodeDecodeError", "'utf-8' codec can't decode byte 0xc7 in position 0: unexpected end of data"),
            (e.ErrorType, e.Msg));
        tok = new PythonTokenizer(SourceText.FromBytes([(byte)'(', 0xC7, (byte)'\n'], "f"));
        tok.Next();
        e = Assert.Throws<PythonSyntaxError>(() => tok.Next());
        Assert.Equal(("SyntaxError", "(unicode error) 'utf-8' codec can't decode byte 0xc7 in position 0: unexpected end of data"),
            (e.ErrorType, e.Msg));
    }

    /// <summary>Indentation errors are not reported by CheckRestForErrors (CPython ignores them there).</summary>
    [Fact]
    public void CheckRestIgnoresIndentationErrors()
    {
        var tok = new PythonTokenizer(SourceText.FromString("a b\nif x:\n  a\n b\n"));
        tok.Next();
        tok.CheckRestForErrors(1);
    }

    /// <summary>An unclosed bracket is reported only if it was opened before the error line.</summary>
    [Fact]
    public void CheckRestReportsUnclosedBracketBeforeErrorLine()
    {
        var tok = new PythonTokenizer(SourceText.FromString("x = (\na b\n"));
        tok.Next();
        tok.CheckRestForErrors(1);
        tok = new PythonTokenizer(SourceText.FromString("x = (\na b\n"));
        tok.Next();
        var e = Assert.Throws<PythonSyntaxError>(() => tok.CheckRestForErrors(2));
        Assert.Equal(("'(' was never closed", 1, 5), (e.Msg, e.Lineno, e.Offset));
    }
}
