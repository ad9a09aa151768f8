namespace Krait.Syntax.Ast;

/// <summary>Receives the children of a node from <see cref="Node.VisitChildren"/>.</summary>
public interface INodeVisitor
{
    /// <summary>Return true to stop the walk.</summary>
    bool Visit(Node child);
}
