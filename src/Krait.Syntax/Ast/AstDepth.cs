namespace Krait.Syntax.Ast;

/// <summary>Measures a tree's depth the way CPython's ast2obj counts it: one level per node (every
/// node class has its own conversion function with the recursion check).</summary>
internal sealed class AstDepth : INodeVisitor
{
    private readonly int _limit;
    private int _depth = 1;

    private AstDepth(int limit) => _limit = limit;

    /// <summary>True when some node lies deeper than <paramref name="limit"/> (the root is 1).</summary>
    public static bool Exceeds(Node root, int limit) => limit < 1 || root.VisitChildren(new AstDepth(limit));

    public bool Visit(Node child)
    {
        if (++_depth > _limit) return true;
        bool stop = child.VisitChildren(this);
        _depth--;
        return stop;
    }
}
