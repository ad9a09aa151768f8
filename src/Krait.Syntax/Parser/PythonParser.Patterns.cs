using Krait.Syntax.Ast;
using Krait.Syntax.Tokenizer;

namespace Krait.Syntax.Parser;

// Patterns of the match statement (PEP 634): every pattern kind with CPython's node shapes.
public sealed partial class PythonParser
{
    // patterns:
    //     | open_sequence_pattern   → MatchSequence
    //     | pattern
    private PatternNode? Patterns()
    {
        int start = Mark;
        var seq = OpenSequencePattern();
        if (seq is not null) return Loc(new MatchSequence { Patterns = seq.ToArray() }, start);
        return Pattern();
    }

    // pattern: as_pattern | or_pattern
    // as_pattern:
    //     | or_pattern 'as' pattern_capture_target   → MatchAs
    //     | invalid_as_pattern
    // (or_pattern is parsed once and reused by the plain or_pattern alternative.)
    private PatternNode? Pattern()
    {
        int start = Mark;
        var p = OrPattern();
        if (p is null) return null;
        int afterOr = Mark;
        if (Match(TokenKind.As))
        {
            var target = PatternCaptureTarget();
            if (target is not null) return Loc(new MatchAs { Pattern = p, Name = target }, start);
        }
        if (CallInvalidRules)
        {
            Mark = start;
            InvalidAsPattern();
        }
        Mark = afterOr;
        return p;
    }

    // or_pattern: '|'.closed_pattern+   → the pattern itself when alone, else MatchOr
    private PatternNode? OrPattern()
    {
        int start = Mark;
        var first = ClosedPattern();
        if (first is null) return null;
        if (!Check(TokenKind.VBar)) return first;
        var list = new List<PatternNode> { first };
        while (true)
        {
            int m = Mark;
            PatternNode? next;
            if (!Match(TokenKind.VBar) || (next = ClosedPattern()) is null)
            {
                Mark = m;
                break;
            }
            list.Add(next);
        }
        if (list.Count == 1) return first;
        return Loc(new MatchOr { Patterns = list.ToArray() }, start);
    }

    // closed_pattern (memo):
    //     | literal_pattern | capture_pattern | wildcard_pattern | value_pattern
    //     | group_pattern | sequence_pattern | mapping_pattern | class_pattern
    private PatternNode? ClosedPattern()
    {
        int start = Mark;
        if (TryMemo(MemoIdClosedPattern, out PatternNode? result)) return result;
        result = LiteralPattern() ?? CapturePattern() ?? WildcardPattern() ?? ValuePattern()
            ?? GroupPattern() ?? SequencePattern() ?? MappingPattern() ?? ClassPattern();
        if (result is null) Mark = start;
        return Memoize(MemoIdClosedPattern, start, result);
    }

    // literal_pattern:
    //     | signed_number !('+' | '-')   → MatchValue
    //     | complex_number               → MatchValue
    //     | strings                      → MatchValue
    //     | 'None' | 'True' | 'False'    → MatchSingleton
    private PatternNode? LiteralPattern()
    {
        int start = Mark;
        var value = LiteralValue(out bool isSingleton, out object? singleton);
        if (value is not null) return Loc(new MatchValue { Value = value }, start);
        if (isSingleton) return Loc(new MatchSingleton { Value = singleton }, start);
        return null;
    }

    // literal_expr:
    //     | signed_number !('+' | '-')
    //     | complex_number
    //     | strings
    //     | 'None' | 'True' | 'False'    → Constant
    private ExprNode? LiteralExpr()
    {
        int start = Mark;
        var value = LiteralValue(out bool isSingleton, out object? singleton);
        if (value is not null) return value;
        if (isSingleton) return Loc(new Constant { Value = singleton }, start);
        return null;
    }

    /// <summary>The part literal_pattern and literal_expr share: a number, complex number or
    /// string expression; or, for None/True/False (consumed), <paramref name="isSingleton"/>.</summary>
    private ExprNode? LiteralValue(out bool isSingleton, out object? singleton)
    {
        isSingleton = false;
        singleton = null;
        int start = Mark;
        var number = SignedNumber();
        if (number is not null)
        {
            var k = PeekKind();
            if (k != TokenKind.Plus && k != TokenKind.Minus) return number;
            Mark = start;
        }
        var complex = ComplexNumber();
        if (complex is not null) return complex;
        switch (PeekKind())
        {
            case TokenKind.String:
                return Strings();
            case TokenKind.None:
                Advance();
                isSingleton = true;
                return null;
            case TokenKind.True:
                Advance();
                isSingleton = true;
                singleton = true;
                return null;
            case TokenKind.False:
                Advance();
                isSingleton = true;
                singleton = false;
                return null;
            default:
                return null;
        }
    }

    // complex_number:
    //     | signed_real_number '+' imaginary_number   → BinOp(Add)
    //     | signed_real_number '-' imaginary_number   → BinOp(Sub)
    private ExprNode? ComplexNumber()
    {
        int start = Mark;
        var real = SignedRealNumber();
        if (real is null) return null;
        OperatorKind op;
        if (Match(TokenKind.Plus)) op = OperatorKind.Add;
        else if (Match(TokenKind.Minus)) op = OperatorKind.Sub;
        else
        {
            Mark = start;
            return null;
        }
        var t = Peek();
        if (t.Kind != TokenKind.Number)
        {
            Mark = start;
            return null;
        }
        Advance();
        // imaginary_number: NUMBER (_PyPegen_ensure_imaginary)
        var imag = StmtNumberNode(t);
        if (imag.Value is not System.Numerics.Complex)
            throw RaiseAt(imag, "imaginary number required in complex literal");
        return Loc(new BinOp { Left = real, Op = op, Right = imag }, start);
    }

    // signed_number: NUMBER | '-' NUMBER   → UnaryOp(USub)
    private ExprNode? SignedNumber()
    {
        int start = Mark;
        var t = Peek();
        if (t.Kind == TokenKind.Number)
        {
            Advance();
            return StmtNumberNode(t);
        }
        if (t.Kind != TokenKind.Minus) return null;
        Advance();
        var n = Peek();
        if (n.Kind != TokenKind.Number)
        {
            Mark = start;
            return null;
        }
        Advance();
        return Loc(new UnaryOp { Op = UnaryOpKind.USub, Operand = StmtNumberNode(n) }, start);
    }

    // signed_real_number: real_number | '-' real_number
    // real_number: NUMBER   (_PyPegen_ensure_real)
    private ExprNode? SignedRealNumber()
    {
        int start = Mark;
        bool negative = Match(TokenKind.Minus);
        var t = Peek();
        if (t.Kind != TokenKind.Number)
        {
            Mark = start;
            return null;
        }
        Advance();
        var real = StmtNumberNode(t);
        if (real.Value is System.Numerics.Complex)
            throw RaiseAt(real, "real number required in complex literal");
        return negative ? Loc(new UnaryOp { Op = UnaryOpKind.USub, Operand = real }, start) : real;
    }

    // capture_pattern: pattern_capture_target   → MatchAs(name)
    private PatternNode? CapturePattern()
    {
        int start = Mark;
        var name = PatternCaptureTarget();
        return name is null ? null : Loc(new MatchAs { Name = name }, start);
    }

    // pattern_capture_target: !"_" NAME !('.' | '(' | '=')
    private string? PatternCaptureTarget()
    {
        int start = Mark;
        var t = Peek();
        if (t.Kind != TokenKind.Name || TokenText(t).SequenceEqual("_")) return null;
        Advance();
        var k = PeekKind();
        if (k == TokenKind.Dot || k == TokenKind.LPar || k == TokenKind.Equal)
        {
            Mark = start;
            return null;
        }
        return Identifier(t);
    }

    // wildcard_pattern: "_"   → MatchAs()
    private PatternNode? WildcardPattern()
    {
        int start = Mark;
        return MatchSoftKeyword("_") ? Loc(new MatchAs(), start) : null;
    }

    // value_pattern: attr !('.' | '(' | '=')   → MatchValue
    private PatternNode? ValuePattern()
    {
        int start = Mark;
        var attr = PatternAttr();
        if (attr is null) return null;
        var k = PeekKind();
        if (k == TokenKind.Dot || k == TokenKind.LPar || k == TokenKind.Equal)
        {
            Mark = start;
            return null;
        }
        return Loc(new MatchValue { Value = attr }, start);
    }

    // attr: name_or_attr '.' NAME   (left-recursive, so memoized: NAME ('.' NAME)+)
    private ExprNode? PatternAttr()
    {
        int start = Mark;
        if (TryMemo(MemoIdPatternAttr, out ExprNode? result)) return result;
        var t = Peek();
        if (t.Kind == TokenKind.Name)
        {
            Advance();
            ExprNode value = StmtNameNode(t, ExprContext.Load);
            while (true)
            {
                int m = Mark;
                if (Match(TokenKind.Dot))
                {
                    var n = Peek();
                    if (n.Kind == TokenKind.Name)
                    {
                        Advance();
                        value = Loc(new Ast.Attribute { Value = value, Attr = Identifier(n), Ctx = ExprContext.Load }, start);
                        result = value;
                        continue;
                    }
                }
                Mark = m;
                break;
            }
        }
        if (result is null) Mark = start;
        return Memoize(MemoIdPatternAttr, start, result);
    }

    // name_or_attr: attr | NAME
    private ExprNode? NameOrAttr()
    {
        var attr = PatternAttr();
        if (attr is not null) return attr;
        var t = Peek();
        if (t.Kind != TokenKind.Name) return null;
        Advance();
        return StmtNameNode(t, ExprContext.Load);
    }

    // group_pattern: '(' pattern ')'
    private PatternNode? GroupPattern()
    {
        int start = Mark;
        if (!Match(TokenKind.LPar)) return null;
        var p = Pattern();
        if (p is not null && Match(TokenKind.RPar)) return p;
        Mark = start;
        return null;
    }

    // sequence_pattern:
    //     | '[' maybe_sequence_pattern? ']'   → MatchSequence
    //     | '(' open_sequence_pattern? ')'    → MatchSequence
    private PatternNode? SequencePattern()
    {
        int start = Mark;
        if (Match(TokenKind.LSqb))
        {
            var items = MaybeSequencePattern();
            if (Match(TokenKind.RSqb))
                return Loc(new MatchSequence { Patterns = items is null ? [] : items.ToArray() }, start);
        }
        else if (Match(TokenKind.LPar))
        {
            var items = OpenSequencePattern();
            if (Match(TokenKind.RPar))
                return Loc(new MatchSequence { Patterns = items is null ? [] : items.ToArray() }, start);
        }
        Mark = start;
        return null;
    }

    // open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
    private List<PatternNode>? OpenSequencePattern()
    {
        int start = Mark;
        var first = MaybeStarPattern();
        if (first is null) return null;
        if (!Match(TokenKind.Comma))
        {
            Mark = start;
            return null;
        }
        var rest = MaybeSequencePattern();
        if (rest is null) return [first];
        rest.Insert(0, first);
        return rest;
    }

    // maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
    private List<PatternNode>? MaybeSequencePattern()
    {
        var first = MaybeStarPattern();
        if (first is null) return null;
        var list = new List<PatternNode> { first };
        while (true)
        {
            int m = Mark;
            PatternNode? next;
            if (!Match(TokenKind.Comma) || (next = MaybeStarPattern()) is null)
            {
                Mark = m;
                break;
            }
            list.Add(next);
        }
        Match(TokenKind.Comma);
        return list;
    }

    // maybe_star_pattern: star_pattern | pattern
    private PatternNode? MaybeStarPattern() => StarPattern() ?? Pattern();

    // star_pattern (memo):
    //     | '*' pattern_capture_target   → MatchStar(name)
    //     | '*' wildcard_pattern         → MatchStar()
    private PatternNode? StarPattern()
    {
        int start = Mark;
        if (TryMemo(MemoIdStarPattern, out PatternNode? result)) return result;
        if (Match(TokenKind.Star))
        {
            var name = PatternCaptureTarget();
            if (name is not null) result = Loc(new MatchStar { Name = name }, start);
            else if (MatchSoftKeyword("_")) result = Loc(new MatchStar(), start);
        }
        if (result is null) Mark = start;
        return Memoize(MemoIdStarPattern, start, result);
    }

    // mapping_pattern:
    //     | '{' '}'
    //     | '{' double_star_pattern ','? '}'
    //     | '{' items_pattern ',' double_star_pattern ','? '}'
    //     | '{' items_pattern ','? '}'
    private PatternNode? MappingPattern()
    {
        int start = Mark;
        if (!Match(TokenKind.LBrace)) return null;
        if (Match(TokenKind.RBrace)) return Loc(new MatchMapping(), start);
        int afterBrace = Mark;
        var rest = DoubleStarPattern();
        if (rest is not null)
        {
            Match(TokenKind.Comma);
            if (Match(TokenKind.RBrace)) return Loc(new MatchMapping { Rest = rest }, start);
        }
        Mark = afterBrace;
        var keys = new List<ExprNode>();
        var patterns = new List<PatternNode>();
        if (ItemsPattern(keys, patterns))
        {
            int afterItems = Mark;
            if (Match(TokenKind.Comma) && (rest = DoubleStarPattern()) is not null)
            {
                Match(TokenKind.Comma);
                if (Match(TokenKind.RBrace))
                    return Loc(new MatchMapping { Keys = keys.ToArray(), Patterns = patterns.ToArray(), Rest = rest }, start);
            }
            Mark = afterItems;
            Match(TokenKind.Comma);
            if (Match(TokenKind.RBrace))
                return Loc(new MatchMapping { Keys = keys.ToArray(), Patterns = patterns.ToArray() }, start);
        }
        Mark = start;
        return null;
    }

    // items_pattern: ','.key_value_pattern+
    private bool ItemsPattern(List<ExprNode> keys, List<PatternNode> patterns)
    {
        if (!KeyValuePattern(keys, patterns)) return false;
        while (true)
        {
            int m = Mark;
            if (!Match(TokenKind.Comma) || !KeyValuePattern(keys, patterns))
            {
                Mark = m;
                return true;
            }
        }
    }

    // key_value_pattern: (literal_expr | attr) ':' pattern
    private bool KeyValuePattern(List<ExprNode> keys, List<PatternNode> patterns)
    {
        int start = Mark;
        var key = LiteralExpr() ?? PatternAttr();
        if (key is not null && Match(TokenKind.Colon))
        {
            var p = Pattern();
            if (p is not null)
            {
                keys.Add(key);
                patterns.Add(p);
                return true;
            }
        }
        Mark = start;
        return false;
    }

    // double_star_pattern: '**' pattern_capture_target
    private string? DoubleStarPattern()
    {
        int start = Mark;
        if (!Match(TokenKind.DoubleStar)) return null;
        var name = PatternCaptureTarget();
        if (name is null) Mark = start;
        return name;
    }

    // class_pattern:
    //     | name_or_attr '(' ')'
    //     | name_or_attr '(' positional_patterns ','? ')'
    //     | name_or_attr '(' keyword_patterns ','? ')'
    //     | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
    //     | invalid_class_pattern
    private PatternNode? ClassPattern()
    {
        int start = Mark;
        var cls = NameOrAttr();
        if (cls is not null && Match(TokenKind.LPar))
        {
            if (Match(TokenKind.RPar)) return Loc(new MatchClass { Cls = cls }, start);
            int afterParen = Mark;
            var positional = PositionalPatterns();
            if (positional is not null)
            {
                Match(TokenKind.Comma);
                if (Match(TokenKind.RPar))
                    return Loc(new MatchClass { Cls = cls, Patterns = positional.ToArray() }, start);
            }
            Mark = afterParen;
            var names = new List<string>();
            var values = new List<PatternNode>();
            if (KeywordPatterns(names, values))
            {
                Match(TokenKind.Comma);
                if (Match(TokenKind.RPar))
                    return Loc(new MatchClass { Cls = cls, KwdAttrs = names.ToArray(), KwdPatterns = values.ToArray() }, start);
            }
            Mark = afterParen;
            positional = PositionalPatterns();
            if (positional is not null && Match(TokenKind.Comma))
            {
                names.Clear();
                values.Clear();
                if (KeywordPatterns(names, values))
                {
                    Match(TokenKind.Comma);
                    if (Match(TokenKind.RPar))
                        return Loc(new MatchClass
                        {
                            Cls = cls,
                            Patterns = positional.ToArray(),
                            KwdAttrs = names.ToArray(),
                            KwdPatterns = values.ToArray(),
                        }, start);
                }
            }
        }
        Mark = start;
        if (CallInvalidRules) InvalidClassPattern();
        return null;
    }

    // positional_patterns: ','.pattern+
    private List<PatternNode>? PositionalPatterns()
    {
        var first = Pattern();
        if (first is null) return null;
        var list = new List<PatternNode> { first };
        while (true)
        {
            int m = Mark;
            PatternNode? next;
            if (!Match(TokenKind.Comma) || (next = Pattern()) is null)
            {
                Mark = m;
                return list;
            }
            list.Add(next);
        }
    }

    // keyword_patterns: ','.keyword_pattern+
    private bool KeywordPatterns(List<string> names, List<PatternNode> values)
    {
        if (!KeywordPattern(names, values)) return false;
        while (true)
        {
            int m = Mark;
            if (!Match(TokenKind.Comma) || !KeywordPattern(names, values))
            {
                Mark = m;
                return true;
            }
        }
    }

    // keyword_pattern: NAME '=' pattern
    private bool KeywordPattern(List<string> names, List<PatternNode> values)
    {
        int start = Mark;
        var t = Peek();
        if (t.Kind == TokenKind.Name)
        {
            Advance();
            if (Match(TokenKind.Equal))
            {
                var p = Pattern();
                if (p is not null)
                {
                    names.Add(Identifier(t));
                    values.Add(p);
                    return true;
                }
            }
        }
        Mark = start;
        return false;
    }
}
