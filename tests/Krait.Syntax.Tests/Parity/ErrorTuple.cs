namespace Krait.Syntax.Tests.Parity;

/// <summary>An exception from <c>ast.parse</c> as (type, msg, lineno, offset, end_lineno,
/// end_offset); the location fields are null where CPython's are None.</summary>
internal sealed record ErrorTuple(string Type, string Msg, int? Lineno, int? Offset, int? EndLineno, int? EndOffset)
{
    /// <summary>Krait's exception as a tuple. PythonSyntaxError cannot say None; CPython's None
    /// (end positions of errors raised without them, and every field of a non-SyntaxError) is 0.</summary>
    public static ErrorTuple From(PythonSyntaxError e) =>
        e.ErrorType is "SyntaxError" or "IndentationError" or "TabError"
            ? new(e.ErrorType, e.Msg, e.Lineno, e.Offset, e.EndLineno, e.EndOffset)
            : new(e.ErrorType, e.Msg, null, null, null, null);

    /// <summary>Equal, reading CPython's None as Krait's 0 in the end positions.</summary>
    public bool Matches(ErrorTuple krait) =>
        Type == krait.Type && Msg == krait.Msg && Lineno == krait.Lineno && Offset == krait.Offset &&
        (EndLineno ?? 0) == (krait.EndLineno ?? 0) && (EndOffset ?? 0) == (krait.EndOffset ?? 0);

    public override string ToString() =>
        $"{Type}({Py.Repr(Msg)}, lineno={N(Lineno)}, offset={N(Offset)}, end_lineno={N(EndLineno)}, end_offset={N(EndOffset)})";

    private static string N(int? v) => v?.ToString() ?? "None";
}
