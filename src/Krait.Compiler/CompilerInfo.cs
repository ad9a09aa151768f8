namespace Krait.Compiler;

/// <summary>Facts about the bytecode Krait emits: CPython 3.11's format.</summary>
public static class CompilerInfo
{
    /// <summary>The magic number of CPython 3.11 .pyc files (importlib.util.MAGIC_NUMBER).</summary>
    public const int PycMagic = 3495;

    /// <summary>_opcode.stack_effect: the stack effect of a 3.11 opcode (or of one of compile.c's negative
    /// pseudo-instructions), or null for an invalid opcode. <paramref name="jump"/> is 1 (jumping), 0 (not jumping) or -1 (None: CPython's stack_effect
    /// then takes the branch its <c>jump &gt; 0</c> / <c>jump</c> tests pick).</summary>
    public static int? StackEffect(int opcode, int oparg, int jump)
    {
        if (opcode > 255) return null;
        bool taken = jump switch
        {
            1 => true,
            0 => false,
            // compile.c tests `jump > 0` for FOR_ITER and SEND, plain `jump` for the others.
            _ => opcode is not (Bytecode.Op.FOR_ITER or Bytecode.Op.SEND),
        };
        try
        {
            return Assembler.StackEffect.Of(opcode, oparg, taken);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
