using System.Numerics;
using System.Text;
using Krait.Compiler.Bytecode;
using Krait.Syntax.Ast;
using Krait.Syntax.Text;
using Attribute = Krait.Syntax.Ast.Attribute;
using Tuple = Krait.Syntax.Ast.Tuple;

namespace Krait.Compiler.Optimizer;

/// <summary>_PyAST_ExprAsUnicode (Python/ast_unparse.c): the source text CPython stores for an
/// annotation under <c>from __future__ import annotations</c>.</summary>
internal static class Unparser
{
    // Precedence levels of ast_unparse.c.
    private const int PrTuple = 0, PrTest = 1, PrOr = 2, PrAnd = 3, PrNot = 4, PrCmp = 5, PrExpr = 6,
        PrBor = PrExpr, PrBxor = 7, PrBand = 8, PrShift = 9, PrArith = 10, PrTerm = 11, PrFactor = 12,
        PrPower = 13, PrAwait = 14, PrAtom = 15;

    public static string Unparse(ExprNode e)
    {
        var sb = new StringBuilder();
        Expr(sb, e, PrTest);
        return sb.ToString();
    }

    private static void Join(StringBuilder sb, ExprNode[] items, int level)
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            Expr(sb, items[i], level);
        }
    }

    private static void Expr(StringBuilder sb, ExprNode e, int level)
    {
        switch (e)
        {
            case BoolOp b:
            {
                int pr = b.Op == BoolOpKind.And ? PrAnd : PrOr;
                string op = b.Op == BoolOpKind.And ? " and " : " or ";
                if (level > pr) sb.Append('(');
                for (int i = 0; i < b.Values.Length; i++)
                {
                    if (i > 0) sb.Append(op);
                    Expr(sb, b.Values[i], pr + 1);
                }
                if (level > pr) sb.Append(')');
                break;
            }
            case BinOp b:
            {
                var (op, pr) = b.Op switch
                {
                    OperatorKind.Add => (" + ", PrArith),
                    OperatorKind.Sub => (" - ", PrArith),
                    OperatorKind.Mult => (" * ", PrTerm),
                    OperatorKind.MatMult => (" @ ", PrTerm),
                    OperatorKind.Div => (" / ", PrTerm),
                    OperatorKind.Mod => (" % ", PrTerm),
                    OperatorKind.LShift => (" << ", PrShift),
                    OperatorKind.RShift => (" >> ", PrShift),
                    OperatorKind.BitOr => (" | ", PrBor),
                    OperatorKind.BitXor => (" ^ ", PrBxor),
                    OperatorKind.BitAnd => (" & ", PrBand),
                    OperatorKind.FloorDiv => (" // ", PrTerm),
                    _ => (" ** ", PrPower),
                };
                int rassoc = b.Op == OperatorKind.Pow ? 1 : 0;
                if (level > pr) sb.Append('(');
                Expr(sb, b.Left, pr + rassoc);
                sb.Append(op);
                Expr(sb, b.Right, pr + 1 - rassoc);
                if (level > pr) sb.Append(')');
                break;
            }
            case UnaryOp u:
            {
                var (op, pr) = u.Op switch
                {
                    UnaryOpKind.Invert => ("~", PrFactor),
                    UnaryOpKind.Not => ("not ", PrNot),
                    UnaryOpKind.UAdd => ("+", PrFactor),
                    _ => ("-", PrFactor),
                };
                if (level > pr) sb.Append('(');
                sb.Append(op);
                Expr(sb, u.Operand, pr);
                if (level > pr) sb.Append(')');
                break;
            }
            case Lambda l:
            {
                int npos = l.Args.Args.Length + l.Args.Posonlyargs.Length;
                if (level > PrTest) sb.Append('(');
                sb.Append(npos > 0 ? "lambda " : "lambda");
                Args(sb, l.Args);
                sb.Append(": ");
                Expr(sb, l.Body, PrTest);
                if (level > PrTest) sb.Append(')');
                break;
            }
            case IfExp i:
                if (level > PrTest) sb.Append('(');
                Expr(sb, i.Body, PrTest + 1);
                sb.Append(" if ");
                Expr(sb, i.Test, PrTest + 1);
                sb.Append(" else ");
                Expr(sb, i.Orelse, PrTest);
                if (level > PrTest) sb.Append(')');
                break;
            case Dict d:
                sb.Append('{');
                for (int i = 0; i < d.Values.Length; i++)
                {
                    if (i > 0) sb.Append(", ");
                    if (d.Keys[i] is { } k)
                    {
                        Expr(sb, k, PrTest);
                        sb.Append(": ");
                        Expr(sb, d.Values[i], PrTest);
                    }
                    else
                    {
                        sb.Append("**");
                        Expr(sb, d.Values[i], PrExpr);
                    }
                }
                sb.Append('}');
                break;
            case Set s:
                sb.Append('{');
                Join(sb, s.Elts, PrTest);
                sb.Append('}');
                break;
            case GeneratorExp g:
                Comprehension(sb, '(', g.Elt, g.Generators, ')');
                break;
            case ListComp l:
                Comprehension(sb, '[', l.Elt, l.Generators, ']');
                break;
            case SetComp s:
                Comprehension(sb, '{', s.Elt, s.Generators, '}');
                break;
            case DictComp d:
                sb.Append('{');
                Expr(sb, d.Key, PrTest);
                sb.Append(": ");
                Expr(sb, d.Value, PrTest);
                Comprehensions(sb, d.Generators);
                sb.Append('}');
                break;
            case Await a:
                if (level > PrAwait) sb.Append('(');
                sb.Append("await ");
                Expr(sb, a.Value, PrAtom);
                if (level > PrAwait) sb.Append(')');
                break;
            case Yield y:
                if (y.Value is null) sb.Append("(yield)");
                else
                {
                    sb.Append("(yield ");
                    Expr(sb, y.Value, PrTest);
                    sb.Append(')');
                }
                break;
            case YieldFrom y:
                sb.Append("(yield from ");
                Expr(sb, y.Value, PrTest);
                sb.Append(')');
                break;
            case Compare c:
                if (level > PrCmp) sb.Append('(');
                Expr(sb, c.Left, PrCmp + 1);
                for (int i = 0; i < c.Ops.Length; i++)
                {
                    sb.Append(c.Ops[i] switch
                    {
                        CmpOpKind.Eq => " == ",
                        CmpOpKind.NotEq => " != ",
                        CmpOpKind.Lt => " < ",
                        CmpOpKind.LtE => " <= ",
                        CmpOpKind.Gt => " > ",
                        CmpOpKind.GtE => " >= ",
                        CmpOpKind.Is => " is ",
                        CmpOpKind.IsNot => " is not ",
                        CmpOpKind.In => " in ",
                        _ => " not in ",
                    });
                    Expr(sb, c.Comparators[i], PrCmp + 1);
                }
                if (level > PrCmp) sb.Append(')');
                break;
            case Call c:
                Expr(sb, c.Func, PrAtom);
                if (c.Args.Length == 1 && c.Keywords.Length == 0 && c.Args[0] is GeneratorExp)
                {
                    Expr(sb, c.Args[0], PrTest);
                    break;
                }
                sb.Append('(');
                bool first = true;
                foreach (var a in c.Args)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    Expr(sb, a, PrTest);
                }
                foreach (var k in c.Keywords)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    if (k.Arg is null) sb.Append("**");
                    else sb.Append(k.Arg).Append('=');
                    Expr(sb, k.Value, PrTest);
                }
                sb.Append(')');
                break;
            case Constant c:
                if (c.Value is EllipsisValue)
                {
                    sb.Append("...");
                    break;
                }
                if (c.Kind is not null) sb.Append('u');
                Repr(sb, c.Value);
                break;
            case JoinedStr j:
                sb.Append('f');
                sb.Append(PyRepr.Str(FStringBody(j.Values, false)));
                break;
            case FormattedValue f:
                FormattedValue(sb, f);
                break;
            case Attribute a:
                Expr(sb, a.Value, PrAtom);
                sb.Append(a.Value is Constant { Value: BigInteger or int or long } ? " ." : ".");
                sb.Append(a.Attr);
                break;
            case Subscript s:
                Expr(sb, s.Value, PrAtom);
                sb.Append('[');
                Expr(sb, s.Slice, PrTuple);
                sb.Append(']');
                break;
            case Starred s:
                sb.Append('*');
                Expr(sb, s.Value, PrExpr);
                break;
            case Slice s:
                if (s.Lower is not null) Expr(sb, s.Lower, PrTest);
                sb.Append(':');
                if (s.Upper is not null) Expr(sb, s.Upper, PrTest);
                if (s.Step is not null)
                {
                    sb.Append(':');
                    Expr(sb, s.Step, PrTest);
                }
                break;
            case Name n: sb.Append(n.Id); break;
            case List l:
                sb.Append('[');
                Join(sb, l.Elts, PrTest);
                sb.Append(']');
                break;
            case Tuple t:
                if (t.Elts.Length == 0)
                {
                    sb.Append("()");
                    break;
                }
                if (level > PrTuple) sb.Append('(');
                Join(sb, t.Elts, PrTest);
                if (t.Elts.Length == 1) sb.Append(',');
                if (level > PrTuple) sb.Append(')');
                break;
            case NamedExpr n:
                if (level > PrTuple) sb.Append('(');
                Expr(sb, n.Target, PrAtom);
                sb.Append(" := ");
                Expr(sb, n.Value, PrAtom);
                if (level > PrTuple) sb.Append(')');
                break;
            default:
                throw new NotSupportedException("unparse " + e.TypeName);
        }
    }

    private static void Repr(StringBuilder sb, object? v)
    {
        switch (v)
        {
            case double or Complex:
            {
                string r = v is double d ? PyRepr.Float(d) : PyRepr.Complex((Complex)v);
                sb.Append(r.Replace("inf", "1e309"));
                break;
            }
            case ConstTuple or ConstFrozenSet:
                sb.Append(CodeDumper.ConstRepr(v));
                break;
            default:
                PyRepr.AppendConstant(sb, v);
                break;
        }
    }

    // The bracketed element-and-generators form shared by genexp, list and set comprehensions.
    private static void Comprehension(StringBuilder sb, char open, ExprNode elt, Comprehension[] generators, char close)
    {
        sb.Append(open);
        Expr(sb, elt, PrTest);
        Comprehensions(sb, generators);
        sb.Append(close);
    }

    private static void Comprehensions(StringBuilder sb, Comprehension[] gens)
    {
        foreach (var g in gens)
        {
            sb.Append(g.IsAsync != 0 ? " async for " : " for ");
            Expr(sb, g.Target, PrTuple);
            sb.Append(" in ");
            Expr(sb, g.Iter, PrTest + 1);
            foreach (var i in g.Ifs)
            {
                sb.Append(" if ");
                Expr(sb, i, PrTest + 1);
            }
        }
    }

    private static void Args(StringBuilder sb, Arguments args)
    {
        bool first = true;
        int posonly = args.Posonlyargs.Length, argCount = args.Args.Length, defaults = args.Defaults.Length;
        for (int i = 0; i < posonly + argCount; i++)
        {
            if (!first) sb.Append(", ");
            first = false;
            Arg(sb, i < posonly ? args.Posonlyargs[i] : args.Args[i - posonly]);
            int di = i - posonly - argCount + defaults;
            if (di >= 0)
            {
                sb.Append('=');
                Expr(sb, args.Defaults[di], PrTest);
            }
            if (posonly > 0 && i + 1 == posonly) sb.Append(", /");
        }
        if (args.Vararg is not null || args.Kwonlyargs.Length > 0)
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append('*');
            if (args.Vararg is not null) Arg(sb, args.Vararg);
        }
        int kwCount = args.Kwonlyargs.Length, kwDefaults = args.KwDefaults.Length;
        for (int i = 0; i < kwCount; i++)
        {
            if (!first) sb.Append(", ");
            first = false;
            Arg(sb, args.Kwonlyargs[i]);
            int di = i - kwCount + kwDefaults;
            if (di >= 0 && args.KwDefaults[di] is { } d)
            {
                sb.Append('=');
                Expr(sb, d, PrTest);
            }
        }
        if (args.Kwarg is not null)
        {
            if (!first) sb.Append(", ");
            sb.Append("**");
            Arg(sb, args.Kwarg);
        }
    }

    private static void Arg(StringBuilder sb, Arg a)
    {
        sb.Append(a.ArgName);
        if (a.Annotation is not null)
        {
            sb.Append(": ");
            Expr(sb, a.Annotation, PrTest);
        }
    }

    private static string FStringBody(ExprNode[] values, bool isFormatSpec)
    {
        var sb = new StringBuilder();
        foreach (var v in values) FStringElement(sb, v, isFormatSpec);
        return sb.ToString();
    }

    private static void FStringElement(StringBuilder sb, ExprNode e, bool isFormatSpec)
    {
        switch (e)
        {
            case Constant { Value: string s }:
                sb.Append(s.Replace("{", "{{").Replace("}", "}}"));
                break;
            case JoinedStr j:
                if (isFormatSpec) sb.Append(FStringBody(j.Values, true));
                else sb.Append('f').Append(PyRepr.Str(FStringBody(j.Values, false)));
                break;
            case FormattedValue f:
                FormattedValue(sb, f);
                break;
            default:
                throw new NotSupportedException("unparse f-string element " + e.TypeName);
        }
    }

    private static void FormattedValue(StringBuilder sb, FormattedValue f)
    {
        var inner = new StringBuilder();
        Expr(inner, f.Value, PrTest + 1);
        string text = inner.ToString();
        sb.Append(text.StartsWith('{') ? "{ " : "{");
        sb.Append(text);
        if (f.Conversion > 0) sb.Append('!').Append((char)f.Conversion);
        if (f.FormatSpec is not null)
        {
            sb.Append(':');
            FStringElement(sb, f.FormatSpec, true);
        }
        sb.Append('}');
    }
}
