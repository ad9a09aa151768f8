using Krait.Syntax.Ast;

namespace Krait.Syntax.Parser;

// CONTRACT STUBS — owned by the expressions work, which replaces the bodies (keeping signatures).
public sealed partial class PythonParser
{
    internal ExprNode? Expressions() => throw new NotImplementedException();
    internal ExprNode? ExpressionRule() => throw new NotImplementedException();
    internal ExprNode? YieldExpr() => throw new NotImplementedException();
    internal ExprNode? StarExpressions() => throw new NotImplementedException();
    internal ExprNode? StarExpression() => throw new NotImplementedException();
    internal List<ExprNode>? StarNamedExpressions() => throw new NotImplementedException();
    internal ExprNode? StarNamedExpression() => throw new NotImplementedException();
    internal ExprNode? NamedExpression() => throw new NotImplementedException();
    internal ExprNode? Disjunction() => throw new NotImplementedException();
    internal ExprNode? BitwiseOr() => throw new NotImplementedException();
}
