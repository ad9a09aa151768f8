namespace Krait.Compiler.Bytecode;

/// <summary>A tuple constant in co_consts.</summary>
public sealed class ConstTuple(object?[] items)
{
    public object?[] Items { get; } = items;
}
