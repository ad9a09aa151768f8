using System.Numerics;
using Krait.Compiler.Bytecode;

namespace Krait.Compiler.Optimizer;

/// <summary>Python semantics of the operators the AST optimizer folds, on constant values. Each
/// operation returns false where CPython would raise (then nothing is folded).</summary>
internal static class ConstOps
{
    private static bool IsInt(object? v) => v is BigInteger or bool;
    private static BigInteger Int(object? v) => v is bool b ? (b ? BigInteger.One : BigInteger.Zero) : (BigInteger)v!;
    private static bool IsReal(object? v) => v is BigInteger or bool or double;

    private static bool ToDouble(object? v, out double d)
    {
        if (v is double x) { d = x; return true; }
        var i = Int(v);
        d = (double)i;
        return !double.IsInfinity(d);
    }

    private static bool ToComplex(object? v, out Complex c)
    {
        if (v is Complex x) { c = x; return true; }
        if (ToDouble(v, out double d)) { c = new Complex(d, 0); return true; }
        c = default;
        return false;
    }

    public static bool Equal(object? a, object? b)
    {
        if (IsReal(a) && IsReal(b))
        {
            if (IsInt(a) && IsInt(b)) return Int(a) == Int(b);
            ToDouble(a, out double x);
            ToDouble(b, out double y);
            return x == y;
        }
        if ((a is Complex || IsReal(a)) && (b is Complex || IsReal(b)))
        {
            ToComplex(a, out var x);
            ToComplex(b, out var y);
            return x == y;
        }
        return ConstantKey.Instance.Equals(a, b);
    }

    public static bool Binary(Syntax.Ast.OperatorKind op, object? l, object? r, out object? result)
    {
        result = null;
        try
        {
            result = op switch
            {
                Syntax.Ast.OperatorKind.Add => Add(l, r),
                Syntax.Ast.OperatorKind.Sub => Arith(l, r, (a, b) => a - b, (a, b) => a - b, (a, b) => a - b),
                Syntax.Ast.OperatorKind.Mult => Mult(l, r),
                Syntax.Ast.OperatorKind.Div => TrueDiv(l, r),
                Syntax.Ast.OperatorKind.FloorDiv => FloorDiv(l, r),
                Syntax.Ast.OperatorKind.Mod => Mod(l, r),
                Syntax.Ast.OperatorKind.Pow => Pow(l, r),
                Syntax.Ast.OperatorKind.LShift => Shift(l, r, true),
                Syntax.Ast.OperatorKind.RShift => Shift(l, r, false),
                Syntax.Ast.OperatorKind.BitOr => Bits(l, r, (a, b) => a | b, (a, b) => a | b),
                Syntax.Ast.OperatorKind.BitXor => Bits(l, r, (a, b) => a ^ b, (a, b) => a ^ b),
                Syntax.Ast.OperatorKind.BitAnd => Bits(l, r, (a, b) => a & b, (a, b) => a & b),
                _ => throw new Fail(),
            };
            return true;
        }
        catch (Fail)
        {
            return false;
        }
    }

    private sealed class Fail : Exception;

    private static object Arith(object? l, object? r, Func<BigInteger, BigInteger, BigInteger> i,
        Func<double, double, double> f, Func<Complex, Complex, Complex> c)
    {
        if (IsInt(l) && IsInt(r)) return i(Int(l), Int(r));
        if (IsReal(l) && IsReal(r))
        {
            if (!ToDouble(l, out double x) || !ToDouble(r, out double y)) throw new Fail();
            return f(x, y);
        }
        if ((l is Complex || IsReal(l)) && (r is Complex || IsReal(r)))
        {
            if (!ToComplex(l, out var x) || !ToComplex(r, out var y)) throw new Fail();
            return c(x, y);
        }
        throw new Fail();
    }

    private static object Add(object? l, object? r)
    {
        if (l is string a && r is string b) return a + b;
        if (l is byte[] x && r is byte[] y) return (byte[])[.. x, .. y];
        if (l is ConstTuple t && r is ConstTuple u) return new ConstTuple([.. t.Items, .. u.Items]);
        return Arith(l, r, (p, q) => p + q, (p, q) => p + q, (p, q) => p + q);
    }

    private static long NumBits(BigInteger v) => v.IsZero ? 0 : (long)BigInteger.Abs(v).GetBitLength();

    private static object Mult(object? v, object? w)
    {
        const int MaxIntSize = 128, MaxCollectionSize = 256, MaxStrSize = 4096, MaxTotalItems = 1024;
        if (IsInt(v) && IsInt(w) && !Int(v).IsZero && !Int(w).IsZero)
        {
            if (NumBits(Int(v)) + NumBits(Int(w)) > MaxIntSize) throw new Fail();
        }
        else if (IsInt(v) && (w is ConstTuple || w is ConstFrozenSet))
        {
            int size = w is ConstTuple t ? t.Items.Length : ((ConstFrozenSet)w).Items.Length;
            if (size > 0)
            {
                var n = Int(v);
                if (n < 0 || n > MaxCollectionSize / size) throw new Fail();
                if (n > 0 && !CheckComplexity(w, MaxTotalItems / (int)n)) throw new Fail();
            }
        }
        else if (IsInt(v) && (w is string || w is byte[]))
        {
            int size = w is string s ? CodePoints(s) : ((byte[])w).Length;
            if (size > 0)
            {
                var n = Int(v);
                if (n < 0 || n > MaxStrSize / size) throw new Fail();
            }
        }
        else if (IsInt(w) && (v is ConstTuple || v is ConstFrozenSet || v is string || v is byte[]))
            return Mult(w, v);

        if (IsInt(v) && w is string str) return Repeat(Int(v), str);
        if (IsInt(v) && w is byte[] bytes)
        {
            int n = (int)BigInteger.Max(0, Int(v));
            var res = new byte[bytes.Length * n];
            for (int k = 0; k < n; k++) bytes.CopyTo(res, k * bytes.Length);
            return res;
        }
        if (IsInt(v) && w is ConstTuple tup)
        {
            int n = (int)BigInteger.Max(0, Int(v));
            var items = new List<object?>();
            for (int k = 0; k < n; k++) items.AddRange(tup.Items);
            return new ConstTuple([.. items]);
        }
        if (w is ConstFrozenSet) throw new Fail();
        return Arith(v, w, (a, b) => a * b, (a, b) => a * b, (a, b) => a * b);
    }

    private static bool CheckComplexity(object? o, int limit)
    {
        if (o is ConstTuple t)
        {
            limit -= t.Items.Length;
            foreach (var i in t.Items)
            {
                if (limit < 0) return false;
                if (!CheckComplexity(i, limit)) return false;
            }
            return limit >= 0;
        }
        if (o is ConstFrozenSet f)
        {
            limit -= f.Items.Length;
            foreach (var i in f.Items)
            {
                if (limit < 0) return false;
                if (!CheckComplexity(i, limit)) return false;
            }
            return limit >= 0;
        }
        return true;
    }

    private static int CodePoints(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            n++;
        }
        return n;
    }

    private static string Repeat(BigInteger n, string s)
    {
        if (n <= 0) return "";
        return string.Concat(Enumerable.Repeat(s, (int)n));
    }

    private static object TrueDiv(object? l, object? r)
    {
        if (IsInt(l) && IsInt(r))
        {
            var a = Int(l);
            var b = Int(r);
            if (b.IsZero) throw new Fail();
            if (BigInteger.Abs(a) < (BigInteger.One << 53) && BigInteger.Abs(b) < (BigInteger.One << 53)) return (double)a / (double)b;
            throw new Fail();
        }
        if (IsReal(l) && IsReal(r))
        {
            if (!ToDouble(l, out double x) || !ToDouble(r, out double y) || y == 0) throw new Fail();
            return x / y;
        }
        if (!(l is Complex || IsReal(l)) || !(r is Complex || IsReal(r))) throw new Fail();
        if (!ToComplex(l, out var cx) || !ToComplex(r, out var cy)) throw new Fail();
        var q = Quot(cx, cy, out bool edom);
        if (edom) throw new Fail();
        return q;
    }

    // _Py_c_quot: Smith's algorithm, as CPython divides complex numbers.
    private static Complex Quot(Complex a, Complex b, out bool edom)
    {
        edom = false;
        double absBr = Math.Abs(b.Real), absBi = Math.Abs(b.Imaginary);
        if (absBr >= absBi)
        {
            if (absBr == 0.0)
            {
                edom = true;
                return Complex.Zero;
            }
            double ratio = b.Imaginary / b.Real;
            double denom = b.Real + b.Imaginary * ratio;
            return new Complex((a.Real + a.Imaginary * ratio) / denom, (a.Imaginary - a.Real * ratio) / denom);
        }
        if (absBi >= absBr)
        {
            double ratio = b.Real / b.Imaginary;
            double denom = b.Real * ratio + b.Imaginary;
            return new Complex((a.Real * ratio + a.Imaginary) / denom, (a.Imaginary * ratio - a.Real) / denom);
        }
        return new Complex(double.NaN, double.NaN);
    }

    private static Complex Prod(Complex a, Complex b) =>
        new(a.Real * b.Real - a.Imaginary * b.Imaginary, a.Real * b.Imaginary + a.Imaginary * b.Real);

    private static Complex PowU(Complex x, long n)
    {
        var r = new Complex(1.0, 0.0);
        var p = x;
        long mask = 1;
        while (mask > 0 && n >= mask)
        {
            if ((n & mask) != 0) r = Prod(r, p);
            mask <<= 1;
            p = Prod(p, p);
        }
        return r;
    }

    // complex_pow: small integral exponents by repeated multiplication, else _Py_c_pow.
    private static Complex ComplexPow(Complex a, Complex b)
    {
        bool edom = false;
        Complex p;
        if (b.Imaginary == 0.0 && b.Real == Math.Floor(b.Real) && Math.Abs(b.Real) <= 100.0)
        {
            long n = (long)b.Real;
            p = n > 0 ? PowU(a, n) : Quot(new Complex(1.0, 0.0), PowU(a, -n), out edom);
        }
        else if (b.Real == 0.0 && b.Imaginary == 0.0) p = new Complex(1.0, 0.0);
        else if (a.Real == 0.0 && a.Imaginary == 0.0)
        {
            if (b.Imaginary != 0.0 || b.Real < 0.0) edom = true;
            p = Complex.Zero;
        }
        else
        {
            double vabs = double.Hypot(a.Real, a.Imaginary);
            double len = Math.Pow(vabs, b.Real);
            double at = Math.Atan2(a.Imaginary, a.Real);
            double phase = at * b.Real;
            if (b.Imaginary != 0.0)
            {
                len /= Math.Exp(at * b.Imaginary);
                phase += b.Imaginary * Math.Log(vabs);
            }
            p = new Complex(len * Math.Cos(phase), len * Math.Sin(phase));
        }
        if (edom || !double.IsFinite(p.Real) || !double.IsFinite(p.Imaginary)) throw new Fail();
        return p;
    }

    private static object FloorDiv(object? l, object? r)
    {
        if (IsInt(l) && IsInt(r))
        {
            var a = Int(l);
            var b = Int(r);
            if (b.IsZero) throw new Fail();
            var q = BigInteger.DivRem(a, b, out var rem);
            if (!rem.IsZero && (rem.Sign < 0) != (b.Sign < 0)) q -= 1;
            return q;
        }
        if (IsReal(l) && IsReal(r))
        {
            if (!ToDouble(l, out double x) || !ToDouble(r, out double y) || y == 0) throw new Fail();
            return FloatDivmod(x, y).Div;
        }
        throw new Fail();
    }

    private static (double Div, double Mod) FloatDivmod(double vx, double wx)
    {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0))
            {
                mod += wx;
                div -= 1.0;
            }
        }
        else mod = wx < 0 ? -0.0 : 0.0;
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else floordiv = vx / wx < 0 ? -0.0 : 0.0;
        return (floordiv, mod);
    }

    private static object Mod(object? l, object? r)
    {
        if (l is string || l is byte[]) throw new Fail();
        if (IsInt(l) && IsInt(r))
        {
            var a = Int(l);
            var b = Int(r);
            if (b.IsZero) throw new Fail();
            var m = BigInteger.Remainder(a, b);
            if (!m.IsZero && (m.Sign < 0) != (b.Sign < 0)) m += b;
            return m;
        }
        if (IsReal(l) && IsReal(r))
        {
            if (!ToDouble(l, out double x) || !ToDouble(r, out double y) || y == 0) throw new Fail();
            return FloatDivmod(x, y).Mod;
        }
        throw new Fail();
    }

    private static object Pow(object? v, object? w)
    {
        const int MaxIntSize = 128;
        if (IsInt(v) && IsInt(w))
        {
            var a = Int(v);
            var b = Int(w);
            if (b.Sign < 0)
            {
                if (a.IsZero) throw new Fail();
                if (BigInteger.Abs(a) >= (BigInteger.One << 53) || b < -1074) throw new Fail();
                double res = Math.Pow((double)a, (double)b);
                if (double.IsInfinity(res) || res == 0) throw new Fail();
                return res;
            }
            if (!a.IsZero && b.Sign > 0)
            {
                long vbits = NumBits(a);
                if (b > MaxIntSize || vbits > MaxIntSize / (long)b) throw new Fail();
            }
            if (a.IsZero) return b.IsZero ? BigInteger.One : BigInteger.Zero; // 0 ** huge folds without a size check
            return BigInteger.Pow(a, (int)b);
        }
        if (IsReal(v) && IsReal(w))
        {
            if (!ToDouble(v, out double x) || !ToDouble(w, out double y)) throw new Fail();
            if (x == 0 && y < 0) throw new Fail();
            if (x < 0 && y != Math.Floor(y)) throw new Fail();
            double res = Math.Pow(x, y);
            if (double.IsInfinity(res) || double.IsNaN(res)) throw new Fail();
            return res;
        }
        if ((v is Complex || IsReal(v)) && (w is Complex || IsReal(w)))
        {
            if (!ToComplex(v, out var a) || !ToComplex(w, out var b)) throw new Fail();
            return ComplexPow(a, b);
        }
        throw new Fail();
    }

    private static object Shift(object? v, object? w, bool left)
    {
        const int MaxIntSize = 128;
        if (!IsInt(v) || !IsInt(w)) throw new Fail();
        var a = Int(v);
        var b = Int(w);
        if (b.Sign < 0) throw new Fail();
        if (left)
        {
            if (!a.IsZero && !b.IsZero)
            {
                long vbits = NumBits(a);
                if (b > MaxIntSize || vbits > MaxIntSize - (long)b) throw new Fail();
            }
            if (a.IsZero) return BigInteger.Zero; // 0 << huge folds without a size check
            return a << (int)b;
        }
        if (b > int.MaxValue) return a.Sign < 0 ? BigInteger.MinusOne : BigInteger.Zero;
        return a >> (int)b;
    }

    private static object Bits(object? l, object? r, Func<BigInteger, BigInteger, BigInteger> i, Func<bool, bool, bool> b)
    {
        if (l is bool x && r is bool y) return b(x, y);
        if (IsInt(l) && IsInt(r)) return i(Int(l), Int(r));
        throw new Fail();
    }

    public static bool Unary(Syntax.Ast.UnaryOpKind op, object? v, out object? result)
    {
        result = null;
        switch (op)
        {
            case Syntax.Ast.UnaryOpKind.Not:
                result = !Assembler.FlowGraphOptimizer.IsTrue(v);
                return true;
            case Syntax.Ast.UnaryOpKind.USub:
                if (IsInt(v)) result = -Int(v);
                else if (v is double d) result = -d;
                else if (v is Complex c) result = -c;
                else return false;
                return true;
            case Syntax.Ast.UnaryOpKind.UAdd:
                if (IsInt(v)) result = Int(v);
                else if (v is double d) result = d;
                else if (v is Complex c) result = c;
                else return false;
                return true;
            default:
                if (!IsInt(v)) return false;
                result = -Int(v) - 1;
                return true;
        }
    }

    public static bool Subscript(object? container, object? index, out object? result)
    {
        result = null;
        if (!IsInt(index)) return false;
        var i = Int(index);
        switch (container)
        {
            case string s:
            {
                var cps = new List<string>();
                for (int k = 0; k < s.Length; k++)
                {
                    if (char.IsHighSurrogate(s[k]) && k + 1 < s.Length && char.IsLowSurrogate(s[k + 1]))
                    {
                        cps.Add(s.Substring(k, 2));
                        k++;
                    }
                    else cps.Add(s[k].ToString());
                }
                if (i < 0) i += cps.Count;
                if (i < 0 || i >= cps.Count) return false;
                result = cps[(int)i];
                return true;
            }
            case byte[] b:
                if (i < 0) i += b.Length;
                if (i < 0 || i >= b.Length) return false;
                result = new BigInteger(b[(int)i]);
                return true;
            case ConstTuple t:
                if (i < 0) i += t.Items.Length;
                if (i < 0 || i >= t.Items.Length) return false;
                result = t.Items[(int)i];
                return true;
            default:
                return false;
        }
    }
}
