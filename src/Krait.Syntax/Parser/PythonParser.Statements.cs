using Krait.Syntax.Ast;
using Krait.Syntax.Tokenizer;

namespace Krait.Syntax.Parser;

// General statements: statements, statement, statement_newline, simple_stmts, simple_stmt,
// compound_stmt and block; plus small node helpers the statement rules share.
public sealed partial class PythonParser
{
    // Memo ids of the statement rules (0x53xx: "S"); other areas use other ranges.
    private const int MemoIdSimpleStmt = 0x5301;
    private const int MemoIdBlock = 0x5302;
    private const int MemoIdClosedPattern = 0x5303;
    private const int MemoIdStarPattern = 0x5304;
    private const int MemoIdPatternAttr = 0x5306;

    // statements: statement+   (flattened)
    private List<StmtNode>? Statements()
    {
        // Two of CPython's parser levels: statements_rule and its statement+ loop (MAXSTACK counts
        // every rule function on the path, so the MemoryError depth matches).
        AddLevels(2);
        var list = new List<StmtNode>();
        while (Statement(list)) { }
        RemoveLevels(2);
        return list.Count == 0 ? null : list;
    }

    // statement: compound_stmt | simple_stmts   (appends to into; false when it does not match)
    private bool Statement(List<StmtNode> into)
    {
        Enter();
        try
        {
            var c = CompoundStmt();
            if (c is not null)
            {
                into.Add(c);
                return true;
            }
            return SimpleStmts(into);
        }
        finally
        {
            Leave();
        }
    }

    // statement_newline:
    //     | compound_stmt NEWLINE
    //     | simple_stmts
    //     | NEWLINE                 → [Pass]
    //     | ENDMARKER               (_PyPegen_interactive_exit: fails)
    private StmtNode[]? StatementNewline()
    {
        int start = Mark;
        var c = CompoundStmt();
        if (c is not null)
        {
            if (Match(TokenKind.Newline)) return [c];
            Mark = start;
        }
        var list = new List<StmtNode>();
        if (SimpleStmts(list)) return list.ToArray();
        if (Match(TokenKind.Newline)) return [Loc(new Pass(), start)];
        return null;
    }

    // simple_stmts:
    //     | simple_stmt !';' NEWLINE
    //     | ';'.simple_stmt+ [';'] NEWLINE
    private bool SimpleStmts(List<StmtNode> into)
    {
        AddLevels(1);
        bool matched = SimpleStmtsBody(into);
        RemoveLevels(1);
        return matched;
    }

    private bool SimpleStmtsBody(List<StmtNode> into)
    {
        int start = Mark;
        var first = SimpleStmt();
        if (first is null) return false;
        if (!Check(TokenKind.Semi) && Match(TokenKind.Newline))
        {
            into.Add(first);
            return true;
        }
        Mark = start;
        int count = into.Count;
        first = SimpleStmt();
        into.Add(first!);
        while (true)
        {
            int m = Mark;
            StmtNode? next;
            if (!Match(TokenKind.Semi) || (next = SimpleStmt()) is null)
            {
                Mark = m;
                break;
            }
            into.Add(next);
        }
        Match(TokenKind.Semi);
        if (Match(TokenKind.Newline)) return true;
        into.RemoveRange(count, into.Count - count);
        Mark = start;
        return false;
    }

    // simple_stmt (memo):
    //     | assignment
    //     | star_expressions        → Expr
    //     | &'return' return_stmt
    //     | &('import' | 'from') import_stmt
    //     | &'raise' raise_stmt
    //     | 'pass'
    //     | &'del' del_stmt
    //     | &'yield' yield_stmt
    //     | &'assert' assert_stmt
    //     | 'break'
    //     | 'continue'
    //     | &'global' global_stmt
    //     | &'nonlocal' nonlocal_stmt
    private StmtNode? SimpleStmt()
    {
        int start = Mark;
        if (TryMemo(MemoIdSimpleStmt, out StmtNode? result)) return result;
        AddLevels(1);
        result = SimpleStmtAlternatives(start);
        RemoveLevels(1);
        if (result is null) Mark = start;
        return Memoize(MemoIdSimpleStmt, start, result);
    }

    private StmtNode? SimpleStmtAlternatives(int start)
    {
        var a = Assignment();
        if (a is not null) return a;
        var e = StarExpressions();
        if (e is not null) return Loc(new Expr { Value = e }, start);
        // The remaining alternatives each begin with (or look ahead for) one distinct keyword.
        switch (PeekKind())
        {
            case TokenKind.Return: return ReturnStmt();
            case TokenKind.Import: return ImportName();
            case TokenKind.From: return ImportFrom();
            case TokenKind.Raise: return RaiseStmt();
            case TokenKind.Pass:
                Advance();
                return Loc(new Pass(), start);
            case TokenKind.Del: return DelStmt();
            case TokenKind.Yield: return YieldStmt();
            case TokenKind.Assert: return AssertStmt();
            case TokenKind.Break:
                Advance();
                return Loc(new Break(), start);
            case TokenKind.Continue:
                Advance();
                return Loc(new Continue(), start);
            case TokenKind.Global: return GlobalStmt();
            case TokenKind.Nonlocal: return NonlocalStmt();
            default: return null;
        }
    }

    // compound_stmt:
    //     | &('def' | '@' | ASYNC) function_def
    //     | &'if' if_stmt
    //     | &('class' | '@') class_def
    //     | &('with' | ASYNC) with_stmt
    //     | &('for' | ASYNC) for_stmt
    //     | &'try' try_stmt
    //     | &'while' while_stmt
    //     | match_stmt
    private StmtNode? CompoundStmt()
    {
        // CPython's parser levels on the way into a compound statement: compound_stmt itself and
        // the statement's rule (two for def and class: function_def + function_def_raw).
        var kind = PeekKind();
        int levels = kind is TokenKind.Def or TokenKind.Class or TokenKind.At or TokenKind.Async ? 3 : 2;
        AddLevels(levels);
        var s = CompoundStmtDispatch(kind);
        RemoveLevels(levels);
        return s;
    }

    private StmtNode? CompoundStmtDispatch(TokenKind kind)
    {
        StmtNode? s;
        switch (kind)
        {
            case TokenKind.Def: return FunctionDef();
            case TokenKind.If: return IfStmt();
            case TokenKind.Class: return ClassDef();
            case TokenKind.With: return WithStmt();
            case TokenKind.For: return ForStmt();
            case TokenKind.Try: return TryStmt();
            case TokenKind.While: return WhileStmt();
            case TokenKind.At:
                return FunctionDef() ?? ClassDef();
            case TokenKind.Async:
                if ((s = FunctionDef()) is not null) return s;
                if ((s = WithStmt()) is not null) return s;
                return ForStmt();
            case TokenKind.Name:
                return MatchStmt();
            default:
                return null;
        }
    }

    // block (memo):
    //     | NEWLINE INDENT statements DEDENT
    //     | simple_stmts
    //     | invalid_block
    private StmtNode[]? Block()
    {
        AddLevels(1); // block_rule
        var body = BlockBody();
        RemoveLevels(1);
        return body;
    }

    private StmtNode[]? BlockBody()
    {
        int start = Mark;
        if (TryMemo(MemoIdBlock, out StmtNode[]? result)) return result;
        result = BlockAlternatives(start);
        if (result is null) Mark = start;
        return Memoize(MemoIdBlock, start, result);
    }

    private StmtNode[]? BlockAlternatives(int start)
    {
        if (Match(TokenKind.Newline) && Match(TokenKind.Indent))
        {
            var body = Statements();
            if (body is not null && Match(TokenKind.Dedent)) return body.ToArray();
        }
        Mark = start;
        var list = new List<StmtNode>();
        if (SimpleStmts(list)) return list.ToArray();
        if (CallInvalidRules) InvalidBlock();
        return null;
    }

    // ---- node helpers -------------------------------------------------------------------------

    /// <summary>A Name node for a NAME token (what CPython's NAME rule returns), with ctx set.</summary>
    private Name StmtNameNode(in Token t, ExprContext ctx)
    {
        var n = new Name { Id = Identifier(t), Ctx = ctx };
        n.SetLocation(t.Lineno, t.ColOffset, t.EndLineno, t.EndColOffset);
        return n;
    }

    /// <summary>A Constant for a NUMBER token (_PyPegen_number_token).</summary>
    private Constant StmtNumberNode(in Token t)
    {
        var c = new Constant { Value = NumberValue(t) };
        c.SetLocation(t.Lineno, t.ColOffset, t.EndLineno, t.EndColOffset);
        return c;
    }

    /// <summary>Raises "expected 'x'" at the current token unless it is of <paramref name="kind"/>
    /// (CPython's forced token, written &amp;&amp;'x' in the grammar); consumes it otherwise.</summary>
    private void ExpectForced(TokenKind kind, string text)
    {
        var t = Peek();
        if (t.Kind != kind) throw RaiseAt(t, "expected '" + text + "'");
        Mark++;
    }
}
