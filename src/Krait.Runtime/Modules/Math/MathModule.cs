namespace Krait.Runtime;

/// <summary>The math module (CPython's Modules/mathmodule.c): libm functions with CPython's error rules,
/// plus the exactly rounded helpers (fsum, hypot, isqrt, comb, …).</summary>
public static partial class MathModule
{
    public static PyModule Create()
    {
        var m = new PyModule("math", "This module provides access to the mathematical functions\ndefined by the C standard.");
        m.Add("pi", new PyFloat(Math.PI));
        m.Add("e", new PyFloat(Math.E));
        m.Add("tau", new PyFloat(2 * Math.PI));
        m.Add("inf", new PyFloat(double.PositiveInfinity));
        m.Add("nan", new PyFloat(PositiveNaN));

        // math_1: NaN from non-NaN is a domain error; inf from finite is a range error when the function can overflow.
        Func1(m, "acos", Libm.acos, false);
        Func1(m, "acosh", Libm.acosh, false);
        Func1(m, "asin", Libm.asin, false);
        Func1(m, "asinh", Libm.asinh, false);
        Func1(m, "atan", Libm.atan, false);
        Func1(m, "atanh", Libm.atanh, false);
        Func1(m, "cbrt", Libm.cbrt, false);
        Func1(m, "cos", Libm.cos, false);
        Func1(m, "cosh", Libm.cosh, true);
        Func1(m, "exp", Libm.exp, true);
        Func1(m, "exp2", Libm.exp2, true);
        Func1(m, "expm1", Libm.expm1, true);
        Func1(m, "fabs", Math.Abs, false);
        Func1(m, "log1p", Libm.log1p, false);
        Func1(m, "sin", Libm.sin, false);
        Func1(m, "sinh", Libm.sinh, true);
        Func1(m, "sqrt", Math.Sqrt, false);
        Func1(m, "tan", Libm.tan, false);
        Func1(m, "tanh", Libm.tanh, false);
        // math_1a: the function reports its own errors (errno in C).
        Func1A(m, "erf", x => (Libm.erf(x), 0));
        Func1A(m, "erfc", x => (Libm.erfc(x), 0));
        Func1A(m, "gamma", MathSpecial.TGamma);
        Func1A(m, "lgamma", MathSpecial.LGamma);
        // math_2
        Func2(m, "atan2", MathSpecial.Atan2);
        Func2(m, "copysign", Math.CopySign);
        Func2(m, "remainder", MathSpecial.Remainder);

        m.AddFunction("ceil", (_, a, kw) => FloorCeil("ceil", "__ceil__", ArgBinder.One("math.ceil", a, kw), Math.Ceiling));
        m.AddFunction("floor", (_, a, kw) => FloorCeil("floor", "__floor__", ArgBinder.One("math.floor", a, kw), Math.Floor));
        m.AddFunction("trunc", (_, a, kw) => Trunc(ArgBinder.One("math.trunc", a, kw)));
        m.AddFunction("degrees", (_, a, kw) => new PyFloat(AsDouble(ArgBinder.One("math.degrees", a, kw)) * (180.0 / Math.PI)));
        m.AddFunction("radians", (_, a, kw) => new PyFloat(AsDouble(ArgBinder.One("math.radians", a, kw)) * (Math.PI / 180.0)));
        m.AddFunction("isfinite", (_, a, kw) => PyBool.From(double.IsFinite(AsDouble(ArgBinder.One("math.isfinite", a, kw)))));
        m.AddFunction("isinf", (_, a, kw) => PyBool.From(double.IsInfinity(AsDouble(ArgBinder.One("math.isinf", a, kw)))));
        m.AddFunction("isnan", (_, a, kw) => PyBool.From(double.IsNaN(AsDouble(ArgBinder.One("math.isnan", a, kw)))));
        m.AddFunction("frexp", (_, a, kw) => Frexp(AsDouble(ArgBinder.One("math.frexp", a, kw))));
        m.AddFunction("modf", (_, a, kw) => Modf(AsDouble(ArgBinder.One("math.modf", a, kw))));
        m.AddFunction("ulp", (_, a, kw) => new PyFloat(Ulp(AsDouble(ArgBinder.One("math.ulp", a, kw)))));
        m.AddFunction("ldexp", (_, a, kw) => { Two("ldexp", a, kw); return Ldexp(AsDouble(a[0]), a[1]); });
        m.AddFunction("fmod", (_, a, kw) => { Two("fmod", a, kw); return Fmod(AsDouble(a[0]), AsDouble(a[1])); });
        m.AddFunction("pow", (_, a, kw) => { Two("pow", a, kw); return Pow(AsDouble(a[0]), AsDouble(a[1])); });
        m.AddFunction("nextafter", (_, a, kw) =>
        {
            Two("nextafter", a, kw);
            double x = AsDouble(a[0]), y = AsDouble(a[1]);
            return new PyFloat(Libm.nextafter(x, y));
        });
        m.AddFunction("isclose", IsClose);
        m.AddFunction("log", Log);
        m.AddFunction("log2", (_, a, kw) => LogHelper(ArgBinder.One("math.log2", a, kw), MathSpecial.Log2));
        m.AddFunction("log10", (_, a, kw) => LogHelper(ArgBinder.One("math.log10", a, kw), MathSpecial.Log10));
        m.AddFunction("fsum", (_, a, kw) => new PyFloat(MathSpecial.Fsum(ArgBinder.One("math.fsum", a, kw))));
        m.AddFunction("hypot", Hypot);
        m.AddFunction("dist", Dist);
        AddIntegerFunctions(m);
        return m;
    }

    /// <summary>PyFloat_AsDouble: a float (subclasses too, without calling __float__), else __float__, else __index__.</summary>
    internal static double AsDouble(PyObject o) => o is PyFloat f ? f.Value : Ops.ToDouble(o);

    /// <summary>C's NAN (CPython's Py_NAN and float('nan')): the quiet NaN with the sign bit clear; .NET's double.NaN has it set.</summary>
    internal static readonly double PositiveNaN = BitConverter.Int64BitsToDouble(0x7FF8000000000000);

    internal static PythonException DomainError() => PyErr.ValueError("math domain error");
    internal static PythonException RangeError() => PyErr.OverflowError("math range error");

    private static void Two(string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is not null && kw.Count > 0) throw PyErr.TypeError($"math.{name}() takes no keyword arguments");
        if (args.Length != 2) throw PyErr.TypeError($"{name} expected 2 arguments, got {args.Length}");
    }

    private static void Func1(PyModule m, string name, Func<double, double> f, bool canOverflow)
    {
        string full = "math." + name;
        m.AddFunction(name, (_, a, kw) => new PyFloat(Math1(AsDouble(ArgBinder.One(full, a, kw)), f, canOverflow)));
    }

    internal static double Math1(double x, Func<double, double> f, bool canOverflow)
    {
        double r = f(x);
        if (double.IsNaN(r) && !double.IsNaN(x)) throw DomainError();
        if (double.IsInfinity(r) && double.IsFinite(x)) throw canOverflow ? RangeError() : DomainError();
        return r;
    }

    /// <summary>The function returns (result, errno) with errno 1 = EDOM, 2 = ERANGE (is_error's rules).</summary>
    private static void Func1A(PyModule m, string name, Func<double, (double, int)> f)
    {
        string full = "math." + name;
        m.AddFunction(name, (_, a, kw) =>
        {
            var (r, err) = f(AsDouble(ArgBinder.One(full, a, kw)));
            CheckErrno(r, err);
            return new PyFloat(r);
        });
    }

    /// <summary>is_error: EDOM is a ValueError, ERANGE an OverflowError unless the result is an underflow.</summary>
    internal static void CheckErrno(double r, int err)
    {
        if (err == 1) throw DomainError();
        if (err == 2 && Math.Abs(r) >= 1.5) throw RangeError();
    }

    private static void Func2(PyModule m, string name, Func<double, double, double> f)
    {
        m.AddFunction(name, (_, a, kw) =>
        {
            Two(name, a, kw);
            double x = AsDouble(a[0]), y = AsDouble(a[1]);
            double r = f(x, y);
            if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) throw DomainError();
            if (double.IsInfinity(r) && double.IsFinite(x) && double.IsFinite(y)) throw RangeError();
            return new PyFloat(r);
        });
    }

    private static PyObject FloorCeil(string name, string special, PyObject x, Func<double, double> f)
    {
        double d;
        if (x is PyFloat pf && ReferenceEquals(x.Type, PyType.FloatType)) d = pf.Value;
        else
        {
            if (Ops.LookupSpecial(x, special) is { } meth) return Ops.Call(meth, []);
            d = AsDouble(x);
        }
        return PyFloat.ToInt(f(d));
    }

    private static PyObject Trunc(PyObject x)
    {
        if (x is PyFloat pf && ReferenceEquals(x.Type, PyType.FloatType)) return PyFloat.ToInt(pf.Value);
        var meth = Ops.LookupSpecial(x, "__trunc__") ?? throw PyErr.TypeError($"type {x.Type.Name} doesn't define __trunc__ method");
        return Ops.Call(meth, []);
    }

    internal static (double M, int E) FrexpRaw(double x)
    {
        if (double.IsNaN(x) || double.IsInfinity(x) || x == 0) return (x, 0);
        long bits = BitConverter.DoubleToInt64Bits(x);
        int exp = (int)((bits >> 52) & 0x7FF);
        int adjust = 0;
        if (exp == 0)
        {
            // Subnormal: scale into the normal range first.
            x *= 18014398509481984.0; // 2**54
            bits = BitConverter.DoubleToInt64Bits(x);
            exp = (int)((bits >> 52) & 0x7FF);
            adjust = -54;
        }
        int e = exp - 1022 + adjust;
        long mbits = (bits & ~(0x7FFL << 52)) | (1022L << 52);
        return (BitConverter.Int64BitsToDouble(mbits), e);
    }

    private static PyObject Frexp(double x)
    {
        var (mant, e) = FrexpRaw(x);
        return PyTuple.Pair(new PyFloat(mant), PyInt.FromLong(e));
    }

    private static PyObject Modf(double x)
    {
        if (double.IsInfinity(x)) return PyTuple.Pair(new PyFloat(Math.CopySign(0.0, x)), new PyFloat(x));
        if (double.IsNaN(x)) return PyTuple.Pair(new PyFloat(x), new PyFloat(x));
        double ip = Math.Truncate(x);
        double frac = Math.CopySign(x - ip, x);
        return PyTuple.Pair(new PyFloat(frac), new PyFloat(ip));
    }

    internal static double Ulp(double x)
    {
        if (double.IsNaN(x)) return x;
        x = Math.Abs(x);
        if (double.IsInfinity(x)) return x;
        double x2 = Libm.nextafter(x, double.PositiveInfinity);
        if (double.IsInfinity(x2)) return x - Libm.nextafter(x, double.NegativeInfinity);
        return x2 - x;
    }

    private static PyObject Ldexp(double x, PyObject i)
    {
        if (i is not PyInt pi) throw PyErr.TypeError("Expected an int as second argument to ldexp.");
        long exp = pi.IsBig ? (pi.Sign < 0 ? long.MinValue : long.MaxValue) : pi.Small;
        double r;
        if (x == 0 || !double.IsFinite(x)) r = x;
        else if (exp > int.MaxValue) throw RangeError();
        else if (exp < int.MinValue) r = Math.CopySign(0.0, x);
        else
        {
            r = Math.ScaleB(x, (int)exp);
            if (double.IsInfinity(r)) throw RangeError();
        }
        return new PyFloat(r);
    }

    private static PyObject Fmod(double x, double y)
    {
        if (double.IsInfinity(y) && double.IsFinite(x)) return new PyFloat(x);
        double r = Libm.fmod(x, y);
        if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) throw DomainError();
        return new PyFloat(r);
    }

    private static PyObject Pow(double x, double y)
    {
        double r;
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            if (double.IsNaN(x)) r = y == 0 ? 1.0 : x;
            else if (double.IsNaN(y)) r = x == 1.0 ? 1.0 : y;
            else if (double.IsInfinity(x))
            {
                bool oddY = double.IsFinite(y) && Libm.fmod(Math.Abs(y), 2.0) == 1.0;
                if (y > 0) r = oddY ? x : Math.Abs(x);
                else if (y == 0) r = 1.0;
                else r = oddY ? Math.CopySign(0.0, x) : 0.0;
            }
            else
            {
                if (Math.Abs(x) == 1.0) r = 1.0;
                else if (y > 0 && Math.Abs(x) > 1.0) r = y;
                else if (y < 0 && Math.Abs(x) < 1.0) r = -y;
                else r = 0.0;
            }
            return new PyFloat(r);
        }
        r = Libm.pow(x, y);
        if (double.IsNaN(r)) throw DomainError();
        if (double.IsInfinity(r)) throw x == 0 ? DomainError() : RangeError();
        return new PyFloat(r);
    }

    private static PyObject IsClose(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var v = new PyObject?[4];
        ArgBinder.Bind("isclose", args, kw, ["a", "b", "rel_tol", "abs_tol"], 0, 2, 2, v);
        double a = AsDouble(v[0]!), b = AsDouble(v[1]!);
        double relTol = v[2] is null ? 1e-9 : AsDouble(v[2]!);
        double absTol = v[3] is null ? 0.0 : AsDouble(v[3]!);
        if (relTol < 0.0 || absTol < 0.0) throw PyErr.ValueError("tolerances must be non-negative");
        if (a == b) return PyBool.True;
        if (double.IsInfinity(a) || double.IsInfinity(b)) return PyBool.False;
        double diff = Math.Abs(b - a);
        return PyBool.From(diff <= Math.Abs(relTol * b) || diff <= Math.Abs(relTol * a) || diff <= absTol);
    }

    private static PyObject Log(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is not null && kw.Count > 0) throw PyErr.TypeError("log() takes no keyword arguments");
        if (args.Length < 1 || args.Length > 2) throw PyErr.TypeError("math.log requires 1 to 2 arguments");
        var num = LogHelper(args[0], MathSpecial.Log);
        if (args.Length == 1) return num;
        var den = LogHelper(args[1], MathSpecial.Log);
        return Ops.BinaryOp(num, den, NumberOp.TrueDivide);
    }

    /// <summary>loghelper: ints of any size are handled here (log of the mantissa plus e*log(2)); anything else
    /// goes to the libm function through math_1.</summary>
    private static PyObject LogHelper(PyObject arg, Func<double, double> f)
    {
        if (arg is PyInt i)
        {
            if (i.Sign <= 0) throw DomainError();
            if (!i.IsBig) return new PyFloat(f(i.Small));
            var big = i.Big;
            long bits = (long)big.GetBitLength();
            if (bits <= 1024)
            {
                double d = PyFloat.ScaleToDouble(big, 0, out bool overflow);
                if (!overflow) return new PyFloat(f(d));
            }
            var (x, e) = MathSpecial.BigFrexp(big);
            return new PyFloat(f(x) + f(2.0) * e);
        }
        return new PyFloat(Math1(AsDouble(arg), f, false));
    }

    private static PyObject Hypot(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is not null && kw.Count > 0) throw PyErr.TypeError("math.hypot() takes no keyword arguments");
        var coords = args.Length <= 16 ? stackalloc double[args.Length] : new double[args.Length];
        double max = 0.0;
        bool foundNan = false;
        for (int i = 0; i < args.Length; i++)
        {
            double x = Math.Abs(AsDouble(args[i]));
            coords[i] = x;
            foundNan |= double.IsNaN(x);
            if (x > max) max = x;
        }
        return new PyFloat(MathSpecial.VectorNorm(coords, max, foundNan));
    }

    private static PyObject Dist(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Two("dist", args, kw);
        var p = args[0] as PyTuple ?? PyTuple.FromIterable(args[0]);
        var q = args[1] as PyTuple ?? PyTuple.FromIterable(args[1]);
        int n = p.Count;
        if (n != q.Count) throw PyErr.ValueError("both points must have the same number of dimensions");
        var diffs = n <= 16 ? stackalloc double[n] : new double[n];
        double max = 0.0;
        bool foundNan = false;
        for (int i = 0; i < n; i++)
        {
            double px = AsDouble(p[i]), qx = AsDouble(q[i]);
            double x = Math.Abs(px - qx);
            diffs[i] = x;
            foundNan |= double.IsNaN(x);
            if (x > max) max = x;
        }
        return new PyFloat(MathSpecial.VectorNorm(diffs, max, foundNan));
    }
}
