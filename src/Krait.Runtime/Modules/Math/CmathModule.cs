namespace Krait.Runtime;

/// <summary>The cmath module (CPython's Modules/cmathmodule.c): the C99 Annex G special-value tables and CPython's
/// algorithms step for step, with libm underneath, so results match bit for bit.</summary>
public static partial class CmathModule
{
    private const int EDom = 1, ERange = 2;
    private const double LargeDouble = double.MaxValue / 4.0;
    private static readonly double s_sqrtLargeDouble = Math.Sqrt(LargeDouble);
    private static readonly double s_logLargeDouble = Libm.log(LargeDouble);
    private static readonly double s_sqrtDblMin = Math.Sqrt(2.2250738585072014e-308);
    private const double DblMin = 2.2250738585072014e-308;
    private const int ScaleUp = 2 * (53 / 2) + 1, ScaleDown = -(ScaleUp + 1) / 2;
    private const double Ln2 = 0.6931471805599453094, Ln10 = 2.302585092994045684;

    private static readonly double Nan = MathModule.PositiveNaN;

    public static PyModule Create()
    {
        var m = new PyModule("cmath", "This module provides access to mathematical functions for complex\nnumbers.");
        m.Add("pi", new PyFloat(Math.PI));
        m.Add("e", new PyFloat(Math.E));
        m.Add("tau", new PyFloat(2 * Math.PI));
        m.Add("inf", new PyFloat(double.PositiveInfinity));
        m.Add("infj", new PyComplex(0.0, double.PositiveInfinity));
        m.Add("nan", new PyFloat(Nan));
        m.Add("nanj", new PyComplex(0.0, Nan));
        Func(m, "acos", Acos);
        Func(m, "acosh", Acosh);
        Func(m, "asin", Asin);
        Func(m, "asinh", Asinh);
        Func(m, "atan", Atan);
        Func(m, "atanh", Atanh);
        Func(m, "cos", Cos);
        Func(m, "cosh", Cosh);
        Func(m, "exp", Exp);
        Func(m, "log10", z =>
        {
            var (r, err) = Log(z);
            return ((r.Re / Ln10, r.Im / Ln10), err);
        });
        Func(m, "sin", Sin);
        Func(m, "sinh", Sinh);
        Func(m, "sqrt", z => (Sqrt(z), 0));
        Func(m, "tan", Tan);
        Func(m, "tanh", Tanh);
        m.AddFunction("log", (_, a, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("log() takes no keyword arguments");
            ArgBinder.Positional("log", a, null, 1, 2);
            var x = AsComplex(a[0]);
            var (r, err) = Log(x);
            if (a.Length == 2)
            {
                var y = AsComplex(a[1]);
                var (ly, err2) = Log(y);
                err = err2; // as CPython: errno is what the second c_log left
                if (!Quot(r, ly, out r)) err = EDom;
            }
            Check(err);
            return new PyComplex(r.Re, r.Im);
        });
        m.AddFunction("phase", (_, a, kw) => new PyFloat(Atan2(AsComplex(ArgBinder.One("cmath.phase", a, kw)))));
        m.AddFunction("polar", (_, a, kw) =>
        {
            var z = AsComplex(ArgBinder.One("cmath.polar", a, kw));
            double phi = Atan2(z);
            double r = Abs(z, out int err);
            Check(err);
            return PyTuple.Pair(new PyFloat(r), new PyFloat(phi));
        });
        m.AddFunction("rect", (_, a, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("cmath.rect() takes no keyword arguments");
            ArgBinder.Positional("rect", a, null, 2, 2);
            double r = MathModule.AsDouble(a[0]), phi = MathModule.AsDouble(a[1]);
            var (z, err) = Rect(r, phi);
            Check(err);
            return new PyComplex(z.Re, z.Im);
        });
        m.AddFunction("isfinite", (_, a, kw) =>
        {
            var z = AsComplex(ArgBinder.One("cmath.isfinite", a, kw));
            return PyBool.From(double.IsFinite(z.Re) && double.IsFinite(z.Im));
        });
        m.AddFunction("isnan", (_, a, kw) =>
        {
            var z = AsComplex(ArgBinder.One("cmath.isnan", a, kw));
            return PyBool.From(double.IsNaN(z.Re) || double.IsNaN(z.Im));
        });
        m.AddFunction("isinf", (_, a, kw) =>
        {
            var z = AsComplex(ArgBinder.One("cmath.isinf", a, kw));
            return PyBool.From(double.IsInfinity(z.Re) || double.IsInfinity(z.Im));
        });
        m.AddFunction("isclose", (_, a, kw) =>
        {
            var v = new PyObject?[4];
            ArgBinder.Bind("isclose", a, kw, ["a", "b", "rel_tol", "abs_tol"], 0, 2, 2, v);
            var x = AsComplex(v[0]!);
            var y = AsComplex(v[1]!);
            double relTol = v[2] is null ? 1e-9 : MathModule.AsDouble(v[2]!);
            double absTol = v[3] is null ? 0.0 : MathModule.AsDouble(v[3]!);
            if (relTol < 0.0 || absTol < 0.0) throw PyErr.ValueError("tolerances must be non-negative");
            if (x.Re == y.Re && x.Im == y.Im) return PyBool.True;
            if (double.IsInfinity(x.Re) || double.IsInfinity(x.Im) || double.IsInfinity(y.Re) || double.IsInfinity(y.Im)) return PyBool.False;
            double diff = Abs((x.Re - y.Re, x.Im - y.Im), out int e1);
            return PyBool.From(diff <= relTol * Abs(y, out int e2) || diff <= relTol * Abs(x, out int e3) || diff <= absTol);
        });
        return m;
    }

    private static void Func(PyModule m, string name, Func<(double Re, double Im), ((double Re, double Im), int)> f)
    {
        string full = "cmath." + name;
        m.AddFunction(name, (_, a, kw) =>
        {
            var z = AsComplex(ArgBinder.One(full, a, kw));
            var (r, err) = f(z);
            Check(err);
            return new PyComplex(r.Re, r.Im);
        });
    }

    private static void Check(int err)
    {
        if (err == EDom) throw PyErr.ValueError("math domain error");
        if (err == ERange) throw PyErr.OverflowError("math range error");
    }

    /// <summary>PyComplex_AsCComplex: a complex, else __complex__, else a real number (__float__ / __index__).</summary>
    internal static (double Re, double Im) AsComplex(PyObject o)
    {
        if (o is PyComplex c) return (c.Real, c.Imag);
        if (Ops.LookupSpecial(o, "__complex__") is { } special)
        {
            var res = Ops.Call(special, []);
            if (res is not PyComplex rc) throw PyErr.TypeError($"__complex__ returned non-complex (type {res.Type.Name})");
            if (!ReferenceEquals(res.Type, PyComplex.ComplexType))
                WarningsModule.Warn(PyExc.DeprecationWarning, $"__complex__ returned non-complex (type {res.Type.Name}).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.");
            return (rc.Real, rc.Imag);
        }
        return (MathModule.AsDouble(o), 0.0);
    }

    private static bool Quot((double Re, double Im) a, (double Re, double Im) b, out (double Re, double Im) r)
    {
        double absBr = Math.Abs(b.Re), absBi = Math.Abs(b.Im);
        if (absBr >= absBi)
        {
            if (absBr == 0.0) { r = (0.0, 0.0); return false; }
            double ratio = b.Im / b.Re;
            double denom = b.Re + b.Im * ratio;
            r = ((a.Re + a.Im * ratio) / denom, (a.Im - a.Re * ratio) / denom);
        }
        else if (absBi >= absBr)
        {
            double ratio = b.Re / b.Im;
            double denom = b.Re * ratio + b.Im;
            r = ((a.Re * ratio + a.Im) / denom, (a.Im * ratio - a.Re) / denom);
        }
        else r = (Nan, Nan);
        return true;
    }

    private static double Abs((double Re, double Im) z, out int err)
    {
        err = 0;
        if (!double.IsFinite(z.Re) || !double.IsFinite(z.Im))
        {
            if (double.IsInfinity(z.Re)) return Math.Abs(z.Re);
            if (double.IsInfinity(z.Im)) return Math.Abs(z.Im);
            return Nan;
        }
        double r = Libm.hypot(z.Re, z.Im);
        if (!double.IsFinite(r)) err = ERange;
        return r;
    }

    private static double Atan2((double Re, double Im) z) => MathSpecial.Atan2(z.Im, z.Re);
}
