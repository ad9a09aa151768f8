namespace Krait.Compiler;

/// <summary>Facts about the bytecode Krait emits: CPython 3.11's format.</summary>
public static class CompilerInfo
{
    /// <summary>The magic number of CPython 3.11 .pyc files (importlib.util.MAGIC_NUMBER).</summary>
    public const int PycMagic = 3495;
}
