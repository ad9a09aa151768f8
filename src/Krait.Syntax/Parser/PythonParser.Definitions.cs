using Krait.Syntax.Ast;
using Krait.Syntax.Tokenizer;

namespace Krait.Syntax.Parser;

// Function and class definitions, with their decorators.
public sealed partial class PythonParser
{
    // decorators: ('@' named_expression NEWLINE)+
    private List<ExprNode>? Decorators()
    {
        List<ExprNode>? list = null;
        while (true)
        {
            int m = Mark;
            ExprNode? d;
            if (!Match(TokenKind.At) || (d = NamedExpression()) is null || !Match(TokenKind.Newline))
            {
                Mark = m;
                return list;
            }
            (list ??= new List<ExprNode>()).Add(d);
        }
    }

    // function_def:
    //     | decorators function_def_raw   (the node keeps function_def_raw's location)
    //     | function_def_raw
    private StmtNode? FunctionDef()
    {
        int start = Mark;
        if (Check(TokenKind.At))
        {
            var decorators = Decorators();
            if (decorators is not null)
            {
                var f = FunctionDefRaw();
                if (f is not null)
                {
                    if (f is FunctionDef fd) fd.DecoratorList = decorators.ToArray();
                    else ((AsyncFunctionDef)f).DecoratorList = decorators.ToArray();
                    return f;
                }
            }
            Mark = start;
        }
        return FunctionDefRaw();
    }

    // function_def_raw:
    //     | invalid_def_raw
    //     | 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
    //     | ASYNC 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
    private StmtNode? FunctionDefRaw()
    {
        int start = Mark;
        if (CallInvalidRules) InvalidDefRaw();
        bool isAsync = Match(TokenKind.Async);
        if (!Match(TokenKind.Def))
        {
            Mark = start;
            return null;
        }
        var name = MatchName();
        if (name is null)
        {
            Mark = start;
            return null;
        }
        ExpectForced(TokenKind.LPar, "(");
        var parameters = ParamsRule();
        if (!Match(TokenKind.RPar))
        {
            Mark = start;
            return null;
        }
        ExprNode? returns = null;
        int m = Mark;
        if (Match(TokenKind.RArrow))
        {
            returns = ExpressionRule();
            if (returns is null) Mark = m;
        }
        ExpectForced(TokenKind.Colon, ":");
        var body = Block();
        if (body is null)
        {
            Mark = start;
            return null;
        }
        var args = parameters ?? new Arguments();
        return isAsync
            ? Loc(new AsyncFunctionDef { Name = name, Args = args, Body = body, Returns = returns }, start)
            : Loc(new FunctionDef { Name = name, Args = args, Body = body, Returns = returns }, start);
    }

    // class_def:
    //     | decorators class_def_raw   (the node keeps class_def_raw's location)
    //     | class_def_raw
    private StmtNode? ClassDef()
    {
        int start = Mark;
        if (Check(TokenKind.At))
        {
            var decorators = Decorators();
            if (decorators is not null)
            {
                var c = ClassDefRaw();
                if (c is not null)
                {
                    c.DecoratorList = decorators.ToArray();
                    return c;
                }
            }
            Mark = start;
        }
        return ClassDefRaw();
    }

    // class_def_raw:
    //     | invalid_class_def_raw
    //     | 'class' NAME ['(' [arguments] ')'] ':' block
    private ClassDef? ClassDefRaw()
    {
        int start = Mark;
        if (CallInvalidRules) InvalidClassDefRaw();
        if (!Match(TokenKind.Class)) return null;
        var name = MatchName();
        if (name is null)
        {
            Mark = start;
            return null;
        }
        Call? arguments = null;
        int m = Mark;
        if (Match(TokenKind.LPar))
        {
            arguments = ArgumentsRule();
            if (!Match(TokenKind.RPar))
            {
                arguments = null;
                Mark = m;
            }
        }
        StmtNode[]? body;
        if (!Match(TokenKind.Colon) || (body = Block()) is null)
        {
            Mark = start;
            return null;
        }
        return Loc(new ClassDef
        {
            Name = name,
            Bases = arguments is null ? [] : arguments.Args,
            Keywords = arguments is null ? [] : arguments.Keywords,
            Body = body,
        }, start);
    }
}
