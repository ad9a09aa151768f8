using Krait.Syntax.Ast;
using Krait.Syntax.Tokenizer;

namespace Krait.Syntax.Parser;

// The invalid_* rules of the statement grammar (second pass only): each throws CPython's error
// or returns with Mark restored.
public sealed partial class PythonParser
{
    // invalid_assignment:
    //     | invalid_ann_assign_target ':' expression
    //     | star_named_expression ',' star_named_expressions* ':' expression
    //     | expression ':' expression
    //     | (star_targets '=')* star_expressions '='
    //     | (star_targets '=')* yield_expr '='
    //     | star_expressions augassign (yield_expr | star_expressions)
    private void InvalidAssignment()
    {
        int start = Mark;
        var a = InvalidAnnAssignTarget();
        if (a is not null && Match(TokenKind.Colon) && ExpressionRule() is not null)
            throw RaiseAt(a, "only single target (not " + GetExprName(a) + ") can be annotated");
        Mark = start;

        a = StarNamedExpression();
        if (a is not null && Match(TokenKind.Comma))
        {
            while (StarNamedExpressions() is not null) { }
            if (Match(TokenKind.Colon) && ExpressionRule() is not null)
                throw RaiseAt(a, "only single target (not tuple) can be annotated");
        }
        Mark = start;

        a = ExpressionRule();
        if (a is not null && Match(TokenKind.Colon) && ExpressionRule() is not null)
            throw RaiseAt(a, "illegal target for annotation");
        Mark = start;

        StarTargetsEqualsRepeat();
        int afterTargets = Mark;
        a = StarExpressions();
        if (a is not null && Match(TokenKind.Equal))
        {
            var err = RaiseInvalidTarget(TargetsKind.StarTargets, a);
            if (err is not null) throw err;
            // The alternative matched without an error: the rule ends here.
            Mark = start;
            return;
        }
        Mark = afterTargets;
        a = YieldExpr();
        if (a is not null && Match(TokenKind.Equal))
            throw RaiseAt(a, "assignment to yield expression not possible");
        Mark = start;

        a = StarExpressions();
        if (a is not null && AugAssignOperator() is not null && (YieldExpr() ?? StarExpressions()) is not null)
            throw RaiseAt(a, "'" + GetExprName(a) + "' is an illegal expression for augmented assignment");
        Mark = start;
    }

    // invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
    private ExprNode? InvalidAnnAssignTarget()
    {
        int start = Mark;
        if (Match(TokenKind.LSqb))
        {
            // list: '[' [star_named_expressions] ']'
            var elts = StarNamedExpressions();
            if (Match(TokenKind.RSqb))
                return Loc(new List { Elts = elts is null ? [] : elts.ToArray(), Ctx = ExprContext.Load }, start);
            Mark = start;
            return null;
        }
        if (!Match(TokenKind.LPar)) return null;
        // tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
        int afterParen = Mark;
        ExprNode[] items = [];
        var first = StarNamedExpression();
        if (first is not null && Match(TokenKind.Comma))
        {
            var rest = StarNamedExpressions();
            items = new ExprNode[1 + (rest?.Count ?? 0)];
            items[0] = first;
            rest?.CopyTo(items, 1);
        }
        else Mark = afterParen;
        if (Match(TokenKind.RPar)) return Loc(new Ast.Tuple { Elts = items, Ctx = ExprContext.Load }, start);
        Mark = afterParen;
        var inner = InvalidAnnAssignTarget();
        if (inner is not null && Match(TokenKind.RPar)) return inner;
        Mark = start;
        return null;
    }

    // invalid_del_stmt: 'del' star_expressions
    private void InvalidDelStmt()
    {
        int start = Mark;
        ExprNode? a;
        if (Match(TokenKind.Del) && (a = StarExpressions()) is not null)
        {
            var err = RaiseInvalidTarget(TargetsKind.DelTargets, a);
            if (err is not null) throw err;
        }
        Mark = start;
    }

    // invalid_block: NEWLINE !INDENT
    private void InvalidBlock()
    {
        int start = Mark;
        if (Match(TokenKind.Newline) && !Check(TokenKind.Indent))
            throw RaiseIndentationError("expected an indented block");
        Mark = start;
    }

    // invalid_with_item: expression 'as' expression &(',' | ')' | ':')
    private void InvalidWithItem()
    {
        int start = Mark;
        ExprNode? a;
        if (ExpressionRule() is not null && Match(TokenKind.As) && (a = ExpressionRule()) is not null)
        {
            var k = PeekKind();
            if (k == TokenKind.Comma || k == TokenKind.RPar || k == TokenKind.Colon)
            {
                var err = RaiseInvalidTarget(TargetsKind.StarTargets, a);
                if (err is not null) throw err;
            }
        }
        Mark = start;
    }

    // invalid_for_target: ASYNC? 'for' star_expressions
    private void InvalidForTarget()
    {
        int start = Mark;
        Match(TokenKind.Async);
        ExprNode? a;
        if (Match(TokenKind.For) && (a = StarExpressions()) is not null)
        {
            var err = RaiseInvalidTarget(TargetsKind.ForTargets, a);
            if (err is not null) throw err;
        }
        Mark = start;
    }

    // invalid_import_from_targets: import_from_as_names ',' NEWLINE
    private void InvalidImportFromTargets()
    {
        int start = Mark;
        if (ImportFromAsNames() is not null && Match(TokenKind.Comma) && Match(TokenKind.Newline))
            throw RaiseSyntaxError("trailing comma not allowed without surrounding parentheses");
        Mark = start;
    }

    // invalid_with_stmt:
    //     | [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
    //     | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
    private void InvalidWithStmt()
    {
        int start = Mark;
        Match(TokenKind.Async);
        if (Match(TokenKind.With))
        {
            int afterWith = Mark;
            if (LooseWithItems(parenthesized: false) && Match(TokenKind.Newline))
                throw RaiseSyntaxError("expected ':'");
            Mark = afterWith;
            if (Match(TokenKind.LPar) && LooseWithItems(parenthesized: true))
            {
                Match(TokenKind.Comma);
                if (Match(TokenKind.RPar) && Match(TokenKind.Newline))
                    throw RaiseSyntaxError("expected ':'");
            }
        }
        Mark = start;
    }

    // invalid_with_stmt_indent:
    //     | [ASYNC] 'with' ','.(expression ['as' star_target])+ ':' NEWLINE !INDENT
    //     | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE !INDENT
    private void InvalidWithStmtIndent()
    {
        int start = Mark;
        Match(TokenKind.Async);
        var a = Peek();
        if (Match(TokenKind.With))
        {
            int afterWith = Mark;
            if (LooseWithItems(parenthesized: false) && Match(TokenKind.Colon) && Match(TokenKind.Newline) && !Check(TokenKind.Indent))
                throw IndentedBlockExpected("'with' statement", a);
            Mark = afterWith;
            if (Match(TokenKind.LPar) && LooseWithItems(parenthesized: true))
            {
                Match(TokenKind.Comma);
                if (Match(TokenKind.RPar) && Match(TokenKind.Colon) && Match(TokenKind.Newline) && !Check(TokenKind.Indent))
                    throw IndentedBlockExpected("'with' statement", a);
            }
        }
        Mark = start;
    }

    /// <summary>','.(expression ['as' star_target])+, or with <c>expressions</c> inside parentheses.</summary>
    private bool LooseWithItems(bool parenthesized)
    {
        if (!LooseWithItem(parenthesized)) return false;
        while (true)
        {
            int m = Mark;
            if (!Match(TokenKind.Comma) || !LooseWithItem(parenthesized))
            {
                Mark = m;
                return true;
            }
        }
    }

    private bool LooseWithItem(bool parenthesized)
    {
        if ((parenthesized ? Expressions() : ExpressionRule()) is null) return false;
        int m = Mark;
        if (!Match(TokenKind.As) || StarTarget() is null) Mark = m;
        return true;
    }

    // invalid_try_stmt (3.11.2):
    //     | 'try' ':' NEWLINE !INDENT
    //     | 'try' ':' block !('except' | 'finally')
    //     | 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':'   → range a..b
    //     | 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':'  → at a
    private void InvalidTryStmt()
    {
        int start = Mark;
        var a = Peek();
        if (!Match(TokenKind.Try) || !Match(TokenKind.Colon))
        {
            Mark = start;
            return;
        }
        int afterColon = Mark;
        if (Match(TokenKind.Newline) && !Check(TokenKind.Indent))
            throw IndentedBlockExpected("'try' statement", a);
        Mark = afterColon;
        if (Block() is not null && !Check(TokenKind.Except) && !Check(TokenKind.Finally))
            throw RaiseSyntaxError("expected 'except' or 'finally' block");
        Mark = afterColon;
        while (Block() is not null) { }
        int afterBlocks = Mark;
        if (ExceptBlocks(star: false) is not null)
        {
            var exceptTok = Peek();
            if (Match(TokenKind.Except))
            {
                var starTok = Peek();
                if (Match(TokenKind.Star) && ExpressionRule() is not null)
                {
                    OptionalAsName();
                    if (Match(TokenKind.Colon))
                        throw RaiseRange(exceptTok, starTok, "cannot have both 'except' and 'except*' on the same 'try'");
                }
            }
        }
        Mark = afterBlocks;
        if (ExceptBlocks(star: true) is not null)
        {
            var exceptTok = Peek();
            if (Match(TokenKind.Except))
            {
                int m = Mark;
                if (ExpressionRule() is not null) OptionalAsName();
                else Mark = m;
                if (Match(TokenKind.Colon))
                    throw RaiseAt(exceptTok, "cannot have both 'except' and 'except*' on the same 'try'");
            }
        }
        Mark = start;
    }

    // invalid_except_stmt:
    //     | 'except' '*'? expression ',' expressions ['as' NAME] ':'
    //     | 'except' '*'? expression ['as' NAME] NEWLINE
    //     | 'except' NEWLINE
    //     | 'except' '*' (NEWLINE | ':')
    private void InvalidExceptStmt()
    {
        int start = Mark;
        if (!Match(TokenKind.Except)) return;
        int afterExcept = Mark;
        Match(TokenKind.Star);
        var a = ExpressionRule();
        if (a is not null && Match(TokenKind.Comma) && Expressions() is not null)
        {
            OptionalAsName();
            if (Match(TokenKind.Colon))
                throw RaiseStartingFrom(a, "multiple exception types must be parenthesized");
        }
        Mark = afterExcept;
        Match(TokenKind.Star);
        if (ExpressionRule() is not null)
        {
            OptionalAsName();
            if (Match(TokenKind.Newline)) throw RaiseSyntaxError("expected ':'");
        }
        Mark = afterExcept;
        if (Match(TokenKind.Newline)) throw RaiseSyntaxError("expected ':'");
        if (Match(TokenKind.Star) && (Match(TokenKind.Newline) || Match(TokenKind.Colon)))
            throw RaiseSyntaxError("expected one or more exception types");
        Mark = start;
    }

    // invalid_finally_stmt: 'finally' ':' NEWLINE !INDENT
    private void InvalidFinallyStmt()
    {
        int start = Mark;
        var a = Peek();
        if (Match(TokenKind.Finally) && Match(TokenKind.Colon) && Match(TokenKind.Newline) && !Check(TokenKind.Indent))
            throw IndentedBlockExpected("'finally' statement", a);
        Mark = start;
    }

    // invalid_except_stmt_indent:
    //     | 'except' expression ['as' NAME] ':' NEWLINE !INDENT
    //     | 'except' ':' NEWLINE !INDENT
    private void InvalidExceptStmtIndent()
    {
        int start = Mark;
        var a = Peek();
        if (!Match(TokenKind.Except)) return;
        int afterExcept = Mark;
        if (ExpressionRule() is not null)
        {
            OptionalAsName();
            if (Match(TokenKind.Colon) && Match(TokenKind.Newline) && !Check(TokenKind.Indent))
                throw IndentedBlockExpected("'except' statement", a);
        }
        Mark = afterExcept;
        if (Match(TokenKind.Colon) && Match(TokenKind.Newline) && !Check(TokenKind.Indent))
            throw IndentedBlockExpected("'except' statement", a);
        Mark = start;
    }

    // invalid_except_star_stmt_indent: 'except' '*' expression ['as' NAME] ':' NEWLINE !INDENT
    private void InvalidExceptStarStmtIndent()
    {
        int start = Mark;
        var a = Peek();
        if (Match(TokenKind.Except) && Match(TokenKind.Star) && ExpressionRule() is not null)
        {
            OptionalAsName();
            if (Match(TokenKind.Colon) && Match(TokenKind.Newline) && !Check(TokenKind.Indent))
                throw IndentedBlockExpected("'except*' statement", a);
        }
        Mark = start;
    }

    // invalid_match_stmt:
    //     | "match" subject_expr NEWLINE
    //     | "match" subject_expr ':' NEWLINE !INDENT
    private void InvalidMatchStmt()
    {
        int start = Mark;
        var a = Peek();
        if (MatchSoftKeyword("match") && SubjectExpr() is not null)
        {
            int afterSubject = Mark;
            if (Match(TokenKind.Newline)) throw RaiseSyntaxError("expected ':'");
            Mark = afterSubject;
            if (Match(TokenKind.Colon) && Match(TokenKind.Newline) && !Check(TokenKind.Indent))
                throw IndentedBlockExpected("'match' statement", a);
        }
        Mark = start;
    }

    // invalid_case_block:
    //     | "case" patterns guard? NEWLINE
    //     | "case" patterns guard? ':' NEWLINE !INDENT
    private void InvalidCaseBlock()
    {
        int start = Mark;
        var a = Peek();
        if (MatchSoftKeyword("case") && Patterns() is not null)
        {
            Guard();
            int afterGuard = Mark;
            if (Match(TokenKind.Newline)) throw RaiseSyntaxError("expected ':'");
            Mark = afterGuard;
            if (Match(TokenKind.Colon) && Match(TokenKind.Newline) && !Check(TokenKind.Indent))
                throw IndentedBlockExpected("'case' statement", a);
        }
        Mark = start;
    }

    // invalid_as_pattern:
    //     | or_pattern 'as' "_"
    //     | or_pattern 'as' !NAME expression
    private void InvalidAsPattern()
    {
        int start = Mark;
        if (OrPattern() is not null && Match(TokenKind.As))
        {
            var t = Peek();
            if (t.Kind == TokenKind.Name && TokenText(t).SequenceEqual("_"))
                throw RaiseAt(t, "cannot use '_' as a target");
            ExprNode? a;
            if (t.Kind != TokenKind.Name && (a = ExpressionRule()) is not null)
                throw RaiseAt(a, "invalid pattern target");
        }
        Mark = start;
    }

    // invalid_class_pattern: name_or_attr '(' invalid_class_argument_pattern
    // invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' positional_patterns
    private void InvalidClassPattern()
    {
        int start = Mark;
        if (NameOrAttr() is not null && Match(TokenKind.LPar))
        {
            int afterParen = Mark;
            if (PositionalPatterns() is null || !Match(TokenKind.Comma)) Mark = afterParen;
            var names = new List<string>();
            var values = new List<PatternNode>();
            List<PatternNode>? a;
            if (KeywordPatterns(names, values) && Match(TokenKind.Comma) && (a = PositionalPatterns()) is not null)
                throw RaiseRange(a[0], a[^1], "positional patterns follow keyword patterns");
        }
        Mark = start;
    }

    // invalid_if_stmt:
    //     | 'if' named_expression NEWLINE
    //     | 'if' named_expression ':' NEWLINE !INDENT
    private void InvalidIfStmt() => InvalidConditionalHeader(TokenKind.If, "'if' statement");

    // invalid_elif_stmt:
    //     | 'elif' named_expression NEWLINE
    //     | 'elif' named_expression ':' NEWLINE !INDENT
    private void InvalidElifStmt() => InvalidConditionalHeader(TokenKind.Elif, "'elif' statement");

    // invalid_while_stmt:
    //     | 'while' named_expression NEWLINE
    //     | 'while' named_expression ':' NEWLINE !INDENT
    private void InvalidWhileStmt() => InvalidConditionalHeader(TokenKind.While, "'while' statement");

    private void InvalidConditionalHeader(TokenKind keyword, string what)
    {
        int start = Mark;
        var a = Peek();
        if (Match(keyword) && NamedExpression() is not null)
        {
            int afterTest = Mark;
            if (Match(TokenKind.Newline)) throw RaiseSyntaxError("expected ':'");
            Mark = afterTest;
            if (Match(TokenKind.Colon) && Match(TokenKind.Newline) && !Check(TokenKind.Indent))
                throw IndentedBlockExpected(what, a);
        }
        Mark = start;
    }

    // invalid_else_stmt: 'else' ':' NEWLINE !INDENT
    private void InvalidElseStmt()
    {
        int start = Mark;
        var a = Peek();
        if (Match(TokenKind.Else) && Match(TokenKind.Colon) && Match(TokenKind.Newline) && !Check(TokenKind.Indent))
            throw IndentedBlockExpected("'else' statement", a);
        Mark = start;
    }

    // invalid_for_stmt:
    //     | [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE
    //     | [ASYNC] 'for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
    private void InvalidForStmt()
    {
        int start = Mark;
        Match(TokenKind.Async);
        var a = Peek();
        if (Match(TokenKind.For) && StarTargets() is not null && Match(TokenKind.In) && StarExpressions() is not null)
        {
            int afterIter = Mark;
            if (Match(TokenKind.Newline)) throw RaiseSyntaxError("expected ':'");
            Mark = afterIter;
            if (Match(TokenKind.Colon) && Match(TokenKind.Newline) && !Check(TokenKind.Indent))
                throw IndentedBlockExpected("'for' statement", a);
        }
        Mark = start;
    }

    // invalid_def_raw:
    //     | [ASYNC] 'def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
    private void InvalidDefRaw()
    {
        int start = Mark;
        Match(TokenKind.Async);
        var a = Peek();
        if (Match(TokenKind.Def) && MatchName() is not null && Match(TokenKind.LPar))
        {
            ParamsRule();
            if (Match(TokenKind.RPar))
            {
                int m = Mark;
                if (!Match(TokenKind.RArrow) || ExpressionRule() is null) Mark = m;
                if (Match(TokenKind.Colon) && Match(TokenKind.Newline) && !Check(TokenKind.Indent))
                    throw IndentedBlockExpected("function definition", a);
            }
        }
        Mark = start;
    }

    // invalid_class_def_raw:
    //     | 'class' NAME ['(' [arguments] ')'] NEWLINE
    //     | 'class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT
    private void InvalidClassDefRaw()
    {
        int start = Mark;
        var a = Peek();
        if (Match(TokenKind.Class) && MatchName() is not null)
        {
            int m = Mark;
            if (Match(TokenKind.LPar))
            {
                ArgumentsRule();
                if (!Match(TokenKind.RPar)) Mark = m;
            }
            int afterHeader = Mark;
            if (Match(TokenKind.Newline)) throw RaiseSyntaxError("expected ':'");
            Mark = afterHeader;
            if (Match(TokenKind.Colon) && Match(TokenKind.Newline) && !Check(TokenKind.Indent))
                throw IndentedBlockExpected("class definition", a);
        }
        Mark = start;
    }

    /// <summary>"expected an indented block after {what} on line N", N being the keyword's line.</summary>
    private PythonSyntaxError IndentedBlockExpected(string what, in Token keyword) =>
        RaiseIndentationError("expected an indented block after " + what + " on line " + keyword.Lineno);
}
