using System.Numerics;
using System.Text;

namespace Krait.Runtime;

// Numeric builtins: abs, divmod, pow, round, bin/oct/hex, chr/ord, hash, id.
public static partial class BuiltinsModule
{
    private static void AddNumberFunctions(PyModule m)
    {
        m.AddFunction("abs", (self, args, kw) => Ops.Absolute(ArgBinder.One("abs", args, kw)));
        m.AddFunction("divmod", (self, args, kw) =>
        {
            ArgBinder.Positional("divmod", args, kw, 2, 2);
            var r = Ops.BinaryOp1(args[0], args[1], (int)NumberOp.DivMod);
            if (r is PyNotImplemented)
                throw PyErr.TypeError($"unsupported operand type(s) for divmod(): '{args[0].Type.Name}' and '{args[1].Type.Name}'");
            return r;
        });
        m.AddFunction("pow", Pow);
        m.AddFunction("round", Round);
        m.AddFunction("bin", (self, args, kw) => new PyStr(IntToBase(Ops.Index(ArgBinder.One("bin", args, kw)), 2)));
        m.AddFunction("oct", (self, args, kw) => new PyStr(IntToBase(Ops.Index(ArgBinder.One("oct", args, kw)), 8)));
        m.AddFunction("hex", (self, args, kw) => new PyStr(IntToBase(Ops.Index(ArgBinder.One("hex", args, kw)), 16)));
        m.AddFunction("chr", (self, args, kw) =>
        {
            var i = Ops.Index(ArgBinder.One("chr", args, kw));
            if (i.IsBig || i.Small > int.MaxValue || i.Small < int.MinValue)
                throw PyErr.OverflowError("Python int too large to convert to C int");
            if (i.Small < 0 || i.Small > 0x10FFFF) throw PyErr.ValueError("chr() arg not in range(0x110000)");
            return PyStr.Char((int)i.Small);
        });
        m.AddFunction("ord", (self, args, kw) =>
        {
            var a = ArgBinder.One("ord", args, kw);
            if (a is PyStr s)
            {
                int len = s.Length;
                if (len != 1) throw PyErr.TypeError($"ord() expected a character, but string of length {len} found");
                return PyInt.FromLong(s.CodePointAt(0));
            }
            if (a is PyBytes b)
            {
                if (b.Value.Length != 1) throw PyErr.TypeError($"ord() expected a character, but string of length {b.Value.Length} found");
                return PyInt.FromLong(b.Value[0]);
            }
            throw PyErr.TypeError($"ord() expected string of length 1, but {a.Type.Name} found");
        });
        m.AddFunction("hash", (self, args, kw) => PyInt.FromLong(Ops.Hash(ArgBinder.One("hash", args, kw))));
        m.AddFunction("id", (self, args, kw) => PyInt.FromLong(Ops.Id(ArgBinder.One("id", args, kw))));
    }

    /// <summary>bin/oct/hex text of an int: sign, then 0b/0o/0x, then lowercase digits.</summary>
    internal static string IntToBase(PyInt i, int radix)
    {
        string prefix = radix switch { 2 => "0b", 8 => "0o", _ => "0x" };
        if (!i.IsBig)
        {
            long v = i.Small;
            if (v == 0) return prefix + "0";
            bool neg = v < 0;
            ulong u = neg ? (ulong)(-(v + 1)) + 1 : (ulong)v;
            string digits = radix == 16 ? u.ToString("x") : Convert.ToString((long)u, radix);
            if (radix != 16 && u > long.MaxValue) digits = BigDigits(new BigInteger(u), radix);
            return (neg ? "-" : "") + prefix + digits;
        }
        var b = i.Big;
        bool negative = b.Sign < 0;
        return (negative ? "-" : "") + prefix + BigDigits(BigInteger.Abs(b), radix);
    }

    private static string BigDigits(BigInteger v, int radix)
    {
        if (v.IsZero) return "0";
        int shift = radix == 2 ? 1 : radix == 8 ? 3 : 4;
        var bytes = v.ToByteArray(isUnsigned: true, isBigEndian: false);
        long nbits = (long)bytes.Length * 8;
        var sb = new StringBuilder((int)(nbits / shift + 1));
        long ndigits = (nbits + shift - 1) / shift;
        for (long d = ndigits - 1; d >= 0; d--)
        {
            int val = 0;
            for (int k = shift - 1; k >= 0; k--)
            {
                long bit = d * shift + k;
                int bv = bit < nbits ? (bytes[bit >> 3] >> (int)(bit & 7)) & 1 : 0;
                val = (val << 1) | bv;
            }
            if (sb.Length == 0 && val == 0) continue;
            sb.Append("0123456789abcdef"[val]);
        }
        return sb.Length == 0 ? "0" : sb.ToString();
    }

    /// <summary>pow(base, exp, mod=None).</summary>
    private static PyObject Pow(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> v = new PyObject?[3];
        ArgBinder.Bind("pow", args, kw, ["base", "exp", "mod"], 0, 3, 2, v);
        PyObject b = v[0]!, e = v[1]!;
        if (v[2] is null or PyNone) return Ops.BinaryOp(b, e, NumberOp.Power);
        var mod = v[2]!;
        if (b is PyInt bi && e is PyInt ei && mod is PyInt mi) return ModPow(bi, ei, mi);
        if (b is PyInt or PyFloat && e is PyInt or PyFloat && mod is PyInt or PyFloat)
            throw PyErr.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
        // ternary_op: only the base's __pow__ is tried with a modulus.
        var meth = Ops.LookupSpecial(b, "__pow__");
        if (meth is not null && b is not PyInt and not PyFloat)
        {
            var r = Ops.Call(meth, [e, mod]);
            if (r is not PyNotImplemented) return r;
        }
        throw PyErr.TypeError($"unsupported operand type(s) for ** or pow(): '{b.Type.Name}', '{e.Type.Name}', '{mod.Type.Name}'");
    }

    private static PyObject ModPow(PyInt b, PyInt e, PyInt m)
    {
        var mod = m.ToBigInteger();
        if (mod.IsZero) throw PyErr.ValueError("pow() 3rd argument cannot be 0");
        var exp = e.ToBigInteger();
        var bas = b.ToBigInteger();
        bool negMod = mod.Sign < 0;
        var am = BigInteger.Abs(mod);
        if (exp.Sign < 0)
        {
            bas = ModInverse(bas, am) ?? throw PyErr.ValueError("base is not invertible for the given modulus");
            exp = -exp;
        }
        var r = BigInteger.ModPow(((bas % am) + am) % am, exp, am);
        if (negMod && !r.IsZero) r -= am;
        return PyInt.FromBig(r);
    }

    private static BigInteger? ModInverse(BigInteger a, BigInteger m)
    {
        a = ((a % m) + m) % m;
        BigInteger t = 0, newT = 1, r = m, newR = a;
        while (!newR.IsZero)
        {
            var q = BigInteger.Divide(r, newR);
            (t, newT) = (newT, t - q * newT);
            (r, newR) = (newR, r - q * newR);
        }
        if (r != 1) return null;
        return t.Sign < 0 ? t + m : t;
    }

    /// <summary>round(number, ndigits=None).</summary>
    private static PyObject Round(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> v = new PyObject?[2];
        ArgBinder.Bind("round", args, kw, ["number", "ndigits"], 0, 2, 1, v);
        var number = v[0]!;
        var nd = v[1] is null or PyNone ? null : v[1];
        if (ReferenceEquals(number.Type, PyType.FloatType))
        {
            double x = ((PyFloat)number).Value;
            return nd is null ? Rounding.RoundToInt(x) : new PyFloat(Rounding.RoundDouble(x, Ops.AsSsize(nd)));
        }
        var meth = Ops.LookupSpecial(number, "__round__")
            ?? throw PyErr.TypeError($"type {number.Type.Name} doesn't define __round__ method");
        return nd is null ? Ops.Call(meth, []) : Ops.Call(meth, [nd]);
    }
}
