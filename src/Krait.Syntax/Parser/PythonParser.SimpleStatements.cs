using Krait.Syntax.Ast;
using Krait.Syntax.Tokenizer;

namespace Krait.Syntax.Parser;

// Simple statements: assignment, return, raise, global, nonlocal, del, yield, assert.
public sealed partial class PythonParser
{
    // assignment:
    //     | NAME ':' expression ['=' annotated_rhs]                        → AnnAssign(simple=1)
    //     | ('(' single_target ')' | single_subscript_attribute_target)
    //           ':' expression ['=' annotated_rhs]                         → AnnAssign(simple=0)
    //     | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT] → Assign
    //     | single_target augassign ~ (yield_expr | star_expressions)       → AugAssign
    //     | invalid_assignment
    private StmtNode? Assignment()
    {
        AddLevels(1); // assignment_rule
        var a = AssignmentBody();
        RemoveLevels(1);
        return a;
    }

    private StmtNode? AssignmentBody()
    {
        int start = Mark;

        // NAME ':' expression ['=' annotated_rhs]
        var nameTok = Peek();
        if (nameTok.Kind == TokenKind.Name)
        {
            Advance();
            if (Match(TokenKind.Colon))
            {
                var annotation = ExpressionRule();
                if (annotation is not null)
                {
                    var value = OptionalAnnotatedValue();
                    return Loc(new AnnAssign
                    {
                        Target = StmtNameNode(nameTok, ExprContext.Store),
                        Annotation = annotation,
                        Value = value,
                        Simple = 1,
                    }, start);
                }
            }
            Mark = start;
        }

        // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
        ExprNode? target = null;
        if (Match(TokenKind.LPar))
        {
            target = SingleTarget();
            if (target is not null && !Match(TokenKind.RPar)) target = null;
            if (target is null) Mark = start;
        }
        target ??= SingleSubscriptAttributeTarget();
        if (target is not null && Match(TokenKind.Colon))
        {
            var annotation = ExpressionRule();
            if (annotation is not null)
            {
                var value = OptionalAnnotatedValue();
                return Loc(new AnnAssign { Target = target, Annotation = annotation, Value = value, Simple = 0 }, start);
            }
        }
        Mark = start;

        // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
        var targets = StarTargetsEqualsRepeat();
        if (targets is not null)
        {
            var value = AnnotatedRhs(); // the group (yield_expr | star_expressions): same body and level
            if (value is not null && !Check(TokenKind.Equal))
                return Loc(new Assign { Targets = targets.ToArray(), Value = value }, start);
            Mark = start;
        }

        // single_target augassign ~ (yield_expr | star_expressions)
        var augTarget = SingleTarget();
        if (augTarget is not null)
        {
            var op = AugAssignOperator();
            if (op is not null)
            {
                var value = AnnotatedRhs(); // the group (yield_expr | star_expressions)
                if (value is null)
                {
                    // The cut: no other alternative (not even invalid_assignment) is tried.
                    Mark = start;
                    return null;
                }
                return Loc(new AugAssign { Target = augTarget, Op = op.Value, Value = value }, start);
            }
        }
        Mark = start;

        if (CallInvalidRules) InvalidAssignment();
        return null;
    }

    /// <summary>['=' annotated_rhs]: the value of an annotated assignment, or null.</summary>
    private ExprNode? OptionalAnnotatedValue()
    {
        int m = Mark;
        if (Match(TokenKind.Equal))
        {
            var value = AnnotatedRhs();
            if (value is not null) return value;
        }
        Mark = m;
        return null;
    }

    /// <summary>(star_targets '=')* — null when none matched.</summary>
    private List<ExprNode>? StarTargetsEqualsRepeat()
    {
        List<ExprNode>? targets = null;
        while (true)
        {
            int m = Mark;
            var t = StarTargets();
            if (t is null || !Match(TokenKind.Equal))
            {
                Mark = m;
                return targets;
            }
            (targets ??= new List<ExprNode>()).Add(t);
        }
    }

    // annotated_rhs: yield_expr | star_expressions
    // annotated_rhs: yield_expr | star_expressions — also the body of the anonymous group
    // (yield_expr | star_expressions) in assignment, which is one parser level too.
    private ExprNode? AnnotatedRhs()
    {
        AddLevels(1);
        var e = YieldExpr() ?? StarExpressions();
        RemoveLevels(1);
        return e;
    }

    // augassign: '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '**=' | '//='
    private OperatorKind? AugAssignOperator()
    {
        OperatorKind op;
        switch (PeekKind())
        {
            case TokenKind.PlusEqual: op = OperatorKind.Add; break;
            case TokenKind.MinEqual: op = OperatorKind.Sub; break;
            case TokenKind.StarEqual: op = OperatorKind.Mult; break;
            case TokenKind.AtEqual: op = OperatorKind.MatMult; break;
            case TokenKind.SlashEqual: op = OperatorKind.Div; break;
            case TokenKind.PercentEqual: op = OperatorKind.Mod; break;
            case TokenKind.AmperEqual: op = OperatorKind.BitAnd; break;
            case TokenKind.VBarEqual: op = OperatorKind.BitOr; break;
            case TokenKind.CircumflexEqual: op = OperatorKind.BitXor; break;
            case TokenKind.LeftShiftEqual: op = OperatorKind.LShift; break;
            case TokenKind.RightShiftEqual: op = OperatorKind.RShift; break;
            case TokenKind.DoubleStarEqual: op = OperatorKind.Pow; break;
            case TokenKind.DoubleSlashEqual: op = OperatorKind.FloorDiv; break;
            default: return null;
        }
        Advance();
        return op;
    }

    // return_stmt: 'return' [star_expressions]
    private StmtNode? ReturnStmt()
    {
        AddLevels(1); // return_stmt_rule
        var r = ReturnStmtBody();
        RemoveLevels(1);
        return r;
    }

    private StmtNode? ReturnStmtBody()
    {
        int start = Mark;
        if (!Match(TokenKind.Return)) return null;
        var value = StarExpressions();
        return Loc(new Return { Value = value }, start);
    }

    // raise_stmt:
    //     | 'raise' expression ['from' expression]
    //     | 'raise'
    private StmtNode? RaiseStmt()
    {
        int start = Mark;
        if (!Match(TokenKind.Raise)) return null;
        var exc = ExpressionRule();
        ExprNode? cause = null;
        if (exc is not null)
        {
            int m = Mark;
            if (Match(TokenKind.From))
            {
                cause = ExpressionRule();
                if (cause is null) Mark = m;
            }
        }
        return Loc(new Raise { Exc = exc, Cause = cause }, start);
    }

    // global_stmt: 'global' ','.NAME+
    private StmtNode? GlobalStmt()
    {
        int start = Mark;
        if (!Match(TokenKind.Global)) return null;
        var names = NameGather();
        if (names is null)
        {
            Mark = start;
            return null;
        }
        return Loc(new Global { Names = names }, start);
    }

    // nonlocal_stmt: 'nonlocal' ','.NAME+
    private StmtNode? NonlocalStmt()
    {
        int start = Mark;
        if (!Match(TokenKind.Nonlocal)) return null;
        var names = NameGather();
        if (names is null)
        {
            Mark = start;
            return null;
        }
        return Loc(new Nonlocal { Names = names }, start);
    }

    /// <summary>','.NAME+ as identifiers.</summary>
    private string[]? NameGather()
    {
        var first = MatchName();
        if (first is null) return null;
        var names = new List<string>(4) { first };
        while (true)
        {
            int m = Mark;
            string? next;
            if (!Match(TokenKind.Comma) || (next = MatchName()) is null)
            {
                Mark = m;
                return names.ToArray();
            }
            names.Add(next);
        }
    }

    // del_stmt:
    //     | 'del' del_targets &(';' | NEWLINE)
    //     | invalid_del_stmt
    private StmtNode? DelStmt()
    {
        int start = Mark;
        if (Match(TokenKind.Del))
        {
            var targets = DelTargets();
            if (targets is not null && (Check(TokenKind.Semi) || Check(TokenKind.Newline)))
                return Loc(new Delete { Targets = targets.ToArray() }, start);
        }
        Mark = start;
        if (CallInvalidRules) InvalidDelStmt();
        return null;
    }

    // yield_stmt: yield_expr   → Expr
    private StmtNode? YieldStmt()
    {
        int start = Mark;
        var y = YieldExpr();
        return y is null ? null : Loc(new Expr { Value = y }, start);
    }

    // assert_stmt: 'assert' expression [',' expression]
    private StmtNode? AssertStmt()
    {
        int start = Mark;
        if (!Match(TokenKind.Assert)) return null;
        var test = ExpressionRule();
        if (test is null)
        {
            Mark = start;
            return null;
        }
        ExprNode? msg = null;
        int m = Mark;
        if (Match(TokenKind.Comma))
        {
            msg = ExpressionRule();
            if (msg is null) Mark = m;
        }
        return Loc(new Assert { Test = test, Msg = msg }, start);
    }
}
