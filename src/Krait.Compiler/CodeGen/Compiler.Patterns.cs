using Krait.Syntax.Ast;

using Attribute = Krait.Syntax.Ast.Attribute;
using Tuple = Krait.Syntax.Ast.Tuple;

namespace Krait.Compiler.CodeGen;

public sealed partial class Compiler
{
    private void CompileMatch(Match s) => throw new NotSupportedException("match statement");
}
