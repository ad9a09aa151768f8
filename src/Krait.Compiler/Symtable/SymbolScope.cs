namespace Krait.Compiler.Symtable;

/// <summary>A name's resolved scope: CPython 3.11's LOCAL … CELL, with the same values (0 when a
/// name is not in the scope at all).</summary>
public enum SymbolScope
{
    None = 0,
    Local = 1,
    GlobalExplicit = 2,
    GlobalImplicit = 3,
    Free = 4,
    Cell = 5,
}
