using Krait.Syntax.Ast;
using Krait.Syntax.Tokenizer;
using Attribute = Krait.Syntax.Ast.Attribute;
using Tuple = Krait.Syntax.Ast.Tuple;

namespace Krait.Syntax.Parser;

// Displays and comprehensions (python.gram "LITERALS", "Dicts", "Comprehensions & Generators").
public sealed partial class PythonParser
{
    /// <summary>A dict display entry; <see cref="Key"/> is null for <c>**mapping</c>. A class, not a struct: a
    /// <c>List</c> of a struct is a generic instantiation ReadyToRun doesn't precompile (eight methods JIT-compiled
    /// in every process that parses a dict display).</summary>
    private sealed record KeyValuePair(ExprNode? Key, ExprNode Value);

    // list: '[' [star_named_expressions] ']'
    private ExprNode? ListRule()
    {
        int start = _mark;
        if (!Match(TokenKind.LSqb)) return null;
        var a = StarNamedExpressions();
        if (!Match(TokenKind.RSqb)) { _mark = start; return null; }
        return Loc(new List { Elts = a?.ToArray() ?? [], Ctx = ExprContext.Load }, start);
    }

    // tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
    private ExprNode? TupleRule()
    {
        int start = _mark;
        if (!Match(TokenKind.LPar)) return null;
        ExprNode[] elts = [];
        int m = _mark;
        var y = StarNamedExpression();
        if (y is not null && Match(TokenKind.Comma))
        {
            var z = StarNamedExpressions();
            if (z is null) elts = [y];
            else
            {
                z.Insert(0, y);
                elts = z.ToArray();
            }
        }
        else
        {
            _mark = m;
        }
        if (!Match(TokenKind.RPar)) { _mark = start; return null; }
        return Loc(new Tuple { Elts = elts, Ctx = ExprContext.Load }, start);
    }

    // set: '{' star_named_expressions '}'
    private ExprNode? SetRule()
    {
        int start = _mark;
        if (!Match(TokenKind.LBrace)) return null;
        var a = StarNamedExpressions();
        if (a is null || !Match(TokenKind.RBrace)) { _mark = start; return null; }
        return Loc(new Set { Elts = a.ToArray() }, start);
    }

    // dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
    private ExprNode? DictRule()
    {
        int start = _mark;
        if (!Match(TokenKind.LBrace)) return null;
        var a = DoubleStarredKvpairs();
        if (Match(TokenKind.RBrace))
        {
            int n = a?.Count ?? 0;
            var keys = new ExprNode[n];
            var values = new ExprNode[n];
            for (int i = 0; i < n; i++)
            {
                keys[i] = a![i].Key!;
                values[i] = a[i].Value;
            }
            return Loc(new Dict { Keys = keys, Values = values }, start);
        }
        // Not guarded by CallInvalidRules: pegen only guards alternatives that are a lone invalid_
        // rule, so CPython tries this one in the first pass too.
        _mark = start + 1;
        InvalidDoubleStarredKvpairs();
        _mark = start;
        return null;
    }

    // double_starred_kvpairs: ','.double_starred_kvpair+ [',']
    private List<KeyValuePair>? DoubleStarredKvpairs()
    {
        if (!DoubleStarredKvpair(out var first)) return null;
        var list = new List<KeyValuePair> { first };
        while (true)
        {
            int m = _mark;
            if (!Match(TokenKind.Comma)) break;
            if (!DoubleStarredKvpair(out var item)) { _mark = m; break; }
            list.Add(item);
        }
        Match(TokenKind.Comma);
        return list;
    }

    // double_starred_kvpair: '**' bitwise_or | kvpair
    private bool DoubleStarredKvpair(out KeyValuePair pair)
    {
        int start = _mark;
        if (Match(TokenKind.DoubleStar))
        {
            var a = BitwiseOr();
            if (a is not null)
            {
                pair = new KeyValuePair(null, a);
                return true;
            }
            _mark = start;
        }
        return Kvpair(out pair);
    }

    // kvpair: expression ':' expression
    private bool Kvpair(out KeyValuePair pair)
    {
        int start = _mark;
        var a = ExpressionRule();
        if (a is not null && Match(TokenKind.Colon))
        {
            var b = ExpressionRule();
            if (b is not null)
            {
                pair = new KeyValuePair(a, b);
                return true;
            }
        }
        _mark = start;
        pair = null!;
        return false;
    }

    // for_if_clauses: for_if_clause+
    private List<Comprehension>? ForIfClauses()
    {
        var c = ForIfClause();
        if (c is null) return null;
        var list = new List<Comprehension> { c };
        while ((c = ForIfClause()) is not null) list.Add(c);
        return list;
    }

    // for_if_clause:
    //     | ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
    //     | 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
    //     | invalid_for_target
    private Comprehension? ForIfClause()
    {
        int start = _mark;
        bool isAsync = Match(TokenKind.Async);
        if (Match(TokenKind.For))
        {
            var target = StarTargets();
            if (target is not null && Match(TokenKind.In))
            {
                var iter = Disjunction();
                if (iter is null)
                {
                    // The cut: no other alternative is tried.
                    _mark = start;
                    return null;
                }
                List<ExprNode>? ifs = null;
                while (true)
                {
                    int m = _mark;
                    if (!Match(TokenKind.If)) break;
                    var z = Disjunction();
                    if (z is null) { _mark = m; break; }
                    (ifs ??= new List<ExprNode>()).Add(z);
                }
                return new Comprehension { Target = target, Iter = iter, Ifs = ifs?.ToArray() ?? [], IsAsync = isAsync ? 1 : 0 };
            }
        }
        _mark = start;
        if (CallInvalidRules) InvalidForTarget();
        return null;
    }

    // listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
    private ExprNode? ListCompRule()
    {
        int start = _mark;
        if (Match(TokenKind.LSqb))
        {
            var a = NamedExpression();
            if (a is not null)
            {
                var b = ForIfClauses();
                if (b is not null && Match(TokenKind.RSqb))
                    return Loc(new ListComp { Elt = a, Generators = b.ToArray() }, start);
            }
            _mark = start;
        }
        if (CallInvalidRules) InvalidComprehension();
        return null;
    }

    // setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
    private ExprNode? SetCompRule()
    {
        int start = _mark;
        if (Match(TokenKind.LBrace))
        {
            var a = NamedExpression();
            if (a is not null)
            {
                var b = ForIfClauses();
                if (b is not null && Match(TokenKind.RBrace))
                    return Loc(new SetComp { Elt = a, Generators = b.ToArray() }, start);
            }
            _mark = start;
        }
        if (CallInvalidRules) InvalidComprehension();
        return null;
    }

    // genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension
    private ExprNode? Genexp()
    {
        int start = _mark;
        if (Match(TokenKind.LPar))
        {
            var a = AssignmentExpression() ?? ExpressionNoWalrus();
            if (a is not null)
            {
                var b = ForIfClauses();
                if (b is not null && Match(TokenKind.RPar))
                    return Loc(new GeneratorExp { Elt = a, Generators = b.ToArray() }, start);
            }
            _mark = start;
        }
        if (CallInvalidRules) InvalidComprehension();
        return null;
    }

    // dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
    private ExprNode? DictCompRule()
    {
        int start = _mark;
        if (Match(TokenKind.LBrace) && Kvpair(out var a))
        {
            var b = ForIfClauses();
            if (b is not null && Match(TokenKind.RBrace))
                return Loc(new DictComp { Key = a.Key!, Value = a.Value, Generators = b.ToArray() }, start);
        }
        _mark = start;
        if (CallInvalidRules) InvalidDictComprehension();
        return null;
    }
}
