using Krait.Syntax.Ast;

namespace Krait.Syntax.Parser;

// CONTRACT STUBS — owned by the expressions work, which replaces the bodies (keeping signatures).
public sealed partial class PythonParser
{
    /// <summary>params: a function definition's parameter list (without the parentheses).</summary>
    internal Arguments? ParamsRule() => throw new NotImplementedException();
}
