using System.Numerics;
using Krait.Compiler.Bytecode;
using Krait.Syntax.Ast;

namespace Krait.Runtime;

// The hand-written helpers of obj2ast (the per-node code is generated into AstFromPy.g.cs).
internal sealed partial class AstFromPy
{
    private int _depth;
    private readonly int _limit = PythonRuntime.RecursionLimit;

    /// <summary>A Constant value validate_constant rejects: kept until validation (obj2ast accepts any
    /// object; the validator, which runs after the whole tree is converted, raises).</summary>
    internal sealed class InvalidConstant(PyObject value, PyObject offender)
    {
        public PyObject Value { get; } = value;
        /// <summary>The object whose type the error names (an element, for a tuple or frozenset).</summary>
        public PyObject Offender { get; } = offender;
    }

    /// <summary>PyAST_obj2mod: the module node of <paramref name="mode"/>'s kind, or CPython's TypeError.</summary>
    internal static ModNode ToMod(PyObject obj, string mode)
    {
        AstClasses.EnsureReady();
        var (req, name) = mode switch
        {
            "exec" => (AstClasses.@Module, "Module"),
            "eval" => (AstClasses.@Expression, "Expression"),
            "single" => (AstClasses.@Interactive, "Interactive"),
            _ => (AstClasses.@FunctionType, "FunctionType"),
        };
        if (!Ops.IsInstance(obj, req))
            throw PyErr.TypeError($"expected {name} node, got {ShortName(obj.Type)}");
        return new AstFromPy().ToMod(obj)!;
    }

    private static string ShortName(PyType t)
    {
        string n = t.Name;
        int dot = n.LastIndexOf('.');
        return dot < 0 ? n : n[(dot + 1)..];
    }

    private readonly struct Guard(AstFromPy owner) : IDisposable
    {
        public void Dispose() => owner._depth--;
    }

    private Guard Enter(string kind)
    {
        if (++_depth > _limit)
        {
            _depth--;
            throw PyErr.New(PyExc.RecursionError, $"maximum recursion depth exceeded while traversing '{kind}' node");
        }
        return new Guard(this);
    }

    private static bool IsInstance(PyObject obj, PyType cls) => Ops.IsInstance(obj, cls);

    private static PythonException ExpectedSomeSort(string kind, PyObject obj) =>
        PyErr.TypeError($"expected some sort of {kind}, but got {Ops.Repr(obj).Value}");

    private static PyObject Required(PyObject obj, PyStr name, string owner) =>
        Ops.TryGetAttr(obj, name) ?? throw PyErr.TypeError($"required field \"{name.Value}\" missing from {owner}");

    private static PyObject? Optional(PyObject obj, PyStr name) =>
        Ops.TryGetAttr(obj, name) is { } v && v is not PyNone ? v : null;

    private static T[] Seq<T>(PyObject obj, PyStr name, string owner, Func<PyObject, T?> conv)
    {
        var tmp = Required(obj, name, owner);
        if (tmp is not PyList list)
            throw PyErr.TypeError($"{owner} field \"{name.Value}\" must be a list, not a {tmp.Type.Name}");
        int len = list.Count;
        var result = new T[len];
        for (int i = 0; i < len; i++)
        {
            result[i] = conv(list[i])!;
            if (len != list.Count)
                throw PyErr.New(PyExc.RuntimeError, $"{owner} field \"{name.Value}\" changed size during iteration");
        }
        return result;
    }

    private static string Identifier(PyObject v)
    {
        if (v is PyNone) return null!;
        if (!ReferenceEquals(v.Type, PyType.StrType)) throw PyErr.TypeError("AST identifier must be of type str");
        return ((PyStr)v).Value;
    }

    private static string String(PyObject v)
    {
        if (ReferenceEquals(v.Type, PyType.StrType)) return ((PyStr)v).Value;
        if (ReferenceEquals(v.Type, PyBytes.BytesType)) return System.Text.Encoding.Latin1.GetString(((PyBytes)v).Value);
        throw PyErr.TypeError("AST string must be of type str");
    }

    private static int Int(PyObject v)
    {
        if (v is not PyInt i) throw PyErr.ValueError($"invalid integer value: {Ops.Repr(v).Value}");
        if (!i.TryGetLong(out long l) || l < int.MinValue || l > int.MaxValue)
            throw PyErr.New(PyExc.OverflowError, "Python int too large to convert to C int");
        return (int)l;
    }

    /// <summary>A constant as the compiler's value (see CodeObject.Consts for the kinds), or an
    /// <see cref="InvalidConstant"/> for the validator to reject.</summary>
    private static object? Constant(PyObject v) => ConstantOf(v, out var bad) is var c && bad is null ? c : new InvalidConstant(v, bad);

    private static object? ConstantOf(PyObject v, out PyObject? bad)
    {
        bad = null;
        var t = v.Type;
        if (v is PyNone) return null;
        if (v is PyBool b) return b.IsTrue;
        if (ReferenceEquals(v, PyEllipsis.Instance)) return EllipsisValue.Instance;
        if (ReferenceEquals(t, PyType.IntType)) return ((PyInt)v).ToBigInteger();
        if (ReferenceEquals(t, PyType.FloatType)) return ((PyFloat)v).Value;
        if (ReferenceEquals(t, PyComplex.ComplexType)) { var z = (PyComplex)v; return new Complex(z.Real, z.Imag); }
        if (ReferenceEquals(t, PyType.StrType)) return ((PyStr)v).Value;
        if (ReferenceEquals(t, PyBytes.BytesType)) return ((PyBytes)v).Value;
        if (ReferenceEquals(t, PyType.TupleType) || ReferenceEquals(t, PyType.FrozenSetType))
        {
            var items = new List<object?>();
            var it = Ops.GetIter(v);
            while (Ops.Next(it) is { } x)
            {
                items.Add(ConstantOf(x, out bad));
                if (bad is not null) return null;
            }
            return ReferenceEquals(t, PyType.TupleType) ? new ConstTuple([.. items]) : new ConstFrozenSet([.. items]);
        }
        bad = v;
        return null;
    }

    /// <summary>A node's location attributes, read before its fields (sums) or after them (products).</summary>
    private readonly struct Loc(int lineno, int col, int endLineno, int endCol)
    {
        public void Apply(LocatedNode n) => n.SetLocation(lineno, col, endLineno, endCol);
    }

    private static Loc Location(PyObject obj, string owner)
    {
        int lineno = Int(Required(obj, s_lineno, owner));
        int col = Int(Required(obj, s_col_offset, owner));
        int endLineno = Optional(obj, s_end_lineno) is { } el ? Int(el) : lineno;
        int endCol = Optional(obj, s_end_col_offset) is { } ec ? Int(ec) : col;
        return new Loc(lineno, col, endLineno, endCol);
    }
}
