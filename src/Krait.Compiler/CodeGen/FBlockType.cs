namespace Krait.Compiler.CodeGen;

/// <summary>Kinds of frame blocks (compile.c's enum fblocktype): the statically nested
/// constructs that break/continue/return must unwind.</summary>
internal enum FBlockType
{
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
}
