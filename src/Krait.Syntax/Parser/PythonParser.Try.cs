using Krait.Syntax.Ast;
using Krait.Syntax.Tokenizer;

namespace Krait.Syntax.Parser;

// try / except / except* / else / finally.
public sealed partial class PythonParser
{
    // try_stmt:
    //     | invalid_try_stmt
    //     | 'try' &&':' block finally_block                                    → Try
    //     | 'try' &&':' block except_block+ [else_block] [finally_block]       → Try
    //     | 'try' &&':' block except_star_block+ [else_block] [finally_block]  → TryStar
    // (The three share 'try' &&':' block, so it is parsed once.)
    private StmtNode? TryStmt()
    {
        int start = Mark;
        if (CallInvalidRules) InvalidTryStmt();
        if (!Match(TokenKind.Try)) return null;
        ExpectForced(TokenKind.Colon, ":");
        var body = Block();
        if (body is null)
        {
            Mark = start;
            return null;
        }
        int afterBody = Mark;
        var finalBody = FinallyBlock();
        if (finalBody is not null)
            return Loc(new Try { Body = body, Finalbody = finalBody }, start);

        var handlers = ExceptBlocks(star: false);
        if (handlers is not null)
        {
            var orelse = ElseBlock() ?? [];
            var fin = FinallyBlock() ?? [];
            return Loc(new Try { Body = body, Handlers = handlers.ToArray(), Orelse = orelse, Finalbody = fin }, start);
        }
        Mark = afterBody;
        handlers = ExceptBlocks(star: true);
        if (handlers is not null)
        {
            var orelse = ElseBlock() ?? [];
            var fin = FinallyBlock() ?? [];
            return Loc(new TryStar { Body = body, Handlers = handlers.ToArray(), Orelse = orelse, Finalbody = fin }, start);
        }
        Mark = start;
        return null;
    }

    /// <summary>except_block+ or except_star_block+.</summary>
    private List<ExceptHandlerNode>? ExceptBlocks(bool star)
    {
        List<ExceptHandlerNode>? list = null;
        while (true)
        {
            var h = star ? ExceptStarBlock() : ExceptBlock();
            if (h is null) return list;
            (list ??= new List<ExceptHandlerNode>()).Add(h);
        }
    }

    // except_block:
    //     | invalid_except_stmt_indent
    //     | 'except' expression ['as' NAME] ':' block
    //     | 'except' ':' block
    //     | invalid_except_stmt
    private ExceptHandler? ExceptBlock()
    {
        int start = Mark;
        if (CallInvalidRules) InvalidExceptStmtIndent();
        if (!Match(TokenKind.Except)) return null;
        int afterExcept = Mark;
        var type = ExpressionRule();
        StmtNode[]? body;
        if (type is not null)
        {
            var name = OptionalAsName();
            if (Match(TokenKind.Colon) && (body = Block()) is not null)
                return Loc(new ExceptHandler { Type = type, Name = name, Body = body }, start);
            Mark = afterExcept;
        }
        if (Match(TokenKind.Colon) && (body = Block()) is not null)
            return Loc(new ExceptHandler { Body = body }, start);
        Mark = start;
        if (CallInvalidRules) InvalidExceptStmt();
        return null;
    }

    // except_star_block:
    //     | invalid_except_star_stmt_indent
    //     | 'except' '*' expression ['as' NAME] ':' block
    //     | invalid_except_stmt
    private ExceptHandler? ExceptStarBlock()
    {
        int start = Mark;
        if (CallInvalidRules) InvalidExceptStarStmtIndent();
        if (Match(TokenKind.Except) && Match(TokenKind.Star))
        {
            var type = ExpressionRule();
            if (type is not null)
            {
                var name = OptionalAsName();
                StmtNode[]? body;
                if (Match(TokenKind.Colon) && (body = Block()) is not null)
                    return Loc(new ExceptHandler { Type = type, Name = name, Body = body }, start);
            }
        }
        Mark = start;
        if (CallInvalidRules) InvalidExceptStmt();
        return null;
    }

    // finally_block:
    //     | invalid_finally_stmt
    //     | 'finally' &&':' block
    private StmtNode[]? FinallyBlock()
    {
        int start = Mark;
        if (CallInvalidRules) InvalidFinallyStmt();
        if (!Match(TokenKind.Finally)) return null;
        ExpectForced(TokenKind.Colon, ":");
        var body = Block();
        if (body is null) Mark = start;
        return body;
    }
}
