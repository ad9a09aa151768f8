namespace Krait.Runtime;

/// <summary>_contextvars.Token: what ContextVar.set returns, to undo the set with ContextVar.reset.</summary>
public sealed class PyContextToken : PyObject
{
    private static readonly PyType s_missingType = PyType.NewBuiltin("Token.MISSING", PyType.ObjectType, TypeFlags.None, t =>
    {
        t.New = (type, args, kw) => throw PyErr.TypeError("cannot create 'Token.MISSING' instances");
        t.Repr = o => new PyStr("<Token.MISSING>");
    });

    /// <summary>Token.MISSING: the old_value of a token whose variable had no value.</summary>
    internal static readonly PyObject Missing = new PyInstanceOf(s_missingType);

    // Declared after Missing: static fields initialize in order, and InitType stores it in the type's dict.
    public static readonly PyType TokenType = PyType.NewBuiltin("_contextvars.Token", PyType.ObjectType, TypeFlags.None, InitType);

    internal readonly PyContext Context;
    internal readonly PyContextVar Var;
    /// <summary>The value before the set; null when there was none.</summary>
    internal readonly PyObject? OldValue;
    internal bool Used;

    internal PyContextToken(PyContext ctx, PyContextVar var, PyObject? old) : base(TokenType)
    {
        Context = ctx;
        Var = var;
        OldValue = old;
    }

    private static PyContextToken Self(PyObject o) => (PyContextToken)o;

    private static void InitType(PyType t)
    {
        t.New = (type, args, kw) => throw PyErr.RuntimeError("Tokens can only be created by ContextVars");
        t.Repr = o =>
        {
            var tok = Self(o);
            return new PyStr($"<Token{(tok.Used ? " used" : "")} var={Ops.Repr(tok.Var).Value} at 0x{Ops.Id(o):x}>");
        };
        TypeBuilder.GetSet(t, "var", o => Self(o).Var, (o, v) => throw PyErr.AttributeError("readonly attribute"));
        TypeBuilder.GetSet(t, "old_value", o => Self(o).OldValue ?? Missing, (o, v) => throw PyErr.AttributeError("readonly attribute"));
        t.TypeDict.SetItem(PyStr.Intern("MISSING"), Missing);
        PyGenericAlias.AddClassGetItem(t);
    }

    /// <summary>A plain instance of a builtin type with no state of its own.</summary>
    private sealed class PyInstanceOf(PyType type) : PyObject(type);
}
