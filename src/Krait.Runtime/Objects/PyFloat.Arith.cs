namespace Krait.Runtime;

// float's number slots; an int operand is converted (OverflowError when too large).
public partial class PyFloat
{
    private static bool Operands(PyObject a, PyObject b, out double x, out double y)
    {
        x = y = 0;
        if (a is PyFloat fa) x = fa.Value; else if (a is PyInt ia) x = PyInt.ToDouble(ia); else return false;
        if (b is PyFloat fb) y = fb.Value; else if (b is PyInt ib) y = PyInt.ToDouble(ib); else return false;
        return true;
    }

    private static void Binary(PyType t, NumberOp op, Func<double, double, PyObject> f) =>
        t.Number[(int)op] = (a, b) => Operands(a, b, out double x, out double y) ? f(x, y) : PyNotImplemented.Instance;

    private static void InitArithmetic(PyType t)
    {
        Binary(t, NumberOp.Add, static (x, y) => new PyFloat(x + y));
        Binary(t, NumberOp.Subtract, static (x, y) => new PyFloat(x - y));
        Binary(t, NumberOp.Multiply, static (x, y) => new PyFloat(x * y));
        Binary(t, NumberOp.TrueDivide, static (x, y) =>
            y == 0 ? throw PyErr.ZeroDivisionError("float division by zero") : new PyFloat(x / y));
        Binary(t, NumberOp.FloorDivide, static (x, y) =>
        {
            if (y == 0) throw PyErr.ZeroDivisionError("float floor division by zero");
            return new PyFloat(DivMod(x, y, out _));
        });
        Binary(t, NumberOp.Remainder, static (x, y) =>
        {
            if (y == 0) throw PyErr.ZeroDivisionError("float modulo");
            DivMod(x, y, out double mod);
            return new PyFloat(mod);
        });
        Binary(t, NumberOp.DivMod, static (x, y) =>
        {
            if (y == 0) throw PyErr.ZeroDivisionError("float divmod()");
            double q = DivMod(x, y, out double mod);
            return PyTuple.Pair(new PyFloat(q), new PyFloat(mod));
        });
        t.Number[(int)NumberOp.Power] = static (a, b) => Operands(a, b, out double x, out double y) ? Power(a, b, x, y) : PyNotImplemented.Instance;
    }

    /// <summary>float_divmod: floor quotient and a remainder with the divisor's sign.</summary>
    internal static double DivMod(double vx, double wx, out double mod)
    {
        mod = vx % wx; // C fmod
        double div = (vx - mod) / wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0)) { mod += wx; div -= 1.0; }
        }
        else mod = Math.CopySign(0.0, wx);
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else floordiv = Math.CopySign(0.0, vx / wx);
        return floordiv;
    }

    /// <summary>float_pow: C99 pow with CPython's special cases; a negative base to a non-integer power is complex.</summary>
    private static PyObject Power(PyObject a, PyObject b, double iv, double iw)
    {
        // The common case first: a finite positive base and a finite exponent are C's pow as it is.
        if (iv > 0 && iv < double.PositiveInfinity && double.IsFinite(iw))
        {
            double p = Math.Pow(iv, iw);
            if (double.IsInfinity(p)) throw RangeError();
            return new PyFloat(p);
        }
        if (iw == 0) return new PyFloat(1.0);
        if (double.IsNaN(iv)) return new PyFloat(iv);
        if (double.IsNaN(iw)) return new PyFloat(iv == 1.0 ? 1.0 : iw);
        if (double.IsInfinity(iw))
        {
            iv = Math.Abs(iv);
            if (iv == 1.0) return new PyFloat(1.0);
            return new PyFloat((iw > 0.0) == (iv > 1.0) ? Math.Abs(iw) : 0.0);
        }
        if (double.IsInfinity(iv))
        {
            bool odd = IsOddInteger(iw);
            if (iw > 0.0) return new PyFloat(odd ? iv : Math.Abs(iv));
            return new PyFloat(odd ? Math.CopySign(0.0, iv) : 0.0);
        }
        if (iv == 0.0)
        {
            bool odd = IsOddInteger(iw);
            if (iw < 0.0) throw PyErr.ZeroDivisionError("0.0 cannot be raised to a negative power");
            return new PyFloat(odd ? iv : 0.0);
        }
        bool negate = false;
        if (iv < 0.0)
        {
            if (iw != Math.Floor(iw)) return PyComplex.Power(a, b);
            iv = -iv;
            negate = IsOddInteger(iw);
        }
        if (iv == 1.0) return new PyFloat(negate ? -1.0 : 1.0);
        double ix = Math.Pow(iv, iw);
        if (double.IsInfinity(ix)) throw RangeError();
        return new PyFloat(negate ? -ix : ix);
    }

    private static bool IsOddInteger(double x) => Math.Abs(x) % 2.0 == 1.0;

    /// <summary>PyErr_SetFromErrno(OverflowError) for ERANGE: OverflowError(34, 'Numerical result out of range').</summary>
    internal static PythonException RangeError() =>
        new((PyBaseException)Ops.Call(PyExc.OverflowError, [PyInt.FromLong(34), new PyStr("Numerical result out of range")]));
}
