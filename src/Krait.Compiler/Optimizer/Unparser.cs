using Krait.Syntax.Ast;

namespace Krait.Compiler.Optimizer;

/// <summary>_PyAST_ExprAsUnicode (Python/ast_unparse.c), used for annotations under
/// <c>from __future__ import annotations</c>. Not written yet.</summary>
internal static class Unparser
{
    public static string Unparse(ExprNode e) => throw new NotSupportedException("from __future__ import annotations");
}
