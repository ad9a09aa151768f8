using Krait.Syntax;
using Krait.Syntax.Parser;
using Krait.Syntax.Text;

namespace Krait.Cli;

/// <summary><c>krait --dump-ast FILE</c>: prints what
/// <c>print(ast.dump(ast.parse(open(FILE,'rb').read(), FILE), include_attributes=True))</c> prints.</summary>
internal static class DumpAst
{
    public static int Run(string path, TextWriter stdout, TextWriter stderr)
    {
        byte[] data;
        string fileName = path;
        try
        {
            if (path == "-")
            {
                using var stdin = Console.OpenStandardInput();
                using var ms = new MemoryStream();
                stdin.CopyTo(ms);
                data = ms.ToArray();
                fileName = "<stdin>";
            }
            else
            {
                data = File.ReadAllBytes(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"krait: can't open file '{path}': {e.Message}");
            return 2;
        }

        try
        {
            var source = SourceText.FromBytes(data, fileName);
            var module = PythonParser.ParseFile(source);
            stdout.WriteLine(module.Dump(includeAttributes: true));
            return 0;
        }
        catch (PythonSyntaxError e)
        {
            SyntaxErrorPrinter.Print(e, stderr);
            return 1;
        }
    }
}
