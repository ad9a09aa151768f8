using Krait.Compiler.Bytecode;
using Krait.Compiler.CodeGen;
using Krait.Syntax;
using Krait.Syntax.Parser;

namespace Krait.Cli;

/// <summary><c>krait --dump-code FILE</c>: Krait's code objects for FILE in the canonical text form
/// that tools/dump_code.py prints for CPython's <c>compile(source, FILE, 'exec', dont_inherit=True)</c>.
/// Errors are reported as <c>--dump-ast</c> reports them.</summary>
internal static class DumpCode
{
    public static int Run(string path, TextWriter stdout, TextWriter stderr)
    {
        byte[] data;
        try
        {
            data = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"krait: can't open file '{path}': {e.Message}");
            return 2;
        }
        try
        {
            var code = Compile(data, path);
            stdout.Write(CodeDumper.Dump(code));
            return 0;
        }
        catch (PythonSyntaxError e)
        {
            stdout.Flush();
            SyntaxErrorPrinter.Print(e, stderr);
            return 1;
        }
        catch (Exception e)
        {
            stdout.Flush();
            stderr.WriteLine($"SystemError: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}");
            return 1;
        }
    }

    public static CodeObject Compile(byte[] data, string path)
    {
        var module = PythonParser.ParseAst(data, path);
        string? text = null;
        try
        {
            text = System.Text.Encoding.UTF8.GetString(data);
        }
        catch (ArgumentException)
        {
        }
        return Krait.Compiler.CodeGen.Compiler.CompileModule(module, path, text);
    }
}
