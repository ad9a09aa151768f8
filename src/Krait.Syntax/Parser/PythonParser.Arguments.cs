using Krait.Syntax.Ast;
using Krait.Syntax.Tokenizer;
using Attribute = Krait.Syntax.Ast.Attribute;
using Tuple = Krait.Syntax.Ast.Tuple;

namespace Krait.Syntax.Parser;

// Call arguments (python.gram "FUNCTION CALL ARGUMENTS").
public sealed partial class PythonParser
{
    // arguments (memo): args [','] &')' | invalid_arguments
    /// <summary>arguments: call arguments (without the parentheses), as a Call whose Func is unset
    /// (CPython returns such a dummy Call too); class_def reads its Args and Keywords.</summary>
    internal Call? ArgumentsRule()
    {
        int start = _mark;
        if (TryExprMemo(MemoArguments, SlotArguments, out Call? memo)) return memo;
        Call? result = null;
        var a = Args();
        if (a is not null)
        {
            Match(TokenKind.Comma);
            if (PeekKind() == TokenKind.RPar) result = a;
        }
        if (result is null)
        {
            _mark = start;
            if (CallInvalidRules) InvalidArguments();
        }
        return ExprMemoize(MemoArguments, SlotArguments, start, result);
    }

    // args:
    //     | ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
    //     | kwargs
    private Call? Args()
    {
        int start = _mark;
        var positional = PositionalArgs();
        if (positional is not null)
        {
            int m = _mark;
            List<LocatedNode>? kwargs = null;
            if (Match(TokenKind.Comma))
            {
                kwargs = Kwargs();
                if (kwargs is null) _mark = m;
            }
            return CollectCallSeqs(positional, kwargs, start);
        }
        var k = Kwargs();
        if (k is null) return null;
        return CollectCallSeqs(null, k, start);
    }

    /// <summary>The gather <c>','.(starred_expression | (assignment_expression | expression !':=') !'=')+</c>.</summary>
    private List<ExprNode>? PositionalArgs()
    {
        var first = PositionalArg();
        if (first is null) return null;
        var list = new List<ExprNode> { first };
        GatherCommaSeparated(list, static p => p.PositionalArg());
        return list;
    }

    // starred_expression | (assignment_expression | expression !':=') !'='
    private ExprNode? PositionalArg()
    {
        int start = _mark;
        var s = StarredExpression();
        if (s is not null) return s;
        var e = AssignmentExpression() ?? ExpressionNoWalrus();
        if (e is not null && PeekKind() != TokenKind.Equal) return e;
        _mark = start;
        return null;
    }

    /// <summary>_PyPegen_collect_call_seqs: positional arguments, then the starred entries of the
    /// keyword section, in order; the keyword section's keywords.</summary>
    private Call CollectCallSeqs(List<ExprNode>? positional, List<LocatedNode>? kwargs, int start)
    {
        int nStarred = 0, nKeywords = 0;
        if (kwargs is not null)
        {
            foreach (var item in kwargs)
            {
                if (item is Keyword) nKeywords++;
                else nStarred++;
            }
        }
        int nPositional = positional?.Count ?? 0;
        var args = new ExprNode[nPositional + nStarred];
        var keywords = new Keyword[nKeywords];
        positional?.CopyTo(args);
        if (kwargs is not null)
        {
            int ai = nPositional, ki = 0;
            foreach (var item in kwargs)
            {
                if (item is Keyword kw) keywords[ki++] = kw;
                else args[ai++] = (ExprNode)item;
            }
        }
        return Loc(new Call { Func = null!, Args = args, Keywords = keywords }, start);
    }

    // kwargs:
    //     | ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
    //     | ','.kwarg_or_starred+
    //     | ','.kwarg_or_double_starred+
    // Items are Keyword or Starred nodes.
    private List<LocatedNode>? Kwargs()
    {
        var a = KwargGather(doubleStarred: false);
        if (a is not null)
        {
            int m = _mark;
            if (Match(TokenKind.Comma))
            {
                var b = KwargGather(doubleStarred: true);
                if (b is not null)
                {
                    a.AddRange(b);
                    return a;
                }
            }
            // The second alternative re-reads the same gather and ends where it ended.
            _mark = m;
            return a;
        }
        return KwargGather(doubleStarred: true);
    }

    private List<LocatedNode>? KwargGather(bool doubleStarred)
    {
        var first = doubleStarred ? KwargOrDoubleStarred() : KwargOrStarred();
        if (first is null) return null;
        var list = new List<LocatedNode> { first };
        while (true)
        {
            int m = _mark;
            if (!Match(TokenKind.Comma)) break;
            var e = doubleStarred ? KwargOrDoubleStarred() : KwargOrStarred();
            if (e is null) { _mark = m; break; }
            list.Add(e);
        }
        return list;
    }

    // kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
    private LocatedNode? KwargOrStarred()
    {
        if (CallInvalidRules) InvalidKwarg();
        return (LocatedNode?)NamedKeyword() ?? StarredExpression();
    }

    // kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
    private LocatedNode? KwargOrDoubleStarred()
    {
        if (CallInvalidRules) InvalidKwarg();
        var k = NamedKeyword();
        if (k is not null) return k;
        int start = _mark;
        if (Match(TokenKind.DoubleStar))
        {
            var a = ExpressionRule();
            if (a is not null) return Loc(new Keyword { Arg = null, Value = a }, start);
            _mark = start;
        }
        return null;
    }

    // NAME '=' expression
    private Keyword? NamedKeyword()
    {
        int start = _mark;
        var t = Peek();
        if (t.Kind != TokenKind.Name) return null;
        _mark++;
        if (Match(TokenKind.Equal))
        {
            var b = ExpressionRule();
            if (b is not null) return Loc(new Keyword { Arg = Identifier(t), Value = b }, start);
        }
        _mark = start;
        return null;
    }
}
