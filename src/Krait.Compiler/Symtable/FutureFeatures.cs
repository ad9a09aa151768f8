using Krait.Syntax;
using Krait.Syntax.Ast;

namespace Krait.Compiler.Symtable;

/// <summary>The <c>from __future__</c> imports at the top of a module (CPython's Python/future.c,
/// which runs before the symbol table). <see cref="Flags"/> uses the CO_FUTURE_* code flag values.</summary>
public sealed class FutureFeatures
{
    /// <summary>CO_FUTURE_BARRY_AS_BDFL.</summary>
    public const int CoFutureBarryAsBdfl = 0x400000;
    /// <summary>CO_FUTURE_ANNOTATIONS.</summary>
    public const int CoFutureAnnotations = 0x1000000;

    /// <summary>ff_features: CO_FUTURE_* bits (only the two that still change anything are set,
    /// as in CPython 3.11; callers may OR in compile() flags).</summary>
    public int Flags { get; set; }

    /// <summary>ff_lineno: line of the last future statement at the top of the file, -1 if none.
    /// Codegen raises "from __future__ imports must occur at the beginning of the file" for a
    /// <c>from __future__ import</c> on a later line.</summary>
    public int Lineno { get; set; } = -1;

    public bool Annotations => (Flags & CoFutureAnnotations) != 0;
    public bool BarryAsBdfl => (Flags & CoFutureBarryAsBdfl) != 0;

    /// <summary>_PyFuture_FromAST: parses the future statements at the start of <paramref name="mod"/>.
    /// Throws <see cref="PythonSyntaxError"/> for an unknown feature ("future feature X is not
    /// defined"), <c>braces</c> ("not a chance"), or a future import after another statement on the
    /// same line.</summary>
    public static FutureFeatures FromAst(ModNode mod, string fileName, string? sourceText = null) =>
        FutureParser.Parse(mod, fileName, sourceText);
}
