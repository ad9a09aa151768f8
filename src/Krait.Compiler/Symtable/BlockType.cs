namespace Krait.Compiler.Symtable;

/// <summary>CPython 3.11's <c>_Py_block_ty</c> (same values: <c>_symtable.TYPE_FUNCTION</c> is 0).
/// Lambdas and comprehensions are function blocks. Annotation blocks exist only with
/// <c>from __future__ import annotations</c>; they are never a child of another block.</summary>
public enum BlockType
{
    Function = 0,
    Class = 1,
    Module = 2,
    Annotation = 3,
}
