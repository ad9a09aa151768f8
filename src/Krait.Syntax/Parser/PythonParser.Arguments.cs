using Krait.Syntax.Ast;

namespace Krait.Syntax.Parser;

// CONTRACT STUBS — owned by the expressions work, which replaces the bodies (keeping signatures).
public sealed partial class PythonParser
{
    /// <summary>arguments: call arguments (without the parentheses), as a Call whose Func is unset
    /// (CPython returns such a dummy Call too); class_def reads its Args and Keywords.</summary>
    internal Call? ArgumentsRule() => throw new NotImplementedException();
}
