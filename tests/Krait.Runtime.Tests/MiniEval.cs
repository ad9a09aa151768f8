using System.Numerics;
using Krait.Syntax.Ast;
using Krait.Syntax.Parser;
using Krait.Syntax.Text;
using AstTuple = Krait.Syntax.Ast.Tuple;
using AstList = Krait.Syntax.Ast.List;
using AstSet = Krait.Syntax.Ast.Set;
using AstDict = Krait.Syntax.Ast.Dict;
using Attribute = Krait.Syntax.Ast.Attribute;

namespace Krait.Runtime.Tests;

/// <summary>A tiny tree-walking evaluator over Krait's parser, for tests only: expressions, assignments to
/// names/subscripts/attributes, augmented assignment and del — all through <see cref="Ops"/>, so the same
/// source can be run by python3.11 for the expected value. The last expression statement is the result.</summary>
internal static class MiniEval
{
    static MiniEval() => TypeNew.CurrentModuleName = static () => PyStr.Intern("__main__");

    public static PyObject Eval(string source)
    {
        var module = PythonParser.ParseFile(SourceText.FromString(source));
        var env = new Dictionary<string, PyObject>();
        PyObject result = PyNone.Instance;
        foreach (var stmt in module.Body) result = Exec(stmt, env);
        return result;
    }

    private static PyObject Exec(StmtNode stmt, Dictionary<string, PyObject> env)
    {
        switch (stmt)
        {
            case Expr e: return Ev(e.Value, env);
            case Assign a:
                var v = Ev(a.Value, env);
                foreach (var t in a.Targets) Store(t, v, env);
                return PyNone.Instance;
            case AugAssign aug:
                var cur = Ev(aug.Target, env);
                Store(aug.Target, Ops.InPlaceOp(cur, Ev(aug.Value, env), Op(aug.Op)), env);
                return PyNone.Instance;
            case Delete d:
                foreach (var t in d.Targets)
                {
                    if (t is Subscript s) Ops.DelItem(Ev(s.Value, env), Ev(s.Slice, env));
                    else if (t is Attribute at) Ops.DelAttr(Ev(at.Value, env), PyStr.Intern(at.Attr));
                    else if (t is Name n) env.Remove(n.Id);
                }
                return PyNone.Instance;
            default: throw new NotSupportedException(stmt.GetType().Name);
        }
    }

    private static void Store(ExprNode target, PyObject v, Dictionary<string, PyObject> env)
    {
        switch (target)
        {
            case Name n: env[n.Id] = v; break;
            case Subscript s: Ops.SetItem(Ev(s.Value, env), Ev(s.Slice, env), v); break;
            case Attribute a: Ops.SetAttr(Ev(a.Value, env), PyStr.Intern(a.Attr), v); break;
            default: throw new NotSupportedException(target.GetType().Name);
        }
    }

    public static NumberOp Op(OperatorKind k) => k switch
    {
        OperatorKind.Add => NumberOp.Add,
        OperatorKind.Sub => NumberOp.Subtract,
        OperatorKind.Mult => NumberOp.Multiply,
        OperatorKind.MatMult => NumberOp.MatMul,
        OperatorKind.Div => NumberOp.TrueDivide,
        OperatorKind.Mod => NumberOp.Remainder,
        OperatorKind.Pow => NumberOp.Power,
        OperatorKind.LShift => NumberOp.LShift,
        OperatorKind.RShift => NumberOp.RShift,
        OperatorKind.BitOr => NumberOp.Or,
        OperatorKind.BitXor => NumberOp.Xor,
        OperatorKind.BitAnd => NumberOp.And,
        _ => NumberOp.FloorDivide,
    };

    private static PyObject Ev(ExprNode node, Dictionary<string, PyObject> env)
    {
        switch (node)
        {
            case Constant c: return Const(c.Value);
            case Name n:
                if (env.TryGetValue(n.Id, out var local)) return local;
                return Builtins.Get(n.Id) ?? throw PyErr.New(PyExc.NameError, $"name '{n.Id}' is not defined");
            case BinOp b: return Ops.BinaryOp(Ev(b.Left, env), Ev(b.Right, env), Op(b.Op));
            case UnaryOp u:
                var operand = Ev(u.Operand, env);
                return u.Op switch
                {
                    UnaryOpKind.Not => PyBool.From(!Ops.IsTrue(operand)),
                    UnaryOpKind.USub => Ops.Negative(operand),
                    UnaryOpKind.UAdd => Ops.Positive(operand),
                    _ => Ops.Invert(operand),
                };
            case BoolOp bo:
                PyObject last = PyNone.Instance;
                foreach (var e in bo.Values)
                {
                    last = Ev(e, env);
                    if (Ops.IsTrue(last) == (bo.Op == BoolOpKind.Or)) return last;
                }
                return last;
            case IfExp ie: return Ops.IsTrue(Ev(ie.Test, env)) ? Ev(ie.Body, env) : Ev(ie.Orelse, env);
            case Compare cmp:
                var left = Ev(cmp.Left, env);
                PyObject res = PyBool.True;
                for (int i = 0; i < cmp.Ops.Length; i++)
                {
                    var right = Ev(cmp.Comparators[i], env);
                    res = cmp.Ops[i] switch
                    {
                        CmpOpKind.Eq => Ops.RichCompare(left, right, CompareOp.Eq),
                        CmpOpKind.NotEq => Ops.RichCompare(left, right, CompareOp.Ne),
                        CmpOpKind.Lt => Ops.RichCompare(left, right, CompareOp.Lt),
                        CmpOpKind.LtE => Ops.RichCompare(left, right, CompareOp.Le),
                        CmpOpKind.Gt => Ops.RichCompare(left, right, CompareOp.Gt),
                        CmpOpKind.GtE => Ops.RichCompare(left, right, CompareOp.Ge),
                        CmpOpKind.Is => PyBool.From(ReferenceEquals(left, right)),
                        CmpOpKind.IsNot => PyBool.From(!ReferenceEquals(left, right)),
                        CmpOpKind.In => PyBool.From(Ops.Contains(right, left)),
                        _ => PyBool.From(!Ops.Contains(right, left)),
                    };
                    if (!Ops.IsTrue(res)) return res;
                    left = right;
                }
                return res;
            case AstTuple t: return PyTuple.Create(EvAll(t.Elts, env));
            case AstList l: return new PyList(EvAll(l.Elts, env));
            case AstSet s:
                var set = new PySet();
                foreach (var e in s.Elts) set.Add(Ev(e, env));
                return set;
            case AstDict d:
                var dict = new PyDict();
                for (int i = 0; i < d.Keys.Length; i++) dict.SetItem(Ev(d.Keys[i]!, env), Ev(d.Values[i], env));
                return dict;
            case Subscript sub: return Ops.GetItem(Ev(sub.Value, env), Ev(sub.Slice, env));
            case Slice sl:
                return new PySlice(sl.Lower is null ? PyNone.Instance : Ev(sl.Lower, env),
                    sl.Upper is null ? PyNone.Instance : Ev(sl.Upper, env), sl.Step is null ? PyNone.Instance : Ev(sl.Step, env));
            case Attribute a: return Ops.GetAttr(Ev(a.Value, env), PyStr.Intern(a.Attr));
            case Call call:
                var f = Ev(call.Func, env);
                var args = new List<PyObject>(EvAll(call.Args, env));
                PyTuple? kwnames = null;
                if (call.Keywords.Length > 0)
                {
                    var names = new PyObject[call.Keywords.Length];
                    for (int i = 0; i < names.Length; i++)
                    {
                        names[i] = PyStr.Intern(call.Keywords[i].Arg!);
                        args.Add(Ev(call.Keywords[i].Value, env));
                    }
                    kwnames = PyTuple.Create(names);
                }
                return Ops.Call(f, args.ToArray(), kwnames);
            case Lambda lam:
                var captured = env; // late binding: names resolve when the lambda runs
                var parms = lam.Args.Args;
                var body = lam.Body;
                var vararg = lam.Args.Vararg?.ArgName;
                return K.Fn("<lambda>", a =>
                {
                    var scope = new Dictionary<string, PyObject>(captured);
                    if (a.Length < parms.Length || (vararg is null && a.Length > parms.Length))
                        throw PyErr.TypeError($"<lambda>() takes {parms.Length} positional argument{(parms.Length == 1 ? "" : "s")} but {a.Length} were given");
                    for (int i = 0; i < parms.Length; i++) scope[parms[i].ArgName] = a[i];
                    if (vararg is not null) scope[vararg] = PyTuple.Create(a[parms.Length..]);
                    return Ev(body, scope);
                });
            default: throw new NotSupportedException(node.GetType().Name);
        }
    }

    private static PyObject[] EvAll(ExprNode[] nodes, Dictionary<string, PyObject> env)
    {
        var r = new PyObject[nodes.Length];
        for (int i = 0; i < r.Length; i++) r[i] = Ev(nodes[i], env);
        return r;
    }

    private static PyObject Const(object? v) => v switch
    {
        null => PyNone.Instance,
        bool b => PyBool.From(b),
        long l => PyInt.FromLong(l),
        int i => PyInt.FromLong(i),
        BigInteger bi => PyInt.FromBig(bi),
        double d => new PyFloat(d),
        string s => new PyStr(s),
        EllipsisValue => PyEllipsis.Instance,
        _ => throw new NotSupportedException(v.GetType().Name),
    };
}
