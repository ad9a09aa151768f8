using Krait.Syntax.Ast;
using Krait.Syntax.Tokenizer;
using Attribute = Krait.Syntax.Ast.Attribute;
using Tuple = Krait.Syntax.Ast.Tuple;

namespace Krait.Syntax.Parser;

// Binary and unary operators: bitwise_or … power, await_primary. The left-recursive rules of the
// grammar (bitwise_or, bitwise_xor, bitwise_and, shift_expr, sum, term) are loops here: pegen
// grows the seed one operator at a time, which reads exactly the tokens this loop reads.
public sealed partial class PythonParser
{
    // bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
    internal ExprNode? BitwiseOr()
    {
        AddLevels(2);
        var result = BitwiseOrBody();
        RemoveLevels(2);
        return result;
    }

    private ExprNode? BitwiseOrBody()
    {
        int start = _mark;
        if (TryChainMemo(MemoBitwiseOr, out var memo)) return memo;
        var a = BitwiseXor();
        if (a is not null)
        {
            while (PeekKind() == TokenKind.VBar)
            {
                int m = _mark++;
                var b = BitwiseXor();
                if (b is null) { _mark = m; break; }
                a = Loc(new BinOp { Left = a, Op = OperatorKind.BitOr, Right = b }, start);
            }
        }
        return ChainMemoize(MemoBitwiseOr, start, a);
    }

    // bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
    private ExprNode? BitwiseXor()
    {
        AddLevels(2);
        var result = BitwiseXorBody();
        RemoveLevels(2);
        return result;
    }

    private ExprNode? BitwiseXorBody()
    {
        int start = _mark;
        if (TryChainMemo(MemoBitwiseXor, out var memo)) return memo;
        var a = BitwiseAnd();
        if (a is not null)
        {
            while (PeekKind() == TokenKind.Circumflex)
            {
                int m = _mark++;
                var b = BitwiseAnd();
                if (b is null) { _mark = m; break; }
                a = Loc(new BinOp { Left = a, Op = OperatorKind.BitXor, Right = b }, start);
            }
        }
        return ChainMemoize(MemoBitwiseXor, start, a);
    }

    // bitwise_and: bitwise_and '&' shift_expr | shift_expr
    private ExprNode? BitwiseAnd()
    {
        AddLevels(2);
        var result = BitwiseAndBody();
        RemoveLevels(2);
        return result;
    }

    private ExprNode? BitwiseAndBody()
    {
        int start = _mark;
        if (TryChainMemo(MemoBitwiseAnd, out var memo)) return memo;
        var a = ShiftExpr();
        if (a is not null)
        {
            while (PeekKind() == TokenKind.Amper)
            {
                int m = _mark++;
                var b = ShiftExpr();
                if (b is null) { _mark = m; break; }
                a = Loc(new BinOp { Left = a, Op = OperatorKind.BitAnd, Right = b }, start);
            }
        }
        return ChainMemoize(MemoBitwiseAnd, start, a);
    }

    // shift_expr: shift_expr '<<' sum | shift_expr '>>' sum | sum
    private ExprNode? ShiftExpr()
    {
        AddLevels(2);
        var result = ShiftExprBody();
        RemoveLevels(2);
        return result;
    }

    private ExprNode? ShiftExprBody()
    {
        int start = _mark;
        if (TryChainMemo(MemoShiftExpr, out var memo)) return memo;
        var a = Sum();
        if (a is not null)
        {
            while (true)
            {
                var k = PeekKind();
                OperatorKind op;
                if (k == TokenKind.LeftShift) op = OperatorKind.LShift;
                else if (k == TokenKind.RightShift) op = OperatorKind.RShift;
                else break;
                int m = _mark++;
                var b = Sum();
                if (b is null) { _mark = m; break; }
                a = Loc(new BinOp { Left = a, Op = op, Right = b }, start);
            }
        }
        return ChainMemoize(MemoShiftExpr, start, a);
    }

    // sum: sum '+' term | sum '-' term | term
    private ExprNode? Sum()
    {
        AddLevels(2);
        var result = SumBody();
        RemoveLevels(2);
        return result;
    }

    private ExprNode? SumBody()
    {
        int start = _mark;
        if (TryChainMemo(MemoSum, out var memo)) return memo;
        var a = Term();
        if (a is not null)
        {
            while (true)
            {
                var k = PeekKind();
                OperatorKind op;
                if (k == TokenKind.Plus) op = OperatorKind.Add;
                else if (k == TokenKind.Minus) op = OperatorKind.Sub;
                else break;
                int m = _mark++;
                var b = Term();
                if (b is null) { _mark = m; break; }
                a = Loc(new BinOp { Left = a, Op = op, Right = b }, start);
            }
        }
        return ChainMemoize(MemoSum, start, a);
    }

    // term: term ('*' | '/' | '//' | '%' | '@') factor | factor
    private ExprNode? Term()
    {
        AddLevels(2);
        var result = TermBody();
        RemoveLevels(2);
        return result;
    }

    private ExprNode? TermBody()
    {
        int start = _mark;
        if (TryChainMemo(MemoTerm, out var memo)) return memo;
        var a = Factor();
        if (a is not null)
        {
            while (true)
            {
                OperatorKind op;
                switch (PeekKind())
                {
                    case TokenKind.Star: op = OperatorKind.Mult; break;
                    case TokenKind.Slash: op = OperatorKind.Div; break;
                    case TokenKind.DoubleSlash: op = OperatorKind.FloorDiv; break;
                    case TokenKind.Percent: op = OperatorKind.Mod; break;
                    case TokenKind.At: op = OperatorKind.MatMult; break;
                    default: goto done;
                }
                int m = _mark++;
                var b = Factor();
                if (b is null) { _mark = m; break; }
                a = Loc(new BinOp { Left = a, Op = op, Right = b }, start);
            }
        }
    done:
        return ChainMemoize(MemoTerm, start, a);
    }

    // factor (memo): '+' factor | '-' factor | '~' factor | power
    private ExprNode? Factor()
    {
        int start = _mark;
        if (TryChainMemo(MemoFactor, out var memo)) return memo;
        Enter();
        ExprNode? result;
        var k = PeekKind();
        if (k is TokenKind.Plus or TokenKind.Minus or TokenKind.Tilde)
        {
            _mark++;
            var a = Factor();
            if (a is null)
            {
                // None of the other alternatives can start with this operator.
                _mark = start;
                result = null;
            }
            else
            {
                var op = k == TokenKind.Plus ? UnaryOpKind.UAdd : k == TokenKind.Minus ? UnaryOpKind.USub : UnaryOpKind.Invert;
                result = Loc(new UnaryOp { Op = op, Operand = a }, start);
            }
        }
        else
        {
            result = Power();
        }
        Leave();
        return ChainMemoize(MemoFactor, start, result);
    }

    // power: await_primary '**' factor | await_primary
    private ExprNode? Power()
    {
        AddLevels(1);
        var result = PowerBody();
        RemoveLevels(1);
        return result;
    }

    private ExprNode? PowerBody()
    {
        int start = _mark;
        var a = AwaitPrimary();
        if (a is null) return null;
        int m = _mark;
        if (Match(TokenKind.DoubleStar))
        {
            var b = Factor();
            if (b is not null) return Loc(new BinOp { Left = a, Op = OperatorKind.Pow, Right = b }, start);
            _mark = m;
        }
        return a;
    }

    // await_primary (memo): AWAIT primary | primary
    private ExprNode? AwaitPrimary()
    {
        AddLevels(1);
        var result = AwaitPrimaryBody();
        RemoveLevels(1);
        return result;
    }

    private ExprNode? AwaitPrimaryBody()
    {
        int start = _mark;
        if (TryChainMemo(MemoAwaitPrimary, out var memo)) return memo;
        ExprNode? result = null;
        if (Match(TokenKind.Await))
        {
            var a = Primary();
            if (a is not null) result = Loc(new Await { Value = a }, start);
            else _mark = start;
        }
        result ??= Primary();
        return ChainMemoize(MemoAwaitPrimary, start, result);
    }
}
