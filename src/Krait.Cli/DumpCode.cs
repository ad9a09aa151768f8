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
        if (!SourceFile.TryRead(path, stderr, out var data, out var fileName)) return 2;
        try
        {
            var code = Compile(data, fileName);
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

    /// <summary>compile(data, path, 'exec'): the parse has no ast.parse conversion-depth limit, and
    /// the decoded text (coding cookie honoured) gives compile-time errors their source line.</summary>
    public static CodeObject Compile(byte[] data, string path)
    {
        var module = (Krait.Syntax.Ast.Module)PythonParser.ParseModule(data, path);
        string text = Krait.Syntax.Text.SourceText.FromBytes(data, path).Text;
        return Krait.Compiler.CodeGen.Compiler.CompileModule(module, path, text);
    }
}
