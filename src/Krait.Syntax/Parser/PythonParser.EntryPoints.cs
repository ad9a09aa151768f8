using Krait.Syntax.Ast;
using Krait.Syntax.Text;

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
    public static Module ParseAst(byte[] data, string fileName)
    {
        var module = (Module)ParseModule(data, fileName);
        if (AstDepth.Exceeds(module, DefaultRecursionLimit * 3 - AstConstructionStartDepth))
            throw NonSyntaxError("RecursionError", "maximum recursion depth exceeded during ast construction");
        return module;
    }

    /// <summary><c>compile(data, fileName, mode)</c>'s parse of source bytes: like
    /// <see cref="ParseAst"/> but without ast.parse's conversion-depth limit.</summary>
    public static ModNode ParseModule(byte[] data, string fileName, ParseMode mode = ParseMode.File)
    {
        // compile() refuses NUL bytes before the parser sees the source.
        if (data.AsSpan().IndexOf((byte)0) >= 0)
            throw NonSyntaxError("ValueError", "source code string cannot contain null bytes");
        var source = SourceText.FromBytes(data, fileName);
        var parser = new PythonParser(source, mode)
        {
            // CPython's string tokenizer has an encoding (and so converts error columns to
            // characters) only for a BOM or a coding cookie.
            ConvertErrorOffsets = HasBom(data) || HasCodingCookie(data),
            SourceHadBom = HasBom(data),
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
    }

    /// <summary>Parses decoded source (<c>compile(…, 'exec')</c> of a str).</summary>
    public static Module ParseFile(SourceText source) =>
        (Module)new PythonParser(source, ParseMode.File).Run();


    private static bool HasBom(byte[] data) =>
        data.Length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF;

    /// <summary>PEP 263: a comment on line 1, or on line 2 after a comment-only or blank line 1,
    /// matching <c>coding[:=]\s*[-\w.]+</c>.</summary>
    private static bool HasCodingCookie(byte[] data)
    {
        int pos = 0;
        for (int line = 0; line < 2 && pos < data.Length; line++)
        {
            int end = Array.IndexOf(data, (byte)'\n', pos);
            if (end < 0) end = data.Length;
            var l = data.AsSpan(pos, end - pos);
            int i = 0;
            while (i < l.Length && l[i] is (byte)' ' or (byte)'\t' or (byte)'\f') i++;
            if (i < l.Length && l[i] == '#')
            {
                if (CookieIn(l[i..])) return true;
            }
            else if (i < l.Length && l[i] is not ((byte)'\r'))
            {
                return false; // code on line 1: line 2 is not looked at
            }
            pos = end + 1;
        }
        return false;
    }

    private static bool CookieIn(ReadOnlySpan<byte> comment)
    {
        for (int k = comment.IndexOf("coding"u8); k >= 0;)
        {
            int j = k + 6;
            if (j < comment.Length && comment[j] is (byte)':' or (byte)'=')
            {
                j++;
                while (j < comment.Length && comment[j] is (byte)' ' or (byte)'\t') j++;
                if (j < comment.Length && (char.IsAsciiLetterOrDigit((char)comment[j]) || comment[j] is (byte)'-' or (byte)'_' or (byte)'.'))
                    return true;
            }
            int next = comment[(k + 1)..].IndexOf("coding"u8);
            k = next < 0 ? -1 : k + 1 + next;
        }
        return false;
    }
}
