namespace Krait.Compiler.Bytecode;

/// <summary>A frozenset constant in co_consts (items in insertion order, without duplicates).</summary>
public sealed class ConstFrozenSet(object?[] items)
{
    public object?[] Items { get; } = items;
}
