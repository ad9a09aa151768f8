namespace Krait.Compiler.Assembler;

/// <summary>The stack of exception handlers in force at a point of the flow graph.</summary>
internal sealed class ExceptStack
{
    public readonly BasicBlock?[] Handlers = new BasicBlock?[22];
    public int Depth;

    public ExceptStack Copy()
    {
        var c = new ExceptStack { Depth = Depth };
        Array.Copy(Handlers, c.Handlers, Handlers.Length);
        return c;
    }

    public BasicBlock? Top => Handlers[Depth];
}
