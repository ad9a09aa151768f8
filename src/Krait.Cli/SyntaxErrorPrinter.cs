using Krait.Runtime;
using Krait.Syntax;

namespace Krait.Cli;

/// <summary>Prints a compile error as an uncaught exception, the way CPython 3.11 does (no traceback frames
/// above it): the runtime's <see cref="ExceptionPrinter"/> formats the SyntaxError (or MemoryError,
/// RecursionError, ValueError) made from the parser's error.</summary>
internal static class SyntaxErrorPrinter
{
    public static void Print(PythonSyntaxError e, TextWriter w) => w.Write(Format(e));

    public static string Format(PythonSyntaxError e) => ExceptionPrinter.Format(CompileService.ToPython(e));
}
