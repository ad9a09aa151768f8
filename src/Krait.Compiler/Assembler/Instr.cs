namespace Krait.Compiler.Assembler;

/// <summary>One instruction of the flow graph (compile.c's struct instr).</summary>
internal struct Instr
{
    public int Opcode;
    public int Oparg;
    public BasicBlock? Target;
    /// <summary>The handler in force for this instruction, set by the exception-table pass.</summary>
    public BasicBlock? Except;
    public Location Loc;

    public Instr(int opcode, int oparg, Location loc, BasicBlock? target = null)
    {
        Opcode = opcode;
        Oparg = oparg;
        Loc = loc;
        Target = target;
        Except = null;
    }

    public readonly int Lineno => Loc.Lineno;
}
