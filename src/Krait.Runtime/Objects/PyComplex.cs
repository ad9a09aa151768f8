using Krait.Syntax.Text;

namespace Krait.Runtime;

/// <summary>complex: a pair of doubles (Objects/complexobject.c).</summary>
public partial class PyComplex : PyObject
{
    public static readonly PyType ComplexType = PyType.NewBuiltin("complex", PyType.ObjectType, TypeFlags.BaseType, InitType);

    public readonly double Real, Imag;

    public PyComplex(double real, double imag) : base(ComplexType) { Real = real; Imag = imag; }
    internal PyComplex(PyType type, double real, double imag) : base(type) { Real = real; Imag = imag; }

    private static void InitType(PyType t)
    {
        t.Repr = o => { var z = (PyComplex)o; return new PyStr(PyRepr.Complex(new System.Numerics.Complex(z.Real, z.Imag))); };
        t.Hash = o =>
        {
            var z = (PyComplex)o;
            long hr = double.IsNaN(z.Real) ? Ops.IdentityHash(o) : NumericHash.Double(z.Real);
            long hi = double.IsNaN(z.Imag) ? Ops.IdentityHash(o) : NumericHash.Double(z.Imag);
            ulong combined = unchecked((ulong)hr + 1000003UL * (ulong)hi);
            return combined == ulong.MaxValue ? -2 : unchecked((long)combined);
        };
        t.Bool = o => { var z = (PyComplex)o; return z.Real != 0 || z.Imag != 0; };
        t.RichCompare = Compare;
        t.New = NewComplex;
        InitArithmetic(t);
        TypeBuilder.Method(t, "conjugate", (self, args, kw) =>
        {
            ArgBinder.None("complex.conjugate", args, kw);
            var z = (PyComplex)self!;
            return new PyComplex(z.Real, -z.Imag);
        });
        TypeBuilder.Method(t, "__complex__", (self, args, kw) => { ArgBinder.None("complex.__complex__", args, kw); return Exact((PyComplex)self!); });
        TypeBuilder.Method(t, "__getnewargs__", (self, args, kw) =>
        {
            ArgBinder.None("complex.__getnewargs__", args, kw);
            var z = (PyComplex)self!;
            return PyTuple.Pair(new PyFloat(z.Real), new PyFloat(z.Imag));
        });
        // Read-only members in CPython: assignment says "readonly attribute".
        TypeBuilder.GetSet(t, "real", o => new PyFloat(((PyComplex)o).Real), (o, v) => throw PyErr.AttributeError("readonly attribute"));
        TypeBuilder.GetSet(t, "imag", o => new PyFloat(((PyComplex)o).Imag), (o, v) => throw PyErr.AttributeError("readonly attribute"));
        BuiltinFormat.RegisterComplex(t);
    }

    internal static PyComplex Exact(PyComplex z) => ReferenceEquals(z.Type, ComplexType) ? z : new PyComplex(z.Real, z.Imag);

    /// <summary>complex_richcompare: only == and != (an int is compared exactly with the real part).</summary>
    private static PyObject Compare(PyObject v, PyObject w, CompareOp op)
    {
        if (op != CompareOp.Eq && op != CompareOp.Ne) return PyNotImplemented.Instance;
        var z = (PyComplex)v;
        bool equal;
        if (w is PyInt i)
        {
            if (z.Imag != 0.0) equal = false;
            else if (double.IsNaN(z.Real)) equal = false;
            else equal = PyFloat.CompareWithInt(z.Real, i) == 0;
        }
        else if (w is PyFloat f) equal = z.Real == f.Value && z.Imag == 0.0;
        else if (w is PyComplex c) equal = z.Real == c.Real && z.Imag == c.Imag;
        else return PyNotImplemented.Instance;
        return PyBool.From(equal == (op == CompareOp.Eq));
    }

    // complex(real=0, imag=0) (complex_new_impl).
    private static PyObject NewComplex(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> v = new PyObject?[2];
        ArgBinder.Bind("complex", args, kw, ["real", "imag"], 0, 2, 0, v);
        PyObject r = v[0] ?? PyInt.FromLong(0);
        PyObject? i = v[1];
        if (r is PyComplex rc0 && ReferenceEquals(r.Type, ComplexType) && i is null && ReferenceEquals(type, ComplexType)) return rc0;
        if (r is PyStr rs)
        {
            if (i is not null) throw PyErr.TypeError("complex() can't take second arg if first is a string");
            var (re, im) = Parse(rs);
            return Make(type, re, im);
        }
        if (i is PyStr) throw PyErr.TypeError("complex() second arg can't be a string");
        if (Ops.LookupSpecial(r, "__complex__") is { } special)
        {
            var res = Ops.Call(special, []);
            if (res is not PyComplex) throw PyErr.TypeError($"__complex__ returned non-complex (type {res.Type.Name})");
            if (!ReferenceEquals(res.Type, ComplexType))
                WarningsModule.Warn(PyExc.DeprecationWarning, $"__complex__ returned non-complex (type {res.Type.Name}).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.");
            r = res;
        }
        if (r.Type.Float is null && r.Type.Index is null && r is not PyComplex)
            throw PyErr.TypeError($"complex() first argument must be a string or a number, not '{r.Type.Name}'");
        if (i is not null && i.Type.Float is null && i.Type.Index is null && i is not PyComplex)
            throw PyErr.TypeError($"complex() second argument must be a number, not '{i.Type.Name}'");
        double crReal, crImag, ciReal, ciImag = 0;
        bool crIsComplex = false, ciIsComplex = false;
        if (r is PyComplex rc) { crReal = rc.Real; crImag = rc.Imag; crIsComplex = true; }
        else { crReal = Ops.ToDouble(r); crImag = 0; }
        if (i is null) ciReal = crImag;
        else if (i is PyComplex ic) { ciReal = ic.Real; ciImag = ic.Imag; ciIsComplex = true; }
        else ciReal = Ops.ToDouble(i);
        if (ciIsComplex) crReal -= ciImag;
        if (crIsComplex && i is not null) ciReal += crImag;
        return Make(type, crReal, ciReal);
    }

    private static PyComplex Make(PyType type, double re, double im) =>
        ReferenceEquals(type, ComplexType) ? new PyComplex(re, im) : new PyComplexSubclass(type, re, im);

    /// <summary>complex(str): "&lt;float&gt;", "&lt;float&gt;j", "&lt;float&gt;&lt;signed-float&gt;j", also
    /// "&lt;float&gt;&lt;sign&gt;j", "&lt;sign&gt;j", "j", optionally in parentheses, white space around.</summary>
    internal static (double Real, double Imag) Parse(PyStr str)
    {
        string? s = PyFloat.RemoveUnderscores(IntParser.ToAsciiNumber(str.Value));
        if (s is null) throw PyErr.ValueError($"could not convert string to complex: {Ops.Repr(str).Value}");
        int p = 0, end = s.Length;
        double x = 0, y = 0;
        bool bracket = false;
        while (p < end && IntParser.IsSpace(s[p])) p++;
        if (p < end && s[p] == '(')
        {
            bracket = true;
            p++;
            while (p < end && IntParser.IsSpace(s[p])) p++;
        }
        double z = PyFloat.ParsePrefix(s, p, end, out int stop);
        if (stop != p)
        {
            p = stop;
            if (p < end && (s[p] == '+' || s[p] == '-'))
            {
                x = z;
                y = PyFloat.ParsePrefix(s, p, end, out stop);
                if (stop != p) p = stop;
                else { y = s[p] == '+' ? 1.0 : -1.0; p++; }
                if (!(p < end && (s[p] == 'j' || s[p] == 'J'))) throw Malformed();
                p++;
            }
            else if (p < end && (s[p] == 'j' || s[p] == 'J')) { p++; y = z; }
            else x = z;
        }
        else
        {
            if (p < end && (s[p] == '+' || s[p] == '-')) { y = s[p] == '+' ? 1.0 : -1.0; p++; }
            else y = 1.0;
            if (!(p < end && (s[p] == 'j' || s[p] == 'J'))) throw Malformed();
            p++;
        }
        while (p < end && IntParser.IsSpace(s[p])) p++;
        if (bracket)
        {
            if (!(p < end && s[p] == ')')) throw Malformed();
            p++;
            while (p < end && IntParser.IsSpace(s[p])) p++;
        }
        if (p != end) throw Malformed();
        return (x, y);
    }

    private static PythonException Malformed() => PyErr.ValueError("complex() arg is a malformed string");
}
