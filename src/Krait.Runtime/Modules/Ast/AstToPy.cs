using Krait.Syntax.Ast;

namespace Krait.Runtime;

// The hand-written helpers of ast2obj (the per-node code is generated into AstToPy.g.cs).
internal static partial class AstToPy
{
    // ast2obj's recursion check, in CPython's units (COMPILER_STACK_FRAME_SCALE = 3 a Python frame).
    [ThreadStatic] private static int t_depth, t_limit;

    /// <summary>A whole tree: the depth starts from the caller's Python frame depth, as in CPython.</summary>
    public static PyObject ConvertTree(ModNode mod)
    {
        int savedDepth = t_depth, savedLimit = t_limit;
        t_depth = 3 * ThreadState.Current.Depth;
        t_limit = 3 * PythonRuntime.RecursionLimit;
        try { return Convert(mod); }
        finally { t_depth = savedDepth; t_limit = savedLimit; }
    }

    private static PyInstance New(PyType type) => new(type);

    private static PyObject NodeList<T>(T?[] nodes) where T : Node
    {
        var items = new PyObject[nodes.Length];
        for (int i = 0; i < items.Length; i++) items[i] = Convert(nodes[i]);
        return new PyList(items);
    }

    private static PyObject StrList(string[] values)
    {
        var items = new PyObject[values.Length];
        for (int i = 0; i < items.Length; i++) items[i] = Str(values[i]);
        return new PyList(items);
    }

    private static PyObject EnumList<T>(T[] values, Func<T, PyObject> conv)
    {
        var items = new PyObject[values.Length];
        for (int i = 0; i < items.Length; i++) items[i] = conv(values[i]);
        return new PyList(items);
    }

    private static PyObject Str(string? s) => s is null ? PyNone.Instance : new PyStr(s);

    private static PyObject Int(int v) => PyInt.FromLong(v);

    private static PyObject Int(int? v) => v is int i ? PyInt.FromLong(i) : PyNone.Instance;

    /// <summary>A constant's value as its Python object (also the values compile() of an AST carried in).</summary>
    internal static PyObject ConstantValue(object? value) => value switch
    {
        long l => PyInt.FromLong(l),
        int n => PyInt.FromLong(n),
        AstFromPy.InvalidConstant bad => bad.Value,
        _ => PyCode.ConstToObject(value),
    };

    private static void SetLocation(PyDict d, LocatedNode x)
    {
        d.SetItem(s_lineno, PyInt.FromLong(x.Lineno));
        d.SetItem(s_col_offset, PyInt.FromLong(x.ColOffset));
        d.SetItem(s_end_lineno, PyInt.FromLong(x.EndLineno));
        d.SetItem(s_end_col_offset, PyInt.FromLong(x.EndColOffset));
    }
}
