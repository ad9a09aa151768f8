namespace Krait.Syntax.Ast;

/// <summary>A node with CPython's location attributes. Lines are 1-based; columns are 0-based
/// offsets in UTF-8 bytes, as CPython reports them.</summary>
public abstract class LocatedNode : Node
{
    public int Lineno { get; set; }
    public int ColOffset { get; set; }
    public int EndLineno { get; set; }
    public int EndColOffset { get; set; }

    public void SetLocation(int lineno, int colOffset, int endLineno, int endColOffset)
    {
        Lineno = lineno;
        ColOffset = colOffset;
        EndLineno = endLineno;
        EndColOffset = endColOffset;
    }

    public void CopyLocation(LocatedNode other) =>
        SetLocation(other.Lineno, other.ColOffset, other.EndLineno, other.EndColOffset);
}
