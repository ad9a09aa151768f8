using System.Runtime.CompilerServices;

namespace Krait.Runtime;

// Number protocol (abstract.c binary_op1 / binary_iop1 and the sequence fallbacks).
public static partial class Ops
{
    /// <summary>binary_op1: the left operand's slot, except that a right operand of a subclass type with its own
    /// slot goes first; NotImplemented when neither handles the pair.</summary>
    public static PyObject BinaryOp1(PyObject v, PyObject w, int op)
    {
        var slotv = v.Type.Number[op];
        Func<PyObject, PyObject, PyObject>? slotw = null;
        if (!ReferenceEquals(v.Type, w.Type))
        {
            slotw = w.Type.Number[op];
            if (ReferenceEquals(slotw, slotv)) slotw = null;
        }
        if (slotv is not null)
        {
            PyObject x;
            if (slotw is not null && w.Type.IsSubtype(v.Type))
            {
                x = slotw(v, w);
                if (x is not PyNotImplemented) return x;
                slotw = null;
            }
            x = slotv(v, w);
            if (x is not PyNotImplemented) return x;
        }
        if (slotw is not null) return slotw(v, w);
        return PyNotImplemented.Instance;
    }

    /// <summary>v op w for BINARY_OP (and the operator module).</summary>
    public static PyObject BinaryOp(PyObject v, PyObject w, NumberOp op)
    {
        var r = BinaryOp1(v, w, (int)op);
        if (r is not PyNotImplemented) return r;
        if (op == NumberOp.Add && v.Type.Concat is { } concat) return concat(v, w);
        if (op == NumberOp.Multiply)
        {
            if (v.Type.Repeat is { } rv) return SequenceRepeat(rv, v, w);
            if (w.Type.Repeat is { } rw) return SequenceRepeat(rw, w, v);
        }
        throw BinopTypeError(v, w, SlotDefs.NumberSymbols[(int)op], op);
    }

    /// <summary>v op= w: the in-place slot first, then the binary operation.</summary>
    public static PyObject InPlaceOp(PyObject v, PyObject w, NumberOp op)
    {
        if (v.Type.InPlace[(int)op] is { } islot)
        {
            var x = islot(v, w);
            if (x is not PyNotImplemented) return x;
        }
        var r = BinaryOp1(v, w, (int)op);
        if (r is not PyNotImplemented) return r;
        if (op == NumberOp.Add && (v.Type.InPlaceConcat ?? v.Type.Concat) is { } concat) return concat(v, w);
        if (op == NumberOp.Multiply)
        {
            if ((v.Type.InPlaceRepeat ?? v.Type.Repeat) is { } rv) return SequenceRepeat(rv, v, w);
            if (w.Type.Repeat is { } rw) return SequenceRepeat(rw, w, v);
        }
        throw PyErr.TypeError($"unsupported operand type(s) for {SlotDefs.NumberSymbols[(int)op]}=: '{v.Type.Name}' and '{w.Type.Name}'");
    }

    private static PyObject SequenceRepeat(Func<PyObject, long, PyObject> repeat, PyObject seq, PyObject n)
    {
        if (n.Type.Index is null) throw PyErr.TypeError($"can't multiply sequence by non-int of type '{n.Type.Name}'");
        return repeat(seq, AsSsize(n, PyExc.OverflowError));
    }

    private static PythonException BinopTypeError(PyObject v, PyObject w, string symbol, NumberOp op)
    {
        if (op == NumberOp.Power) symbol = "** or pow()";
        // binop_type_error: Python 2's "print >> stream" gets a hint.
        string hint = op == NumberOp.RShift && v is PyBuiltinFunction { Name: "print" } && ReferenceEquals(v.Type, PyType.BuiltinFunctionType)
            ? ". Did you mean \"print(<message>, file=<output_stream>)\"?" : "";
        return PyErr.TypeError($"unsupported operand type(s) for {symbol}: '{v.Type.Name}' and '{w.Type.Name}'{hint}");
    }

    public static PyObject Negative(PyObject o) => (o.Type.Negative ?? throw BadOperand("unary -", o))(o);
    public static PyObject Positive(PyObject o) => (o.Type.Positive ?? throw BadOperand("unary +", o))(o);
    public static PyObject Invert(PyObject o) => (o.Type.Invert ?? throw BadOperand("unary ~", o))(o);
    public static PyObject Absolute(PyObject o) => (o.Type.Absolute ?? throw BadOperand("abs()", o))(o);

    private static PythonException BadOperand(string what, PyObject o) => PyErr.TypeError($"bad operand type for {what}: '{o.Type.Name}'");

    /// <summary>operator.index / __index__: an exact int.</summary>
    public static PyInt Index(PyObject o)
    {
        // Any int (subclasses included) is its own index: their __index__ is not called (PyNumber_Index).
        if (o is PyInt i) return ReferenceEquals(o.Type, PyType.IntType) ? i : PyInt.Exact(i);
        var f = o.Type.Index ?? throw PyErr.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
        var r = f(o);
        if (r is not PyInt ri) throw PyErr.TypeError($"__index__ returned non-int (type {r.Type.Name})");
        if (!ReferenceEquals(r.Type, PyType.IntType))
            WarningsModule.Warn(PyExc.DeprecationWarning, $"__index__ returned non-int (type {r.Type.Name}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.");
        return PyInt.Exact(ri);
    }

    /// <summary>PyNumber_AsSsize_t: clamps a huge value when <paramref name="overflow"/> is null, else raises it
    /// ("cannot fit 'int' into an index-sized integer").</summary>
    public static long AsSsize(PyObject o, PyType? overflow = null)
    {
        var i = Index(o);
        if (!i.IsBig) return i.Small;
        if (overflow is null) return i.Sign < 0 ? long.MinValue : long.MaxValue;
        throw PyErr.New(overflow, $"cannot fit '{o.Type.Name}' into an index-sized integer");
    }

    /// <summary>int(o) without a base (PyNumber_Long).</summary>
    public static PyInt ToInt(PyObject o) => PyInt.FromNumber(o);

    /// <summary>float(o) (PyNumber_Float); strings are parsed only when <paramref name="fromString"/>.</summary>
    public static double ToDouble(PyObject o, bool fromString = false)
    {
        if (ReferenceEquals(o.Type, PyType.FloatType)) return Unsafe.As<PyFloat>(o).Value;
        if (o.Type.Float is { } ff)
        {
            var r = ff(o);
            if (r is not PyFloat rf) throw PyErr.TypeError($"{o.Type.Name}.__float__ returned non-float (type {r.Type.Name})");
            if (!ReferenceEquals(r.Type, PyType.FloatType))
                WarningsModule.Warn(PyExc.DeprecationWarning, $"{o.Type.Name}.__float__ returned non-float (type {r.Type.Name}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.");
            return rf.Value;
        }
        if (o.Type.Index is not null) return PyInt.ToDouble(Index(o));
        if (fromString && (o is PyStr || Buffers.Is(o))) return PyFloat.FromString(o);
        throw PyErr.TypeError(fromString
            ? $"float() argument must be a string or a real number, not '{o.Type.Name}'"
            : $"must be real number, not {o.Type.Name}");
    }
}

// Three-argument pow (abstract.c ternary_op): the base's, exponent's and modulus's nb_power in turn.
public static partial class Ops
{
    /// <summary>pow(v, w, z) with z not None.</summary>
    public static PyObject TernaryPower(PyObject v, PyObject w, PyObject z)
    {
        if (v is PyInt bi && w is PyInt ei && z is PyInt mi && !v.Type.IsHeapType && !w.Type.IsHeapType)
            return PyInt.ModPow(bi, ei, mi);
        var tv = v.Type;
        var tw = w.Type;
        var tz = z.Type;
        PyObject r;
        bool wFirst = !ReferenceEquals(tw, tv) && tw.IsSubtype(tv);
        if (wFirst && (r = TernarySlot(w, v, w, z)) is not PyNotImplemented) return r;
        if ((r = TernarySlot(v, v, w, z)) is not PyNotImplemented) return r;
        if (!wFirst && !ReferenceEquals(tw, tv) && (r = TernarySlot(w, v, w, z)) is not PyNotImplemented) return r;
        if (!ReferenceEquals(tz, tv) && !ReferenceEquals(tz, tw) && (r = TernarySlot(z, v, w, z)) is not PyNotImplemented) return r;
        throw PyErr.TypeError($"unsupported operand type(s) for ** or pow(): '{tv.Name}', '{tw.Name}', '{tz.Name}'");
    }

    /// <summary>The nb_power of <paramref name="owner"/>'s type called as (v, w, z).</summary>
    private static PyObject TernarySlot(PyObject owner, PyObject v, PyObject w, PyObject z)
    {
        if (owner.Type.IsHeapType && owner.Type.Lookup(PyStr.Intern("__pow__")) is { } m && m is not PyWrapperDescriptor)
        {
            // slot_nb_power: three-argument pow only ever calls the base's own __pow__.
            if (!ReferenceEquals(owner, v) || LookupSpecial(v, "__pow__") is not { } meth) return PyNotImplemented.Instance;
            return Call(meth, [w, z]);
        }
        return BuiltinTernaryPower(owner, v, w, z);
    }

    /// <summary>long_pow / float_pow / complex_pow called with a modulus that is not None.</summary>
    internal static PyObject BuiltinTernaryPower(PyObject owner, PyObject v, PyObject w, PyObject z)
    {
        switch (owner)
        {
            case PyInt:
                return v is PyInt bi && w is PyInt ei && z is PyInt mi ? PyInt.ModPow(bi, ei, mi) : PyNotImplemented.Instance;
            case PyFloat: // float_pow rejects a modulus before looking at the operands
                throw PyErr.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
            case PyComplex:
                if (v is PyInt or PyFloat or PyComplex && w is PyInt or PyFloat or PyComplex)
                    throw PyErr.ValueError("complex modulo");
                return PyNotImplemented.Instance;
            default:
                return PyNotImplemented.Instance;
        }
    }
}
