namespace Krait.Compiler.Symtable;

/// <summary>How a name is used in one scope: CPython 3.11's DEF_* / USE bits (Include/internal/
/// pycore_symtable.h), with the same values, so that a raw value equals <c>Symbol._Symbol__flags</c>
/// once the resolved scope is added at <see cref="SymbolTable.ScopeOffset"/>.</summary>
[Flags]
public enum SymbolFlags
{
    None = 0,
    /// <summary>A <c>global</c> statement names it (or a walrus in a comprehension at module level).</summary>
    DefGlobal = 1,
    /// <summary>Assigned, deleted, defined (def/class), or bound by for/with/except/match.</summary>
    DefLocal = 2,
    /// <summary>A parameter (including a comprehension's <c>.0</c>).</summary>
    DefParam = 4,
    /// <summary>A <c>nonlocal</c> statement names it (or a walrus in a comprehension in a function).</summary>
    DefNonlocal = 8,
    /// <summary>Loaded.</summary>
    Use = 16,
    /// <summary>Free in this scope (unused by 3.11's analysis; kept for the value).</summary>
    DefFree = 32,
    /// <summary>Free in a method but bound (or global) in this class body.</summary>
    DefFreeClass = 64,
    /// <summary>Bound by an import.</summary>
    DefImport = 128,
    /// <summary>Annotated (<c>x: int</c> with a simple name target).</summary>
    DefAnnot = 256,
    /// <summary>An iteration variable of a comprehension.</summary>
    DefCompIter = 512,
    /// <summary>DEF_BOUND: any binding.</summary>
    DefBound = DefLocal | DefParam | DefImport,
}
