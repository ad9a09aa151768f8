using Krait.Syntax.Ast;
using Krait.Syntax.Text;
using Krait.Syntax.Tokenizer;

namespace Krait.Syntax.Parser;

// The public ways in: ast.parse and compile() over source bytes, and a parse of decoded text.
public sealed partial class PythonParser
{
    /// <summary>CPython's <c>sys.getrecursionlimit()</c> default.</summary>
    internal const int DefaultRecursionLimit = 1000;

    /// <summary>The recursion depth (in CPython's units, 3 per frame) at which the one-liner
    /// <c>python3.11 -c "…ast.parse(…)…"</c> starts converting the tree: three frames deep
    /// (&lt;module&gt;, ast.parse, compile).</summary>
    internal const int AstConstructionStartDepth = 3 * 3;

    /// <summary><c>ast.parse(data, fileName)</c> for source bytes: every outcome is a tree or a
    /// <see cref="PythonSyntaxError"/>. Failures that are not SyntaxErrors in CPython carry their
    /// Python type in <see cref="PythonSyntaxError.ErrorType"/> and no location: ValueError (null
    /// bytes), MemoryError (the parser's stack limit), RecursionError (a tree too deep for
    /// CPython's AST conversion).</summary>
    public static Module ParseAst(byte[] data, string fileName, List<TokenizerWarning>? warnings = null)
    {
        var module = (Module)ParseModule(data, fileName, ParseMode.File, warnings);
        if (AstDepth.Exceeds(module, DefaultRecursionLimit * 3 - AstConstructionStartDepth))
            throw NonSyntaxError("RecursionError", "maximum recursion depth exceeded during ast construction");
        return module;
    }

    /// <summary><c>compile(data, fileName, mode)</c>'s parse of source bytes: like
    /// <see cref="ParseAst"/> but without ast.parse's conversion-depth limit. The SyntaxWarnings
    /// CPython's tokenizer would emit go to <paramref name="warnings"/>, also when the parse fails.
    /// <paramref name="errorTextFromFile"/>: CPython takes an error's line from the file named
    /// <paramref name="fileName"/> when the mode is 'exec' and that file can be read; pass false when it can't.</summary>
    public static ModNode ParseModule(byte[] data, string fileName, ParseMode mode = ParseMode.File,
        List<TokenizerWarning>? warnings = null, bool errorTextFromFile = true)
    {
        // compile() refuses NUL bytes before the parser sees the source.
        if (data.AsSpan().IndexOf((byte)0) >= 0)
            throw NonSyntaxError("ValueError", "source code string cannot contain null bytes");
        var source = SourceText.FromBytes(data, fileName);
        var parser = new PythonParser(source, mode)
        {
            // CPython's string tokenizer has an encoding (and so converts error columns to
            // characters) only for a BOM or a coding cookie.
            ConvertErrorOffsets = source.DeclaredEncoding is not null,
            SourceHadBom = source.HadUtf8Bom,
            ErrorTextFromFile = errorTextFromFile,
        };
        try
        {
            return parser.RunParser();
        }
        catch (InsufficientExecutionStackException)
        {
            // CPython's parser past MAXSTACK levels: PyErr_NoMemory().
            throw NonSyntaxError("MemoryError", "");
        }
        finally
        {
            warnings?.AddRange(parser.Warnings);
        }
    }

    /// <summary>Parses decoded source (<c>compile(…, 'exec')</c> of a str).</summary>
    public static Module ParseFile(SourceText source) =>
        (Module)new PythonParser(source, ParseMode.File).Run();
}
