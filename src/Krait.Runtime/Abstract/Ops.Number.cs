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
        return PyErr.TypeError($"unsupported operand type(s) for {symbol}: '{v.Type.Name}' and '{w.Type.Name}'");
    }

    public static PyObject Negative(PyObject o) => (o.Type.Negative ?? throw BadOperand("unary -", o))(o);
    public static PyObject Positive(PyObject o) => (o.Type.Positive ?? throw BadOperand("unary +", o))(o);
    public static PyObject Invert(PyObject o) => (o.Type.Invert ?? throw BadOperand("unary ~", o))(o);
    public static PyObject Absolute(PyObject o) => (o.Type.Absolute ?? throw BadOperand("abs()", o))(o);

    private static PythonException BadOperand(string what, PyObject o) => PyErr.TypeError($"bad operand type for {what}: '{o.Type.Name}'");

    /// <summary>operator.index / __index__: an exact int.</summary>
    public static PyInt Index(PyObject o)
    {
        if (o is PyInt i && ReferenceEquals(o.Type, PyType.IntType)) return i;
        var f = o.Type.Index ?? throw PyErr.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
        var r = f(o);
        if (r is not PyInt ri) throw PyErr.TypeError($"__index__ returned non-int (type {r.Type.Name})");
        return ri;
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
    public static PyInt ToInt(PyObject o)
    {
        if (o is PyInt i && ReferenceEquals(o.Type, PyType.IntType)) return i;
        if (o.Type.Int is { } f)
        {
            var r = f(o);
            if (r is not PyInt ri) throw PyErr.TypeError($"__int__ returned non-int (type {r.Type.Name})");
            return PyInt.Exact(ri);
        }
        if (o.Type.Index is not null) return PyInt.Exact(Index(o));
        if (o is PyStr s) return IntParser.Parse(s.Value, 10) ?? throw PyInt.InvalidLiteral(s, 10);
        throw PyErr.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{o.Type.Name}'");
    }

    /// <summary>float(o) (PyNumber_Float); strings are parsed only when <paramref name="fromString"/>.</summary>
    public static double ToDouble(PyObject o, bool fromString = false)
    {
        if (o is PyFloat f && ReferenceEquals(o.Type, PyType.FloatType)) return f.Value;
        if (o.Type.Float is { } ff)
        {
            var r = ff(o);
            if (r is not PyFloat rf) throw PyErr.TypeError($"{o.Type.Name}.__float__ returned non-float (type {r.Type.Name})");
            return rf.Value;
        }
        if (o.Type.Index is not null) return PyInt.ToDouble(Index(o));
        if (fromString && o is PyStr s) return PyFloat.Parse(s);
        throw PyErr.TypeError(fromString
            ? $"float() argument must be a string or a real number, not '{o.Type.Name}'"
            : $"must be real number, not {o.Type.Name}");
    }
}
