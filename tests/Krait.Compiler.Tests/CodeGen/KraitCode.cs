using System.Text;
using Krait.Compiler.Bytecode;
using Krait.Syntax;
using Krait.Syntax.Parser;

namespace Krait.Compiler.Tests.CodeGen;

/// <summary>Krait's side of a comparison: the canonical dump of a file's code objects, or the
/// error line in the form tools/record_codegen_cases.py writes.</summary>
internal static class KraitCode
{
    public static string DumpOrError(byte[] data, string fileName, int optimize = 0)
    {
        try
        {
            var module = PythonParser.ParseAst(data, fileName);
            string? text = null;
            try
            {
                text = new UTF8Encoding(false, true).GetString(data);
            }
            catch (DecoderFallbackException)
            {
            }
            var code = Krait.Compiler.CodeGen.Compiler.CompileModule(module, fileName, text, optimize);
            return CodeDumper.Dump(code);
        }
        catch (PythonSyntaxError e)
        {
            return $"error {e.ErrorType}|{e.Msg}|{e.Lineno}|{e.Offset}|{e.EndLineno}|{e.EndOffset}\n";
        }
    }
}
