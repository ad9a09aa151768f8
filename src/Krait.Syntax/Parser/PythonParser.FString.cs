using Krait.Syntax.Ast;

namespace Krait.Syntax.Parser;

// The f-string replacement-field start rule. (Being written by the strings work.)
public sealed partial class PythonParser
{
    private ModNode? FStringRule() => throw new NotImplementedException("f-strings: being written");
}
