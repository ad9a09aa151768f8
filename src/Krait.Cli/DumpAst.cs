using Krait.Syntax;
using Krait.Syntax.Parser;
using Krait.Syntax.Tokenizer;

namespace Krait.Cli;

/// <summary><c>krait --dump-ast FILE</c>: prints what
/// <c>print(ast.dump(ast.parse(open(FILE,'rb').read(), FILE), include_attributes=True))</c> prints.
/// On an error it prints CPython's report of the exception on stderr (see SyntaxErrorPrinter: the
/// <c>File "FILE", line N</c> line, the source line, the carets, <c>SyntaxError: message</c>; for
/// MemoryError/RecursionError/ValueError just <c>Type: message</c>) and exits with 1, as the
/// one-liner does. Any other failure is Krait's own bug and becomes one <c>SystemError: …</c>
/// line with exit status 1: no .NET exception escapes.
/// Known difference: for trees between about 990 and 2988 levels deep, the one-liner's own
/// <c>ast.dump</c> (recursive Python) exceeds Python's recursion limit and prints a RecursionError
/// traceback; Krait prints the dump. (ast.parse's own limits — MemoryError past the parser's stack,
/// RecursionError "during ast construction" — are reproduced.)</summary>
internal static class DumpAst
{
    public static int Run(string path, TextWriter stdout, TextWriter stderr)
    {
        if (!SourceFile.TryRead(path, stderr, out var data, out var fileName)) return 2;

        var warnings = new List<TokenizerWarning>();
        try
        {
            var module = PythonParser.ParseAst(data, fileName, warnings);
            WarningPrinter.Print(warnings, fileName, data, stderr);
            stdout.WriteLine(module.Dump(includeAttributes: true));
            return 0;
        }
        catch (PythonSyntaxError e)
        {
            WarningPrinter.Print(warnings, fileName, data, stderr);
            stdout.Flush();
            SyntaxErrorPrinter.Print(e, stderr);
            return 1;
        }
        catch (Exception e)
        {
            // A bug in Krait, not in the program: one line, as CPython reports its own SystemError.
            stdout.Flush();
            stderr.WriteLine($"SystemError: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}");
            return 1;
        }
    }
}
