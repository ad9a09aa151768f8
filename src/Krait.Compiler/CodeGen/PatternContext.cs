using Krait.Compiler.Assembler;

namespace Krait.Compiler.CodeGen;

/// <summary>compile.c's pattern_context: names captured so far, whether an irrefutable pattern is
/// allowed, the fail_pop blocks (jumping to FailPop[i] pops i items), and how many items on top of
/// the stack must stay there.</summary>
internal sealed class PatternContext
{
    public List<string> Stores = [];
    public bool AllowIrrefutable;
    public List<BasicBlock> FailPop = [];
    public int OnTop;
}
