using System.Globalization;
using System.Numerics;
using System.Text;

namespace Krait.Runtime;

// float(str) (PyFloat_FromString, PyOS_string_to_double) and exact big-number → double rounding.
public partial class PyFloat
{
    /// <summary>float(str or bytes-like): Unicode digits/spaces mapped to ASCII, underscores checked and removed,
    /// surrounding white space stripped, then the whole rest must be one float literal.</summary>
    internal static double FromString(PyObject o) => TryFromString(o, out double d) ? d : throw NotAFloat(o);

    /// <summary>float(str or bytes-like) without the ValueError of a bad literal: false then (other errors throw).</summary>
    internal static bool TryFromString(PyObject o, out double result)
    {
        string ascii = o switch
        {
            PyStr s => IntParser.ToAsciiNumber(s.Value),
            PyBytes b => BytesToAscii(b.Value),
            // bytearray, memoryview, array …: any buffer parses as its bytes (the error shows the object's repr).
            _ when Buffers.TryGetAny(o, out var span) => BytesToAscii(span.ToArray()),
            _ => throw PyErr.TypeError($"float() argument must be a string or a real number, not '{o.Type.Name}'"),
        };
        string? clean = RemoveUnderscores(ascii);
        if (clean is not null)
        {
            int i = 0, end = clean.Length;
            while (i < end && IntParser.IsSpace(clean[i])) i++;
            while (end > i && IntParser.IsSpace(clean[end - 1])) end--;
            result = ParsePrefix(clean, i, end, out int stop);
            if (stop == end && end > i) return true;
        }
        result = 0;
        return false;
    }

    internal static PythonException NotAFloat(PyObject o) => PyErr.ValueError($"could not convert string to float: {Ops.Repr(o).Value}");

    internal static string BytesToAscii(byte[] b)
    {
        var chars = new char[b.Length];
        for (int i = 0; i < chars.Length; i++) chars[i] = b[i] < 128 ? (char)b[i] : '?';
        return new string(chars);
    }

    /// <summary>_Py_string_to_number_with_underscores: an underscore must sit between two digits; null when
    /// one doesn't.</summary>
    internal static string? RemoveUnderscores(string s)
    {
        if (!s.Contains('_')) return s;
        var sb = new StringBuilder(s.Length);
        char prev = '\0';
        foreach (char c in s)
        {
            if (c == '_')
            {
                if (!char.IsAsciiDigit(prev)) return null;
            }
            else
            {
                if (prev == '_' && !char.IsAsciiDigit(c)) return null;
                sb.Append(c);
            }
            prev = c;
        }
        return prev == '_' ? null : sb.ToString();
    }

    /// <summary>PyOS_string_to_double without an overflow exception: the longest float literal at
    /// <paramref name="pos"/> (sign, digits with an optional point, optional exponent, or inf/infinity/nan);
    /// <paramref name="stop"/> == <paramref name="pos"/> when there is none. Overflow gives ±inf.</summary>
    internal static double ParsePrefix(string s, int pos, int end, out int stop)
    {
        int i = pos;
        bool neg = false;
        if (i < end && (s[i] == '+' || s[i] == '-')) { neg = s[i] == '-'; i++; }
        if (i < end && (s[i] is 'i' or 'I' or 'n' or 'N'))
        {
            if (Word(s, i, end, "infinity")) { stop = i + 8; return neg ? double.NegativeInfinity : double.PositiveInfinity; }
            if (Word(s, i, end, "inf")) { stop = i + 3; return neg ? double.NegativeInfinity : double.PositiveInfinity; }
            if (Word(s, i, end, "nan")) { stop = i + 3; double nan = BitConverter.Int64BitsToDouble(0x7FF8000000000000); return neg ? -nan : nan; } // C's NAN has the sign bit clear
            stop = pos;
            return -1.0;
        }
        int mantStart = i, digits = 0;
        while (i < end && char.IsAsciiDigit(s[i])) { i++; digits++; }
        if (i < end && s[i] == '.')
        {
            i++;
            while (i < end && char.IsAsciiDigit(s[i])) { i++; digits++; }
        }
        if (digits == 0) { stop = pos; return -1.0; }
        int mantEnd = i;
        int expSign = 1;
        long exp = 0;
        bool hasExp = false;
        if (i < end && (s[i] == 'e' || s[i] == 'E'))
        {
            int j = i + 1;
            if (j < end && (s[j] == '+' || s[j] == '-')) { expSign = s[j] == '-' ? -1 : 1; j++; }
            if (j < end && char.IsAsciiDigit(s[j]))
            {
                hasExp = true;
                while (j < end && char.IsAsciiDigit(s[j]))
                {
                    if (exp < 100_000_000) exp = exp * 10 + (s[j] - '0');
                    j++;
                }
                i = j;
            }
        }
        stop = i;
        string mant = s.Substring(mantStart, mantEnd - mantStart);
        // .NET's parser is correctly rounded; the exponent is clamped so a huge one can't overflow its reader.
        string text = hasExp ? mant + "E" + (expSign * exp).ToString(CultureInfo.InvariantCulture) : mant;
        double d;
        if (!double.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out d))
            d = expSign > 0 ? double.PositiveInfinity : 0.0;
        return neg ? -d : d;
    }

    private static bool Word(string s, int i, int end, string word)
    {
        if (end - i < word.Length) return false;
        for (int k = 0; k < word.Length; k++)
            if (char.ToLowerInvariant(s[i + k]) != word[k]) return false;
        return true;
    }

    /// <summary>m × 2**e (m ≥ 0) rounded half to even to a double; <paramref name="overflow"/> when it is
    /// beyond the largest finite double.</summary>
    internal static double ScaleToDouble(BigInteger m, long e, out bool overflow)
    {
        overflow = false;
        if (m.IsZero) return 0.0;
        long bl = (long)m.GetBitLength();
        long top = bl + e; // value in [2**(top-1), 2**top)
        if (top > 1024) { overflow = true; return double.PositiveInfinity; }
        long precision = top - 1 >= -1022 ? 53 : top + 1074;
        if (precision < 0) return 0.0;
        long shift = bl - precision;
        BigInteger q;
        if (shift > 0)
        {
            q = m >> (int)shift;
            var rem = m - (q << (int)shift);
            var half = BigInteger.One << (int)(shift - 1);
            int c = rem.CompareTo(half);
            if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        }
        else
        {
            q = m; // exact
            shift = 0;
        }
        double r = Math.ScaleB((double)q, (int)(e + shift));
        if (double.IsInfinity(r)) overflow = true;
        return r;
    }
}
