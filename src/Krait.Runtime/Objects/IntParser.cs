using System.Numerics;

namespace Krait.Runtime;

/// <summary>int(str, base) parsing (PyLong_FromUnicodeObject): surrounding whitespace, a sign, an optional
/// base prefix, single underscores between digits, Unicode decimal digits.</summary>
internal static class IntParser
{
    public static PyInt? Parse(string s, int b)
    {
        int i = 0, end = s.Length;
        while (i < end && IsSpace(s[i])) i++;
        while (end > i && IsSpace(s[end - 1])) end--;
        bool neg = false;
        if (i < end && (s[i] == '+' || s[i] == '-')) { neg = s[i] == '-'; i++; }
        if (i >= end) return null;
        bool prefixed = false;
        if (s[i] == '0' && i + 1 < end)
        {
            char p = char.ToLowerInvariant(s[i + 1]);
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (b == 0 || b == pb)) { b = pb; i += 2; prefixed = true; }
        }
        if (b == 0)
        {
            b = 10;
            // Base 0 rejects leading zeros of a non-zero decimal ("010").
            bool allZero = true;
            for (int k = i; k < end; k++) if (s[k] != '0' && s[k] != '_') { allZero = false; break; }
            if (s[i] == '0' && !allZero) return null;
        }
        BigInteger acc = BigInteger.Zero;
        long small = 0;
        bool big = false, lastUnderscore = prefixed, any = false;
        for (; i < end; i++)
        {
            char c = s[i];
            if (c == '_')
            {
                if (lastUnderscore && !(prefixed && !any)) return null;
                if (!any && !prefixed) return null;
                lastUnderscore = true;
                continue;
            }
            int d = Digit(c);
            if (d < 0 || d >= b) return null;
            any = true;
            lastUnderscore = false;
            if (!big && small <= (long.MaxValue - d) / b) small = small * b + d;
            else
            {
                if (!big) { acc = small; big = true; }
                acc = acc * b + d;
            }
        }
        if (!any || lastUnderscore) return null;
        if (big && (b & (b - 1)) != 0 && PyInt.MaxStrDigits > 0)
        {
            // sys.set_int_max_str_digits limits non-power-of-two bases (CVE-2020-10735).
            int ndigits = 0;
            foreach (char c in s) if (c != '_' && Digit(c) >= 0) ndigits++;
            if (ndigits > PyInt.MaxStrDigits)
                throw PyErr.ValueError($"Exceeds the limit ({PyInt.MaxStrDigits} digits) for integer string conversion: value has {ndigits} digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        if (!big) return PyInt.FromLong(neg ? -small : small);
        return PyInt.FromBig(neg ? -acc : acc);
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c);

    private static int Digit(char c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'z') return c - 'a' + 10;
        if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
        if (char.IsDigit(c)) return (int)char.GetNumericValue(c);
        return -1;
    }
}
