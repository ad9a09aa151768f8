namespace Krait.Runtime;

/// <summary>bool: a subclass of int with exactly two instances.</summary>
public sealed class PyBool : PyInt
{
    public readonly bool IsTrue;

    internal PyBool(bool value) : base(PyType.BoolType, value ? 1 : 0) => IsTrue = value;

    public static PyBool True => PyType.TrueValue;
    public static PyBool False => PyType.FalseValue;
    public static PyBool From(bool b) => b ? PyType.TrueValue : PyType.FalseValue;

    internal static new void InitType(PyType t)
    {
        t.Repr = o => PyStr.Intern(((PyBool)o).IsTrue ? "True" : "False");
        t.New = (type, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("bool() takes no keyword arguments");
            if (args.Length > 1) throw PyErr.TypeError($"bool expected at most 1 argument, got {args.Length}");
            return From(args.Length == 1 && Ops.IsTrue(args[0]));
        };
        // bool & | ^ bool stay bool; anything else falls back to int's.
        Logical(t, NumberOp.And, static (a, b) => a & b);
        Logical(t, NumberOp.Or, static (a, b) => a | b);
        Logical(t, NumberOp.Xor, static (a, b) => a ^ b);
    }

    private static void Logical(PyType t, NumberOp op, Func<bool, bool, bool> f)
    {
        var intOp = PyType.IntType.Number[(int)op]!;
        t.Number[(int)op] = (a, b) => a is PyBool x && b is PyBool y ? From(f(x.IsTrue, y.IsTrue)) : intOp(a, b);
    }
}
