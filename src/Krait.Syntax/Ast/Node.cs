namespace Krait.Syntax.Ast;

/// <summary>Base of every AST node. Node classes, fields and field order are CPython 3.11's
/// (generated into Nodes.g.cs by tools/gen_ast.py).</summary>
public abstract class Node
{
    /// <summary>The CPython class name (<c>BinOp</c>, <c>arguments</c>, …).</summary>
    public abstract string TypeName { get; }

    /// <summary>Emits the fields in CPython's <c>_fields</c> order.</summary>
    internal abstract void DumpFields(AstDumper d);

    /// <summary>Calls <paramref name="visitor"/> for each child node, in field order (None entries
    /// skipped); stops and returns true as soon as the visitor returns true.</summary>
    public abstract bool VisitChildren(INodeVisitor visitor);

    /// <summary>What <c>ast.dump(node, include_attributes=…)</c> prints.</summary>
    public string Dump(bool includeAttributes = true) => AstDumper.Dump(this, includeAttributes);

    public override string ToString() => Dump(includeAttributes: false);
}
