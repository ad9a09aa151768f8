namespace Krait.Syntax.Ast;

/// <summary>Base of every AST node. Node classes, fields and field order are CPython 3.11's
/// (generated into Nodes.g.cs by tools/gen_ast.py).</summary>
public abstract class Node
{
    /// <summary>The CPython class name (<c>BinOp</c>, <c>arguments</c>, …).</summary>
    public abstract string TypeName { get; }

    /// <summary>Emits the fields in CPython's <c>_fields</c> order.</summary>
    internal abstract void DumpFields(AstDumper d);

    /// <summary>What <c>ast.dump(node, include_attributes=…)</c> prints.</summary>
    public string Dump(bool includeAttributes = true) => AstDumper.Dump(this, includeAttributes);

    public override string ToString() => Dump(includeAttributes: false);
}
