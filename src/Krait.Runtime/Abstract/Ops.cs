using System.Runtime.CompilerServices;

namespace Krait.Runtime;

/// <summary>The abstract object protocol the VM calls (CPython's object.c / abstract.c): each operation
/// dispatches through the type's slots and raises CPython's TypeError wording when a slot is missing.</summary>
public static partial class Ops
{
    public static PyObject Call(PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames = null)
    {
        var call = callable.Type.Call ?? throw PyErr.TypeError($"'{callable.Type.Name}' object is not callable");
        if (!StackGuard.Sufficient())
            throw PyErr.RecursionError();
        return call(callable, args, kwnames);
    }

    private static readonly ConditionalWeakTable<PyObject, StrongBox<long>> s_ids = new();
    private static long s_nextId = 0x7f0000001000;

    /// <summary>id(o): unique among live objects, stable for the object's lifetime.</summary>
    public static long Id(PyObject o) =>
        s_ids.GetValue(o, static _ => new StrongBox<long>(Interlocked.Add(ref s_nextId, 16))).Value;

    /// <summary>The default (identity) hash of object.__hash__.</summary>
    public static long IdentityHash(PyObject o) => RuntimeHelpers.GetHashCode(o);

    /// <summary>hash(o); TypeError "unhashable type: 'list'" for unhashable objects.</summary>
    public static long Hash(PyObject o)
    {
        // Exact types by the Type field first: `o is PyStr` on a non-str is a cast-helper call.
        var t = o.Type;
        if (ReferenceEquals(t, PyType.StrType)) return Unsafe.As<PyStr>(o).GetHash();
        if (ReferenceEquals(t, PyType.IntType))
        {
            var i = Unsafe.As<PyInt>(o);
            if (!i.IsBig) return i.Small >= 0 && i.Small < NumericHash.Modulus ? i.Small : PyInt.HashOf(i);
        }
        var h = t.Hash ?? SlotDefs.HashNotImplemented;
        return h(o);
    }

    public static PyStr Repr(PyObject o)
    {
        var t = o.Type;
        // Exact strs, ints and floats: their repr can't recurse, so the guard's thread-static look-ups are skipped.
        if (ReferenceEquals(t, PyType.StrType) || ReferenceEquals(t, PyType.IntType) || ReferenceEquals(t, PyType.FloatType))
            return t.Repr!(o);
        var f = t.Repr;
        if (f is null) return new PyStr($"<{o.Type.Name} object at 0x{Id(o):x}>");
        // PyObject_Repr counts against the recursion limit (a deeply nested list raises RecursionError).
        EnterRecursiveCall(" while getting the repr of an object");
        try { return f(o); }
        finally { LeaveRecursiveCall(); }
    }

    public static PyStr Str(PyObject o)
    {
        var t = o.Type;
        if (ReferenceEquals(t, PyType.StrType)) return Unsafe.As<PyStr>(o);
        // An exact int or float: object_str would call the repr slot under the recursion guard (two thread-static
        // look-ups); their repr can't recurse, so it is called directly.
        if (ReferenceEquals(t, PyType.IntType) || ReferenceEquals(t, PyType.FloatType)) return t.Repr!(o);
        var f = t.Str ?? t.Repr;
        return f is null ? Repr(o) : f(o);
    }

    /// <summary>Truthiness: __bool__, else __len__ != 0, else true.</summary>
    public static bool IsTrue(PyObject o)
    {
        if (o is PyBool b) return b.IsTrue;
        if (o is PyNone) return false;
        var tp = o.Type;
        if (tp.Bool is { } f) return f(o);
        if (tp.Len is { } len) return len(o) != 0;
        return true;
    }

    public static long Len(PyObject o)
    {
        var f = o.Type.Len ?? throw PyErr.TypeError($"object of type '{o.Type.Name}' has no len()");
        return f(o);
    }

    /// <summary>Maps a three-way comparison result to the truth of <paramref name="op"/>.</summary>
    public static bool CompareResult(int c, CompareOp op) => op switch
    {
        CompareOp.Lt => c < 0,
        CompareOp.Le => c <= 0,
        CompareOp.Eq => c == 0,
        CompareOp.Ne => c != 0,
        CompareOp.Gt => c > 0,
        _ => c >= 0,
    };

    // A set by identity, not CPython's list: its linear search makes the repr of a 200,000-deep nested list
    // (legal after sys.setrecursionlimit) quadratic, which looks like a hang.
    [ThreadStatic] private static HashSet<PyObject>? t_reprStack;

    /// <summary>Py_ReprEnter: true when <paramref name="o"/> is already being repr'd on this thread (print "...").</summary>
    public static bool ReprEnter(PyObject o) =>
        !(t_reprStack ??= new HashSet<PyObject>(ReferenceEqualityComparer.Instance)).Add(o);

    public static void ReprLeave(PyObject o) => t_reprStack!.Remove(o);
}
