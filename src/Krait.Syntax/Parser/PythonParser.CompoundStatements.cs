using Krait.Syntax.Ast;
using Krait.Syntax.Tokenizer;

namespace Krait.Syntax.Parser;

// Compound statements: if/elif/else, while, for, with.
public sealed partial class PythonParser
{
    // if_stmt:
    //     | invalid_if_stmt
    //     | 'if' named_expression ':' block elif_stmt
    //     | 'if' named_expression ':' block [else_block]
    // (Both real alternatives share their prefix, so it is parsed once.)
    private StmtNode? IfStmt()
    {
        int start = Mark;
        if (CallInvalidRules) InvalidIfStmt();
        return IfOrElifTail(TokenKind.If, start);
    }

    // elif_stmt:
    //     | invalid_elif_stmt
    //     | 'elif' named_expression ':' block elif_stmt
    //     | 'elif' named_expression ':' block [else_block]
    private StmtNode? ElifStmt()
    {
        int start = Mark;
        if (CallInvalidRules) InvalidElifStmt();
        return IfOrElifTail(TokenKind.Elif, start);
    }

    private StmtNode? IfOrElifTail(TokenKind keyword, int start)
    {
        if (!Match(keyword)) return null;
        var test = NamedExpression();
        StmtNode[]? body;
        if (test is null || !Match(TokenKind.Colon) || (body = Block()) is null)
        {
            Mark = start;
            return null;
        }
        StmtNode[] orelse;
        var elif = ElifStmt();
        if (elif is not null) orelse = [elif];
        else orelse = ElseBlock() ?? [];
        return Loc(new If { Test = test, Body = body, Orelse = orelse }, start);
    }

    // else_block:
    //     | invalid_else_stmt
    //     | 'else' &&':' block
    private StmtNode[]? ElseBlock()
    {
        int start = Mark;
        if (CallInvalidRules) InvalidElseStmt();
        if (!Match(TokenKind.Else)) return null;
        ExpectForced(TokenKind.Colon, ":");
        var body = Block();
        if (body is null) Mark = start;
        return body;
    }

    // while_stmt:
    //     | invalid_while_stmt
    //     | 'while' named_expression ':' block [else_block]
    private StmtNode? WhileStmt()
    {
        int start = Mark;
        if (CallInvalidRules) InvalidWhileStmt();
        if (!Match(TokenKind.While)) return null;
        var test = NamedExpression();
        StmtNode[]? body;
        if (test is null || !Match(TokenKind.Colon) || (body = Block()) is null)
        {
            Mark = start;
            return null;
        }
        var orelse = ElseBlock() ?? [];
        return Loc(new While { Test = test, Body = body, Orelse = orelse }, start);
    }

    // for_stmt:
    //     | invalid_for_stmt
    //     | 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
    //     | ASYNC 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
    //     | invalid_for_target
    private StmtNode? ForStmt()
    {
        int start = Mark;
        if (CallInvalidRules) InvalidForStmt();
        bool isAsync = Match(TokenKind.Async);
        if (Match(TokenKind.For))
        {
            var target = StarTargets();
            if (target is not null && Match(TokenKind.In))
            {
                // Past the cut a failure fails the whole rule.
                var iter = StarExpressions();
                StmtNode[]? body;
                if (iter is null || !Match(TokenKind.Colon) || (body = Block()) is null)
                {
                    Mark = start;
                    return null;
                }
                var orelse = ElseBlock() ?? [];
                return isAsync
                    ? Loc(new AsyncFor { Target = target, Iter = iter, Body = body, Orelse = orelse }, start)
                    : Loc(new For { Target = target, Iter = iter, Body = body, Orelse = orelse }, start);
            }
        }
        Mark = start;
        if (CallInvalidRules) InvalidForTarget();
        return null;
    }

    // with_stmt:
    //     | invalid_with_stmt_indent
    //     | 'with' '(' ','.with_item+ ','? ')' ':' block
    //     | 'with' ','.with_item+ ':' [TYPE_COMMENT] block
    //     | ASYNC 'with' '(' ','.with_item+ ','? ')' ':' block
    //     | ASYNC 'with' ','.with_item+ ':' [TYPE_COMMENT] block
    //     | invalid_with_stmt
    private StmtNode? WithStmt()
    {
        int start = Mark;
        if (CallInvalidRules) InvalidWithStmtIndent();
        bool isAsync = Match(TokenKind.Async);
        if (Match(TokenKind.With))
        {
            int afterWith = Mark;
            StmtNode[]? body;
            if (Match(TokenKind.LPar))
            {
                var parenItems = WithItems();
                if (parenItems is not null)
                {
                    Match(TokenKind.Comma);
                    if (Match(TokenKind.RPar) && Match(TokenKind.Colon) && (body = Block()) is not null)
                        return MakeWith(isAsync, parenItems, body, start);
                }
                Mark = afterWith;
            }
            var items = WithItems();
            if (items is not null && Match(TokenKind.Colon) && (body = Block()) is not null)
                return MakeWith(isAsync, items, body, start);
        }
        Mark = start;
        if (CallInvalidRules) InvalidWithStmt();
        return null;
    }

    private StmtNode MakeWith(bool isAsync, List<Withitem> items, StmtNode[] body, int start) =>
        isAsync
            ? Loc(new AsyncWith { Items = items.ToArray(), Body = body }, start)
            : Loc(new With { Items = items.ToArray(), Body = body }, start);

    /// <summary>','.with_item+</summary>
    private List<Withitem>? WithItems()
    {
        var first = WithItem();
        if (first is null) return null;
        var list = new List<Withitem>(2) { first };
        while (true)
        {
            int m = Mark;
            Withitem? next;
            if (!Match(TokenKind.Comma) || (next = WithItem()) is null)
            {
                Mark = m;
                return list;
            }
            list.Add(next);
        }
    }

    // with_item:
    //     | expression 'as' star_target &(',' | ')' | ':')
    //     | invalid_with_item
    //     | expression
    private Withitem? WithItem()
    {
        int start = Mark;
        var e = ExpressionRule();
        if (e is null) return null;
        int afterExpr = Mark;
        if (Match(TokenKind.As))
        {
            var t = StarTarget();
            if (t is not null)
            {
                var k = PeekKind();
                if (k == TokenKind.Comma || k == TokenKind.RPar || k == TokenKind.Colon)
                    return new Withitem { ContextExpr = e, OptionalVars = t };
            }
        }
        if (CallInvalidRules)
        {
            Mark = start;
            InvalidWithItem();
        }
        Mark = afterExpr;
        return new Withitem { ContextExpr = e };
    }
}
