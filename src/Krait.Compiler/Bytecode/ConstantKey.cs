using System.Numerics;
using Krait.Syntax.Ast;
using Krait.Syntax.Text;

namespace Krait.Compiler.Bytecode;

/// <summary>Equality of constants as CPython's _PyCode_ConstantKey sees it: the type is part of the
/// key (1, 1.0 and True differ), -0.0 differs from 0.0, tuples and frozensets compare by their items'
/// keys, code objects by identity.</summary>
public sealed class ConstantKey : IEqualityComparer<object?>
{
    public static readonly ConstantKey Instance = new();

    public new bool Equals(object? a, object? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null) return false;
        if (a.GetType() != b.GetType()) return false;
        switch (a)
        {
            case bool x: return x == (bool)b;
            case BigInteger x: return x == (BigInteger)b;
            // Distinct NaN objects never compare equal (CPython's key compares the floats).
            case double x: return !double.IsNaN(x) && BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits((double)b);
            case Complex x:
            {
                var y = (Complex)b;
                if (double.IsNaN(x.Real) || double.IsNaN(x.Imaginary)) return false;
                return BitConverter.DoubleToInt64Bits(x.Real) == BitConverter.DoubleToInt64Bits(y.Real)
                    && BitConverter.DoubleToInt64Bits(x.Imaginary) == BitConverter.DoubleToInt64Bits(y.Imaginary);
            }
            case string x: return x == (string)b;
            // A str holding adjacent surrogate code points (never equal to a plain string).
            case CodePointString x: return x.Equals((CodePointString)b);
            case byte[] x: return x.AsSpan().SequenceEqual((byte[])b);
            case ConstTuple x:
            {
                var y = (ConstTuple)b;
                if (x.Items.Length != y.Items.Length) return false;
                for (int i = 0; i < x.Items.Length; i++)
                    if (!Equals(x.Items[i], y.Items[i])) return false;
                return true;
            }
            case ConstFrozenSet x:
            {
                var y = (ConstFrozenSet)b;
                if (x.Items.Length != y.Items.Length) return false;
                foreach (var item in x.Items)
                {
                    bool found = false;
                    foreach (var other in y.Items) if (Equals(item, other)) { found = true; break; }
                    if (!found) return false;
                }
                return true;
            }
            case CodeObject x: return CodeEquals(x, (CodeObject)b);
            default: return false;
        }
    }

    // code_richcompare: code objects are constants compared by value (name, counts, flags, first
    // line, code, consts, names, localsplusnames, line and exception tables), so identical nested
    // code (a finally body compiled twice) shares one co_consts entry.
    private bool CodeEquals(CodeObject a, CodeObject b)
    {
        if (a.Name != b.Name || a.ArgCount != b.ArgCount || a.PosOnlyArgCount != b.PosOnlyArgCount
            || a.KwOnlyArgCount != b.KwOnlyArgCount || a.Flags != b.Flags || a.FirstLineNo != b.FirstLineNo)
            return false;
        if (!a.Code.AsSpan().SequenceEqual(b.Code) || a.Consts.Length != b.Consts.Length) return false;
        for (int i = 0; i < a.Consts.Length; i++) if (!Equals(a.Consts[i], b.Consts[i])) return false;
        return a.Names.AsSpan().SequenceEqual(b.Names) && a.LocalsPlusNames.AsSpan().SequenceEqual(b.LocalsPlusNames)
            && a.LineTable.AsSpan().SequenceEqual(b.LineTable) && a.ExceptionTable.AsSpan().SequenceEqual(b.ExceptionTable);
    }

    public int GetHashCode(object? o)
    {
        switch (o)
        {
            case null: return 0;
            case bool x: return x ? 3 : 5;
            case BigInteger x: return x.GetHashCode();
            case double x: return BitConverter.DoubleToInt64Bits(x).GetHashCode();
            case Complex x: return BitConverter.DoubleToInt64Bits(x.Real).GetHashCode() * 31 + BitConverter.DoubleToInt64Bits(x.Imaginary).GetHashCode();
            case string x: return x.GetHashCode(StringComparison.Ordinal);
            case CodePointString x: return x.GetHashCode();
            case byte[] x:
            {
                var h = new HashCode();
                h.AddBytes(x);
                return h.ToHashCode();
            }
            case ConstTuple x:
            {
                var h = new HashCode();
                h.Add(x.Items.Length);
                foreach (var i in x.Items) h.Add(GetHashCode(i));
                return h.ToHashCode();
            }
            case ConstFrozenSet x:
            {
                int h = x.Items.Length;
                foreach (var i in x.Items) h ^= GetHashCode(i);
                return h;
            }
            case EllipsisValue: return 7;
            // Not HashCode.Combine: its generic instantiations here are not precompiled (JIT-compiled in every process).
            case CodeObject c: return (c.Name.GetHashCode() * 31 + c.Code.Length) * 31 + c.FirstLineNo;
            default: return System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(o);
        }
    }
}
