using System.Numerics;
using Krait.Compiler.Bytecode;
using Krait.Syntax.Ast;

using Tuple = Krait.Syntax.Ast.Tuple;

namespace Krait.Compiler.CodeGen;

// The compile-time SyntaxWarnings of compile.c: "is" with a literal, calling or subscripting a literal,
// indexing a literal sequence with a non-integer, asserting a non-empty tuple.
public sealed partial class Compiler
{
    private List<CompileWarning>? _warnings;

    private void Warn(string message)
    {
        var loc = _u.Loc;
        _warnings?.Add(new CompileWarning(message, loc.Lineno, loc.ColOffset, loc.EndLineno, loc.EndColOffset));
    }

    /// <summary>check_is_arg: not a literal, or a singleton (None, True, False, ...).</summary>
    private static bool IsArgOk(ExprNode e) =>
        e is not Constant c || c.Value is null or bool || c.Value is EllipsisValue;

    /// <summary>check_compare</summary>
    private void CheckCompare(Compare e)
    {
        bool left = IsArgOk(e.Left);
        for (int i = 0; i < e.Ops.Length; i++)
        {
            bool right = IsArgOk(e.Comparators[i]);
            var op = e.Ops[i];
            if ((op == CmpOpKind.Is || op == CmpOpKind.IsNot) && (!left || !right))
            {
                Warn(op == CmpOpKind.Is ? "\"is\" with a literal. Did you mean \"==\"?" : "\"is not\" with a literal. Did you mean \"!=\"?");
                return;
            }
            left = right;
        }
    }

    /// <summary>check_caller</summary>
    private void CheckCaller(ExprNode e)
    {
        if (e is Constant or Tuple or List or ListComp or Dict or DictComp or Set or SetComp or GeneratorExp or JoinedStr or FormattedValue)
            Warn($"'{InferType(e)}' object is not callable; perhaps you missed a comma?");
    }

    /// <summary>check_subscripter</summary>
    private void CheckSubscripter(ExprNode e)
    {
        bool warn = e switch
        {
            Constant c => c.Value is null or EllipsisValue or bool or BigInteger or double or Complex or ConstFrozenSet,
            Set or SetComp or GeneratorExp or Lambda => true,
            _ => false,
        };
        if (warn) Warn($"'{InferType(e)}' object is not subscriptable; perhaps you missed a comma?");
    }

    /// <summary>check_index</summary>
    private void CheckIndex(ExprNode e, ExprNode s)
    {
        var indexType = InferType(s);
        if (indexType is null or "int" or "bool" or "slice") return;
        bool warn = e switch
        {
            Constant c => c.Value is string or byte[] or ConstTuple,
            Tuple or List or ListComp or JoinedStr or FormattedValue => true,
            _ => false,
        };
        if (warn) Warn($"{InferType(e)} indices must be integers or slices, not {indexType}; perhaps you missed a comma?");
    }

    /// <summary>infer_type: the type an expression certainly has, or null.</summary>
    private static string? InferType(ExprNode e) => e switch
    {
        Tuple => "tuple",
        List or ListComp => "list",
        Dict or DictComp => "dict",
        Set or SetComp => "set",
        GeneratorExp => "generator",
        Lambda => "function",
        JoinedStr or FormattedValue => "str",
        Slice => "slice",
        Constant c => c.Value switch
        {
            null => "NoneType",
            bool => "bool",
            BigInteger => "int",
            double => "float",
            Complex => "complex",
            string => "str",
            byte[] => "bytes",
            ConstTuple => "tuple",
            ConstFrozenSet => "frozenset",
            EllipsisValue => "ellipsis",
            _ => null,
        },
        _ => null,
    };
}
