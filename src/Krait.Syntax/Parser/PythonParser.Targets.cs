using Krait.Syntax.Ast;

namespace Krait.Syntax.Parser;

// CONTRACT STUBS — owned by the expressions work, which replaces the bodies (keeping signatures).
public sealed partial class PythonParser
{
    internal ExprNode? StarTargets() => throw new NotImplementedException();
    internal ExprNode? StarTarget() => throw new NotImplementedException();
    internal ExprNode? SingleTarget() => throw new NotImplementedException();
    internal ExprNode? SingleSubscriptAttributeTarget() => throw new NotImplementedException();
    internal List<ExprNode>? DelTargets() => throw new NotImplementedException();

    /// <summary>RAISE_SYNTAX_ERROR_INVALID_TARGET(kind, e) (_RAISE_SYNTAX_ERROR_INVALID_TARGET).</summary>
    internal PythonSyntaxError? RaiseInvalidTarget(TargetsKind kind, ExprNode e) => throw new NotImplementedException();

    /// <summary>_PyPegen_get_expr_name: how error messages name an expression ("literal", "tuple", …).</summary>
    internal static string GetExprName(ExprNode e) => throw new NotImplementedException();

    /// <summary>_PyPegen_set_expr_context: a copy or in-place update of <paramref name="e"/> with ctx set recursively.</summary>
    internal static ExprNode SetExprContext(ExprNode e, ExprContext ctx) => throw new NotImplementedException();
}

/// <summary>CPython's TARGETS_TYPE for invalid-target errors.</summary>
internal enum TargetsKind { StarTargets, DelTargets, ForTargets }
