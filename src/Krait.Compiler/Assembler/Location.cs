namespace Krait.Compiler.Assembler;

/// <summary>Source span of an instruction (1-based lines, 0-based UTF-8 byte columns).
/// Lineno −1 marks an artificial instruction (NO_LOCATION).</summary>
internal readonly record struct Location(int Lineno, int EndLineno, int ColOffset, int EndColOffset)
{
    /// <summary>UNSET_LOC: every field −1.</summary>
    public static readonly Location Unset = new(-1, -1, -1, -1);

    /// <summary>The location addop_noline gives (lineno −1, others 0).</summary>
    public static readonly Location NoLine = new(-1, 0, 0, 0);
}
