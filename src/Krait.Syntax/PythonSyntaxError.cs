namespace Krait.Syntax;

/// <summary>A compile-time error with the fields of CPython's SyntaxError. <see cref="ErrorType"/>
/// is <c>SyntaxError</c>, <c>IndentationError</c> or <c>TabError</c>, or the type of another
/// exception CPython's compile() raises before or instead of a SyntaxError (<c>ValueError</c> for
/// null bytes, <c>MemoryError</c>, <c>RecursionError</c>, <c>UnicodeDecodeError</c>; these have no
/// location). <see cref="Offset"/> and <see cref="EndOffset"/> are 1-based offsets into
/// <see cref="Text"/> exactly as CPython's exception has them: code points where CPython converts
/// (source with a declared encoding), UTF-8 bytes where it does not (bytes without a BOM or coding
/// cookie; the symbol table's errors). 0 stands for CPython's None.</summary>
public sealed class PythonSyntaxError : Exception
{
    public PythonSyntaxError(string errorType, string msg, string? fileName, int lineno, int offset,
        int endLineno, int endOffset, string? text)
        : base(msg)
    {
        ErrorType = errorType;
        Msg = msg;
        FileName = fileName;
        Lineno = lineno;
        Offset = offset;
        EndLineno = endLineno;
        EndOffset = endOffset;
        Text = text;
    }

    public string ErrorType { get; }
    public string Msg { get; }
    public string? FileName { get; }
    public int Lineno { get; }
    public int Offset { get; }
    public int EndLineno { get; }
    public int EndOffset { get; }
    /// <summary>The source line the error is on, with its line ending, or null.</summary>
    public string? Text { get; }

    public override string ToString() => $"{ErrorType}: {Msg} ({FileName}, line {Lineno})";
}
