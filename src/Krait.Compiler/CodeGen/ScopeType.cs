namespace Krait.Compiler.CodeGen;

/// <summary>compile.c's COMPILER_SCOPE_*.</summary>
internal enum ScopeType
{
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}
