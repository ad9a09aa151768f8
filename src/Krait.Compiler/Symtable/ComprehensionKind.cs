namespace Krait.Compiler.Symtable;

/// <summary>CPython 3.11's <c>_Py_comprehension_ty</c>: which comprehension a block is, if any.</summary>
public enum ComprehensionKind
{
    None = 0,
    List = 1,
    Dict = 2,
    Set = 3,
    Generator = 4,
}
