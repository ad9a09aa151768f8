using System.Text;
using Krait.Compiler.Bytecode;
using Krait.Syntax;
using Krait.Syntax.Ast;
using Krait.Syntax.Parser;
using Krait.Syntax.Text;

namespace Krait.Compiler.Tests.CodeGen;

/// <summary>Krait's side of a comparison: the canonical dump of a file's code objects, or the
/// error line in the form tools/record_codegen_cases.py writes.</summary>
internal static class KraitCode
{
    public static string DumpOrError(byte[] data, string fileName, int optimize = 0, ParseMode mode = ParseMode.File)
    {
        try
        {
            // As compile() parses: no ast.parse depth limit, any mode.
            ModNode module = PythonParser.ParseModule(data, fileName, mode);
            string text = SourceText.FromBytes(data, fileName).Text;
            var code = Krait.Compiler.CodeGen.Compiler.Compile(module, fileName, text, optimize);
            return CodeDumper.Dump(code);
        }
        catch (PythonSyntaxError e)
        {
            return $"error {e.ErrorType}|{e.Msg}|{e.Lineno}|{e.Offset}|{e.EndLineno}|{e.EndOffset}\n";
        }
    }
}
