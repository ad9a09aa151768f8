namespace Krait.Syntax.Ast;

/// <summary>The value of the constant <c>...</c> in <see cref="Constant.Value"/>.</summary>
public sealed class EllipsisValue
{
    public static readonly EllipsisValue Instance = new();
    private EllipsisValue() { }
    public override string ToString() => "Ellipsis";
}
