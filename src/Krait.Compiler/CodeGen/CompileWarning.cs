namespace Krait.Compiler.CodeGen;

/// <summary>A SyntaxWarning the code generator reports (compiler_warn): the runtime passes it to the warnings
/// machinery, and turns it into a SyntaxError at this location when a filter makes it an error.</summary>
public sealed record CompileWarning(string Message, int Lineno, int ColOffset, int EndLineno, int EndColOffset);
