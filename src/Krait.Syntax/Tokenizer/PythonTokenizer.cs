using Krait.Syntax.Text;

namespace Krait.Syntax.Tokenizer;

/// <summary>CPython 3.11's tokenizer (Parser/tokenizer.c), producing tokens on demand.</summary>
public sealed partial class PythonTokenizer
{
    private readonly SourceText _source;

    public PythonTokenizer(SourceText source)
    {
        _source = source;
    }

    public SourceText Source => _source;

    /// <summary>The next token; throws <see cref="PythonSyntaxError"/> for tokenizer errors.</summary>
    public Token Next() => throw new NotImplementedException("tokenizer: being written");
}
