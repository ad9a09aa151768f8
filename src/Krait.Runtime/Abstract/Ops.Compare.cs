using System.Runtime.CompilerServices;

namespace Krait.Runtime;

// Rich comparison (object.c do_richcompare).
public static partial class Ops
{
    private static readonly CompareOp[] s_swapped = [CompareOp.Gt, CompareOp.Ge, CompareOp.Eq, CompareOp.Ne, CompareOp.Lt, CompareOp.Le];
    private static readonly string[] s_compareSymbols = ["<", "<=", "==", "!=", ">", ">="];

    public static PyObject RichCompare(PyObject v, PyObject w, CompareOp op)
    {
        bool checkedReverse = false;
        PyObject res;
        if (!ReferenceEquals(v.Type, w.Type) && w.Type.IsSubtype(v.Type) && w.Type.RichCompare is { } rf)
        {
            checkedReverse = true;
            res = rf(w, v, s_swapped[(int)op]);
            if (res is not PyNotImplemented) return res;
        }
        if (v.Type.RichCompare is { } f)
        {
            res = f(v, w, op);
            if (res is not PyNotImplemented) return res;
        }
        if (!checkedReverse && w.Type.RichCompare is { } wf)
        {
            res = wf(w, v, s_swapped[(int)op]);
            if (res is not PyNotImplemented) return res;
        }
        return op switch
        {
            CompareOp.Eq => PyBool.From(ReferenceEquals(v, w)),
            CompareOp.Ne => PyBool.From(!ReferenceEquals(v, w)),
            _ => throw PyErr.TypeError($"'{s_compareSymbols[(int)op]}' not supported between instances of '{v.Type.Name}' and '{w.Type.Name}'"),
        };
    }

    /// <summary>PyObject_RichCompareBool: identity implies equality for == and !=.</summary>
    public static bool RichCompareBool(PyObject v, PyObject w, CompareOp op)
    {
        if (ReferenceEquals(v, w))
        {
            if (op == CompareOp.Eq) return true;
            if (op == CompareOp.Ne) return false;
        }
        // Two exact ints, floats or strs: their comparison runs no Python code, so it is done here without the
        // slot dispatch and the bool object.
        var t = v.Type;
        if (ReferenceEquals(t, w.Type))
        {
            if (ReferenceEquals(t, PyType.IntType))
            {
                var a = Unsafe.As<PyInt>(v);
                var b = Unsafe.As<PyInt>(w);
                if (!a.IsBig && !b.IsBig) return CompareResult(a.Small.CompareTo(b.Small), op);
            }
            else if (ReferenceEquals(t, PyType.StrType))
            {
                var a = Unsafe.As<PyStr>(v);
                var b = Unsafe.As<PyStr>(w);
                if (op == CompareOp.Eq) return a.Value == b.Value;
                if (op == CompareOp.Ne) return a.Value != b.Value;
                return CompareResult(PyStr.Compare(a, b), op);
            }
            else if (ReferenceEquals(t, PyType.FloatType))
            {
                return CompareValues(Unsafe.As<PyFloat>(v).Value, Unsafe.As<PyFloat>(w).Value, op);
            }
        }
        var r = RichCompare(v, w, op);
        return r is PyBool rb ? rb.IsTrue : IsTrue(r);
    }

    /// <summary>A comparison of two machine numbers with the type's own operators (IEEE for doubles: every
    /// ordering with a NaN is false, and NaN != NaN), one overload per type.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool CompareValues(long x, long y, CompareOp op) => op switch
    {
        CompareOp.Lt => x < y,
        CompareOp.Le => x <= y,
        CompareOp.Eq => x == y,
        CompareOp.Ne => x != y,
        CompareOp.Gt => x > y,
        _ => x >= y,
    };

    // Two overloads rather than one generic over INumber<T>: ReadyToRun can't precompile a generic constrained on an
    // interface, so the generic one was compiled by the JIT at start-up and not inlined into precompiled callers.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool CompareValues(double x, double y, CompareOp op) => op switch
    {
        CompareOp.Lt => x < y,
        CompareOp.Le => x <= y,
        CompareOp.Eq => x == y,
        CompareOp.Ne => x != y,
        CompareOp.Gt => x > y,
        _ => x >= y,
    };
}
