using Krait.Compiler.Assembler;
using Krait.Compiler.Bytecode;
using Krait.Compiler.Symtable;
using Krait.Syntax.Ast;

using Attribute = Krait.Syntax.Ast.Attribute;
using Tuple = Krait.Syntax.Ast.Tuple;

namespace Krait.Compiler.CodeGen;

public sealed partial class Compiler
{
    private void VisitExpr(ExprNode e)
    {
        var saved = _u.Loc;
        SetLoc(e);
        VisitExpr1(e);
        _u.Loc = saved;
    }

    private void VisitExpr1(ExprNode e)
    {
        switch (e)
        {
            case NamedExpr n:
                VisitExpr(n.Value);
                AddOpI(Op.COPY, 1);
                VisitExpr(n.Target);
                break;
            case BoolOp b: CompileBoolOp(b); break;
            case BinOp b:
                VisitExpr(b.Left);
                VisitExpr(b.Right);
                AddOpI(Op.BINARY_OP, BinaryOpArg(b.Op, false));
                break;
            case UnaryOp u:
                VisitExpr(u.Operand);
                AddOp(u.Op switch
                {
                    UnaryOpKind.Invert => Op.UNARY_INVERT,
                    UnaryOpKind.Not => Op.UNARY_NOT,
                    UnaryOpKind.UAdd => Op.UNARY_POSITIVE,
                    _ => Op.UNARY_NEGATIVE,
                });
                break;
            case Lambda l: CompileLambda(l); break;
            case IfExp i:
            {
                var end = NewBlock();
                var next = NewBlock();
                JumpIf(i.Test, next, false);
                VisitExpr(i.Body);
                AddOpJumpNoLine(Op.JUMP, end);
                UseNextBlock(next);
                VisitExpr(i.Orelse);
                UseNextBlock(end);
                break;
            }
            case Dict d: CompileDict(d); break;
            case Set s: StarUnpackHelper(s.Elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false); break;
            case GeneratorExp g: CompileComprehension(g, CompKind.GenExp, "<genexpr>", g.Generators, g.Elt, null); break;
            case ListComp l: CompileComprehension(l, CompKind.List, "<listcomp>", l.Generators, l.Elt, null); break;
            case SetComp s: CompileComprehension(s, CompKind.Set, "<setcomp>", s.Generators, s.Elt, null); break;
            case DictComp d: CompileComprehension(d, CompKind.Dict, "<dictcomp>", d.Generators, d.Key, d.Value); break;
            case Yield y:
                if (_u.Ste.Type != BlockType.Function) throw Error("'yield' outside function");
                if (y.Value is not null) VisitExpr(y.Value);
                else LoadConst(null);
                AddOpYield();
                break;
            case YieldFrom y:
                if (_u.Ste.Type != BlockType.Function) throw Error("'yield' outside function");
                if (_u.ScopeType == ScopeType.AsyncFunction) throw Error("'yield from' inside async function");
                VisitExpr(y.Value);
                AddOp(Op.GET_YIELD_FROM_ITER);
                LoadConst(null);
                AddYieldFrom(false);
                break;
            case Await a:
                if (_u.Ste.Type != BlockType.Function) throw Error("'await' outside function");
                if (_u.ScopeType != ScopeType.AsyncFunction && _u.ScopeType != ScopeType.Comprehension)
                    throw Error("'await' outside async function");
                VisitExpr(a.Value);
                AddOpI(Op.GET_AWAITABLE, 0);
                LoadConst(null);
                AddYieldFrom(true);
                break;
            case Compare c: CompileCompare(c); break;
            case Call c: CompileCall(c); break;
            case Constant c: LoadConst(NormalizeConst(c.Value)); break;
            case JoinedStr j: CompileJoinedStr(j); break;
            case FormattedValue f: CompileFormattedValue(f); break;
            case Attribute a:
                VisitExpr(a.Value);
                UpdateStartLocationToMatchAttr(a);
                switch (a.Ctx)
                {
                    case ExprContext.Load: AddOpName(Op.LOAD_ATTR, a.Attr); break;
                    case ExprContext.Store:
                        ForbiddenName(a.Attr, a.Ctx);
                        AddOpName(Op.STORE_ATTR, a.Attr);
                        break;
                    default: AddOpName(Op.DELETE_ATTR, a.Attr); break;
                }
                break;
            case Subscript s:
                if (s.Ctx == ExprContext.Load)
                {
                    CheckSubscripter(s.Value);
                    CheckIndex(s.Value, s.Slice);
                }
                VisitExpr(s.Value);
                VisitExpr(s.Slice);
                AddOp(s.Ctx switch { ExprContext.Load => Op.BINARY_SUBSCR, ExprContext.Store => Op.STORE_SUBSCR, _ => Op.DELETE_SUBSCR });
                break;
            case Starred s:
                throw Error(s.Ctx == ExprContext.Store
                    ? "starred assignment target must be in a list or tuple"
                    : "can't use starred expression here");
            case Slice s:
            {
                int n = 2;
                if (s.Lower is not null) VisitExpr(s.Lower); else LoadConst(null);
                if (s.Upper is not null) VisitExpr(s.Upper); else LoadConst(null);
                if (s.Step is not null)
                {
                    n++;
                    VisitExpr(s.Step);
                }
                AddOpI(Op.BUILD_SLICE, n);
                break;
            }
            case Name n: NameOp(n.Id, n.Ctx); break;
            case List l:
                if (l.Ctx == ExprContext.Store) AssignmentHelper(l.Elts);
                else if (l.Ctx == ExprContext.Load) StarUnpackHelper(l.Elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
                else foreach (var x in l.Elts) VisitExpr(x);
                break;
            case Tuple t:
                if (t.Ctx == ExprContext.Store) AssignmentHelper(t.Elts);
                else if (t.Ctx == ExprContext.Load) StarUnpackHelper(t.Elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
                else foreach (var x in t.Elts) VisitExpr(x);
                break;
            default: throw new NotSupportedException("expression " + e.TypeName);
        }
    }

    /// <summary>Parser constants to co_consts values: every int becomes a BigInteger.</summary>
    internal static object? NormalizeConst(object? v) => v switch
    {
        int i => new System.Numerics.BigInteger(i),
        long l => new System.Numerics.BigInteger(l),
        _ => v,
    };

    private static int BinaryOpArg(OperatorKind op, bool inplace)
    {
        // NB_* numbering of Include/internal/pycore_code.h (opcode._nb_ops order).
        int nb = op switch
        {
            OperatorKind.Add => 0,
            OperatorKind.BitAnd => 1,
            OperatorKind.FloorDiv => 2,
            OperatorKind.LShift => 3,
            OperatorKind.MatMult => 4,
            OperatorKind.Mult => 5,
            OperatorKind.Mod => 6,
            OperatorKind.BitOr => 7,
            OperatorKind.Pow => 8,
            OperatorKind.RShift => 9,
            OperatorKind.Sub => 10,
            OperatorKind.Div => 11,
            _ => 12, // BitXor
        };
        return inplace ? nb + 13 : nb;
    }

    private void AddOpYield()
    {
        if (_u.Ste.IsGenerator && _u.Ste.IsCoroutine) AddOp(Op.ASYNC_GEN_WRAP);
        AddOp(Op.YIELD_VALUE);
        AddOpI(Op.RESUME, 1);
    }

    private void AddYieldFrom(bool isAwait)
    {
        var start = NewBlock();
        var resume = NewBlock();
        var exit = NewBlock();
        UseNextBlock(start);
        AddOpJump(Op.SEND, exit);
        UseNextBlock(resume);
        AddOp(Op.YIELD_VALUE);
        AddOpI(Op.RESUME, isAwait ? 3 : 2);
        AddOpJump(Op.JUMP_NO_INTERRUPT, start);
        UseNextBlock(exit);
    }

    private void AddCompare(CmpOpKind op)
    {
        switch (op)
        {
            case CmpOpKind.Eq: AddOpI(Op.COMPARE_OP, 2); break;
            case CmpOpKind.NotEq: AddOpI(Op.COMPARE_OP, 3); break;
            case CmpOpKind.Lt: AddOpI(Op.COMPARE_OP, 0); break;
            case CmpOpKind.LtE: AddOpI(Op.COMPARE_OP, 1); break;
            case CmpOpKind.Gt: AddOpI(Op.COMPARE_OP, 4); break;
            case CmpOpKind.GtE: AddOpI(Op.COMPARE_OP, 5); break;
            case CmpOpKind.Is: AddOpI(Op.IS_OP, 0); break;
            case CmpOpKind.IsNot: AddOpI(Op.IS_OP, 1); break;
            case CmpOpKind.In: AddOpI(Op.CONTAINS_OP, 0); break;
            default: AddOpI(Op.CONTAINS_OP, 1); break;
        }
    }

    private void JumpIf(ExprNode e, BasicBlock next, bool cond)
    {
        switch (e)
        {
            case UnaryOp { Op: UnaryOpKind.Not } u:
                JumpIf(u.Operand, next, !cond);
                return;
            case BoolOp b:
            {
                var s = b.Values;
                int n = s.Length - 1;
                bool cond2 = b.Op == BoolOpKind.Or;
                var next2 = next;
                if (cond2 != cond) next2 = NewBlock();
                for (int i = 0; i < n; i++) JumpIf(s[i], next2, cond2);
                JumpIf(s[n], next, cond);
                if (next2 != next) UseNextBlock(next2);
                return;
            }
            case IfExp ie:
            {
                var end = NewBlock();
                var next2 = NewBlock();
                JumpIf(ie.Test, next2, false);
                JumpIf(ie.Body, next, cond);
                AddOpJumpNoLine(Op.JUMP, end);
                UseNextBlock(next2);
                JumpIf(ie.Orelse, next, cond);
                UseNextBlock(end);
                return;
            }
            case Compare c when c.Ops.Length > 1:
            {
                SetLoc(c);
                CheckCompare(c);
                int n = c.Ops.Length - 1;
                var cleanup = NewBlock();
                VisitExpr(c.Left);
                for (int i = 0; i < n; i++)
                {
                    VisitExpr(c.Comparators[i]);
                    AddOpI(Op.SWAP, 2);
                    AddOpI(Op.COPY, 2);
                    AddCompare(c.Ops[i]);
                    AddOpJump(Op.POP_JUMP_IF_FALSE, cleanup);
                }
                VisitExpr(c.Comparators[n]);
                AddCompare(c.Ops[n]);
                AddOpJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
                var end = NewBlock();
                AddOpJumpNoLine(Op.JUMP, end);
                UseNextBlock(cleanup);
                AddOp(Op.POP_TOP);
                if (!cond) AddOpJumpNoLine(Op.JUMP, next);
                UseNextBlock(end);
                return;
            }
        }
        if (e is Compare) SetLoc(e);
        VisitExpr(e);
        AddOpJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
    }

    private void CompileBoolOp(BoolOp e)
    {
        int jumpi = e.Op == BoolOpKind.And ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
        var end = NewBlock();
        var s = e.Values;
        int n = s.Length - 1;
        for (int i = 0; i < n; i++)
        {
            VisitExpr(s[i]);
            AddOpJump(jumpi, end);
            UseNextBlock(NewBlock());
        }
        VisitExpr(s[n]);
        UseNextBlock(end);
    }

    private void CompileCompare(Compare e)
    {
        CheckCompare(e);
        VisitExpr(e.Left);
        int n = e.Ops.Length - 1;
        if (n == 0)
        {
            VisitExpr(e.Comparators[0]);
            AddCompare(e.Ops[0]);
            return;
        }
        var cleanup = NewBlock();
        for (int i = 0; i < n; i++)
        {
            VisitExpr(e.Comparators[i]);
            AddOpI(Op.SWAP, 2);
            AddOpI(Op.COPY, 2);
            AddCompare(e.Ops[i]);
            AddOpJump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
        }
        VisitExpr(e.Comparators[n]);
        AddCompare(e.Ops[n]);
        var end = NewBlock();
        AddOpJumpNoLine(Op.JUMP, end);
        UseNextBlock(cleanup);
        AddOpI(Op.SWAP, 2);
        AddOp(Op.POP_TOP);
        UseNextBlock(end);
    }

    private static bool AreAllConst(ExprNode?[] seq, int begin, int end)
    {
        for (int i = begin; i < end; i++) if (seq[i] is not Constant) return false;
        return true;
    }

    private void StarUnpackHelper(ExprNode[] elts, int pushed, int build, int add, int extend, bool tuple)
    {
        int n = elts.Length;
        if (n > 2 && AreAllConst(elts, 0, n))
        {
            var items = new object?[n];
            for (int i = 0; i < n; i++) items[i] = NormalizeConst(((Constant)elts[i]).Value);
            if (tuple && pushed == 0) LoadConst(new ConstTuple(items));
            else
            {
                object folded = add == Op.SET_ADD ? MakeFrozenSet(items) : new ConstTuple(items);
                AddOpI(build, pushed);
                LoadConst(folded);
                AddOpI(extend, 1);
                if (tuple) AddOp(Op.LIST_TO_TUPLE);
            }
            return;
        }
        bool big = n + pushed > StackUseGuideline;
        bool seenStar = false;
        foreach (var elt in elts) if (elt is Starred) seenStar = true;
        if (!seenStar && !big)
        {
            foreach (var elt in elts) VisitExpr(elt);
            AddOpI(tuple ? Op.BUILD_TUPLE : build, n + pushed);
            return;
        }
        bool built = false;
        if (big)
        {
            AddOpI(build, pushed);
            built = true;
        }
        for (int i = 0; i < n; i++)
        {
            var elt = elts[i];
            if (elt is Starred st)
            {
                if (!built)
                {
                    AddOpI(build, i + pushed);
                    built = true;
                }
                VisitExpr(st.Value);
                AddOpI(extend, 1);
            }
            else
            {
                VisitExpr(elt);
                if (built) AddOpI(add, 1);
            }
        }
        if (tuple) AddOp(Op.LIST_TO_TUPLE);
    }

    internal static ConstFrozenSet MakeFrozenSet(object?[] items)
    {
        var list = new List<object?>();
        foreach (var it in items)
        {
            bool dup = false;
            foreach (var x in list) if (PyEquals(x, it)) { dup = true; break; }
            if (!dup) list.Add(it);
        }
        return new ConstFrozenSet([.. list]);
    }

    /// <summary>Python == for constants, as set membership sees it (1 == 1.0 == True).</summary>
    internal static bool PyEquals(object? a, object? b) => Optimizer.ConstOps.Equal(a, b);

    private void UnpackHelper(ExprNode[] elts)
    {
        int n = elts.Length;
        bool seenStar = false;
        for (int i = 0; i < n; i++)
        {
            if (elts[i] is Starred && !seenStar)
            {
                if (i >= (1 << 8) || (n - i - 1) >= (int.MaxValue >> 8))
                    throw Error("too many expressions in star-unpacking assignment");
                AddOpI(Op.UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            }
            else if (elts[i] is Starred) throw Error("multiple starred expressions in assignment");
        }
        if (!seenStar) AddOpI(Op.UNPACK_SEQUENCE, n);
    }

    private void AssignmentHelper(ExprNode[] elts)
    {
        UnpackHelper(elts);
        foreach (var elt in elts) VisitExpr(elt is Starred s ? s.Value : elt);
    }

    private void SubDict(Dict e, int begin, int end)
    {
        int n = end - begin;
        bool big = n * 2 > StackUseGuideline;
        if (n > 1 && !big && AreAllConst(e.Keys, begin, end))
        {
            for (int i = begin; i < end; i++) VisitExpr(e.Values[i]);
            var keys = new object?[n];
            for (int i = begin; i < end; i++) keys[i - begin] = NormalizeConst(((Constant)e.Keys[i]!).Value);
            LoadConst(new ConstTuple(keys));
            AddOpI(Op.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) AddOpI(Op.BUILD_MAP, 0);
        for (int i = begin; i < end; i++)
        {
            VisitExpr(e.Keys[i]!);
            VisitExpr(e.Values[i]);
            if (big) AddOpI(Op.MAP_ADD, 1);
        }
        if (!big) AddOpI(Op.BUILD_MAP, n);
    }

    private void CompileDict(Dict e)
    {
        int n = e.Values.Length;
        bool haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++)
        {
            bool unpacking = e.Keys[i] is null;
            if (unpacking)
            {
                if (elements > 0)
                {
                    SubDict(e, i - elements, i);
                    if (haveDict) AddOpI(Op.DICT_UPDATE, 1);
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict)
                {
                    AddOpI(Op.BUILD_MAP, 0);
                    haveDict = true;
                }
                VisitExpr(e.Values[i]);
                AddOpI(Op.DICT_UPDATE, 1);
            }
            else
            {
                if (elements * 2 > StackUseGuideline)
                {
                    SubDict(e, i - elements, i + 1);
                    if (haveDict) AddOpI(Op.DICT_UPDATE, 1);
                    haveDict = true;
                    elements = 0;
                }
                else elements++;
            }
        }
        if (elements > 0)
        {
            SubDict(e, n - elements, n);
            if (haveDict) AddOpI(Op.DICT_UPDATE, 1);
            haveDict = true;
        }
        if (!haveDict) AddOpI(Op.BUILD_MAP, 0);
    }

    private void CompileJoinedStr(JoinedStr e)
    {
        int count = e.Values.Length;
        if (count > StackUseGuideline)
        {
            LoadConst("");
            AddOpName(Op.LOAD_METHOD, "join");
            AddOpI(Op.BUILD_LIST, 0);
            foreach (var v in e.Values)
            {
                VisitExpr(v);
                AddOpI(Op.LIST_APPEND, 1);
            }
            AddOpI(Op.PRECALL, 1);
            AddOpI(Op.CALL, 1);
            return;
        }
        foreach (var v in e.Values) VisitExpr(v);
        if (count != 1) AddOpI(Op.BUILD_STRING, count);
    }

    private void CompileFormattedValue(FormattedValue e)
    {
        VisitExpr(e.Value);
        int oparg = e.Conversion switch { 's' => 1, 'r' => 2, 'a' => 3, _ => 0 };
        if (e.FormatSpec is not null)
        {
            VisitExpr(e.FormatSpec);
            oparg |= 4;
        }
        AddOpI(Op.FORMAT_VALUE, oparg);
    }

    private void UpdateStartLocationToMatchAttr(Attribute attr)
    {
        var l = _u.Loc;
        if (l.Lineno != attr.EndLineno)
        {
            int lineno = attr.EndLineno;
            int col = l.ColOffset, endCol = l.EndColOffset;
            int len = Utf8Len(attr.Attr);
            if (len <= attr.EndColOffset) col = attr.EndColOffset - len;
            else
            {
                col = -1;
                endCol = -1;
            }
            int endLineno = Math.Max(lineno, l.EndLineno);
            if (lineno == endLineno) endCol = Math.Max(col, endCol);
            _u.Loc = new Location(lineno, endLineno, col, endCol);
        }
    }

    // PyUnicode_GET_LENGTH counts code points, compared against a UTF-8 byte column (as CPython does).
    private static int Utf8Len(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length) i++;
            n++;
        }
        return n;
    }
}
