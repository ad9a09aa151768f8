using Krait.Syntax.Ast;
using Krait.Syntax.Tokenizer;

namespace Krait.Syntax.Parser;

// CONTRACT STUBS — owned by the strings work, which replaces the bodies (keeping signatures).
public sealed partial class PythonParser
{
    /// <summary>strings: one or more adjacent STRING tokens → Constant or JoinedStr (memoized).</summary>
    internal ExprNode? Strings() => throw new NotImplementedException();

    /// <summary>The value of a NUMBER token: BigInteger, double or Complex (imaginary). Throws
    /// CPython's SyntaxError for values CPython rejects (e.g. the int digit limit).</summary>
    internal object NumberValue(in Token t) => throw new NotImplementedException();
}
