namespace Krait.Runtime;

// The is* predicates, from CPython 3.11's Unicode database (UnicodeDb); no allocation.
public partial class PyStr
{
    /// <summary>True when the string is non-empty and every code point has one of <paramref name="flags"/>.</summary>
    private bool All(int flags)
    {
        string v = Value;
        if (v.Length == 0) return false;
        if (IsAllBmp)
        {
            foreach (char c in v)
                if ((UnicodeDb.Flags(c) & flags) == 0) return false;
            return true;
        }
        for (int i = 0; i < v.Length;)
            if ((UnicodeDb.Flags(Codecs.NextCodePoint(v, ref i)) & flags) == 0) return false;
        return true;
    }

    private static PyObject Predicate(string name, PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw, Func<PyStr, bool> test)
    {
        NoArgs(name, args, kw);
        return PyBool.From(test(Self(self)));
    }

    internal bool IsAlnum() => All(UnicodeDb.Alpha | UnicodeDb.Decimal | UnicodeDb.Digit | UnicodeDb.Numeric);
    internal bool IsAlpha() => All(UnicodeDb.Alpha);
    internal bool IsDecimal() => All(UnicodeDb.Decimal);
    internal bool IsDigit() => All(UnicodeDb.Digit);
    internal bool IsNumeric() => All(UnicodeDb.Numeric);
    internal bool IsSpace() => All(UnicodeDb.Space);
    internal bool IsAscii() => System.Text.Ascii.IsValid(Value);
    internal bool IsPrintable() => Value.Length == 0 || All(UnicodeDb.Printable);

    /// <summary>Cased characters all lowercase (<paramref name="lower"/>) or all uppercase, and at least one.</summary>
    private bool IsCase(bool lower)
    {
        int want = lower ? UnicodeDb.Lower : UnicodeDb.Upper, bad = (lower ? UnicodeDb.Upper : UnicodeDb.Lower) | UnicodeDb.Title;
        bool cased = false;
        string v = Value;
        for (int i = 0; i < v.Length;)
        {
            int f = UnicodeDb.Flags(IsAllBmp ? v[i++] : Codecs.NextCodePoint(v, ref i));
            if ((f & bad) != 0) return false;
            if ((f & want) != 0) cased = true;
        }
        return cased;
    }

    internal bool IsTitle()
    {
        bool cased = false, prevCased = false;
        string v = Value;
        for (int i = 0; i < v.Length;)
        {
            int f = UnicodeDb.Flags(IsAllBmp ? v[i++] : Codecs.NextCodePoint(v, ref i));
            if ((f & (UnicodeDb.Upper | UnicodeDb.Title)) != 0)
            {
                if (prevCased) return false;
                prevCased = cased = true;
            }
            else if ((f & UnicodeDb.Lower) != 0)
            {
                if (!prevCased) return false;
                prevCased = cased = true;
            }
            else prevCased = false;
        }
        return cased;
    }

    /// <summary>XID_Start or '_' first, XID_Continue after (PEP 3131, without normalisation).</summary>
    internal bool IsIdentifier()
    {
        string v = Value;
        if (v.Length == 0) return false;
        int i = 0;
        int first = Codecs.NextCodePoint(v, ref i);
        if (first != '_' && !UnicodeDb.Has(first, UnicodeDb.XidStart)) return false;
        while (i < v.Length)
            if (!UnicodeDb.Has(Codecs.NextCodePoint(v, ref i), UnicodeDb.XidContinue)) return false;
        return true;
    }
}
