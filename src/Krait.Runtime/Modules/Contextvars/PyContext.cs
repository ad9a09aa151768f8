using System.Collections.Immutable;

namespace Krait.Runtime;

/// <summary>_contextvars.Context (Python/context.c): an immutable mapping of context variables to values; the
/// one a thread runs in is <see cref="ThreadState.Context"/>. Setting a variable replaces the current context's
/// persistent map (CPython uses a HAMT; an immutable tree gives the same O(log n) copy-free snapshots).</summary>
public sealed class PyContext : PyObject
{
    public static readonly PyType ContextType = PyType.NewBuiltin("_contextvars.Context", PyType.ObjectType, TypeFlags.None, InitType);

    internal ImmutableDictionary<PyContextVar, PyObject> Vars;
    /// <summary>Set while the context is entered on some thread (Context.run), with the context it replaced.</summary>
    internal bool Entered;
    internal PyContext? Prev;

    internal static readonly ImmutableDictionary<PyContextVar, PyObject> Empty =
        ImmutableDictionary.Create<PyContextVar, PyObject>(ReferenceEqualityComparer.Instance);

    internal PyContext(ImmutableDictionary<PyContextVar, PyObject> vars) : base(ContextType) => Vars = vars;

    /// <summary>The calling thread's current context, created empty on first use (context_get).</summary>
    internal static PyContext Current()
    {
        var ts = ThreadState.Current;
        return ts.Context ??= new PyContext(Empty);
    }

    /// <summary>copy_context().</summary>
    internal static PyContext CopyCurrent() => new(Current().Vars);

    private static PyContextVar Key(PyObject o) =>
        o as PyContextVar ?? throw PyErr.TypeError($"a ContextVar key was expected, got {Ops.Repr(o).Value}");

    /// <summary>Context.run: enter, call, exit (even on an exception).</summary>
    internal PyObject Run(PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var ts = ThreadState.Current;
        if (Entered) throw PyErr.RuntimeError($"cannot enter context: {Ops.Repr(this).Value} is already entered");
        Prev = ts.Context;
        Entered = true;
        ts.Context = this;
        try { return Ops.Call(callable, args, kwnames); }
        finally
        {
            ts.Context = Prev;
            Prev = null;
            Entered = false;
        }
    }

    private static PyContext Self(PyObject? o) => (PyContext)o!;

    private static void InitType(PyType t)
    {
        t.New = (type, args, kw) =>
        {
            if (args.Length > 0) throw PyErr.TypeError("Context() does not accept any arguments");
            return new PyContext(Empty);
        };
        t.Hash = SlotDefs.HashNotImplemented;
        t.TypeDict.SetItem(PyStr.Intern("__hash__"), PyNone.Instance);
        t.Len = o => Self(o).Vars.Count;
        t.GetItem = (o, key) => Self(o).Vars.TryGetValue(Key(key), out var v) ? v : throw PyErr.KeyError(key);
        t.Contains = (o, key) => Self(o).Vars.ContainsKey(Key(key));
        t.Iter = o => new PyContextIterator(Self(o).Vars, PyContextIterator.Kind.Keys);
        t.RichCompare = (a, b, op) =>
        {
            if (b is not PyContext other || (op != CompareOp.Eq && op != CompareOp.Ne)) return PyNotImplemented.Instance;
            bool eq = SameItems(Self(a).Vars, other.Vars);
            return PyBool.From(op == CompareOp.Eq ? eq : !eq);
        };
        TypeBuilder.Method(t, "run", (self, args, kw) =>
        {
            if (args.Length - (kw?.Count ?? 0) < 1) throw PyErr.TypeError("run() missing 1 required positional argument");
            return Self(self).Run(args[0], args[1..], kw);
        });
        TypeBuilder.Method(t, "get", (self, args, kw) =>
        {
            TypeBuilder.ArgRange("get", args, kw, 1, 2);
            return Self(self).Vars.TryGetValue(Key(args[0]), out var v) ? v : args.Length > 1 ? args[1] : PyNone.Instance;
        });
        TypeBuilder.Method(t, "keys", (self, args, kw) =>
        {
            ArgBinder.None("Context.keys", args, kw);
            return new PyContextIterator(Self(self).Vars, PyContextIterator.Kind.Keys);
        });
        TypeBuilder.Method(t, "values", (self, args, kw) =>
        {
            ArgBinder.None("Context.values", args, kw);
            return new PyContextIterator(Self(self).Vars, PyContextIterator.Kind.Values);
        });
        TypeBuilder.Method(t, "items", (self, args, kw) =>
        {
            ArgBinder.None("Context.items", args, kw);
            return new PyContextIterator(Self(self).Vars, PyContextIterator.Kind.Items);
        });
        TypeBuilder.Method(t, "copy", (self, args, kw) =>
        {
            ArgBinder.None("Context.copy", args, kw);
            return new PyContext(Self(self).Vars);
        });
    }

    /// <summary>Equal mappings: the same variables bound to equal values (HAMT equality).</summary>
    private static bool SameItems(ImmutableDictionary<PyContextVar, PyObject> a, ImmutableDictionary<PyContextVar, PyObject> b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.Count != b.Count) return false;
        foreach (var kv in a)
        {
            if (!b.TryGetValue(kv.Key, out var v)) return false;
            if (!Ops.RichCompareBool(kv.Value, v, CompareOp.Eq)) return false;
        }
        return true;
    }
}
