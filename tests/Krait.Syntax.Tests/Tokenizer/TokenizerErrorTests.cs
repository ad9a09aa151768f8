using Krait.Syntax.Text;
using Krait.Syntax.Tokenizer;
using Assert = Xunit.Assert;

namespace Krait.Syntax.Tests.Tokenizer;

public class TokenizerErrorTests
{
    private static readonly System.Text.Json.JsonElement[] Cases = TokenizerData.Load("errors.jsonl");

    public static IEnumerable<object[]> Indexes() => TokenizerData.Indexes("errors.jsonl");

    /// <summary>Decoding then tokenizing the whole source raises CPython's SyntaxError (type,
    /// message, line, offset, end line, end offset). CPython's None is 0 here.</summary>
    [Theory]
    [MemberData(nameof(Indexes))]
    public void ErrorMatchesCPython(int index)
    {
        var c = Cases[index];
        var bytes = Convert.FromBase64String(c.GetProperty("src").GetString()!);
        var e = c.GetProperty("error");
        int Int(int i) => e[i].ValueKind == System.Text.Json.JsonValueKind.Null ? 0 : e[i].GetInt32();
        string expected = $"{e[0].GetString()}: {e[1].GetString()} {Int(2)},{Int(3)}-{Int(4)},{Int(5)}";

        Assert.Equal(expected, FirstError(() => SourceText.FromBytes(bytes, "f")));
    }

    private static readonly System.Text.Json.JsonElement[] StrCases = TokenizerData.Load("errors_str.jsonl");

    public static IEnumerable<object[]> StrIndexes() => TokenizerData.Indexes("errors_str.jsonl");

    /// <summary>The same for source given as a string (compile(str)): offsets in characters.</summary>
    [Theory]
    [MemberData(nameof(StrIndexes))]
    public void ErrorOfStringSourceMatchesCPython(int index)
    {
        var c = StrCases[index];
        string src = c.GetProperty("src").GetString()!;
        var e = c.GetProperty("error");
        string expected = $"{e[0].GetString()}: {e[1].GetString()} {e[2].GetInt32()},{e[3].GetInt32()}-{e[4].GetInt32()},{e[5].GetInt32()}";
        Assert.Equal(expected, FirstError(() => SourceText.FromString(src, "f")));
    }

    private static string FirstError(Func<SourceText> source)
    {
        try
        {
            var tok = new PythonTokenizer(source());
            while (tok.Next().Kind != TokenKind.EndMarker) { }
            return "no error";
        }
        catch (PythonSyntaxError x)
        {
            return $"{x.ErrorType}: {x.Msg} {x.Lineno},{x.Offset}-{x.EndLineno},{x.EndOffset}";
        }
    }

    /// <summary>After an error every further Next() throws the same error (tok->done stays set).</summary>
    [Fact]
    public void ErrorIsSticky()
    {
        var tok = new PythonTokenizer(SourceText.FromString("x = 0x\ny = 1\n"));
        tok.Next();
        tok.Next();
        var e1 = Assert.Throws<PythonSyntaxError>(() => tok.Next());
        var e2 = Assert.Throws<PythonSyntaxError>(() => tok.Next());
        Assert.Same(e1, e2);
        Assert.Equal(TokenizerErrorKind.Direct, tok.ErrorKind);
    }

    /// <summary>The error text is the line without its newline for errors the tokenizer raises,
    /// with it for the errors pegen raises from the tokenizer's state.</summary>
    [Fact]
    public void ErrorTextIsTheLine()
    {
        var e = Assert.Throws<PythonSyntaxError>(() => Drain("x = 1\ny = 'abc\n"));
        Assert.Equal("y = 'abc", e.Text);
        e = Assert.Throws<PythonSyntaxError>(() => Drain("if x:\n  a\n b\n"));
        Assert.Equal(" b\n", e.Text);
    }

    private static void Drain(string src)
    {
        var tok = new PythonTokenizer(SourceText.FromString(src));
        while (tok.Next().Kind != TokenKind.EndMarker) { }
    }
}
