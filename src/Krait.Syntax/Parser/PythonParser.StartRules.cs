using Krait.Syntax.Ast;

namespace Krait.Syntax.Parser;

// Start rules: file, eval, interactive, func_type. (Being written by the statements work.)
public sealed partial class PythonParser
{
    private ModNode? FileRule() => throw new NotImplementedException("grammar: being written");
    private ModNode? EvalRule() => throw new NotImplementedException("grammar: being written");
    private ModNode? InteractiveRule() => throw new NotImplementedException("grammar: being written");
    private ModNode? FuncTypeRule() => throw new NotImplementedException("grammar: being written");
}
