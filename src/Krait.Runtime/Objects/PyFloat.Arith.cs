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
        Binary(t, NumberOp.Power, static (x, y) => new PyFloat(Pow(x, y)));
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

    private static double Pow(double x, double y)
    {
        if (y == 0) return 1.0;
        if (double.IsNaN(x)) return x;
        if (x == 0 && y < 0 && !double.IsInfinity(y))
            throw PyErr.ZeroDivisionError("0.0 cannot be raised to a negative power");
        if (x < 0 && Math.Floor(y) != y && double.IsFinite(y) && double.IsFinite(x))
            throw PyErr.ValueError("negative number cannot be raised to a fractional power"); // CPython returns a complex here
        double r = Math.Pow(x, y);
        if (double.IsInfinity(r) && double.IsFinite(x) && double.IsFinite(y))
            throw PyErr.OverflowError("(34, 'Numerical result out of range')");
        return r;
    }
}
