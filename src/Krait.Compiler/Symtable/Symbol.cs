namespace Krait.Compiler.Symtable;

/// <summary>One name of a scope. <see cref="RawFlags"/> is CPython's stored value: the
/// <see cref="SymbolFlags"/> bits plus the resolved scope shifted by
/// <see cref="SymbolTable.ScopeOffset"/> (what <c>symtable.Symbol._Symbol__flags</c> shows).</summary>
public readonly record struct Symbol(string Name, int RawFlags)
{
    /// <summary>The usage bits without the scope.</summary>
    public SymbolFlags Flags => (SymbolFlags)(RawFlags & ((1 << SymbolTable.ScopeOffset) - 1));

    /// <summary>The resolved scope (after analysis).</summary>
    public SymbolScope Scope => (SymbolScope)((RawFlags >> SymbolTable.ScopeOffset) & SymbolTable.ScopeMask);
}
