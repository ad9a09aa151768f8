using System.Text;

namespace Krait.Runtime;

// lower/upper/casefold/swapcase/capitalize/title with Unicode's full case mappings (SpecialCasing: 'ß'.upper()
// is 'SS', 'ﬁ'.title() is 'Fi') and the final-sigma rule of lower(), as CPython 3.11's unicodeobject.c does.
public partial class PyStr
{
    internal enum CaseOp { Lower, Upper, Fold, Swap, Capitalize, Title }

    private static PyObject CaseMethod(string name, PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw, CaseOp op)
    {
        NoArgs(name, args, kw);
        return Self(self).ChangeCase(op);
    }

    internal PyStr ChangeCase(CaseOp op)
    {
        string v = Value;
        if (v.Length == 0) return Empty;
        if (op is CaseOp.Lower or CaseOp.Upper or CaseOp.Fold)
        {
            // One pass finds whether the text is ASCII and whether any letter changes: an unchanged str is a new
            // object (as CPython's) sharing the storage. ASCII text casefolds to its lower case.
            char from = op == CaseOp.Upper ? 'a' : 'A';
            int i = 0;
            bool changes = false;
            for (; i < v.Length; i++)
            {
                char c = v[i];
                if (c >= 0x80) break;
                if ((uint)(c - from) <= 'Z' - 'A') changes = true;
            }
            if (i == v.Length)
                return new PyStr(changes ? AsciiShift(v, op == CaseOp.Upper) : v, true);
        }
        else if (System.Text.Ascii.IsValid(v)) return new PyStr(AsciiCase(v, op), true);
        var cps = CodePoints();
        var sb = new StringBuilder(v.Length + 8);
        Span<int> buf = stackalloc int[3];
        bool prevCased = false;
        for (int i = 0; i < cps.Length; i++)
        {
            int c = cps[i];
            int n;
            switch (op)
            {
                case CaseOp.Lower: n = LowerAt(cps, i, buf); break;
                case CaseOp.Upper: n = UnicodeDb.Map(c, UnicodeDb.CaseKind.Upper, buf); break;
                case CaseOp.Fold: n = UnicodeDb.Map(c, UnicodeDb.CaseKind.Fold, buf); break;
                case CaseOp.Swap:
                {
                    int f = UnicodeDb.Flags(c);
                    if ((f & UnicodeDb.Upper) != 0) n = LowerAt(cps, i, buf);
                    else if ((f & UnicodeDb.Lower) != 0) n = UnicodeDb.Map(c, UnicodeDb.CaseKind.Upper, buf);
                    else { buf[0] = c; n = 1; }
                    break;
                }
                case CaseOp.Capitalize:
                    n = i == 0 ? UnicodeDb.Map(c, UnicodeDb.CaseKind.Title, buf) : LowerAt(cps, i, buf);
                    break;
                default:
                    n = prevCased ? LowerAt(cps, i, buf) : UnicodeDb.Map(c, UnicodeDb.CaseKind.Title, buf);
                    prevCased = UnicodeDb.Has(c, UnicodeDb.Cased);
                    break;
            }
            for (int k = 0; k < n; k++) Codecs.AppendCodePoint(sb, buf[k]);
        }
        return new PyStr(sb.ToString());
    }

    /// <summary>The full lowercase of cps[i]; a capital sigma becomes final 'ς' after a cased letter (case-ignorable
    /// characters skipped) that is not followed by one.</summary>
    private static int LowerAt(int[] cps, int i, Span<int> buf)
    {
        if (cps[i] != 0x3A3) return UnicodeDb.Map(cps[i], UnicodeDb.CaseKind.Lower, buf);
        int j = i - 1;
        while (j >= 0 && UnicodeDb.Has(cps[j], UnicodeDb.CaseIgnorable)) j--;
        bool final = j >= 0 && UnicodeDb.Has(cps[j], UnicodeDb.Cased);
        if (final)
        {
            j = i + 1;
            while (j < cps.Length && UnicodeDb.Has(cps[j], UnicodeDb.CaseIgnorable)) j++;
            final = j == cps.Length || !UnicodeDb.Has(cps[j], UnicodeDb.Cased);
        }
        buf[0] = final ? 0x3C2 : 0x3C3;
        return 1;
    }

    /// <summary>ASCII text with its letters lower-cased (<paramref name="upper"/> false) or upper-cased.</summary>
    private static string AsciiShift(string v, bool upper) => upper
        ? string.Create(v.Length, v, static (dst, src) =>
        {
            for (int i = 0; i < src.Length; i++) dst[i] = src[i] is >= 'a' and <= 'z' ? (char)(src[i] - 32) : src[i];
        })
        : string.Create(v.Length, v, static (dst, src) =>
        {
            for (int i = 0; i < src.Length; i++) dst[i] = src[i] is >= 'A' and <= 'Z' ? (char)(src[i] + 32) : src[i];
        });

    /// <summary>ASCII text swap-cased, capitalized or title-cased (lower, upper and casefold take AsciiShift).</summary>
    private static string AsciiCase(string v, CaseOp op) => string.Create(v.Length, (v, op), static (dst, st) =>
    {
        var (src, o) = st;
        bool prevCased = false;
        for (int i = 0; i < src.Length; i++)
        {
            char c = src[i];
            bool up = c is >= 'A' and <= 'Z', lo = c is >= 'a' and <= 'z';
            // Each operation either upper-cases or lower-cases this position.
            bool toUpper = o switch
            {
                CaseOp.Swap => lo,
                CaseOp.Capitalize => i == 0,
                CaseOp.Title => !prevCased,
                _ => false,
            };
            dst[i] = toUpper ? (lo ? (char)(c - 32) : c) : (up ? (char)(c + 32) : c);
            prevCased = up || lo;
        }
    });
}
