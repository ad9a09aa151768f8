using Krait.Syntax.Ast;
using Krait.Syntax.Tokenizer;

namespace Krait.Syntax.Parser;

// The match statement: match_stmt, subject_expr, case_block, guard.
// "match" and "case" are soft keywords: NAME tokens, ordinary names everywhere else.
public sealed partial class PythonParser
{
    // match_stmt:
    //     | "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
    //     | invalid_match_stmt
    private StmtNode? MatchStmt()
    {
        int start = Mark;
        if (MatchSoftKeyword("match"))
        {
            var subject = SubjectExpr();
            if (subject is not null && Match(TokenKind.Colon) && Match(TokenKind.Newline) && Match(TokenKind.Indent))
            {
                List<MatchCase>? cases = null;
                MatchCase? c;
                while ((c = CaseBlock()) is not null) (cases ??= new List<MatchCase>()).Add(c);
                if (cases is not null && Match(TokenKind.Dedent))
                    return Loc(new Match { Subject = subject, Cases = cases.ToArray() }, start);
            }
            Mark = start;
        }
        if (CallInvalidRules) InvalidMatchStmt();
        return null;
    }

    // subject_expr:
    //     | star_named_expression ',' star_named_expressions?   → Tuple
    //     | named_expression
    private ExprNode? SubjectExpr()
    {
        int start = Mark;
        var first = StarNamedExpression();
        if (first is not null && Match(TokenKind.Comma))
        {
            var rest = StarNamedExpressions();
            var elts = new ExprNode[1 + (rest?.Count ?? 0)];
            elts[0] = first;
            rest?.CopyTo(elts, 1);
            return Loc(new Ast.Tuple { Elts = elts, Ctx = ExprContext.Load }, start);
        }
        Mark = start;
        return NamedExpression();
    }

    // case_block:
    //     | invalid_case_block
    //     | "case" patterns guard? ':' block
    private MatchCase? CaseBlock()
    {
        int start = Mark;
        if (CallInvalidRules) InvalidCaseBlock();
        if (!MatchSoftKeyword("case")) return null;
        var pattern = Patterns();
        if (pattern is not null)
        {
            var guard = Guard();
            StmtNode[]? body;
            if (Match(TokenKind.Colon) && (body = Block()) is not null)
                return new MatchCase { Pattern = pattern, Guard = guard, Body = body };
        }
        Mark = start;
        return null;
    }

    // guard: 'if' named_expression
    private ExprNode? Guard()
    {
        int start = Mark;
        if (!Match(TokenKind.If)) return null;
        var e = NamedExpression();
        if (e is null) Mark = start;
        return e;
    }
}
