using System.Globalization;
using System.Numerics;
using Krait.Syntax.Text;

namespace Krait.Runtime;

/// <summary>float: an IEEE double (Objects/floatobject.c).</summary>
public partial class PyFloat : PyObject
{
    public readonly double Value;

    public PyFloat(double value) : base(PyType.FloatType) => Value = value;
    internal PyFloat(PyType type, double value) : base(type) => Value = value;

    internal static void InitType(PyType t)
    {
        t.Repr = o => new PyStr(PyRepr.Float(((PyFloat)o).Value));
        t.Hash = o =>
        {
            double v = ((PyFloat)o).Value;
            return double.IsNaN(v) ? Ops.IdentityHash(o) : NumericHash.Double(v);
        };
        t.Bool = o => ((PyFloat)o).Value != 0;
        t.RichCompare = (a, b, op) =>
        {
            double x = ((PyFloat)a).Value;
            int c;
            if (b is PyFloat fb)
            {
                double y = fb.Value;
                if (double.IsNaN(x) || double.IsNaN(y)) return PyBool.From(op == CompareOp.Ne);
                c = x.CompareTo(y);
            }
            else if (b is PyInt ib)
            {
                if (double.IsNaN(x)) return PyBool.From(op == CompareOp.Ne);
                c = CompareWithInt(x, ib);
            }
            else return PyNotImplemented.Instance;
            return PyBool.From(Ops.CompareResult(c, op));
        };
        t.New = NewFloat;
        t.Negative = o => new PyFloat(-((PyFloat)o).Value);
        t.Positive = o => ReferenceEquals(o.Type, PyType.FloatType) ? o : new PyFloat(((PyFloat)o).Value);
        t.Absolute = o => new PyFloat(Math.Abs(((PyFloat)o).Value));
        t.Float = o => ReferenceEquals(o.Type, PyType.FloatType) ? o : new PyFloat(((PyFloat)o).Value);
        t.Int = o => ToInt(((PyFloat)o).Value);
        InitArithmetic(t);
        InitMethods(t);
        BuiltinFormat.RegisterFloat(t);
    }

    /// <summary>int(float): truncation toward zero.</summary>
    public static PyInt ToInt(double v)
    {
        if (double.IsNaN(v)) throw PyErr.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(v)) throw PyErr.OverflowError("cannot convert float infinity to integer");
        double tr = Math.Truncate(v);
        if (tr >= -9.2233720368547758e18 && tr < 9.2233720368547758e18) return PyInt.FromLong((long)tr);
        return PyInt.FromBig(new BigInteger(tr));
    }

    /// <summary>Exact comparison of a finite-or-infinite double with an int (no rounding of the int).</summary>
    internal static int CompareWithInt(double x, PyInt i)
    {
        if (!i.IsBig && i.Small >= -(1L << 53) && i.Small <= (1L << 53)) return x.CompareTo((double)i.Small);
        if (double.IsInfinity(x)) return x > 0 ? 1 : -1;
        double fl = Math.Floor(x);
        int c = new BigInteger(fl).CompareTo(i.ToBigInteger());
        if (c != 0) return c;
        return x > fl ? 1 : 0;
    }

    private static PyObject NewFloat(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        // float_new: a subclass with its own __init__ may pass keywords through to it.
        if (kw is not null && kw.Count > 0 && (ReferenceEquals(type, PyType.FloatType) || ReferenceEquals(type.Init, PyType.FloatType.Init)))
            throw PyErr.TypeError("float() takes no keyword arguments");
        if (kw is not null) args = args[..(args.Length - kw.Count)];
        if (args.Length > 1) throw PyErr.TypeError($"float expected at most 1 argument, got {args.Length}");
        double v = args.Length == 0 ? 0.0 : Ops.ToDouble(args[0], fromString: true);
        return ReferenceEquals(type, PyType.FloatType) ? new PyFloat(v) : new PyFloatSubclass(type, v);
    }
}
