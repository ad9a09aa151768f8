namespace Krait.Compiler.Bytecode;

/// <summary>co_flags bits (Include/cpython/code.h).</summary>
public static class CodeFlags
{
    public const int Optimized = 0x1;
    public const int NewLocals = 0x2;
    public const int VarArgs = 0x4;
    public const int VarKeywords = 0x8;
    public const int Nested = 0x10;
    public const int Generator = 0x20;
    public const int NoFree = 0x40;
    public const int Coroutine = 0x80;
    public const int IterableCoroutine = 0x100;
    public const int AsyncGenerator = 0x200;
    public const int FutureAnnotations = 0x1000000;
}
